using Network.Domain.Reports;
using Network.Domain.Trust;

namespace Network.Domain.Tests.Reports;

public sealed class NetworkAnalyzerTests
{
    [Fact]
    public void Domain_matrix_counts_confirmed_edges_per_domain_pair_symmetrically()
    {
        var r = new NetworkBuilder()
            .Person("Yara", "youth")
            .Person("Sam", "safety")
            .Person("Eva", "education")
            .Person("Emil", "education")
            .Trust("Yara", "Sam")
            .Trust("Yara", "Eva")
            .Trust("Sam", "Eva")
            .Trust("Eva", "Emil")
            .Trust("Yara", "Emil", TrustStatus.Proposed)
            .Analyze();
        var m = r.DomainMatrix;
        Assert.Equal(1, m.Count("youth", "safety"));
        Assert.Equal(1, m.Count("safety", "youth"));
        Assert.Equal(1, m.Count("youth", "education"));
        Assert.Equal(1, m.Count("education", "education"));
        Assert.Equal(0, m.Count("care", "youth"));
        Assert.Equal(4, r.Summary.ConfirmedTrust);
        Assert.Equal(1, r.Summary.OpenProposals);
    }

    [Fact]
    public void A_person_in_two_domains_counts_an_edge_once_per_cell()
    {
        var b = new NetworkBuilder().Person("Sam", "safety").Person("Nina", "youth");
        var snapshot = b.Trust("Sam", "Nina").Build();
        var twoDomains = snapshot with
        {
            People = snapshot
                .People.Select(p => p.Name == "Nina" ? p with { Domains = ["youth", "education"] } : p)
                .ToList(),
        };
        var m = NetworkAnalyzer.Analyze(twoDomains).DomainMatrix;
        Assert.Equal(1, m.Count("safety", "youth"));
        Assert.Equal(1, m.Count("safety", "education"));
        Assert.Equal(0, m.Count("youth", "education"));
    }

    [Fact]
    public void People_without_confirmed_trust_are_listed_but_pending_and_inactive_people_are_not_in_the_graph()
    {
        var r = new NetworkBuilder()
            .Person("Ada")
            .Person("Ben")
            .Person("Cas")
            .Person("Dirk", listed: false)
            .Person("Ed", active: false)
            .Trust("Ada", "Ben")
            .Trust("Cas", "Dirk")
            .Trust("Ben", "Ed")
            .Analyze();
        Assert.Equal(["Cas"], r.WithoutTrust.Select(p => p.Name));
        Assert.Equal(3, r.Summary.Professionals);
        Assert.Equal(1, r.Summary.PendingListing);
        Assert.Equal(1, r.Summary.ConfirmedTrust);
    }

    [Fact]
    public void Expired_trust_is_no_edge_and_is_listed_as_due_for_reconfirmation()
    {
        var b = new NetworkBuilder()
            .Person("Ada")
            .Person("Ben")
            .Person("Cas")
            .Trust("Ada", "Ben", confirmed: NetworkBuilder.Now.AddMonths(-25))
            .Trust("Ben", "Cas", confirmed: NetworkBuilder.Now.AddMonths(-23));
        var r = b.Analyze();
        Assert.Equal(1, r.Summary.ConfirmedTrust);
        var due = Assert.Single(r.TrustDue);
        Assert.Equal(new DateOnly(2026, 5, 1), due.DueOn);
        Assert.Equal(["Ada"], r.WithoutTrust.Select(p => p.Name));
    }

    [Fact]
    public void Revoked_trust_is_no_edge()
    {
        var r = new NetworkBuilder()
            .Person("Ada")
            .Person("Ben")
            .Trust("Ada", "Ben", TrustStatus.Revoked, revoked: NetworkBuilder.Now.AddDays(-3))
            .Analyze();
        Assert.Equal(0, r.Summary.ConfirmedTrust);
        Assert.Equal(2, r.WithoutTrust.Count);
    }

    [Fact]
    public void Entries_not_verified_for_more_than_a_year_are_stale()
    {
        var today = DateOnly.FromDateTime(NetworkBuilder.Now.UtcDateTime);
        var r = new NetworkBuilder()
            .Person("Old", verified: today.AddDays(-400))
            .Person("Fresh", verified: today.AddDays(-300))
            .Person("Edge", verified: today.AddDays(-365))
            .Analyze();
        var stale = Assert.Single(r.StaleEntries);
        Assert.Equal("Old", stale.Person.Name);
        Assert.Equal(400, stale.DaysSince);
    }

    [Fact]
    public void Two_clusters_joined_by_one_person_name_that_person_and_the_groups_it_separates()
    {
        var r = new NetworkBuilder()
            .People("youth", "Y1", "Y2", "Y3")
            .People("safety", "S1", "S2", "S3")
            .Person("Joe", "education")
            .Chain("Y1", "Y2", "Y3", "Y1")
            .Chain("S1", "S2", "S3", "S1")
            .Trust("Joe", "Y1")
            .Trust("Joe", "S1")
            .Analyze();
        Assert.Equal(["Joe", "S1", "Y1"], r.ArticulationPoints.Select(a => a.Person.Name).Order());
        var joe = r.ArticulationPoints.Single(a => a.Person.Name == "Joe");
        Assert.Equal([3, 3], joe.Separates.Select(g => g.Size));
        Assert.Contains(joe.Separates, g => g.Domains.SequenceEqual(["youth"]));
        Assert.Contains(joe.Separates, g => g.Domains.SequenceEqual(["safety"]));
        var bridge = r.Bridges.Single(b => new[] { b.A.Name, b.B.Name }.Order().SequenceEqual(["Joe", "Y1"]));
        Assert.Equal([3, 4], new[] { bridge.SideA, bridge.SideB }.Order());
        Assert.Contains(r.Recommendations, x =>
            x.Code == "single-point-of-failure" && (string)x.Evidence["name"] == "Joe"
        );
        Assert.True(r.Graph.Nodes.Single(n => n.Name == "Joe").IsArticulationPoint);
    }

    [Fact]
    public void Star_centre_is_the_single_point_of_failure_and_leaves_are_not()
    {
        var r = new NetworkBuilder()
            .Person("Hub", "safety")
            .People("youth", "L1", "L2", "L3")
            .Trust("Hub", "L1")
            .Trust("Hub", "L2")
            .Trust("Hub", "L3")
            .Analyze();
        Assert.Equal(["Hub"], r.ArticulationPoints.Select(a => a.Person.Name));
        Assert.Equal(3, r.Bridges.Count);
        var sole = Assert.Single(r.SoleDomainConnectors);
        Assert.Equal("Hub", sole.Person.Name);
        Assert.Equal(["youth", "safety"], sole.Domains);
        Assert.Equal(3, sole.Edges);
    }

    [Fact]
    public void Separate_groups_are_counted_and_the_largest_named()
    {
        var r = new NetworkBuilder()
            .People("youth", "A", "B", "C", "D", "E")
            .Chain("A", "B", "C")
            .Trust("D", "E")
            .Analyze();
        Assert.Equal(2, r.Summary.Groups);
        Assert.Equal(3, r.Summary.LargestGroup);
        Assert.Contains(r.Recommendations, x => x.Code == "split-network" && (int)x.Evidence["groups"] == 2);
    }

    [Fact]
    public void Organisation_counts_members_and_the_trust_touching_them()
    {
        var school = Guid.NewGuid();
        var r = new NetworkBuilder()
            .Organisation(school, "School", "education")
            .Person("T1", "education", organisation: school)
            .Person("T2", "education", organisation: school)
            .Person("P", "safety")
            .Trust("T1", "T2")
            .Trust("T2", "P")
            .Analyze();
        var o = Assert.Single(r.Organisations);
        Assert.Equal(2, o.Professionals);
        Assert.Equal(2, o.ConfirmedTrust);
        Assert.Equal(1, r.Domains.Single(d => d.DomainId == "education").Organisations);
        Assert.Equal(2, r.Domains.Single(d => d.DomainId == "education").Professionals);
    }
}
