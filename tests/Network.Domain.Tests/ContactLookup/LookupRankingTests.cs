using Network.Domain.ContactLookup;
using Network.Domain.Tests.Trust.Graph;

namespace Network.Domain.Tests.ContactLookup;

public sealed class LookupRankingTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static RankCandidate C(int key, int distance, string verified, string name) =>
        new(key, distance, DateOnly.Parse(verified), name);

    [Fact]
    public void Direct_trust_comes_before_two_steps_before_three_before_no_path()
    {
        var ranked = LookupRanking.Rank(
            [
                C(1, LookupRanking.Unreachable, "2026-05-30", "Unknown but fresh"),
                C(2, 3, "2026-05-01", "Three"),
                C(3, 1, "2024-01-01", "Direct but old"),
                C(4, 2, "2026-05-01", "Two"),
            ],
            10
        );

        Assert.Equal([3, 4, 2, 1], ranked.Select(r => r.Key));
    }

    [Fact]
    public void Within_a_distance_the_most_recently_verified_comes_first_then_the_name()
    {
        var ranked = LookupRanking.Rank(
            [C(1, 2, "2026-01-01", "Zoe"), C(2, 2, "2026-03-01", "Yara"), C(3, 2, "2026-03-01", "anna")],
            10
        );

        Assert.Equal([3, 2, 1], ranked.Select(r => r.Key));
    }

    [Fact]
    public void Top_keeps_only_the_best_in_order()
    {
        var all = Enumerable
            .Range(0, 200)
            .Select(i => C(i, i % 4 == 0 ? LookupRanking.Unreachable : i % 4, $"2026-01-{1 + i % 28:00}", $"P{i:000}"))
            .ToArray();
        var expected = all.Order(Comparer<RankCandidate>.Create((a, b) => LookupRanking.Compare(a, b)))
            .Take(10)
            .Select(c => c.Key);

        Assert.Equal(expected, LookupRanking.Rank(all, 10).Select(r => r.Key));
    }

    [Fact]
    public void Ranking_a_star_network_from_a_leaf_puts_the_hub_first()
    {
        // The hub is one hop from every leaf; the other leaves are two hops away; an outsider has no path.
        var f = new GraphFixture();
        foreach (var leaf in new[] { "me", "l2", "l3" })
            f.Trust("hub", leaf);
        f.Trust("x1", "x2");
        var distances = f.Distances(f.Build(), "me");
        var people = new[] { "l3", "x1", "hub", "l2" };

        var ranked = LookupRanking.Rank(
            people.Select(
                (p, i) => new RankCandidate(i, distances.GetValueOrDefault(p, LookupRanking.Unreachable), Today, p)
            ),
            10
        );

        Assert.Equal(["hub", "l2", "l3", "x1"], ranked.Select(r => people[r.Key]));
    }

    [Fact]
    public void Entries_not_verified_for_a_year_are_stale_with_a_warning()
    {
        Assert.True(LookupRanking.IsStale(Today.AddDays(-365), Today));
        Assert.False(LookupRanking.IsStale(Today.AddDays(-364), Today));
        Assert.Contains("1 June 2025", LookupReason.StaleWarning(Today.AddDays(-365), Today));
        Assert.Null(LookupReason.StaleWarning(Today.AddDays(-10), Today));
    }

    [Fact]
    public void Reason_names_the_trust_path_with_its_provenance()
    {
        var hops = new[]
        {
            new TrustHop("Anna Jansen", new DateOnly(2026, 3, 12), "Werkatelier Amberveen", new DateOnly(2026, 3, 12)),
            new TrustHop("Bram de Vries", new DateOnly(2026, 4, 3), null, null),
        };

        var reason = LookupReason.Describe(hops, ["radicalisation"], new DateOnly(2026, 5, 2));

        Assert.Contains(
            "you → Anna Jansen (workshop 12 March 2026) → Bram de Vries (trust confirmed 3 April 2026)",
            reason
        );
        Assert.Contains("one person you trust", reason);
        Assert.Contains("radicalisation", reason);
        Assert.Contains("2 May 2026", reason);
    }

    [Fact]
    public void Reason_without_a_path_says_so()
    {
        var reason = LookupReason.Describe([], ["polarisation"], Today);
        Assert.StartsWith("No trust path within 3 steps", reason);
        Assert.DoesNotContain("→", reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Settling_only_when_needed_gives_the_order_of_fully_known_distances(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 500; round++)
        {
            var truth = Enumerable
                .Range(0, random.Next(0, 60))
                .Select(k =>
                    C(
                        k,
                        random.Next(5) switch
                        {
                            0 => 1,
                            1 => 2,
                            2 => 3,
                            _ => LookupRanking.Unreachable,
                        },
                        $"2026-0{random.Next(1, 6)}-0{random.Next(1, 4)}",
                        $"P{random.Next(8)}"
                    )
                )
                .ToArray();
            // As the lookup first knows them: exact within two steps, else "three or unreachable".
            var known = truth
                .Select(c => c.Distance <= 2 ? c : c with { Distance = LookupRanking.MaxTrustDistance })
                .ToArray();
            var settled = 0;

            var best = new RankCandidate[Math.Min(10, truth.Length)];
            var count = LookupRanking.Top(known, best, key =>
            {
                settled++;
                return truth[key].Distance;
            });

            Assert.Equal(LookupRanking.Rank(truth, 10), best[..count]);
            if (truth.Count(c => c.Distance <= 2) >= 10)
                Assert.Equal(0, settled);
        }
    }
}
