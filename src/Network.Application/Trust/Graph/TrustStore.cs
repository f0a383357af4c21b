using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;
using Network.Domain.Trust;

namespace Network.Application.Trust.Graph;

/// <summary>
/// Raw access to the trust table for the graph: a bulk read of a million rows through EF's materializer would
/// cost far more than the arrays it feeds. The stored expiry is compared in SQL (UTC ticks, see
/// <see cref="StoredTime"/>) with the same rule as <see cref="TrustRelationship.GrantsVisibility"/>. The SQL is the
/// same on SQLite and PostgreSQL: quoted identifiers (PostgreSQL folds unquoted ones to lower case) and <c>@name</c>
/// parameters, which both understand.
/// </summary>
internal static class TrustStore
{
    public static readonly string Confirmed = nameof(TrustStatus.Confirmed);

    /// <summary>Confirmed trust that has not expired at <c>$now</c>.</summary>
    public const string CountsAtNow =
        "t.\"Status\" = @confirmed AND (t.\"ExpiresAt\" IS NULL OR t.\"ExpiresAt\" > @now) "
        + "AND t.\"ProposerId\" <> t.\"RecipientId\"";

    public static async Task<DbConnection> OpenAsync(NetworkDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(ct);
        return connection;
    }

    public static DbCommand Command(
        DbConnection connection,
        string sql,
        DateTimeOffset now,
        params (string Name, object? Value)[] parameters
    )
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "confirmed", Confirmed);
        Add(command, "now", StoredTime.Encode(now));
        foreach (var (name, value) in parameters)
            Add(command, name, value);
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
