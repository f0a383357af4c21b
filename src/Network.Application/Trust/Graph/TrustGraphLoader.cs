using Network.Application.Persistence;
using Network.Domain.Trust.Graph;

namespace Network.Application.Trust.Graph;

/// <summary>Reads confirmed, unexpired trust (each municipality's validity period applied) into a <see cref="TrustGraph"/>.</summary>
public static class TrustGraphLoader
{
    public static async Task<TrustGraph> LoadAsync(NetworkDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var connection = await TrustStore.OpenAsync(db, ct);
        await using var command = TrustStore.Command(connection, """
            SELECT t.Id, t.ProposerId, t.RecipientId, t.LastConfirmedAt, t.ConfirmedAt, t.WorkshopId, m.TrustValidityMonths
            FROM TrustRelationships AS t
            JOIN Municipalities AS m ON m.Code = t.MunicipalityCode
            WHERE t.Status = $confirmed
            """, ("$confirmed", TrustStore.Confirmed));
        var edges = new List<TrustEdge>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = TrustStore.Row(
                reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4),
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2),
                reader.IsDBNull(5) ? null : reader.GetGuid(5));
            if (TrustEdge.From(row, reader.GetInt32(6), now) is { } edge) edges.Add(edge);
        }
        return TrustGraph.Build(edges);
    }
}
