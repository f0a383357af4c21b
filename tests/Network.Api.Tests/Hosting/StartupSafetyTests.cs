using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence;

namespace Network.Api.Tests.Hosting;

/// <summary>
/// Fail closed (issue 11, §4): a damaged, empty or unreadable store stops the real process with one clear line and a
/// non-zero exit code, and is left exactly as it was: never reinitialised, never seeded, never served.
/// The tests run as root, for whom file permissions do not apply, so each case says what it simulates.
/// </summary>
public sealed class StartupSafetyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("network-startup-").FullName;
    private string DbPath => Path.Combine(_folder, "network.db");

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Zero_byte_database_file_is_refused_and_stays_empty()
    {
        await File.WriteAllBytesAsync(DbPath, []);

        var outcome = await ServiceProcess.StartAsync($"Data Source={DbPath}");

        AssertRefused(outcome, "is empty (0 bytes)");
        Assert.Equal(0, new FileInfo(DbPath).Length);
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Damaged_page_of_professionals_is_refused_at_start()
    {
        await CreateDemoStoreAsync(DbPath);
        DamagedStore.DamageTablePage(DbPath, "Professionals");
        var before = Hash(DbPath);

        var outcome = await ServiceProcess.StartAsync($"Data Source={DbPath}");

        AssertRefused(outcome, "failed its integrity check");
        Assert.Equal(before, Hash(DbPath));
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Read_only_database_is_refused()
    {
        // Simulates a write-protected file with Mode=ReadOnly: root writes through chmod, SQLite's read-only mode
        // is what the service sees for a write-protected file either way (it opens such a file read-only).
        await CreateMigratedStoreAsync(DbPath);
        var before = Hash(DbPath);

        var outcome = await ServiceProcess.StartAsync($"Data Source={DbPath};Mode=ReadOnly");

        AssertRefused(outcome, "is read-only");
        Assert.Equal(before, Hash(DbPath));
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Database_file_that_cannot_be_opened_is_refused()
    {
        // Simulates an unreachable file (a missing mount, a wrong path): read-only mode may not create it.
        var outcome = await ServiceProcess.StartAsync($"Data Source={DbPath};Mode=ReadOnly");

        AssertRefused(outcome, "cannot be opened");
        Assert.False(File.Exists(DbPath));
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Database_path_that_is_a_directory_is_refused()
    {
        Directory.CreateDirectory(DbPath);

        var outcome = await ServiceProcess.StartAsync($"Data Source={DbPath}");

        AssertRefused(outcome, "is a directory");
        Assert.Empty(Directory.EnumerateFileSystemEntries(DbPath));
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Data_folder_that_cannot_be_created_is_refused()
    {
        // Simulates a folder the service may not create: its parent is a regular file, which stops root too.
        var parent = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(parent, "a file where the data folder's parent should be");

        var outcome = await ServiceProcess.StartAsync($"Data Source={Path.Combine(parent, "data", "network.db")}");

        AssertRefused(outcome, "cannot be created");
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task File_that_is_not_a_database_is_refused()
    {
        await File.WriteAllTextAsync(DbPath, new string('x', 8192));
        var before = Hash(DbPath);

        var outcome = await ServiceProcess.StartAsync($"Data Source={DbPath}");

        AssertRefused(outcome, "is not a SQLite database");
        Assert.Equal(before, Hash(DbPath));
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Demo_seed_does_not_seed_a_database_that_was_there()
    {
        // Migrated, catalogues in, no organisations: what a production store looks like before anyone enters data.
        await CreateMigratedStoreAsync(DbPath);
        await using var factory = new ExistingStoreFactory(DbPath);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);

        Assert.Equal(0, await factory.WithDbAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Professionals.CountAsync()));
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Readiness_fails_when_the_store_is_damaged_after_start()
    {
        await using var factory = new NetworkApiFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var path = new SqliteConnectionStringBuilder(
            factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Network")
        ).DataSource;

        DamagedStore.DamageTablePage(path, "Professionals", root: true);
        // Pooled connections keep pages they read in their cache; new ones read the damaged file, as after any
        // eviction. Clearing the pool stands in for that.
        SqliteConnection.ClearAllPools();

        var ready = await client.GetAsync("/health/ready");
        Assert.True(ready.StatusCode == HttpStatusCode.ServiceUnavailable, await ready.Content.ReadAsStringAsync());
    }

    [SqliteOnlyFact("start-up checks on the SQLite file; PostgresStartupTests has PostgreSQL's")]
    public async Task Damage_a_request_ran_into_keeps_readiness_failing()
    {
        await using var factory = new NetworkApiFactory();
        var client = factory.ClientFor("coordinator.amberveen");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var path = new SqliteConnectionStringBuilder(
            factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Network")
        ).DataSource;

        var damage = DamagedStore.DamageTablePage(path, "Professionals", root: true);
        SqliteConnection.ClearAllPools();
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync("/api/v1/professionals")).StatusCode);
        // The page reads again (as a flaky disk may), but what was seen stays seen: not ready until a restart,
        // whose integrity check decides.
        damage.Restore();
        SqliteConnection.ClearAllPools();

        var ready = await client.GetAsync("/health/ready");
        Assert.True(ready.StatusCode == HttpStatusCode.ServiceUnavailable, await ready.Content.ReadAsStringAsync());
    }

    private static void AssertRefused(ServiceProcess.Outcome outcome, string line)
    {
        Assert.False(outcome.Listened, $"the service started serving instead of refusing:\n{outcome.Output}");
        Assert.NotNull(outcome.ExitCode);
        Assert.NotEqual(0, outcome.ExitCode);
        var refusal = outcome
            .Output.Split('\n')
            .Where(l => l.Contains("cannot start", StringComparison.Ordinal))
            .ToList();
        Assert.True(refusal.Count == 1, $"expected one 'cannot start' line:\n{outcome.Output}");
        Assert.Contains(line, refusal[0]);
        Assert.DoesNotContain("   at ", outcome.Output);
        Assert.DoesNotContain("Unhandled exception", outcome.Output);
    }

    /// <summary>A store as a previous start left it: migrated, catalogues and the demo network seeded.</summary>
    private static async Task CreateDemoStoreAsync(string path)
    {
        await using var db = Context(path);
        await new DatabaseInitializer(
            db,
            NullLogger<DatabaseInitializer>.Instance,
            TimeProvider.System
        ).InitializeAsync(true);
    }

    /// <summary>Migrated with catalogues, without the demo network.</summary>
    private static async Task CreateMigratedStoreAsync(string path)
    {
        await using var db = Context(path);
        await new DatabaseInitializer(
            db,
            NullLogger<DatabaseInitializer>.Instance,
            TimeProvider.System
        ).InitializeAsync(false);
    }

    private static NetworkDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<NetworkDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
    }

    /// <summary>The test host on a store prepared by the test (the factory's own file is never created).</summary>
    private sealed class ExistingStoreFactory(string path) : NetworkApiFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Network"] = $"Data Source={path}",
                ["Demo:Seed"] = "true",
            };
    }
}
