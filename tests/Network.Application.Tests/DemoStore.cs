using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Persistence;
using Network.Application.Persistence.Seeding;

namespace Network.Application.Tests;

/// <summary>
/// The demo network in a real store (a SQLite file, or PostgreSQL, see TestDatabase) with the real migrations, for the application layer without HTTP:
/// an <see cref="AccessPolicy"/> can be made for any viewer over it.
/// </summary>
public sealed class DemoStore : IAsyncLifetime
{
    private readonly Network.Api.Tests.Infrastructure.TestDatabase _store =
        Network.Api.Tests.Infrastructure.TestDatabase.Create("network-app");

    public NetworkDbContext Open() => _store.OpenContext();

    public static Viewer ViewerOf(DemoUser user) =>
        new(user.Login, user.Role, user.Municipalities.ToHashSet(), user.ProfessionalId, user.Scopes.ToHashSet());

    public static AccessPolicy PolicyFor(Viewer viewer, NetworkDbContext db) =>
        new(new Fixed(viewer), db, TimeProvider.System);

    public async Task InitializeAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        await CatalogueSeed.SeedAsync(db, default);
        await DemoNetwork.SeedAsync(db, TimeProvider.System, default);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    private sealed class Fixed(Viewer viewer) : ICurrentViewer
    {
        public Viewer Viewer => viewer;
    }
}
