using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Network.Application.Common;

namespace Network.Application.Persistence;

/// <summary>
/// Whether the store can still be read, for /health/ready. A damaged page shows only to the reads that reach it, so
/// two things count: damage (SQLITE_CORRUPT, SQLITE_NOTADB) any request has run into, remembered until restart, and
/// a cheap probe that reads the first and the last row of every table (root, edge interior and edge leaf pages).
/// </summary>
public sealed class StoreHealth(ILogger<StoreHealth> logger)
{
    private volatile string? _damage;
    private string? _probe;

    /// <summary>The first damage seen while serving, or null.</summary>
    public string? Damage => _damage;

    public static bool IsDamage(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 11 or 26 })
                return true;
            // data_corrupted, index_corrupted: PostgreSQL found a damaged page or index.
            if (e is Npgsql.PostgresException { SqlState: "XX001" or "XX002" })
                return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsDamage))
                return true;
        }
        return false;
    }

    /// <summary>Called with unhandled errors: damage makes readiness fail from now on (restarting refuses to start).</summary>
    public void Observe(Exception e)
    {
        if (!IsDamage(e) || _damage is not null)
            return;
        _damage = StoreFile.OneLine(FirstStoreError(e)?.Message ?? e.Message);
        logger.StoreDamaged(_damage);
    }

    /// <summary>Reads the edge rows of every table; throws what SQLite throws.</summary>
    public async Task ProbeAsync(NetworkDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            // tables change only with migrations
            command.CommandText = _probe ??= await ProbeSqlAsync(connection, db.IsPostgres(), ct);
            // Through a reader, result by result: ExecuteNonQuery does not report a SELECT's SQLITE_CORRUPT.
            await using var reader = await command.ExecuteReaderAsync(ct);
            do
            {
                while (await reader.ReadAsync(ct)) { }
            } while (await reader.NextResultAsync(ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// SQLite: the first and last row of every table by rowid. PostgreSQL keeps its own page checksums and WAL; the
    /// probe reads one row of every table of the service's schema, so a lost or unreadable table shows too.
    /// </summary>
    private static async Task<string> ProbeSqlAsync(DbConnection connection, bool postgres, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE';"
            : "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
        var sql = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var table = "\"" + reader.GetString(0).Replace("\"", "\"\"") + "\"";
            if (postgres)
                sql.Append($"SELECT * FROM {table} LIMIT 1;\n");
            else
                sql.Append($"SELECT * FROM {table} ORDER BY rowid LIMIT 1; ")
                    .Append($"SELECT * FROM {table} ORDER BY rowid DESC LIMIT 1;\n");
        }
        return sql.ToString();
    }

    private static DbException? FirstStoreError(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is DbException store)
                return store;
        return null;
    }
}
