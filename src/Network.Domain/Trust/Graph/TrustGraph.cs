using System.Collections.Concurrent;

namespace Network.Domain.Trust.Graph;

/// <summary>
/// An immutable snapshot of confirmed trust as an undirected graph in compressed sparse row form:
/// the neighbours of node <c>n</c> are <c>Targets[Offsets[n]..Offsets[n+1]]</c>. Professionals are mapped to
/// dense ints so a search touches arrays, not dictionaries. Each adjacency slot also carries its edge's
/// expiry, so trust that ages out after the snapshot was built stops counting at once, without a rebuild.
/// </summary>
public sealed class TrustGraph
{
    private readonly Dictionary<Guid, int> _index;
    private readonly Guid[] _nodes;
    private readonly TrustEdge[] _edges;
    private readonly ConcurrentBag<TrustSearch> _searches = [];

    internal readonly int[] Offsets;
    internal readonly int[] Targets;

    /// <summary>Per adjacency slot: the index of its edge in <see cref="Edge"/>.</summary>
    internal readonly int[] SlotEdges;

    /// <summary>Per adjacency slot: the edge's expiry in UTC ticks (kept beside the targets for a cache-friendly scan).</summary>
    internal readonly long[] SlotExpiry;

    private TrustGraph(
        Dictionary<Guid, int> index,
        Guid[] nodes,
        TrustEdge[] edges,
        int[] offsets,
        int[] targets,
        int[] slotEdges,
        long[] slotExpiry
    )
    {
        _index = index;
        _nodes = nodes;
        _edges = edges;
        Offsets = offsets;
        Targets = targets;
        SlotEdges = slotEdges;
        SlotExpiry = slotExpiry;
    }

    public static TrustGraph Empty { get; } = Build([]);

    public int NodeCount => _nodes.Length;
    public int EdgeCount => _edges.Length;

    public bool TryGetNode(Guid professionalId, out int node) => _index.TryGetValue(professionalId, out node);

    public Guid NodeId(int node) => _nodes[node];

    public TrustEdge Edge(int edge) => _edges[edge];

    /// <summary>Every edge of the snapshot, for building the next one with a few edges changed.</summary>
    public ReadOnlySpan<TrustEdge> Edges => _edges;

    /// <summary>Builds the graph from edges; self-loops are dropped, parallel edges kept (each has its own expiry).</summary>
    public static TrustGraph Build(IReadOnlyCollection<TrustEdge> edges)
    {
        var index = new Dictionary<Guid, int>(Math.Max(16, edges.Count / 4));
        var nodes = new List<Guid>();
        var kept = new List<TrustEdge>(edges.Count);
        var ends = new List<(int A, int B)>(edges.Count);
        foreach (var e in edges)
        {
            if (e.ProposerId == e.RecipientId)
                continue;
            kept.Add(e);
            ends.Add((NodeOf(e.ProposerId), NodeOf(e.RecipientId)));
        }

        var n = nodes.Count;
        var offsets = new int[n + 1];
        foreach (var (a, b) in ends)
        {
            offsets[a + 1]++;
            offsets[b + 1]++;
        }
        for (var i = 0; i < n; i++)
            offsets[i + 1] += offsets[i];

        var slots = offsets[n];
        var targets = new int[slots];
        var slotEdges = new int[slots];
        var slotExpiry = new long[slots];
        var fill = offsets[..n];
        for (var e = 0; e < ends.Count; e++)
        {
            var (a, b) = ends[e];
            var expiry = kept[e].ExpiresAtUtcTicks;
            Place(fill[a]++, b);
            Place(fill[b]++, a);

            void Place(int slot, int target)
            {
                targets[slot] = target;
                slotEdges[slot] = e;
                slotExpiry[slot] = expiry;
            }
        }
        return new TrustGraph(index, [.. nodes], [.. kept], offsets, targets, slotEdges, slotExpiry);

        int NodeOf(Guid id)
        {
            if (index.TryGetValue(id, out var node))
                return node;
            index[id] = node = nodes.Count;
            nodes.Add(id);
            return node;
        }
    }

    /// <summary>
    /// Borrows a search scratch area sized for this graph (reused across requests so a search allocates nothing).
    /// Dispose it to give it back.
    /// </summary>
    public TrustSearch RentSearch() => _searches.TryTake(out var s) ? s : new TrustSearch(this);

    internal void Return(TrustSearch search) => _searches.Add(search);

    /// <summary>
    /// The edge to show between two adjacent nodes: of the valid parallel edges, the most recently confirmed
    /// (the same one the visibility rules cite). -1 when none is valid at <paramref name="utcTicks"/>.
    /// </summary>
    public int BestEdgeBetween(int from, int to, long utcTicks)
    {
        var best = -1;
        for (var s = Offsets[from]; s < Offsets[from + 1]; s++)
        {
            if (Targets[s] != to || SlotExpiry[s] <= utcTicks)
                continue;
            var e = SlotEdges[s];
            if (best < 0 || _edges[e].ConfirmedOn > _edges[best].ConfirmedOn)
                best = e;
        }
        return best;
    }

    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>The edges at a node (a parallel edge once per slot), to compare a person's trust with the store's.</summary>
    public IEnumerable<TrustEdge> EdgesAt(int node)
    {
        for (var s = Offsets[node]; s < Offsets[node + 1]; s++)
            yield return _edges[SlotEdges[s]];
    }
}
