namespace Network.Domain.Tests.Trust.Graph;

public sealed class TrustSearchTests
{
    [Fact]
    public void Path_graph_gives_hop_counts_and_stops_at_depth_three()
    {
        var f = new GraphFixture().Chain("ann", "bob", "cas", "dan", "eve");
        var d = f.Distances(f.Build(), "ann");

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["ann"] = 0,
                ["bob"] = 1,
                ["cas"] = 2,
                ["dan"] = 3,
            },
            d
        );
        Assert.False(d.ContainsKey("eve")); // four hops away: beyond the search
    }

    [Fact]
    public void Trust_is_mutual_so_the_search_walks_edges_both_ways()
    {
        var f = new GraphFixture().Chain("ann", "bob", "cas");
        Assert.Equal(2, f.Distances(f.Build(), "cas")["ann"]);
    }

    [Fact]
    public void Star_puts_every_leaf_at_two_hops_through_the_hub()
    {
        var f = new GraphFixture();
        foreach (var leaf in new[] { "l1", "l2", "l3", "l4" })
            f.Trust("hub", leaf);
        var graph = f.Build();

        var d = f.Distances(graph, "l1");
        Assert.Equal(1, d["hub"]);
        Assert.Equal(2, d["l2"]);
        Assert.Equal(2, d["l4"]);
        Assert.Equal(["l1", "hub", "l3"], f.Path(graph, "l1", "l3"));
    }

    [Fact]
    public void Two_clusters_without_a_bridge_do_not_reach_each_other()
    {
        var f = new GraphFixture().Chain("a1", "a2", "a3").Trust("a1", "a3").Chain("b1", "b2");
        var d = f.Distances(f.Build(), "a1");

        Assert.Equal(1, d["a3"]);
        Assert.False(d.ContainsKey("b1"));
        Assert.False(d.ContainsKey("b2"));
    }

    [Fact]
    public void Path_follows_a_shortest_route_when_a_longer_one_exists()
    {
        // ann-bob-cas-dan and a shortcut ann-eve-dan: dan is two hops away, via eve.
        var f = new GraphFixture().Chain("ann", "bob", "cas", "dan").Chain("ann", "eve", "dan");
        var graph = f.Build();

        Assert.Equal(2, f.Distances(graph, "ann")["dan"]);
        Assert.Equal(["ann", "eve", "dan"], f.Path(graph, "ann", "dan"));
    }

    [Fact]
    public void Trust_that_expired_after_the_snapshot_was_built_no_longer_counts()
    {
        var expires = GraphFixture.Now - TimeSpan.TicksPerHour;
        var f = new GraphFixture().Trust("ann", "bob", expires).Trust("bob", "cas");
        var graph = f.Build();

        Assert.False(f.Distances(graph, "ann").ContainsKey("bob"));
        Assert.Equal(1, f.Distances(graph, "ann", now: expires - 1)["bob"]);
    }

    [Fact]
    public void Parallel_edges_count_while_any_of_them_is_valid()
    {
        var f = new GraphFixture()
            .Trust("ann", "bob", GraphFixture.Now - 1)
            .Trust("ann", "bob", long.MaxValue, new DateOnly(2025, 1, 2));
        var graph = f.Build();
        graph.TryGetNode(f["ann"], out var ann);
        graph.TryGetNode(f["bob"], out var bob);

        Assert.Equal(1, f.Distances(graph, "ann")["bob"]);
        Assert.Equal(
            new DateOnly(2025, 1, 2),
            graph.Edge(graph.BestEdgeBetween(ann, bob, GraphFixture.Now)).ConfirmedOn
        );
    }

    [Fact]
    public void A_reused_search_forgets_the_previous_search()
    {
        var f = new GraphFixture().Chain("ann", "bob").Chain("cas", "dan");
        var graph = f.Build();
        using var search = graph.RentSearch();
        graph.TryGetNode(f["ann"], out var ann);
        graph.TryGetNode(f["cas"], out var cas);
        graph.TryGetNode(f["bob"], out var bob);

        search.Run(ann, 3, GraphFixture.Now);
        Assert.Equal(1, search.Distance(bob));
        search.Run(cas, 3, GraphFixture.Now);
        Assert.Equal(-1, search.Distance(bob));
        Assert.Equal(2, search.Reached.Length);
    }

    [Fact]
    public void Someone_without_trust_is_not_in_the_graph_and_reaches_nobody()
    {
        var f = new GraphFixture().Chain("ann", "bob");
        Assert.Empty(f.Distances(f.Build(), "zoe"));
    }

    [Fact]
    public void Extending_a_depth_two_search_gives_the_depth_three_distances_and_real_paths()
    {
        var random = new Random(7);
        var f = new GraphFixture();
        for (var e = 0; e < 600; e++)
        {
            var a = random.Next(200);
            f.Trust(
                $"p{a}",
                $"p{(random.Next(4) == 0 ? random.Next(200) : (a + 1 + random.Next(5)) % 200)}",
                random.Next(10) == 0 ? GraphFixture.Now - 1 : long.MaxValue
            );
        }
        var graph = f.Build();
        using var full = graph.RentSearch();
        using var extended = graph.RentSearch();
        Span<int> path = stackalloc int[4];
        for (var source = 0; source < graph.NodeCount; source += 7)
        {
            full.Run(source, 3, GraphFixture.Now);
            extended.Run(source, 2, GraphFixture.Now);
            for (var node = 0; node < graph.NodeCount; node++)
            {
                var d = extended.Extend(node, 2, GraphFixture.Now);
                Assert.Equal(full.Distance(node), d);
                if (d <= 0)
                    continue;
                var n = extended.PathTo(node, path);
                Assert.Equal(d + 1, n);
                for (var i = 1; i < n; i++)
                    Assert.True(graph.BestEdgeBetween(path[i - 1], path[i], GraphFixture.Now) >= 0);
            }
        }
    }
}
