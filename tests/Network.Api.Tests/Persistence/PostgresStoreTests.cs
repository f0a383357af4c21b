using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Api.Tests.Infrastructure;
using Network.Application.Changes;
using Network.Application.Persistence;
using Network.Domain.Organisations;
using Npgsql;

namespace Network.Api.Tests.Persistence;

/// <summary>
/// PostgreSQL's counterparts of the SQLite file's start-up safety (fail closed: a database that is not this
/// service's, or is newer, is refused in one line and left as it was; only an empty one gets the demo network), and
/// the change log's order with concurrent writers. Run when NETWORK_TEST_POSTGRES is set (CI's second pass).
/// </summary>
public sealed class PostgresStoreTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.Create("network-pg");

    [PostgresOnlyFact]
    public async Task An_empty_database_is_migrated_and_gets_the_demo_network()
    {
        await InitializeAsync(seedDemo: true);

        await using var db = _store.OpenContext();
        Assert.True(await db.Organisations.AnyAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [PostgresOnlyFact]
    public async Task A_migrated_database_without_data_is_not_given_the_demo_network()
    {
        await InitializeAsync(seedDemo: false);

        await InitializeAsync(seedDemo: true);

        await using var db = _store.OpenContext();
        Assert.Equal(0, await db.Organisations.CountAsync());
        Assert.True(await db.Domains.AnyAsync()); // the catalogues are there: it was prepared, not skipped
    }

    [PostgresOnlyFact]
    public async Task A_database_with_tables_of_something_else_is_refused_and_left_alone()
    {
        await ExecuteAsync("CREATE TABLE invoices (id int PRIMARY KEY); INSERT INTO invoices VALUES (7);");

        var refused = await Assert.ThrowsAsync<StoreUnusableException>(() => InitializeAsync(seedDemo: true));

        Assert.Contains("no migrations history of this service", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Equal(["invoices"], await TablesAsync());
    }

    [PostgresOnlyFact]
    public async Task A_database_migrated_by_a_newer_version_is_refused()
    {
        await InitializeAsync(seedDemo: false);
        await ExecuteAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromTheFuture', '99.0.0');");

        var refused = await Assert.ThrowsAsync<StoreUnusableException>(() => InitializeAsync(seedDemo: true));

        Assert.Contains("newer version of Network", refused.Message);
        Assert.Contains("29991231000000_FromTheFuture", refused.Message);
    }

    [PostgresOnlyFact]
    public async Task A_database_that_does_not_exist_is_refused_in_one_line()
    {
        var missing = new NpgsqlConnectionStringBuilder(_store.ConnectionString) { Database = "network_missing" };
        var environment = new Dictionary<string, string>(_store.Environment)
        {
            ["ConnectionStrings__Network"] = missing.ToString(),
        };

        var outcome = await ServiceProcess.StartAsync(missing.ToString(), environment: environment);

        Assert.False(outcome.Listened, outcome.Output);
        Assert.NotEqual(0, outcome.ExitCode);
        var refusal = outcome.Output.Split('\n').Where(l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("database network_missing", Assert.Single(refusal));
        Assert.Contains("does not exist", Assert.Single(refusal));
        Assert.DoesNotContain("   at ", outcome.Output);
    }

    [PostgresOnlyFact]
    public async Task An_unreachable_server_is_refused_in_one_line()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(_store.ConnectionString) { Port = 1, Timeout = 3 };
        var environment = new Dictionary<string, string>(_store.Environment)
        {
            ["ConnectionStrings__Network"] = nowhere.ToString(),
        };

        var outcome = await ServiceProcess.StartAsync(nowhere.ToString(), environment: environment);

        Assert.False(outcome.Listened, outcome.Output);
        var refusal = outcome.Output.Split('\n').Where(l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("cannot be reached", Assert.Single(refusal));
        Assert.DoesNotContain("   at ", outcome.Output);
    }

    /// <summary>
    /// Identity values are handed out at insert, not at commit: without the change-log lock, B (begun later, committed
    /// first) would be visible with a higher seq while A's lower one is still to come, and a mirror past B skips A.
    /// </summary>
    [PostgresOnlyFact]
    public async Task Change_log_writers_take_turns_so_seqs_become_visible_in_commit_order()
    {
        await using var factory = new NetworkApiFactory();
        await using var scopeA = factory.Services.CreateAsyncScope();
        var a = scopeA.ServiceProvider.GetRequiredService<NetworkDbContext>();
        await using var transaction = await a.Database.BeginTransactionAsync();
        var first = NewOrganisation("A");
        a.Organisations.Add(first);
        await a.SaveChangesAsync();
        var seqA = await SeqOfAsync(a, first.Id);

        var second = NewOrganisation("B");
        var b = Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            db.Organisations.Add(second);
            await db.SaveChangesAsync();
            return await SeqOfAsync(db, second.Id);
        });
        // B must be waiting for A's lock (a lock it has not been granted), not finished.
        await using (var observer = factory.Store.OpenConnection())
        {
            for (var waiting = false; !waiting; )
            {
                Assert.False(b.IsCompleted, "B's change-log rows were written while A's transaction was open");
                await using var command = observer.CreateCommand();
                command.CommandText = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted";
                waiting = Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
                if (!waiting)
                    await Task.Delay(20);
            }
        }
        Assert.False(b.IsCompleted);
        await transaction.CommitAsync();

        Assert.True(await b > seqA);
    }

    private static Organisation NewOrganisation(string name) =>
        new()
        {
            Name = $"Order test {name} {Guid.NewGuid():N}",
            Kind = "test",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };

    private static Task<long> SeqOfAsync(NetworkDbContext db, Guid id)
    {
        var key = ChangeRecorder.Key(id);
        return db.ChangeLog.Where(c => c.EntityId == key).MaxAsync(c => c.Seq);
    }

    private async Task InitializeAsync(bool seedDemo)
    {
        await using var db = _store.OpenContext();
        await new DatabaseInitializer(
            db,
            NullLogger<DatabaseInitializer>.Instance,
            TimeProvider.System
        ).InitializeAsync(seedDemo);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            tables.Add(reader.GetString(0));
        return tables;
    }

    public void Dispose() => _store.Dispose();
}
