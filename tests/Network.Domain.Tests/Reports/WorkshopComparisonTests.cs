using Network.Domain.Reports;
using Network.Domain.Trust;

namespace Network.Domain.Tests.Reports;

public sealed class WorkshopComparisonTests
{
    private static readonly DateOnly WorkshopDay = new(2026, 3, 12);
    private static readonly DateTimeOffset OnTheDay = new(2026, 3, 12, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Before_is_the_network_the_day_before_and_after_adds_the_workshops_trust()
    {
        var workshop = Guid.NewGuid();
        var b = new NetworkBuilder()
            .People("youth", "Y1", "Y2")
            .People("safety", "S1")
            .Trust("Y1", "Y2", confirmed: OnTheDay.AddYears(-1))
            .Trust("Y2", "S1", confirmed: OnTheDay, workshop: workshop)
            .Trust("Y1", "S1", confirmed: OnTheDay.AddDays(5), workshop: workshop);
        var result = WorkshopComparison.Compare(
            b.Build(),
            workshop,
            "Werkatelier",
            WorkshopDay,
            [b["Y2"], b["S1"]],
            attended: 2
        );

        Assert.Equal(1, result.Before.Summary.ConfirmedTrust);
        Assert.Equal(3, result.After.Summary.ConfirmedTrust);
        Assert.Equal(2, result.Delta.TrustFromWorkshop);
        Assert.Equal(1, result.Delta.ParticipantsWithoutTrustBefore);
        Assert.Equal(0, result.Delta.ParticipantsWithoutTrustAfter);
        Assert.Equal(
            [
                ["youth", "safety"],
            ],
            result.Delta.DomainLinksGained
        );
        Assert.Equal(0, result.Before.DomainMatrix.Count("youth", "safety"));
        Assert.Equal(2, result.After.Graph.Edges.Count(e => e.WorkshopId == workshop));
    }

    [Fact]
    public void A_single_point_of_failure_closed_by_the_workshop_is_reported_as_resolved()
    {
        var workshop = Guid.NewGuid();
        var b = new NetworkBuilder()
            .People("youth", "A", "Hub", "C")
            .Trust("A", "Hub", confirmed: OnTheDay.AddYears(-1))
            .Trust("Hub", "C", confirmed: OnTheDay.AddYears(-1))
            .Trust("A", "C", confirmed: OnTheDay, workshop: workshop);
        var result = WorkshopComparison.Compare(b.Build(), workshop, "W", WorkshopDay, [b["A"], b["C"]], attended: 2);
        Assert.Equal(["Hub"], result.Delta.SinglePointsResolved.Select(p => p.Name));
        Assert.Empty(result.Delta.SinglePointsNew);
    }

    [Fact]
    public void As_of_a_date_trust_revoked_later_still_counts_and_trust_confirmed_later_does_not()
    {
        var cutoff = OnTheDay.AddDays(-1);
        var b = new NetworkBuilder()
            .Person("Ada")
            .Person("Ben")
            .Person("Cas")
            .Trust("Ada", "Ben", TrustStatus.Revoked, confirmed: OnTheDay.AddYears(-1), revoked: OnTheDay.AddDays(3))
            .Trust("Ben", "Cas", confirmed: OnTheDay.AddDays(2));
        var past = NetworkAnalyzer.Analyze(b.Build().AsOfDate(cutoff));
        Assert.Equal(3, past.Summary.Professionals);
        Assert.Equal(
            ["Ada", "Ben"],
            past.Graph.Edges.SelectMany(e => new[] { e.A, e.B })
                .Select(id => past.Graph.Nodes.Single(n => n.Id == id).Name)
                .Order()
        );
        var now = NetworkAnalyzer.Analyze(b.Build());
        Assert.Equal(
            ["Ben", "Cas"],
            now.Graph.Edges.SelectMany(e => new[] { e.A, e.B })
                .Select(id => now.Graph.Nodes.Single(n => n.Id == id).Name)
                .Order()
        );
    }

    [Fact]
    public void Someone_created_on_the_workshop_day_is_not_in_the_day_before_but_is_new_to_the_network_after()
    {
        var workshop = Guid.NewGuid();
        var b = new NetworkBuilder()
            .Person("Old", created: OnTheDay.AddYears(-2))
            .Person("Alone", created: OnTheDay.AddYears(-2))
            .Person("New", created: OnTheDay.AddHours(-3))
            .Trust("Old", "New", confirmed: OnTheDay.AddDays(1), workshop: workshop);
        var result = WorkshopComparison.Compare(
            b.Build(),
            workshop,
            "W",
            WorkshopDay,
            [b["Old"], b["New"], b["Alone"]],
            attended: 3
        );
        Assert.Equal(2, result.Before.Summary.Professionals);
        Assert.DoesNotContain(result.Before.Graph.Nodes, n => n.Name == "New");
        Assert.Equal(3, result.After.Summary.Professionals);
        Assert.Equal((2, 1), (result.Delta.ParticipantsWithoutTrustBefore, result.Delta.ParticipantsWithoutTrustAfter));
        Assert.Equal(1, result.Delta.ParticipantsNewToNetwork);
    }

    [Fact]
    public void Pending_participants_are_counted_without_trust_and_drawn_as_pending()
    {
        var workshop = Guid.NewGuid();
        var b = new NetworkBuilder()
            .Person("Ada", created: OnTheDay.AddYears(-2))
            .Person("Ben", created: OnTheDay.AddYears(-2))
            .Person("Nieuw1", listed: false, created: OnTheDay.AddDays(1))
            .Person("Nieuw2", listed: false, created: OnTheDay.AddDays(1))
            .Person("Outsider", listed: false, created: OnTheDay.AddDays(1))
            .Trust("Ada", "Ben", confirmed: OnTheDay, workshop: workshop);
        var result = WorkshopComparison.Compare(
            b.Build(),
            workshop,
            "W",
            WorkshopDay,
            [b["Ada"], b["Ben"], b["Nieuw1"], b["Nieuw2"]],
            attended: 4
        );
        Assert.Equal((2, 2), (result.Delta.ParticipantsWithoutTrustBefore, result.Delta.ParticipantsWithoutTrustAfter));
        Assert.Equal(2, result.Delta.PendingParticipants);
        Assert.Equal(
            ["Nieuw1", "Nieuw2"],
            result.After.Graph.Nodes.Where(n => n.IsPending).Select(n => n.Name).Order()
        );
        Assert.DoesNotContain(result.After.Graph.Nodes, n => n.Name == "Outsider"); // pending, but not a participant
        Assert.Equal(["Nieuw1", "Nieuw2"], result.After.WithoutTrust.Select(p => p.Name).Order());
    }
}
