using Network.Application.Persistence;
using Network.Domain.ContactLookup;

namespace Network.Application.Trust.Graph;

/// <summary>
/// The same bounded search as the in-memory graph, as one recursive SQL query over TrustRelationships.
/// It answers lookups before the first snapshot is built, and it is the oracle the snapshot is tested against.
/// </summary>
public sealed class SqlTrustSearch(NetworkDbContext db)
{
    // UNION (not UNION ALL) keeps one row per (node, depth), so each person is expanded at most once per level
    // instead of once per walk that reaches them.
    private const string DistancesSql = $"""
        WITH RECURSIVE walk(node, depth) AS (
            SELECT @source, 0
            UNION
            SELECT CASE WHEN t."ProposerId" = w.node THEN t."RecipientId" ELSE t."ProposerId" END, w.depth + 1
            FROM walk AS w
            JOIN "TrustRelationships" AS t ON t."ProposerId" = w.node OR t."RecipientId" = w.node
            WHERE w.depth < @maxDepth AND {TrustStore.CountsAtNow}
        )
        SELECT node, MIN(depth) FROM walk GROUP BY node
        """;

    private const string NeighboursSql = $"""
        SELECT CASE WHEN t."ProposerId" = @node THEN t."RecipientId" ELSE t."ProposerId" END, t."Id"
        FROM "TrustRelationships" AS t
        WHERE (t."ProposerId" = @node OR t."RecipientId" = @node) AND {TrustStore.CountsAtNow}
        """;

    /// <summary>Distance (0 for the source) of every person within <paramref name="maxDepth"/> hops of trust valid at <paramref name="now"/>.</summary>
    public async Task<Dictionary<Guid, int>> DistancesAsync(
        Guid source,
        DateTimeOffset now,
        CancellationToken ct,
        int maxDepth = LookupRanking.MaxTrustDistance
    )
    {
        var connection = await TrustStore.OpenAsync(db, ct);
        await using var command = TrustStore.Command(
            connection,
            DistancesSql,
            now,
            ("source", source),
            ("maxDepth", maxDepth)
        );
        var result = new Dictionary<Guid, int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            result[reader.GetGuid(0)] = reader.GetInt32(1);
        return result;
    }

    /// <summary>
    /// One shortest path to <paramref name="target"/> as (person, relationship) pairs after the source, walking back
    /// through neighbours one step closer. Empty when the target is not within reach.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Person, Guid Relationship)>> PathAsync(
        IReadOnlyDictionary<Guid, int> distances,
        Guid target,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        if (!distances.TryGetValue(target, out var d) || d == 0)
            return [];
        var path = new List<(Guid, Guid)>();
        var connection = await TrustStore.OpenAsync(db, ct);
        for (var node = target; d > 0; d--)
        {
            await using var command = TrustStore.Command(connection, NeighboursSql, now, ("node", node));
            await using var reader = await command.ExecuteReaderAsync(ct);
            (Guid Person, Guid Relationship)? step = null;
            while (step is null && await reader.ReadAsync(ct))
            {
                var other = reader.GetGuid(0);
                if (distances.TryGetValue(other, out var od) && od == d - 1)
                    step = (other, reader.GetGuid(1));
            }
            if (step is not { } s)
                return []; // the store changed under us: no path to show
            path.Add((node, s.Relationship));
            node = s.Person;
        }
        path.Reverse();
        return path;
    }
}
