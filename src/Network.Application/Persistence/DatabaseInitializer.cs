using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Network.Application.Common;
using Network.Application.Persistence.Seeding;

namespace Network.Application.Persistence;

/// <summary>
/// Start-up, failing closed: refuse a store that is empty, damaged, read-only or unreachable (one-line
/// <see cref="StoreUnusableException"/>), create the data folder, apply migrations (never EnsureCreated), switch on
/// WAL, seed the catalogues, and the demo network only into a store this start created.
/// </summary>
public sealed class DatabaseInitializer(NetworkDbContext db, ILogger<DatabaseInitializer> logger, TimeProvider clock)
{
    public async Task InitializeAsync(bool seedDemoNetwork, CancellationToken ct = default)
    {
        if (db.IsPostgres())
        {
            await InitializePostgresAsync(seedDemoNetwork, ct);
            return;
        }
        var store = StoreFile.From(db.Database.GetConnectionString());
        var created = store.Prepare();
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await PrepareAsync(store, created, seedDemoNetwork, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (SqliteException e)
        {
            throw StoreChecks.Explain(e, store);
        }
    }

    private async Task PrepareAsync(StoreFile store, bool created, bool seedDemoNetwork, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        StoreChecks.RefuseReadOnly(connection, store);
        // Checked before migrating, so a damaged store is refused as it was found, not written to first.
        if (!created)
        {
            var took = await StoreChecks.RefuseDamagedAsync(connection, store, ct);
            logger.IntegrityCheckPassed(store.Display, took.TotalMilliseconds);
        }
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await SeedAsync(store.Display, created, seedDemoNetwork, ct);
    }

    /// <summary>
    /// PostgreSQL: the database is the operator's (created with CREATE DATABASE); an empty one counts as created by
    /// this start. Errors reaching or preparing it become one line, like the SQLite file's.
    /// </summary>
    private async Task InitializePostgresAsync(bool seedDemoNetwork, CancellationToken ct)
    {
        string display;
        try
        {
            display = PostgresStore.Display(db.Database.GetConnectionString());
        }
        catch (ArgumentException e)
        {
            throw new StoreUnusableException(
                $"ConnectionStrings:Network is not a PostgreSQL connection string ({StoreFile.OneLine(e.Message)})."
            );
        }
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                var created = await PostgresStore.CheckAsync(db, display, ct);
                // EF's migrator on PostgreSQL reads the history before it creates it in an empty database and logs
                // that failed read as an error; created first, a new start logs no error that is not one.
                if (created)
                    await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
                await db.Database.MigrateAsync(ct);
                await SeedAsync(display, created, seedDemoNetwork, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Npgsql.NpgsqlException e)
        {
            throw PostgresStore.Explain(e, display);
        }
        catch (InvalidOperationException e) when (e.InnerException is Npgsql.NpgsqlException inner)
        {
            // EF wraps what it takes for a transient failure (a refused connection) in an InvalidOperationException.
            throw PostgresStore.Explain(inner, display);
        }
    }

    private async Task SeedAsync(string display, bool created, bool seedDemoNetwork, CancellationToken ct)
    {
        await CatalogueSeed.SeedAsync(db, ct);
        if (!seedDemoNetwork)
            return;
        if (!created)
        {
            // A store that was there holds someone's data, or was emptied on purpose: never mix demo people into it.
            logger.DemoSeedSkipped(display);
            return;
        }
        if (!await db.Organisations.AnyAsync(ct))
        {
            await DemoNetwork.SeedAsync(db, clock, ct);
            logger.DemoNetworkSeeded();
        }
    }
}
