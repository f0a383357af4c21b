using Network.Domain.Reports;

namespace Network.Domain.Tests.Reports;

public sealed class RecommendationTests
{
    [Fact]
    public void A_single_edge_between_two_domains_is_a_thin_link_pointing_at_its_two_people()
    {
        var r = new NetworkBuilder()
            .People("education", "E1", "E2")
            .People("safety", "S1", "S2")
            .Trust("E1", "E2")
            .Trust("S1", "S2")
            .Trust("E2", "S1")
            .Analyze();
        var thin = Assert.Single(r.Recommendations, x => x.Code == "thin-domain-link");
        Assert.Equal(new[] { "safety", "education" }, (string[])thin.Evidence["domains"]);
        Assert.Equal(1, (int)thin.Evidence["edges"]);
        Assert.Contains("E2", thin.En);
        Assert.Contains("Veiligheid", thin.Nl);
        Assert.Contains("Onderwijs", thin.Nl);
    }

    [Fact]
    public void Two_domains_without_any_edge_get_a_missing_link_of_high_severity()
    {
        var r = new NetworkBuilder()
            .People("youth", "Y1", "Y2")
            .People("safety", "S1", "S2")
            .Trust("Y1", "Y2")
            .Trust("S1", "S2")
            .Analyze();
        var missing = Assert.Single(r.Recommendations, x => x.Code == "missing-domain-link");
        Assert.Equal("high", missing.Severity);
        Assert.Equal(new[] { "youth", "safety" }, (string[])missing.Evidence["domains"]);
        Assert.Equal(0, (int)missing.Evidence["edges"]);
    }

    [Fact]
    public void Domains_nobody_works_in_are_not_reported_as_missing_links()
    {
        var r = new NetworkBuilder().People("youth", "Y1", "Y2", "Y3").Chain("Y1", "Y2", "Y3", "Y1").Analyze();
        Assert.DoesNotContain(r.Recommendations, x => x.Code is "missing-domain-link" or "thin-domain-link");
    }

    [Fact]
    public void A_well_knit_network_is_called_healthy()
    {
        var r = new NetworkBuilder()
            .People("youth", "Y1", "Y2")
            .People("safety", "S1", "S2")
            .Trust("Y1", "Y2")
            .Trust("Y2", "S1")
            .Trust("S1", "S2")
            .Trust("S2", "Y1")
            .Trust("Y1", "S1")
            .Trust("Y2", "S2")
            .Concern("radicalisation", true, "S1")
            .Analyze();
        var only = Assert.Single(r.Recommendations);
        Assert.Equal("healthy-network", only.Code);
    }

    [Fact]
    public void Route_gaps_name_the_concern_and_the_contact()
    {
        var r = new NetworkBuilder()
            .People("youth", "Core1", "Core2", "Loner")
            .Person("Gone", active: false)
            .Person("Waiting", listed: false)
            .Trust("Core1", "Core2")
            .Concern("radicalisation", true, "Core1", "Loner")
            .Concern("polarisation", false)
            .Concern("mental-health", true, "Gone", "Waiting")
            .Analyze();
        Assert.Equal(
            [
                ("radicalisation", RouteProblem.ContactUnreachable, "Loner"),
                ("polarisation", RouteProblem.NoRoute, null),
                ("mental-health", RouteProblem.ContactInactive, "Gone"),
                ("mental-health", RouteProblem.ContactNotListed, "Waiting"),
            ],
            r.RouteFindings.Select(f => (f.ConcernTypeId, f.Problem, f.Contact?.Name))
        );
        Assert.Contains(r.Recommendations, x =>
            x.Code == "concern-without-route" && (string)x.Evidence["concernTypeId"] == "polarisation"
        );
        Assert.Contains(r.Recommendations, x =>
            x.Code == "route-contact-unreachable" && (string)x.Evidence["name"] == "Loner"
        );
        Assert.Contains(r.Recommendations, x =>
            x.Code == "route-contact-inactive" && (string)x.Evidence["name"] == "Gone"
        );
    }

    [Fact]
    public void Recommendations_come_high_severity_first_and_all_have_both_languages()
    {
        var today = DateOnly.FromDateTime(NetworkBuilder.Now.UtcDateTime);
        var r = new NetworkBuilder()
            .People("youth", "Y1", "Y2")
            .Person("S1", "safety", verified: today.AddYears(-2))
            .Trust("Y1", "Y2")
            .Concern("radicalisation", false)
            .Analyze();
        Assert.Equal("high", r.Recommendations[0].Severity);
        Assert.Equal("low", r.Recommendations[^1].Severity);
        Assert.Contains(r.Recommendations, x => x.Code == "stale-entries");
        Assert.All(r.Recommendations, x =>
        {
            Assert.False(string.IsNullOrWhiteSpace(x.Nl));
            Assert.False(string.IsNullOrWhiteSpace(x.En));
            Assert.NotEqual(x.Nl, x.En);
            Assert.NotEmpty(x.Evidence);
        });
    }

    [Fact]
    public void A_single_point_of_failure_names_the_small_groups_that_hang_on_it()
    {
        var b = new NetworkBuilder()
            .People("youth", "A1", "A2", "A3", "A4", "A5", "A6")
            .Person("Hub", "safety")
            .Person("Leaf", "care")
            .Chain("A1", "A2", "A3", "A4", "A5", "A6", "A1")
            .Trust("Hub", "A1")
            .Trust("Hub", "Leaf");
        var hub = NetworkAnalyzer
            .Analyze(b.Build())
            .Recommendations.Single(x => x.Code == "single-point-of-failure" && (string)x.Evidence["name"] == "Hub");
        Assert.Equal(
            "Hub is the only link between Leaf and the rest of the network (6 people). Build a second connection so the network does not depend on one person.",
            hub.En
        );
        Assert.StartsWith("Hub is de enige schakel tussen Leaf en de rest van het netwerk (6 personen).", hub.Nl);
        Assert.Equal([b["Leaf"]], (Guid[])hub.Evidence["dependentIds"]);

        var star = new NetworkBuilder()
            .Person("Hub", "safety")
            .People("youth", "L1", "L2")
            .Trust("Hub", "L1")
            .Trust("Hub", "L2")
            .Analyze();
        Assert.StartsWith(
            "Hub is the only link between L1 and L2.",
            star.Recommendations.Single(x => x.Code == "single-point-of-failure").En
        );
    }

    [Fact]
    public void Sole_connections_of_one_person_are_one_recommendation_listing_the_domain_pairs()
    {
        var r = new NetworkBuilder()
            .Person("Hub", "safety")
            .People("youth", "Y1", "Y2")
            .People("care", "C1", "C2")
            .Trust("Hub", "Y1")
            .Trust("Hub", "Y2")
            .Trust("Hub", "C1")
            .Trust("Hub", "C2")
            .Trust("Y1", "C1")
            .Analyze();
        var sole = Assert.Single(r.Recommendations, x => x.Code == "sole-domain-connector");
        Assert.Equal(
            [
                ["youth", "safety"],
                ["safety", "care"],
            ],
            (string[][])sole.Evidence["domainPairs"]
        );
        Assert.Contains("Jeugd – Veiligheid, Veiligheid – Zorg", sole.Nl);
    }
}
