using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Access;
using Network.Application.ContactLookup.Index;
using Network.Application.Persistence.Seeding;
using Network.Application.Trust.Graph;

namespace Network.Api.Tests.Infrastructure.World;

/// <summary>
/// The one way tests arrange data: rows written straight into the real service's store (names made unique per
/// world so tests do not see each other's data), and clients signed with real tokens for people who are not
/// demo logins. People, organisations and trust are in TestWorld.People.cs; the two ready-made networks (the
/// authorization matrix's <see cref="MatrixCell"/> and the lookup's <see cref="LookupNetwork"/>) in files of their own.
/// </summary>
public sealed partial class TestWorld(NetworkApiFactory factory)
{
    /// <summary>Amberveen (GM9901), a demo municipality.</summary>
    public const string A = DemoNetwork.Amberveen;

    /// <summary>Lindewaard (GM9902), the other demo municipality.</summary>
    public const string B = DemoNetwork.Lindewaard;

    public NetworkApiFactory Factory => factory;

    /// <summary>Appended to the names this world writes, so two worlds in one store never collide.</summary>
    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..6];

    /// <summary>Writes entities built by hand (or by the New* helpers) in one save.</summary>
    public Task SaveAsync(params object[] entities) =>
        factory.WithDbAsync(db =>
        {
            db.AddRange(entities);
            return db.SaveChangesAsync();
        });

    /// <summary>
    /// What the services that change trust and profiles do after saving, for data written straight into the store.
    /// The directory's wait is capped in lookups; on a loaded test machine its rebuild may take longer, so wait here.
    /// </summary>
    public async Task RefreshIndexesAsync()
    {
        factory.Services.GetRequiredService<TrustGraphSnapshotProvider>().Invalidate();
        var directory = factory.Services.GetRequiredService<LookupDirectoryProvider>();
        directory.Invalidate();
        await directory.WaitUntilCurrentAsync(default);
    }

    /// <summary>A client signed in as <paramref name="user"/>; anonymous for null.</summary>
    public HttpClient As(DemoUser? user)
    {
        var client = factory.CreateClient();
        if (user is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer",
                factory.TokenFor(user)
            );
        return client;
    }

    /// <summary>A client signed in as one of the demo logins (see DemoNetwork.Users).</summary>
    public HttpClient AsDemo(string login) => As(DemoNetwork.Users.Single(u => u.Login == login));

    public HttpClient AsProfessional(Guid id, params string[] municipalities) =>
        As(
            new DemoUser(
                $"test-professional-{id:N}",
                ViewerRole.Professional,
                id,
                municipalities.Length == 0 ? [A] : municipalities,
                [],
                "test professional"
            )
        );

    public HttpClient AsCoordinator(string municipality) =>
        As(
            new DemoUser(
                $"test-coordinator-{municipality}",
                ViewerRole.Coordinator,
                null,
                [municipality],
                [],
                "test coordinator"
            )
        );

    public HttpClient AsSystem(string municipality, params string[] scopes) =>
        As(new DemoUser("test.system", ViewerRole.System, null, [municipality], scopes, "test system"));
}
