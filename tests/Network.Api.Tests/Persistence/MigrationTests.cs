using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence;

namespace Network.Api.Tests.Persistence;

/// <summary>
/// The schema comes from migrations only (each store its own set); an empty store must reach the current model
/// with them.
/// </summary>
public sealed class MigrationTests : IAsyncLifetime
{
    private readonly TestDatabase _store = TestDatabase.Create("network-migrations");
    private NetworkDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _db = _store.OpenContext();
        await _db.Database.MigrateAsync();
    }

    [Fact]
    public async Task Migrations_bring_an_empty_file_to_the_current_model()
    {
        Assert.Empty(await _db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await _db.Database.GetAppliedMigrationsAsync());
        Assert.False(
            _db.Database.HasPendingModelChanges(),
            "the model has changes no migration captures: add a migration"
        );
        // The tables are there and queryable, empty.
        Assert.Equal(0, await _db.Organisations.CountAsync());
        Assert.Equal(0, await _db.TrustRelationships.CountAsync());
    }

    [Fact]
    public async Task Audit_events_refuse_update_and_delete()
    {
        await _db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "AuditEvents" ("OccurredAt", "ActorId", "ActorRole", "Action", "SubjectType", "SubjectId", "Outcome")
            VALUES (0, 'test', 'admin', 'organisation.update', 'organisation', 'x', 'succeeded');
            """
        );

        var update = await Assert.ThrowsAnyAsync<DbException>(() =>
            _db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Outcome\" = 'denied';")
        );
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<DbException>(() =>
            _db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\";")
        );
        Assert.Contains("append-only", delete.Message);
        if (_store.Provider == StoreProvider.Postgres)
        {
            // TRUNCATE skips row triggers in PostgreSQL; a statement trigger refuses it too.
            var truncate = await Assert.ThrowsAnyAsync<DbException>(() =>
                _db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEvents\";")
            );
            Assert.Contains("append-only", truncate.Message);
        }

        var outcomes = await _db.AuditEvents.Select(a => a.Outcome).ToListAsync();
        Assert.Equal(["succeeded"], outcomes);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _store.Dispose();
    }
}
