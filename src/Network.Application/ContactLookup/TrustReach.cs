using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Network.Application.ContactLookup.Index;
using Network.Application.Persistence;
using Network.Application.Trust.Graph;
using Network.Domain.ContactLookup;
using Network.Domain.Trust.Graph;

namespace Network.Application.ContactLookup;

/// <summary>One step on a trust path: the person reached and the trust that links them to the previous person.</summary>
internal readonly record struct ReachHop(Guid Person, DateOnly ConfirmedOn, Guid? WorkshopId);

/// <summary>The asker's trust neighbourhood for one lookup: distance to directory people and one shortest path each.</summary>
internal abstract class TrustReach : IDisposable
{
    /// <summary>Hops from the asker to the directory person at <paramref name="personIndex"/>, or <see cref="LookupRanking.Unreachable"/>.</summary>
    public abstract int Distance(int personIndex);

    /// <summary>
    /// The distance as far as it is known without searching further: exact up to two steps; <see cref="LookupRanking.MaxTrustDistance"/>
    /// means "three steps or unreachable" until <see cref="Distance"/> settles it (see the settling <c>LookupRanking.Top</c>).
    /// </summary>
    public virtual int KnownDistance(int personIndex) => Distance(personIndex);

    /// <summary>The people after the asker on one shortest path, the target last; empty when unreachable.</summary>
    public abstract ValueTask<IReadOnlyList<ReachHop>> PathAsync(int personIndex, CancellationToken ct);

    public virtual void Dispose() { }

    /// <summary>For askers without a place in the trust graph (coordinators, systems, people without trust).</summary>
    public static TrustReach None { get; } = new NoReach();

    private sealed class NoReach : TrustReach
    {
        public override int Distance(int personIndex) => LookupRanking.Unreachable;

        public override ValueTask<IReadOnlyList<ReachHop>> PathAsync(int personIndex, CancellationToken ct) => new([]);
    }
}

/// <summary>Reach read from the in-memory snapshot: one bounded BFS, then array reads.</summary>
internal sealed class SnapshotReach : TrustReach
{
    private readonly TrustSearch _search;
    private readonly int[] _nodes;
    private readonly long _now;

    // Directory slots reached at one and at two steps, a bit each: the ranking asks for every candidate's distance,
    // and at 100k professionals reading each one's node and search mark is two cache misses per candidate (the
    // arrays are 0.4 and 1.6 MB); these bits are 12.5 KB each and set from the few hundred people the search reached.
    private readonly ulong[] _atOne;
    private readonly ulong[] _atTwo;

    public SnapshotReach(TrustGraph graph, SlotNodeMap map, int source, long nowUtcTicks)
    {
        _search = graph.RentSearch();
        _nodes = map.Nodes;
        _now = nowUtcTicks;
        // Search to depth 2, then settle depth 3 per candidate from its own neighbours (TrustSearch.Extend):
        // the same distances as a depth-3 search without expanding the thousands of people at depth 2.
        _search.Run(source, LookupRanking.MaxTrustDistance - 1, nowUtcTicks);

        var words = _nodes.Length / 64 + 1;
        _atOne = ArrayPool<ulong>.Shared.Rent(words);
        _atTwo = ArrayPool<ulong>.Shared.Rent(words);
        Array.Clear(_atOne, 0, words);
        Array.Clear(_atTwo, 0, words);
        var slots = map.Slots;
        foreach (var node in _search.Reached)
        {
            var slot = slots[node];
            if (slot < 0)
                continue;
            var bits = _search.Distance(node) switch
            {
                1 => _atOne,
                2 => _atTwo,
                _ => null, // the asker
            };
            if (bits is not null)
                bits[slot >> 6] |= 1UL << (slot & 63);
        }
    }

    public override int Distance(int personIndex)
    {
        var d = _search.Extend(_nodes[personIndex], LookupRanking.MaxTrustDistance - 1, _now);
        return d <= 0 ? LookupRanking.Unreachable : d;
    }

    /// <summary>
    /// From the reached bits alone: 1 or 2, else <see cref="LookupRanking.MaxTrustDistance"/> ("three steps or
    /// unreachable", also for a person without trust), which the ranking settles with <see cref="Distance"/> when it
    /// matters.
    /// </summary>
    public override int KnownDistance(int personIndex)
    {
        var word = personIndex >> 6;
        var bit = 1UL << (personIndex & 63);
        if ((_atOne[word] & bit) != 0)
            return 1;
        return (_atTwo[word] & bit) != 0 ? 2 : LookupRanking.MaxTrustDistance;
    }

    public override ValueTask<IReadOnlyList<ReachHop>> PathAsync(int personIndex, CancellationToken ct)
    {
        Span<int> nodes = stackalloc int[LookupRanking.MaxTrustDistance + 1];
        var n = _search.PathTo(_nodes[personIndex], nodes);
        var graph = _search.Graph;
        var hops = new ReachHop[Math.Max(0, n - 1)];
        for (var i = 1; i < n; i++)
        {
            var edge = graph.Edge(graph.BestEdgeBetween(nodes[i - 1], nodes[i], _now));
            hops[i - 1] = new ReachHop(graph.NodeId(nodes[i]), edge.ConfirmedOn, edge.WorkshopId);
        }
        return new(hops);
    }

    public override void Dispose()
    {
        _search.Dispose();
        ArrayPool<ulong>.Shared.Return(_atOne);
        ArrayPool<ulong>.Shared.Return(_atTwo);
        base.Dispose();
    }
}

/// <summary>Reach from the recursive SQL query, used until the first snapshot is built.</summary>
internal sealed class SqlReach(
    NetworkDbContext db,
    LookupDirectory directory,
    Dictionary<Guid, int> distances,
    DateTimeOffset now
) : TrustReach
{
    public static async Task<TrustReach> SearchAsync(
        NetworkDbContext db,
        LookupDirectory directory,
        Guid source,
        DateTimeOffset now,
        CancellationToken ct
    ) => new SqlReach(db, directory, await new SqlTrustSearch(db).DistancesAsync(source, now, ct), now);

    public override int Distance(int personIndex) =>
        distances.TryGetValue(directory.People[personIndex].Id, out var d) && d > 0 ? d : LookupRanking.Unreachable;

    public override async ValueTask<IReadOnlyList<ReachHop>> PathAsync(int personIndex, CancellationToken ct)
    {
        var path = await new SqlTrustSearch(db).PathAsync(distances, directory.People[personIndex].Id, now, ct);
        var ids = path.Select(p => p.Relationship).ToList();
        var trust = await db
            .TrustRelationships.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, ct);
        return path.Select(p =>
            {
                var t = trust[p.Relationship];
                var confirmed = t.LastConfirmedAt ?? t.ConfirmedAt ?? t.ProposedAt;
                return new ReachHop(p.Person, DateOnly.FromDateTime(confirmed.UtcDateTime), t.WorkshopId);
            })
            .ToList();
    }
}
