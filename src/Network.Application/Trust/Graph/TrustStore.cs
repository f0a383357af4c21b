using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;
using Network.Domain.Trust;

namespace Network.Application.Trust.Graph;

/// <summary>
/// Raw access to the trust table for the graph: a bulk read of 1M rows through EF's change-tracking
/// materializer would cost far more than the arrays it feeds. Expiry uses the domain's own rule
/// (<see cref="TrustRelationship.GrantsVisibility"/>), also inside SQL through a registered function.
/// </summary>
internal static class TrustStore
{
    public const string ValidFunction = "network_trust_valid";

    public static long EncodeTime(DateTimeOffset t) => StoredTime.Encode(t);

    /// <summary>Opens the context's connection and registers the expiry rule as a SQL function on it.</summary>
    public static async Task<SqliteConnection> OpenAsync(NetworkDbContext db, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        connection.CreateFunction<long?, long?, int, long, bool>(ValidFunction,
            (lastConfirmed, confirmed, validityMonths, now) => IsValid(lastConfirmed, confirmed, validityMonths, now), isDeterministic: true);
        return connection;
    }

    /// <summary>The domain rule for a confirmed row: does its trust still count at <paramref name="now"/> (encoded)?</summary>
    private static bool IsValid(long? lastConfirmed, long? confirmed, int validityMonths, long now) =>
        Row(lastConfirmed, confirmed).GrantsVisibility(StoredTime.Decode(now), validityMonths);

    internal static TrustRelationship Row(long? lastConfirmed, long? confirmed, Guid id = default, Guid proposer = default, Guid recipient = default, Guid? workshop = null) => new()
    {
        Id = id,
        ProposerId = proposer,
        RecipientId = recipient,
        MunicipalityCode = "",
        Status = TrustStatus.Confirmed,
        ConfirmedAt = confirmed is { } c ? StoredTime.Decode(c) : null,
        LastConfirmedAt = lastConfirmed is { } l ? StoredTime.Decode(l) : null,
        WorkshopId = workshop,
    };

    public static DbCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static readonly string Confirmed = nameof(TrustStatus.Confirmed);
}
