using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;
using Network.Domain.Trust;

namespace Network.Application.Trust.Graph;

/// <summary>
/// Raw access to the trust table for the graph: a bulk read of a million rows through EF's materializer would
/// cost far more than the arrays it feeds. The stored expiry is compared in SQL (UTC ticks, see
/// <see cref="StoredTime"/>) with the same rule as <see cref="TrustRelationship.GrantsVisibility"/>.
/// </summary>
internal static class TrustStore
{
    public static readonly string Confirmed = nameof(TrustStatus.Confirmed);

    /// <summary>Confirmed trust that has not expired at <c>$now</c>.</summary>
    public const string CountsAtNow =
        "t.Status = $confirmed AND (t.ExpiresAt IS NULL OR t.ExpiresAt > $now) AND t.ProposerId <> t.RecipientId";

    public static async Task<SqliteConnection> OpenAsync(NetworkDbContext db, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(ct);
        return connection;
    }

    public static DbCommand Command(
        SqliteConnection connection,
        string sql,
        DateTimeOffset now,
        params (string Name, object? Value)[] parameters
    )
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$confirmed", Confirmed);
        command.Parameters.AddWithValue("$now", StoredTime.Encode(now));
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
