using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Network.Api.Auth;
using Network.Api.Commands.Synthetic;
using Network.Application;
using Network.Application.Access;
using Network.Application.Persistence;
using Network.Application.Persistence.Seeding;
using Npgsql;

namespace Network.Api.Commands;

/// <summary>
/// <c>generate --professionals N [--municipalities M] [--database path] [--logins path] [--seed n] [--force]</c>:
/// writes a synthetic network into a new store, migrated through the application's DbContext and filled in one
/// transaction: a SQLite file (<c>--database</c>, prepared batched inserts), or, with <c>Database:Provider</c> =
/// <c>Postgres</c>, the database <c>ConnectionStrings:Network</c> names (binary COPY). The same seed gives the same
/// network on both (the ids are new Guids each run). When <c>Auth:SigningKey</c> is configured it also writes signed
/// tokens for a sample of ordinary professionals, for benchmarks: to <c>--logins</c>, by default
/// <c>&lt;database&gt;.logins.json</c> (SQLite) or <c>data/synthetic-N.postgres.logins.json</c> (PostgreSQL).
/// </summary>
public static class GenerateCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private const string Usage =
        "usage: generate --professionals N [--municipalities M] [--database path] [--logins path] [--seed n] [--force]";

    public static Task<int> RunAsync(string[] args) =>
        RunAsync(
            args,
            new ConfigurationBuilder()
                .SetBasePath(AppContext.BaseDirectory)
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .Build()
        );

    /// <summary>With the settings given (the store, the signing key), not the process's: for tests.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration settings)
    {
        if (!TryParse(args, out var o, out var problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        StoreProvider store;
        try
        {
            store = StoreProviders.From(settings);
        }
        catch (StoreUnusableException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        return store == StoreProvider.Postgres
            ? await GeneratePostgresAsync(o, settings)
            : await GenerateSqliteAsync(o, settings);
    }

    private static async Task<int> GenerateSqliteAsync(Options o, IConfiguration settings)
    {
        var path = Path.GetFullPath(o.Database ?? $"data/synthetic-{o.Professionals}.db");
        var logins = o.Logins ?? path + ".logins.json";
        if (File.Exists(path))
        {
            if (!o.Force)
            {
                Console.Error.WriteLine($"{path} exists; pass --force to replace it.");
                return 1;
            }
            // A pooled connection of an earlier run in this process would keep the old file's handle open.
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(path + suffix);
            File.Delete(logins);
        }

        await using var provider = Services(settings, StoreProvider.Sqlite, $"Data Source={path}");
        await using var scope = provider.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var watch = Stopwatch.StartNew();

        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoNetwork: false);
        Console.WriteLine($"Store created and migrated in {watch.Elapsed.TotalSeconds:0.0} s");
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // Filling a new store: no journal, no fsync, a large page cache; WAL (the service's mode) is switched back on after.
        await db.Database.ExecuteSqlRawAsync(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;"
        );

        SyntheticSummary summary;
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            summary = Write(new SqliteBulkStore(connection, tx), o, clock);
            await tx.CommitAsync();
        }
        await db.Database.ExecuteSqlRawAsync("ANALYZE; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");

        Report(summary, path, watch);
        WriteLogins(settings, logins, summary, clock.GetUtcNow());
        return 0;
    }

    private static async Task<int> GeneratePostgresAsync(Options o, IConfiguration settings)
    {
        if (o.Database is not null)
        {
            Console.Error.WriteLine(
                "--database names a SQLite file; with Database:Provider=Postgres the database is ConnectionStrings:Network's."
            );
            return 2;
        }
        if (settings.GetConnectionString("Network") is not { Length: > 0 } connectionString)
        {
            Console.Error.WriteLine(
                "ConnectionStrings:Network is not set: with Database:Provider=Postgres it names the database to fill."
            );
            return 1;
        }
        var logins = Path.GetFullPath(o.Logins ?? $"data/synthetic-{o.Professionals}.postgres.logins.json");
        string display;
        try
        {
            display = Display(connectionString);
            if (!await EmptyPostgresAsync(connectionString, display, o.Force))
                return 1;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            Console.Error.WriteLine($"Cannot prepare the PostgreSQL database: {e.Message}");
            return 1;
        }

        await using var provider = Services(settings, StoreProvider.Postgres, connectionString);
        await using var scope = provider.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var watch = Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoNetwork: false);
        Console.WriteLine($"Database migrated in {watch.Elapsed.TotalSeconds:0.0} s");

        SyntheticSummary summary;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using (var tx = await connection.BeginTransactionAsync())
            {
                summary = Write(new PostgresBulkStore(connection), o, clock);
                await tx.CommitAsync();
            }
            // The planner's statistics for the new rows, as SQLite's ANALYZE above gives it.
            await using var analyze = new NpgsqlCommand("ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
        }
        Report(summary, display, watch);
        WriteLogins(settings, logins, summary, clock.GetUtcNow());
        return 0;
    }

    /// <summary>
    /// Only an empty database is filled: one with tables is refused, or with --force emptied by dropping and
    /// recreating its schema (tables, the audit trail's trigger function, everything the migrations made).
    /// </summary>
    private static async Task<bool> EmptyPostgresAsync(string connectionString, string display, bool force)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            connection
        );
        var tables = (long)(await count.ExecuteScalarAsync() ?? 0L);
        if (tables == 0)
            return true;
        if (!force)
        {
            Console.Error.WriteLine(
                $"The {display} holds {tables} table(s); pass --force to drop them and generate anew."
            );
            return false;
        }
        await using var drop = new NpgsqlCommand(
            // The name is taken first: once the schema is dropped, current_schema() is null.
            "DO $$ DECLARE s text := current_schema(); BEGIN EXECUTE format('DROP SCHEMA %I CASCADE', s); "
                + "EXECUTE format('CREATE SCHEMA %I', s); END $$",
            connection
        );
        await drop.ExecuteNonQueryAsync();
        Console.WriteLine($"Dropped the {tables} table(s) of the {display} (--force).");
        return true;
    }

    /// <summary>Host, port and database, never the user or password.</summary>
    private static string Display(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"database {b.Database ?? b.Username ?? "(default)"} on {b.Host ?? "localhost"}:{b.Port}";
    }

    private static ServiceProvider Services(IConfiguration settings, StoreProvider store, string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(settings)
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Network"] = connectionString,
                    [StoreProviders.Setting] = store.ToString(),
                }
            )
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddNetworkApplication()
            .BuildServiceProvider();
    }

    private static SyntheticSummary Write(IBulkStore store, Options o, TimeProvider clock)
    {
        var summary = new SyntheticNetwork(store, new Random(o.Seed), clock.GetUtcNow()).Write(
            o.Professionals,
            o.Municipalities
        );
        store.Complete();
        return summary;
    }

    private static void Report(SyntheticSummary summary, string where, Stopwatch watch) =>
        Console.WriteLine(
            $"Generated {summary.Professionals} professionals in {summary.Municipalities} municipalities, {summary.Organisations} organisations, "
                + $"{summary.TrustRows} trust relationships ({summary.ConfirmedTrust} confirmed and valid) into {where} in {watch.Elapsed.TotalSeconds:0.0} s"
        );

    private static void WriteLogins(
        IConfiguration configuration,
        string loginsPath,
        SyntheticSummary summary,
        DateTimeOffset now
    )
    {
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (auth.SigningKey is null)
        {
            Console.WriteLine("No Auth:SigningKey configured: no benchmark logins written.");
            return;
        }
        var logins = summary.SampleAskers.Select(a =>
        {
            var user = new DemoUser(
                $"professional:{a.Id}",
                ViewerRole.Professional,
                a.Id,
                [a.Municipality],
                [],
                "synthetic professional"
            );
            return new
            {
                login = user.Login,
                professionalId = a.Id,
                municipality = a.Municipality,
                token = DevTokens.Issue(auth, user, now, TimeSpan.FromDays(1)),
            };
        });
        Directory.CreateDirectory(Path.GetDirectoryName(loginsPath)!);
        File.WriteAllText(loginsPath, JsonSerializer.Serialize(logins, Indented));
        Console.WriteLine($"Wrote {summary.SampleAskers.Count} signed benchmark logins (valid 24 h) to {loginsPath}");
    }

    private sealed record Options(
        int Professionals,
        int Municipalities,
        string? Database,
        string? Logins,
        int Seed,
        bool Force
    );

    private static bool TryParse(string[] args, out Options options, out string problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var force = false;
        options = null!;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--force")
                force = true;
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                values[args[i][2..]] = args[++i];
            else
            {
                problem = $"unexpected argument '{args[i]}'";
                return false;
            }
        }
        if (!int.TryParse(values.GetValueOrDefault("professionals"), out var people) || people < 10)
        {
            problem = "--professionals must be a number of at least 10";
            return false;
        }
        var municipalities =
            values.TryGetValue("municipalities", out var m) && int.TryParse(m, out var mm)
                ? mm
                : Math.Max(1, people / 2000);
        if (municipalities < 1 || municipalities > 999)
        {
            problem = "--municipalities must be between 1 and 999";
            return false;
        }
        var seed = values.TryGetValue("seed", out var s) && int.TryParse(s, out var ss) ? ss : 1;
        options = new Options(
            people,
            municipalities,
            values.GetValueOrDefault("database"),
            values.GetValueOrDefault("logins"),
            seed,
            force
        );
        problem = "";
        return true;
    }
}
