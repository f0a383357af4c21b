using BenchmarkDotNet.Attributes;
using Network.Domain.ContactLookup;
using Network.Domain.Trust.Graph;

namespace Network.Benchmarks;

/// <summary>
/// The lookup's pure core on a national-size graph (100k people, about 1M trust edges, mostly local): one bounded
/// search from the asker, then ranking a municipality's ~300 candidates. The baseline sorts every candidate; the
/// lookup keeps only the top ten.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private TrustGraph _graph = null!;
    private RankCandidate[] _candidates = null!;
    private int[] _candidateNodes = null!;
    private int[] _askers = null!;
    private readonly RankCandidate[] _best = new RankCandidate[10];
    private RankCandidate[] _scratch = [];
    private readonly long _now = DateTimeOffset.UtcNow.UtcTicks;
    private int _next;

    [Params(2_000, 100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var ids = Enumerable.Range(0, People).Select(_ => Guid.NewGuid()).ToArray();
        const int municipalitySize = 2_000;
        var edges = new List<TrustEdge>();
        for (var p = 0; p < People; p++)
        {
            var block = p / municipalitySize * municipalitySize;
            for (var k = 0; k < 10; k++)
            {
                var other =
                    random.Next(10) == 0
                        ? random.Next(People)
                        : block + random.Next(Math.Min(municipalitySize, People - block));
                edges.Add(
                    new TrustEdge(Guid.NewGuid(), ids[p], ids[other], long.MaxValue, new DateOnly(2026, 3, 12), null)
                );
            }
        }
        _graph = TrustGraph.Build(edges);
        var today = new DateOnly(2026, 6, 1);
        int Node(int person) => _graph.TryGetNode(ids[person], out var n) ? n : -1;
        _candidateNodes = Enumerable
            .Range(0, 300)
            .Select(_ => Node(random.Next(Math.Min(municipalitySize, People))))
            .ToArray();
        _candidates = _candidateNodes
            .Select(
                (n, i) =>
                    new RankCandidate(i, LookupRanking.Unreachable, today.AddDays(-random.Next(700)), $"Person {n}")
            )
            .ToArray();
        _scratch = new RankCandidate[_candidates.Length];
        _askers = Enumerable.Range(0, 64).Select(_ => Node(random.Next(Math.Min(municipalitySize, People)))).ToArray();
    }

    [Benchmark(Baseline = true, Description = "sort all candidates")]
    public RankCandidate SortAll()
    {
        var copy = (RankCandidate[])_candidates.Clone();
        Array.Sort(copy, (a, b) => LookupRanking.Compare(a, b));
        return copy[0];
    }

    [Benchmark(Description = "top 10 of candidates")]
    public int Top10() => LookupRanking.Top(_candidates, _best);

    [Benchmark(Description = "BFS depth 3 + distances + top 10")]
    public int SearchAndRank()
    {
        var asker = _askers[_next++ & 63];
        using var search = _graph.RentSearch();
        search.Run(asker, LookupRanking.MaxTrustDistance, _now);
        var ranked = _scratch;
        for (var i = 0; i < _candidates.Length; i++)
        {
            var d = search.Distance(_candidateNodes[i]);
            ranked[i] = _candidates[i] with { Distance = d <= 0 ? LookupRanking.Unreachable : d };
        }
        return LookupRanking.Top(ranked, _best);
    }
}
