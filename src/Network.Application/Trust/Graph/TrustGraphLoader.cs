using System.Text;
using Network.Application.Persistence;
using Network.Domain.Trust;
using Network.Domain.Trust.Graph;

namespace Network.Application.Trust.Graph;

/// <summary>Reads confirmed, unexpired trust into a <see cref="TrustGraph"/>.</summary>
public static class TrustGraphLoader
{
    private const string Select = $"""
        SELECT t."Id", t."ProposerId", t."RecipientId", t."LastConfirmedAt", t."ConfirmedAt", t."ExpiresAt", t."WorkshopId"
        FROM "TrustRelationships" AS t
        WHERE {TrustStore.CountsAtNow}
        """;

    public static async Task<TrustGraph> LoadAsync(NetworkDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var edges = new List<TrustEdge>();
        await ReadAsync(db, Select, [], now, edges, ct);
        return TrustGraph.Build(edges);
    }

    /// <summary>
    /// The next snapshot after some relationships changed: the previous edges minus those relationships, plus
    /// their current rows where they are confirmed and unexpired. Reads only the changed rows, so a change is
    /// visible in milliseconds even with a million edges.
    /// </summary>
    public static async Task<TrustGraph> ApplyAsync(
        NetworkDbContext db,
        TrustGraph previous,
        IReadOnlyCollection<Guid> changed,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var ids = changed.ToHashSet();
        var edges = new List<TrustEdge>(previous.EdgeCount + ids.Count);
        foreach (var e in previous.Edges)
            if (!ids.Contains(e.RelationshipId))
                edges.Add(e);
        foreach (var chunk in ids.Chunk(500))
        {
            var sql = new StringBuilder(Select).Append(" AND t.\"Id\" IN (");
            var parameters = new (string, object?)[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append("@id").Append(i);
                parameters[i] = ($"id{i}", chunk[i]);
            }
            await ReadAsync(db, sql.Append(')').ToString(), parameters, now, edges, ct);
        }
        return TrustGraph.Build(edges);
    }

    private static async Task ReadAsync(
        NetworkDbContext db,
        string sql,
        (string, object?)[] parameters,
        DateTimeOffset now,
        List<TrustEdge> edges,
        CancellationToken ct
    )
    {
        var connection = await TrustStore.OpenAsync(db, ct);
        await using var command = TrustStore.Command(connection, sql, now, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // Through the entity, so the edge is decided by the domain's rule (TrustEdge.From), not a copy of it.
            var row = new TrustRelationship
            {
                Id = reader.GetGuid(0),
                ProposerId = reader.GetGuid(1),
                RecipientId = reader.GetGuid(2),
                MunicipalityCode = "",
                Status = TrustStatus.Confirmed,
                LastConfirmedAt = Time(3),
                ConfirmedAt = Time(4),
                ExpiresAt = Time(5),
                WorkshopId = reader.IsDBNull(6) ? null : reader.GetGuid(6),
            };
            if (TrustEdge.From(row, now) is { } edge)
                edges.Add(edge);
        }

        DateTimeOffset? Time(int i) => reader.IsDBNull(i) ? null : StoredTime.Decode(reader.GetInt64(i));
    }
}
