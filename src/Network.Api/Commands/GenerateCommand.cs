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

namespace Network.Api.Commands;

/// <summary>
/// <c>generate --professionals N [--municipalities M] [--database path] [--seed n] [--force]</c>: writes a synthetic
/// network into a new SQLite store (migrated through the application's DbContext, filled with prepared batched
/// inserts in one transaction). When <c>Auth:SigningKey</c> is configured it also writes
/// <c>&lt;database&gt;.logins.json</c>: signed tokens for a sample of ordinary professionals, for benchmarks.
/// </summary>
public static class GenerateCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var o, out var problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(
                "usage: generate --professionals N [--municipalities M] [--database path] [--seed n] [--force]"
            );
            return 2;
        }
        if (
            Environment.GetEnvironmentVariable("Database__Provider") is { Length: > 0 } configured
            && !configured.Equals(nameof(StoreProvider.Sqlite), StringComparison.OrdinalIgnoreCase)
        )
        {
            // The bulk writer speaks SQLite (prepared inserts, its PRAGMAs); a PostgreSQL version would use COPY.
            Console.Error.WriteLine(
                $"generate writes a SQLite store only; Database:Provider is {configured}. Unset Database__Provider, "
                    + "or generate into SQLite and load the data into PostgreSQL another way."
            );
            return 1;
        }
        var path = Path.GetFullPath(o.Database);
        if (File.Exists(path))
        {
            if (!o.Force)
            {
                Console.Error.WriteLine($"{path} exists; pass --force to replace it.");
                return 1;
            }
            foreach (var suffix in new[] { "", "-wal", "-shm", ".logins.json" })
                File.Delete(path + suffix);
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Network"] = $"Data Source={path}",
                    [StoreProviders.Setting] = nameof(StoreProvider.Sqlite),
                }
            )
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddNetworkApplication();
        await using var provider = services.BuildServiceProvider();
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
            summary = new SyntheticNetwork(connection, tx, new Random(o.Seed), clock.GetUtcNow()).Write(
                o.Professionals,
                o.Municipalities
            );
            await tx.CommitAsync();
        }
        await db.Database.ExecuteSqlRawAsync("ANALYZE; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");

        Console.WriteLine(
            $"Generated {summary.Professionals} professionals in {summary.Municipalities} municipalities, {summary.Organisations} organisations, "
                + $"{summary.TrustRows} trust relationships ({summary.ConfirmedTrust} confirmed and valid) into {path} in {watch.Elapsed.TotalSeconds:0.0} s"
        );
        WriteLogins(configuration, path, summary, clock.GetUtcNow());
        return 0;
    }

    private static void WriteLogins(
        IConfiguration configuration,
        string path,
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
        File.WriteAllText(path + ".logins.json", JsonSerializer.Serialize(logins, Indented));
        Console.WriteLine(
            $"Wrote {summary.SampleAskers.Count} signed benchmark logins (valid 24 h) to {path}.logins.json"
        );
    }

    private sealed record Options(int Professionals, int Municipalities, string Database, int Seed, bool Force);

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
            values.GetValueOrDefault("database") ?? $"data/synthetic-{people}.db",
            seed,
            force
        );
        problem = "";
        return true;
    }
}
