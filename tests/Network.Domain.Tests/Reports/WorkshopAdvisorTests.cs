using Network.Domain.Reports;
using Network.Domain.Workshops;

namespace Network.Domain.Tests.Reports;

public sealed class WorkshopAdvisorTests
{
    private static readonly DateOnly Day = new(2026, 3, 12);
    private static readonly Guid Workshop = Guid.NewGuid();

    private static WorkshopOutcomeItem Item(OutcomeItemKind kind, string theme, params string[] domains) =>
        new()
        {
            WorkshopId = Workshop,
            Kind = kind,
            Aim = LearningAim.Signalling,
            Theme = theme,
            Domains = [.. domains],
            Text = $"{kind} {theme}",
        };

    private static IReadOnlyList<WorkshopRecommendation> Advise(
        NetworkBuilder b,
        IReadOnlyList<WorkshopOutcomeItem> items,
        IReadOnlyList<WorkshopEvaluation>? evaluations = null,
        IReadOnlyList<WorkshopAgreement>? agreements = null
    )
    {
        var participants = new[] { b["T"], b["P"] };
        var snapshot = b.Build();
        var report = WorkshopComparison.Compare(snapshot, Workshop, "W", Day, participants, 2);
        return WorkshopAdvisor.Advise(
            snapshot,
            report,
            participants,
            new(
                items,
                agreements ?? [],
                evaluations ?? [],
                new Dictionary<Guid, string>(),
                new Dictionary<Guid, string>()
            )
        );
    }

    private static readonly WorkshopOutcomeItem[] WhomToCall =
    [
        Item(OutcomeItemKind.Dilemma, "wie bel ik", "education"),
        Item(OutcomeItemKind.Solution, "wie bel ik", "education", "safety"),
    ];

    [Fact]
    public void A_theme_raised_by_education_naming_safety_asks_for_an_introduction_until_two_trust_links_exist()
    {
        var b = new NetworkBuilder().People("education", "T", "T2").People("safety", "P", "P2");
        var none = Advise(b, WhomToCall).Single(r => r.Code == "theme-domain-link");
        Assert.Equal("high", none.Severity);
        Assert.Contains(none.Evidence, e => e.Source == "outcome" && e.Nl.Contains("Dilemma wie bel ik"));
        Assert.Contains(none.Evidence, e => e.Source == "network" && e.Nl.StartsWith("Onderwijs – Veiligheid: geen"));

        b.Trust("T", "P");
        var one = Advise(b, WhomToCall).Single(r => r.Code == "theme-domain-link");
        Assert.Equal("medium", one.Severity);
        Assert.Contains(one.Evidence, e => e.Source == "network" && e.Nl.Contains("één bevestigde vertrouwensrelatie"));

        b.Trust("T2", "P2");
        Assert.DoesNotContain(Advise(b, WhomToCall), r => r.Code == "theme-domain-link");
    }

    [Fact]
    public void A_low_scoring_aim_needs_enough_answers_and_a_mean_below_three()
    {
        var b = new NetworkBuilder().People("education", "T").People("safety", "P").Trust("T", "P");
        WorkshopEvaluation Legal(int score) => new() { WorkshopId = Workshop, LegalFrameworks = score };
        Assert.DoesNotContain(Advise(b, [], [Legal(1), Legal(2)]), r => r.Code == "low-scoring-aim");
        var low = Advise(b, [], [Legal(1), Legal(2), Legal(4)]).Single(r => r.Code == "low-scoring-aim");
        Assert.Contains("juridische kaders", low.Nl);
        Assert.Contains(low.Evidence, e => e.Source == "evaluation" && e.Nl.Contains("gemiddeld 2,3 uit 3"));
        Assert.DoesNotContain(Advise(b, [], [Legal(3), Legal(3), Legal(3)]), r => r.Code == "low-scoring-aim");
    }

    [Fact]
    public void An_open_agreement_past_its_due_date_is_overdue_and_a_done_one_is_not()
    {
        var b = new NetworkBuilder().People("education", "T").People("safety", "P").Trust("T", "P");
        WorkshopAgreement Agreement(AgreementStatus status) =>
            new()
            {
                WorkshopId = Workshop,
                Text = "De school belt de wijkagent",
                DueOn = DateOnly.FromDateTime(NetworkBuilder.Now.UtcDateTime).AddDays(-1),
                Status = status,
            };
        var overdue = Advise(b, [], agreements: [Agreement(AgreementStatus.Open)])
            .Single(r => r.Code == "overdue-agreement");
        Assert.Contains(overdue.Evidence, e => e.Source == "agreement");
        Assert.DoesNotContain(Advise(b, [], agreements: [Agreement(AgreementStatus.Done)]), r =>
            r.Code == "overdue-agreement"
        );
    }

    [Fact]
    public void Every_recommendation_carries_evidence()
    {
        var b = new NetworkBuilder().People("education", "T").People("safety", "P");
        var all = Advise(b, WhomToCall, [new() { WorkshopId = Workshop, Signalling = 1 }]);
        Assert.NotEmpty(all);
        Assert.All(all, r => Assert.NotEmpty(r.Evidence));
    }
}
