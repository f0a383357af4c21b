using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Api.Auth;
using Network.Application.Persistence;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Infrastructure;

/// <summary>
/// The real service over real HTTP: a fresh store per factory (a SQLite file, or a PostgreSQL database when
/// <see cref="TestDatabase.Variable"/> is set) with the migrations and the demo network, and real signed bearer
/// tokens for the demo logins, validated by the service's own JWT handler.
/// </summary>
public class NetworkApiFactory : WebApplicationFactory<Program>
{
    /// <summary>This host's store, for a second host on the same store.</summary>
    public TestDatabase Store { get; } = TestDatabase.Create();

    /// <summary>Where this host's e-mail goes without an SMTP server (Development): never the source tree.</summary>
    public string MailPickupDirectory { get; } =
        Path.Combine(Path.GetTempPath(), $"network-test-mail-{Guid.NewGuid():N}");

    protected virtual string Environment => "Development";
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.ConfigureAppConfiguration(
            (_, config) =>
            {
                var settings = new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Network"] = Store.ConnectionString,
                    [StoreProviders.Setting] = Store.Provider.ToString(),
                    ["Demo:Seed"] = "true",
                    ["Auth:SigningKey"] = "test-signing-key-for-the-test-host-only-0123456789",
                    ["Auth:Issuer"] = "network-dev",
                    ["Auth:Audience"] = "network-api",
                    ["Mail:PickupDirectory"] = MailPickupDirectory,
                    // Reminder passes are run by the tests that are about them, not at every host start.
                    ["Reminders:Enabled"] = "false",
                    // Production refuses to start without an SMTP server; tests of other things switch mail off.
                    ["Mail:Enabled"] = Environment == "Development" ? "true" : "false",
                    ["Mail:PublicBaseUrl"] = "http://localhost",
                };
                foreach (var (k, v) in Settings)
                    settings[k] = v;
                config.AddInMemoryCollection(settings);
            }
        );
    }

    /// <summary>An HTTP client authenticated as a demo login (see DemoNetwork.Users).</summary>
    public HttpClient ClientFor(string login)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(login));
        return client;
    }

    public string TokenFor(string login, TimeSpan? lifetime = null, DateTimeOffset? now = null)
    {
        var user = DemoNetwork.Users.Single(u => u.Login == login);
        var options = Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        return DevTokens.Issue(options, user, now ?? DateTimeOffset.UtcNow, lifetime ?? TimeSpan.FromHours(1));
    }

    public string TokenFor(DemoUser user) =>
        DevTokens.Issue(
            Services.GetRequiredService<IOptions<AuthOptions>>().Value,
            user,
            DateTimeOffset.UtcNow,
            TimeSpan.FromHours(1)
        );

    /// <summary>Direct store access for arranging and asserting state the API does not expose.</summary>
    public async Task WithDbAsync(Func<NetworkDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<NetworkDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<NetworkDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<NetworkDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Store.Dispose();
        try
        {
            if (Directory.Exists(MailPickupDirectory))
                Directory.Delete(MailPickupDirectory, recursive: true);
        }
        catch (IOException) { }
    }
}
