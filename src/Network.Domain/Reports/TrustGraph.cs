namespace Network.Domain.Reports;

/// <summary>
/// An undirected simple graph of people joined by confirmed trust. Node order is kept as given, so every
/// result (components, bridges, articulation points) comes out in the same order on every run.
/// </summary>
public sealed class TrustGraph
{
    private readonly Dictionary<Guid, int> _index = [];
    private readonly List<Guid> _nodes = [];
    private readonly List<SortedSet<int>> _adjacent = [];

    public TrustGraph(IEnumerable<Guid> nodes, IEnumerable<(Guid A, Guid B)> edges)
    {
        foreach (var n in nodes)
        {
            if (_index.ContainsKey(n))
                continue;
            _index[n] = _nodes.Count;
            _nodes.Add(n);
            _adjacent.Add([]);
        }
        foreach (var (a, b) in edges)
        {
            // Self-loops and edges to people outside the graph (another municipality, inactive) are ignored.
            if (a == b || !_index.TryGetValue(a, out var i) || !_index.TryGetValue(b, out var j))
                continue;
            _adjacent[i].Add(j);
            _adjacent[j].Add(i);
        }
    }

    public IReadOnlyList<Guid> Nodes => _nodes;

    public int EdgeCount => _adjacent.Sum(a => a.Count) / 2;

    public bool Contains(Guid node) => _index.ContainsKey(node);

    public int Degree(Guid node) => _index.TryGetValue(node, out var i) ? _adjacent[i].Count : 0;

    public IEnumerable<Guid> Neighbours(Guid node) =>
        _index.TryGetValue(node, out var i) ? _adjacent[i].Select(j => _nodes[j]) : [];

    /// <summary>Each edge once, as (earlier node, later node) in node order.</summary>
    public IEnumerable<(Guid A, Guid B)> Edges()
    {
        for (var i = 0; i < _nodes.Count; i++)
            foreach (var j in _adjacent[i].Where(j => j > i))
                yield return (_nodes[i], _nodes[j]);
    }

    /// <summary>Connected components, largest first (ties: by first node order); isolated people are components of one.</summary>
    public IReadOnlyList<IReadOnlyList<Guid>> Components(Guid? without = null)
    {
        var skip = without is { } w && _index.TryGetValue(w, out var s) ? s : -1;
        var seen = new bool[_nodes.Count];
        var result = new List<List<int>>();
        for (var start = 0; start < _nodes.Count; start++)
        {
            if (seen[start] || start == skip)
                continue;
            var component = new List<int>();
            var stack = new Stack<int>();
            stack.Push(start);
            seen[start] = true;
            while (stack.Count > 0)
            {
                var u = stack.Pop();
                component.Add(u);
                foreach (var v in _adjacent[u].Where(v => !seen[v] && v != skip))
                {
                    seen[v] = true;
                    stack.Push(v);
                }
            }
            component.Sort();
            result.Add(component);
        }
        return result
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c[0])
            .Select(c => (IReadOnlyList<Guid>)c.Select(i => _nodes[i]).ToList())
            .ToList();
    }

    /// <summary>
    /// Bridges (edges whose loss splits a group) and articulation points (people whose absence splits a group),
    /// by Tarjan's low-link depth-first search, iterative so a long chain cannot overflow the stack.
    /// </summary>
    public (IReadOnlyList<(Guid A, Guid B)> Bridges, IReadOnlyList<Guid> ArticulationPoints) CutStructure()
    {
        var n = _nodes.Count;
        var order = new int[n];
        var low = new int[n];
        var parent = new int[n];
        Array.Fill(order, -1);
        Array.Fill(parent, -1);
        var isCut = new bool[n];
        var bridges = new List<(int, int)>();
        var counter = 0;

        for (var root = 0; root < n; root++)
        {
            if (order[root] != -1)
                continue;
            var rootChildren = 0;
            var stack = new Stack<(int Node, IEnumerator<int> Next)>();
            order[root] = low[root] = counter++;
            stack.Push((root, _adjacent[root].GetEnumerator()));
            while (stack.Count > 0)
            {
                var (u, next) = stack.Peek();
                if (next.MoveNext())
                {
                    var v = next.Current;
                    if (order[v] == -1)
                    {
                        parent[v] = u;
                        order[v] = low[v] = counter++;
                        if (u == root)
                            rootChildren++;
                        stack.Push((v, _adjacent[v].GetEnumerator()));
                    }
                    else if (v != parent[u])
                    {
                        low[u] = Math.Min(low[u], order[v]);
                    }
                    continue;
                }
                stack.Pop();
                var p = parent[u];
                if (p == -1)
                    continue;
                low[p] = Math.Min(low[p], low[u]);
                if (low[u] > order[p])
                    bridges.Add((Math.Min(p, u), Math.Max(p, u)));
                if (p != root && low[u] >= order[p])
                    isCut[p] = true;
            }
            if (rootChildren > 1)
                isCut[root] = true;
        }

        return (
            bridges.OrderBy(b => b.Item1).ThenBy(b => b.Item2).Select(b => (_nodes[b.Item1], _nodes[b.Item2])).ToList(),
            Enumerable.Range(0, n).Where(i => isCut[i]).Select(i => _nodes[i]).ToList()
        );
    }
}
