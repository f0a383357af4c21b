using Network.Domain.Trust.Graph;

namespace Network.Domain.Tests.Trust.Graph;

/// <summary>Hand-made networks with known answers; people are named so failures read well.</summary>
internal sealed class GraphFixture
{
    private readonly Dictionary<string, Guid> _people = new(StringComparer.Ordinal);
    private readonly List<TrustEdge> _edges = [];

    public static readonly DateOnly Workshop = new(2026, 3, 12);
    public static readonly long Now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero).UtcTicks;

    public Guid this[string name] => _people.TryGetValue(name, out var id) ? id : _people[name] = Guid.NewGuid();

    public string NameOf(Guid id) => _people.Single(p => p.Value == id).Key;

    public GraphFixture Trust(string a, string b, long expires = long.MaxValue, DateOnly? confirmed = null)
    {
        _edges.Add(new TrustEdge(Guid.NewGuid(), this[a], this[b], expires, confirmed ?? Workshop, null));
        return this;
    }

    /// <summary>A chain: a - b - c - ...</summary>
    public GraphFixture Chain(params string[] names)
    {
        for (var i = 1; i < names.Length; i++)
            Trust(names[i - 1], names[i]);
        return this;
    }

    public TrustGraph Build() => TrustGraph.Build(_edges);

    /// <summary>Distances from <paramref name="from"/> by name, as the search finds them.</summary>
    public Dictionary<string, int> Distances(TrustGraph graph, string from, int depth = 3, long? now = null)
    {
        using var search = graph.RentSearch();
        search.Run(graph.TryGetNode(this[from], out var n) ? n : -1, depth, now ?? Now);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in search.Reached)
            result[NameOf(graph.NodeId(node))] = search.Distance(node);
        return result;
    }

    public string[] Path(TrustGraph graph, string from, string to)
    {
        using var search = graph.RentSearch();
        graph.TryGetNode(this[from], out var source);
        search.Run(source, 3, Now);
        graph.TryGetNode(this[to], out var target);
        Span<int> path = stackalloc int[4];
        var n = search.PathTo(target, path);
        return path[..n].ToArray().Select(p => NameOf(graph.NodeId(p))).ToArray();
    }
}
