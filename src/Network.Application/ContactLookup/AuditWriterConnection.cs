using System.Data.Common;

namespace Network.Application.ContactLookup;

/// <summary>
/// The audit writer's own connection and its prepared INSERT; a transaction is the provider's own (PostgreSQL: Npgsql
/// sends BEGIN together with the first INSERT, so there is nothing to save there).
/// </summary>
internal class AuditWriterConnection(DbConnection connection, DbCommand insert, bool postgres) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;
    public DbCommand Insert { get; } = insert;
    public bool Postgres { get; } = postgres;

    /// <summary>The transaction the INSERTs join, or null when the writer runs BEGIN and COMMIT itself.</summary>
    public virtual async Task<DbTransaction?> BeginAsync() => await Connection.BeginTransactionAsync();

    public virtual Task CommitAsync(DbTransaction? transaction) => transaction!.CommitAsync();

    public virtual async ValueTask DisposeAsync()
    {
        await Insert.DisposeAsync();
        await Connection.DisposeAsync();
    }
}

/// <summary>
/// SQLite: BEGIN IMMEDIATE and COMMIT as commands prepared once on the writer's connection. The provider's own
/// transaction compiles "BEGIN IMMEDIATE;" and "COMMIT;" afresh on every commit and runs its bookkeeping around them
/// (about 7% of a REST lookup's time at 100k in the profile). The statements and their effect are the same: BEGIN
/// IMMEDIATE takes the write lock as <c>BeginTransaction()</c> does (Serializable), and COMMIT returns once the rows
/// are in the WAL file under this connection's <c>synchronous</c> setting, so durability does not change. After a
/// failed INSERT or COMMIT the caller disposes the writer, and closing the connection rolls the open transaction back.
/// </summary>
internal sealed class SqliteAuditWriterConnection : AuditWriterConnection
{
    private readonly DbCommand _begin;
    private readonly DbCommand _commit;

    private SqliteAuditWriterConnection(DbConnection connection, DbCommand insert)
        : base(connection, insert, postgres: false)
    {
        _begin = Command(connection, "BEGIN IMMEDIATE;");
        _commit = Command(connection, "COMMIT;");
    }

    public static SqliteAuditWriterConnection Prepare(DbConnection connection, DbCommand insert) =>
        new(connection, insert);

    public override async Task<DbTransaction?> BeginAsync()
    {
        await _begin.ExecuteNonQueryAsync();
        return null;
    }

    public override Task CommitAsync(DbTransaction? transaction) => _commit.ExecuteNonQueryAsync();

    public override async ValueTask DisposeAsync()
    {
        await _begin.DisposeAsync();
        await _commit.DisposeAsync();
        await base.DisposeAsync();
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
        return command;
    }
}
