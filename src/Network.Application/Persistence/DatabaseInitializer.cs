using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Network.Application.Persistence.Seeding;

namespace Network.Application.Persistence;

/// <summary>Start-up: create the data folder, apply migrations (never EnsureCreated), switch on WAL, seed.</summary>
public sealed class DatabaseInitializer(NetworkDbContext db, ILogger<DatabaseInitializer> logger, TimeProvider clock)
{
    public async Task InitializeAsync(bool seedDemoNetwork, CancellationToken ct = default)
    {
        EnsureDataFolder(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await CatalogueSeed.SeedAsync(db, ct);
        if (seedDemoNetwork && !await db.Organisations.AnyAsync(ct))
        {
            await DemoNetwork.SeedAsync(db, clock, ct);
            logger.LogInformation("Seeded the demo network");
        }
    }

    private static void EnsureDataFolder(string? connectionString)
    {
        if (connectionString is null) return;
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (folder is not null) Directory.CreateDirectory(folder);
    }
}
