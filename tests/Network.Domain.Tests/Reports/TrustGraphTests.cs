using Network.Domain.Reports;

namespace Network.Domain.Tests.Reports;

public sealed class TrustGraphTests
{
    private static readonly Guid[] N = Enumerable.Range(0, 12).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();

    private static TrustGraph Graph(int nodes, params (int, int)[] edges) =>
        new(N.Take(nodes), edges.Select(e => (N[e.Item1], N[e.Item2])));

    [Fact]
    public void Path_has_every_edge_as_bridge_and_every_inner_node_as_articulation_point()
    {
        var g = Graph(4, (0, 1), (1, 2), (2, 3));
        var (bridges, cuts) = g.CutStructure();
        Assert.Equal([(N[0], N[1]), (N[1], N[2]), (N[2], N[3])], bridges);
        Assert.Equal([N[1], N[2]], cuts);
        Assert.Single(g.Components());
    }

    [Fact]
    public void Star_has_only_its_centre_as_articulation_point()
    {
        var g = Graph(5, (0, 1), (0, 2), (0, 3), (0, 4));
        var (bridges, cuts) = g.CutStructure();
        Assert.Equal([N[0]], cuts);
        Assert.Equal(4, bridges.Count);
        Assert.Equal(4, g.Degree(N[0]));
    }

    [Fact]
    public void Cycle_has_no_bridges_and_no_articulation_points()
    {
        var (bridges, cuts) = Graph(4, (0, 1), (1, 2), (2, 3), (3, 0)).CutStructure();
        Assert.Empty(bridges);
        Assert.Empty(cuts);
    }

    [Fact]
    public void Two_clusters_joined_by_one_person_make_that_person_and_both_contacts_cut_points()
    {
        // triangle 0-1-2, triangle 3-4-5, person 6 knows 0 and 3
        var g = Graph(7, (0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (6, 0), (6, 3));
        var (bridges, cuts) = g.CutStructure();
        Assert.Equal([N[0], N[3], N[6]], cuts);
        Assert.Equal([(N[0], N[6]), (N[3], N[6])], bridges);
        var without = g.Components(without: N[6]);
        Assert.Equal([3, 3], without.Select(c => c.Count));
    }

    [Fact]
    public void Components_come_largest_first_with_isolated_people_as_singletons()
    {
        var g = Graph(6, (4, 5), (0, 1), (1, 2));
        var components = g.Components();
        Assert.Equal([3, 2, 1], components.Select(c => c.Count));
        Assert.Equal([N[0], N[1], N[2]], components[0]);
        Assert.Equal([N[3]], components[2]);
    }

    [Fact]
    public void Duplicate_edges_self_loops_and_unknown_people_are_ignored()
    {
        var stranger = Guid.NewGuid();
        var g = new TrustGraph(N.Take(2), [(N[0], N[1]), (N[1], N[0]), (N[0], N[0]), (N[0], stranger)]);
        Assert.Equal(1, g.EdgeCount);
        Assert.False(g.Contains(stranger));
    }

    [Fact]
    public void A_very_long_chain_does_not_overflow_the_stack()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => Guid.NewGuid()).ToList();
        var g = new TrustGraph(ids, ids.Zip(ids.Skip(1)));
        var (bridges, cuts) = g.CutStructure();
        Assert.Equal(ids.Count - 1, bridges.Count);
        Assert.Equal(ids.Count - 2, cuts.Count);
    }
}
