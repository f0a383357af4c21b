using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Network.Application.Persistence;

/// <summary>
/// Start-up checks on a PostgreSQL database, failing closed as the SQLite file's do: refuse a database that cannot
/// be reached, is read-only, holds tables that are not this service's, or was migrated by a newer version; and say
/// whether it is empty (only an empty database is migrated from scratch, and only that may receive the demo network).
/// </summary>
internal static class PostgresStore
{
    private const string History = "__EFMigrationsHistory";

    /// <summary>Host, port and database, never the user or password: this goes to the console and the logs.</summary>
    public static string Display(string? connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"database {b.Database ?? b.Username ?? "(default)"} on {b.Host ?? "localhost"}:{b.Port}";
    }

    /// <summary>Returns whether the database is empty (no tables of its schema but an unfilled history).</summary>
    public static async Task<bool> CheckAsync(NetworkDbContext db, string display, CancellationToken ct)
    {
        var readOnly = await db
            .Database.SqlQueryRaw<bool>(
                "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on' AS \"Value\""
            )
            .SingleAsync(ct);
        if (readOnly)
            throw new StoreUnusableException(
                $"The {display} is read-only (a standby, or default_transaction_read_only is on): point "
                    + "ConnectionStrings:Network at the primary; the service writes."
            );
        var tables = await db
            .Database.SqlQueryRaw<string>(
                "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()"
            )
            .ToListAsync(ct);
        if (!tables.Contains(History))
        {
            if (tables.Count == 0)
                return true;
            throw new StoreUnusableException(
                $"The {display} holds {tables.Count} table(s) but no migrations history of this service: it is not "
                    + "Network's database. Point ConnectionStrings:Network at Network's database or an empty one."
            );
        }
        var applied = await db.Database.GetAppliedMigrationsAsync(ct);
        var unknown = applied.Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
            throw new StoreUnusableException(
                $"The {display} was migrated by a newer version of Network (migration {unknown[^1]} is unknown to "
                    + "this one): run that version, or restore a backup made with this one."
            );
        // A history without rows is what a first start leaves when its first migration failed (each migration is
        // one transaction): nothing of anyone's is there yet.
        if (!applied.Any() && tables.Count > 1)
            throw new StoreUnusableException(
                $"The {display} holds tables besides an empty migrations history: it is not Network's database. "
                    + "Point ConnectionStrings:Network at Network's database or an empty one."
            );
        return !applied.Any();
    }

    /// <summary>What a PostgreSQL error at start-up means for the operator, in one line.</summary>
    public static StoreUnusableException Explain(NpgsqlException e, string display)
    {
        var detail = StoreFile.OneLine(e is PostgresException p ? p.MessageText : e.Message);
        return new StoreUnusableException(
            (e as PostgresException)?.SqlState switch
            {
                PostgresErrorCodes.InvalidCatalogName =>
                    $"The {display} does not exist ({detail}): create it (CREATE DATABASE), or point "
                        + "ConnectionStrings:Network at the service's database.",
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                    $"The {display} refused the login ({detail}): check the user and password in ConnectionStrings:Network.",
                PostgresErrorCodes.InsufficientPrivilege =>
                    $"The {display} does not let the service's user create or change its tables ({detail}): "
                        + "make that user the database's owner.",
                PostgresErrorCodes.CannotConnectNow =>
                    $"The {display} is starting or shutting down ({detail}): start the service when it accepts connections.",
                PostgresErrorCodes.TooManyConnections =>
                    $"The {display} accepts no more connections ({detail}): raise max_connections or lower the pool sizes.",
                null => $"The {display} cannot be reached ({detail}): check that the server runs and accepts "
                    + "connections, and the host and port in ConnectionStrings:Network.",
                _ => $"The {display} cannot be prepared ({detail}).",
            }
        );
    }
}
