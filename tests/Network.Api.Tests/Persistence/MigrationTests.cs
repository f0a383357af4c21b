using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;

namespace Network.Api.Tests.Persistence;

/// <summary>The schema comes from migrations only; an empty file must reach the current model with them.</summary>
public sealed class MigrationTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"network-migrations-{Guid.NewGuid():N}.db");
    private NetworkDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _db = new NetworkDbContext(
            new DbContextOptionsBuilder<NetworkDbContext>().UseSqlite($"Data Source={_path}").Options
        );
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
            INSERT INTO AuditEvents (OccurredAt, ActorId, ActorRole, Action, SubjectType, SubjectId, Outcome)
            VALUES (0, 'test', 'admin', 'organisation.update', 'organisation', 'x', 'succeeded');
            """
        );

        var update = await Assert.ThrowsAsync<SqliteException>(() =>
            _db.Database.ExecuteSqlRawAsync("UPDATE AuditEvents SET Outcome = 'denied';")
        );
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAsync<SqliteException>(() =>
            _db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents;")
        );
        Assert.Contains("append-only", delete.Message);

        var outcomes = await _db.AuditEvents.Select(a => a.Outcome).ToListAsync();
        Assert.Equal(["succeeded"], outcomes);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_path + suffix);
            }
            catch (IOException) { }
        }
    }
}
