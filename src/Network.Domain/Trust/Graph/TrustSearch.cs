namespace Network.Domain.Trust.Graph;

/// <summary>
/// A bounded breadth-first search over one <see cref="TrustGraph"/>: distance and one shortest path (parent
/// pointers) per reached node. The arrays are sized once and reused: a generation stamp marks which entries
/// belong to the current search, so starting a new one costs nothing. Not thread-safe: rent one per search.
/// </summary>
public sealed class TrustSearch : IDisposable
{
    private readonly TrustGraph _graph;

    // One record per node rather than four arrays: a lookup reads a few hundred scattered nodes, and at national
    // scale each separate array read is a cache miss of its own.
    private readonly Mark[] _marks;
    private readonly int[] _queue;
    private int _generation;
    private int _reached;

    internal TrustSearch(TrustGraph graph)
    {
        _graph = graph;
        var n = graph.NodeCount;
        _marks = new Mark[n];
        _queue = new int[n];
    }

    public TrustGraph Graph => _graph;

    /// <summary>The source first, then every reached node in order of distance.</summary>
    public ReadOnlySpan<int> Reached => _queue.AsSpan(0, _reached);

    /// <summary>Searches from <paramref name="source"/> to <paramref name="maxDepth"/> hops over edges valid at <paramref name="utcTicks"/>.</summary>
    public void Run(int source, int maxDepth, long utcTicks)
    {
        NextGeneration();
        _reached = 0;
        if ((uint)source >= (uint)_marks.Length)
            return;

        var g = _graph;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var expiry = g.SlotExpiry;
        var gen = _generation;

        Visit(source, 0, -1, -1);
        for (var head = 0; head < _reached; head++)
        {
            var u = _queue[head];
            var d = _marks[u].Distance;
            if (d >= maxDepth)
                break; // BFS order: every later node is at least this far
            for (var s = offsets[u]; s < offsets[u + 1]; s++)
            {
                var v = targets[s];
                if (_marks[v].Stamp == gen || expiry[s] <= utcTicks)
                    continue;
                Visit(v, d + 1, u, s);
            }
        }

        void Visit(int node, int distance, int parent, int slot)
        {
            _marks[node] = new Mark(gen, distance, parent, slot < 0 ? -1 : g.SlotEdges[slot]);
            _queue[_reached++] = node;
        }
    }

    /// <summary>
    /// After <see cref="Run"/> to depth d, finds whether <paramref name="node"/> is at depth d + 1 by looking at its own
    /// neighbours instead of expanding every node at depth d, and records it (with one shortest path) if so. The
    /// result equals a search to depth d + 1 for that node; it is how a lookup resolves its few hundred candidates
    /// at the last level without visiting the thousands of people there. Returns the node's distance or -1.
    /// </summary>
    public int Extend(int node, int depth, long utcTicks)
    {
        if ((uint)node >= (uint)_marks.Length)
            return -1;
        if (_marks[node].Stamp == _generation)
            return _marks[node].Distance;
        var g = _graph;
        for (var s = g.Offsets[node]; s < g.Offsets[node + 1]; s++)
        {
            var u = g.Targets[s];
            ref readonly var mark = ref _marks[u];
            if (mark.Stamp != _generation || mark.Distance != depth || g.SlotExpiry[s] <= utcTicks)
                continue;
            _marks[node] = new Mark(_generation, depth + 1, u, g.SlotEdges[s]);
            return depth + 1;
        }
        return -1;
    }

    /// <summary>Hops from the source, or -1 when the node was not reached.</summary>
    public int Distance(int node) =>
        (uint)node < (uint)_marks.Length && _marks[node].Stamp == _generation ? _marks[node].Distance : -1;

    public int Distance(Guid professionalId) => _graph.TryGetNode(professionalId, out var n) ? Distance(n) : -1;

    /// <summary>
    /// The nodes of one shortest path from the source to <paramref name="node"/>, source first, into
    /// <paramref name="path"/>; returns how many were written (0 when not reached).
    /// </summary>
    public int PathTo(int node, Span<int> path)
    {
        var d = Distance(node);
        if (d < 0 || path.Length < d + 1)
            return 0;
        for (var i = d; i >= 0; i--)
        {
            path[i] = node;
            node = _marks[node].Parent;
        }
        return d + 1;
    }

    /// <summary>The edge by which <paramref name="node"/> was reached (-1 for the source or an unreached node).</summary>
    public int ParentEdge(int node) => Distance(node) > 0 ? _marks[node].ParentEdge : -1;

    public void Dispose() => _graph.Return(this);

    private void NextGeneration()
    {
        if (++_generation != int.MaxValue)
            return;
        Array.Clear(_marks);
        _generation = 1;
    }

    /// <summary>What the search knows about a node; valid only while <see cref="Stamp"/> is the current generation.</summary>
    private readonly record struct Mark(int Stamp, int Distance, int Parent, int ParentEdge);
}
