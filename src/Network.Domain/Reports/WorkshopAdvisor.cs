using System.ComponentModel;
using System.Globalization;
using Network.Domain.Workshops;

namespace Network.Domain.Reports;

/// <summary>One fact a recommendation rests on: something participants said or agreed, a score, or network data.</summary>
[Description("One fact a recommendation rests on, with where it comes from.")]
public sealed record AdviceEvidence(
    [property: Description("Where it comes from: outcome, evaluation, agreement or network.")] string Source,
    [property: Description("The fact, in Dutch.")] string Nl,
    [property: Description("The fact, in English.")] string En,
    [property: Description("Id of the outcome item, agreement or professional it names, if any.")] Guid? RefId = null
);

/// <summary>Advice for the municipality drawn from this workshop's outcomes together with the network data.</summary>
[Description("A recommendation from a workshop's outcomes together with the network data, with its evidence.")]
public sealed record WorkshopRecommendation(
    [property: Description("Stable code of the rule that produced it.")] string Code,
    [property: Description("high, medium or low.")] string Severity,
    [property: Description("The recommendation in Dutch.")] string Nl,
    [property: Description("The recommendation in English.")] string En,
    [property: Description("The facts it rests on; every recommendation has at least one.")]
        IReadOnlyList<AdviceEvidence> Evidence
);

/// <summary>What was recorded at a workshop, as the advisor reads it.</summary>
public sealed record WorkshopOutcomeData(
    IReadOnlyList<WorkshopOutcomeItem> Items,
    IReadOnlyList<WorkshopAgreement> Agreements,
    IReadOnlyList<WorkshopEvaluation> Evaluations,
    IReadOnlyDictionary<Guid, string> PeopleNames,
    IReadOnlyDictionary<Guid, string> OrganisationNames
);

/// <summary>
/// Turns a workshop's outcomes and the network before and after it into recommendations tailored to the
/// municipality. Pure: every recommendation is the output of a rule over the data given, and lists that data as
/// evidence, so it changes (or disappears) when its evidence does.
/// </summary>
public static class WorkshopAdvisor
{
    /// <summary>A learning aim scored below this (on 1 to 5) asks for a follow-up.</summary>
    public const double LowScoreBelow = 3.0;

    /// <summary>Fewer answers than this say too little to advise on.</summary>
    public const int MinAnswers = 3;

    public static IReadOnlyList<WorkshopRecommendation> Advise(
        NetworkSnapshot now,
        WorkshopNetworkReport report,
        IReadOnlyCollection<Guid> participants,
        WorkshopOutcomeData outcomes
    )
    {
        var ctx = new ReportContext(now, participants);
        var list = new List<WorkshopRecommendation>();
        ThemeLinks(ctx, report, outcomes, list);
        LowScores(outcomes, list);
        WithoutTrust(report, participants, outcomes, list);
        SinglePoints(report, participants, outcomes, list);
        Agreements(ctx, now.Today, outcomes, list);
        if (participants.Count >= 2 && report.Delta.TrustFromWorkshop == 0)
            list.Add(
                new(
                    "no-trust-from-workshop",
                    "medium",
                    "Er is nog geen vertrouwensrelatie bevestigd met dit werkatelier als herkomst. Vraag de deelnemers om elkaar in Network te bevestigen.",
                    "No trust relationship has been confirmed with this workshop as its provenance yet. Ask the participants to confirm each other in Network.",
                    [
                        Net(
                            $"{report.Participants} deelnemers, 0 vertrouwensrelaties uit dit werkatelier",
                            $"{report.Participants} participants, 0 trust relationships from this workshop"
                        ),
                    ]
                )
            );
        return list.OrderBy(r => Rank(r.Severity)).ToList();
    }

    /// <summary>
    /// A theme participants struggle with brings domains together: those that raised it, and those its items name
    /// (a solution "a contact person at the police" names safety). Each pair of them, one a raiser, with fewer than
    /// <see cref="Recommendations.ThinLinkBelow"/> confirmed trust relationships between them, should be introduced.
    /// </summary>
    private static void ThemeLinks(
        ReportContext ctx,
        WorkshopNetworkReport report,
        WorkshopOutcomeData outcomes,
        List<WorkshopRecommendation> list
    )
    {
        var present = ctx.PresentDomains();
        var matrix = report.After.DomainMatrix;
        foreach (var theme in outcomes.Items.Where(i => i.Theme is not null).GroupBy(i => i.Theme!))
        {
            var struggles = theme.Where(i => i.Kind != OutcomeItemKind.Solution).ToList();
            var raisers = present.Where(d => struggles.Any(i => i.Domains.Contains(d))).ToList();
            var involved = present.Where(d => theme.Any(i => i.Domains.Contains(d))).ToList();
            var pairs = new List<(string X, string Y)>();
            for (var i = 0; i < involved.Count; i++)
            for (var j = i + 1; j < involved.Count; j++)
                if (raisers.Contains(involved[i]))
                    pairs.Add((involved[i], involved[j]));
                else if (raisers.Contains(involved[j]))
                    pairs.Add((involved[j], involved[i]));
            foreach (var (x, y) in pairs)
            {
                var edges = matrix.Count(x, y);
                if (edges >= Recommendations.ThinLinkBelow)
                    continue;
                var evidence = struggles
                    .Where(i => i.Domains.Contains(x))
                    .Select(Said)
                    .Concat(theme.Where(i => i.Kind == OutcomeItemKind.Solution).Select(Said))
                    .ToList();
                evidence.Add(LinkEvidence(ctx, x, y, edges, report.Before.DomainMatrix.Count(x, y)));
                string Dx(bool nl) => ctx.DomainName(x, nl).ToLowerInvariant();
                string Dy(bool nl) => ctx.DomainName(y, nl).ToLowerInvariant();
                list.Add(
                    new(
                        "theme-domain-link",
                        edges == 0 ? "high" : "medium",
                        $"Deelnemers uit {Dx(true)} worstelen met ‘{theme.Key}’, terwijl {Dx(true)} en {Dy(true)} "
                            + $"{Count(edges, true)} hebben. Organiseer een kennismaking tussen professionals uit "
                            + $"{Dx(true)} en {Dy(true)} en leg vast wie wie belt.",
                        $"Participants from {Dx(false)} struggle with ‘{theme.Key}’, while {Dx(false)} and {Dy(false)} "
                            + $"have {Count(edges, false)}. Arrange an introduction between professionals from "
                            + $"{Dx(false)} and {Dy(false)} and agree who calls whom.",
                        evidence
                    )
                );
            }
        }
    }

    private static AdviceEvidence LinkEvidence(ReportContext ctx, string x, string y, int edges, int before)
    {
        var link = $"{ctx.DomainName(x, true)} – {ctx.DomainName(y, true)}";
        var linkEn = $"{ctx.DomainName(x, false)} – {ctx.DomainName(y, false)}";
        var who = ctx.EdgesBetween(x, y).Select(e => $"{ctx.Person(e.A).Name} – {ctx.Person(e.B).Name}").ToList();
        var names = who.Count == 0 ? "" : $" ({string.Join("; ", who)})";
        return Net(
            $"{link}: {Count(edges, true)}{names}; de dag vóór het werkatelier {before}",
            $"{linkEn}: {Count(edges, false)}{names}; the day before the workshop {before}"
        );
    }

    private static void LowScores(WorkshopOutcomeData outcomes, List<WorkshopRecommendation> list)
    {
        foreach (var aim in Enum.GetValues<LearningAim>())
        {
            var scores = outcomes.Evaluations.Select(e => e.ScoreFor(aim)).OfType<int>().ToList();
            if (scores.Count < MinAnswers || scores.Average() >= LowScoreBelow)
                continue;
            var average = Math.Round(scores.Average(), 1);
            var evidence = new List<AdviceEvidence>
            {
                new(
                    "evaluation",
                    $"‘{AimName(aim, true)}’: gemiddeld {Dec(average, true)} uit {scores.Count} evaluaties (1–5)",
                    $"‘{AimName(aim, false)}’: mean {Dec(average, false)} from {scores.Count} evaluations (1–5)"
                ),
            };
            evidence.AddRange(
                outcomes.Items.Where(i => i.Aim == aim && i.Kind == OutcomeItemKind.Dilemma).Select(Said)
            );
            evidence.AddRange(
                outcomes
                    .Agreements.Where(a => a.Aim == aim && a.Status == AgreementStatus.Open)
                    .Select(a => Agreed(a, outcomes))
            );
            list.Add(
                new(
                    "low-scoring-aim",
                    "medium",
                    $"Het leerdoel ‘{AimName(aim, true)}’ scoort onvoldoende (gemiddeld {Dec(average, true)}). Plan een "
                        + "vervolgbijeenkomst over dit leerdoel, met de dilemma's die de deelnemers noemden als uitgangspunt.",
                    $"The learning aim ‘{AimName(aim, false)}’ scores below par (mean {Dec(average, false)}). Plan a "
                        + "follow-up session on it, starting from the dilemmas participants named.",
                    evidence
                )
            );
        }
    }

    private static void WithoutTrust(
        WorkshopNetworkReport report,
        IReadOnlyCollection<Guid> participants,
        WorkshopOutcomeData outcomes,
        List<WorkshopRecommendation> list
    )
    {
        var pending = report.After.Graph.Nodes.Where(n => n.IsPending).Select(n => n.Id).ToHashSet();
        var alone = report.After.WithoutTrust.Where(p => participants.Contains(p.Id)).ToList();
        if (alone.Count == 0)
            return;
        var evidence = alone
            .Select(p =>
                pending.Contains(p.Id)
                    ? Net(
                        $"{p.Name}: geen bevestigde vertrouwensrelatie; nieuwkomer, nog niet vermeld",
                        $"{p.Name}: no confirmed trust; newcomer, not yet listed",
                        p.Id
                    )
                    : Net($"{p.Name}: geen bevestigde vertrouwensrelatie", $"{p.Name}: no confirmed trust", p.Id)
            )
            .ToList();
        evidence.AddRange(outcomes.Items.Where(i => i.Kind == OutcomeItemKind.TrustNeed).Select(Said));
        var names = Recommendations.NameList(alone, true);
        var newcomers = alone.Count(p => pending.Contains(p.Id));
        list.Add(
            new(
                "participants-without-trust",
                newcomers > 0 ? "high" : "medium",
                $"{alone.Count} deelnemer(s) hebben na het werkatelier nog geen bevestigde vertrouwensrelatie: {names}"
                    + (newcomers > 0 ? $" ({newcomers} nieuwkomer(s) die nog moeten instemmen met vermelding)" : "")
                    + ". Koppel hen aan een deelnemer uit een ander domein en vraag nieuwkomers hun vermelding te bevestigen.",
                $"{alone.Count} participant(s) still have no confirmed trust after the workshop: "
                    + Recommendations.NameList(alone, false)
                    + (newcomers > 0 ? $" ({newcomers} newcomer(s) yet to accept being listed)" : "")
                    + ". Pair them with a participant from another domain and ask newcomers to accept their listing.",
                evidence
            )
        );
    }

    private static void SinglePoints(
        WorkshopNetworkReport report,
        IReadOnlyCollection<Guid> participants,
        WorkshopOutcomeData outcomes,
        List<WorkshopRecommendation> list
    )
    {
        foreach (var cut in report.After.ArticulationPoints)
        {
            var involved =
                participants.Contains(cut.Person.Id)
                || cut.Separates.Skip(1).SelectMany(g => g.Members).Any(m => participants.Contains(m.Id));
            if (!involved)
                continue;
            var hanging = cut.Separates.Skip(1).Sum(g => g.Size);
            var evidence = new List<AdviceEvidence>
            {
                Net(
                    $"{cut.Person.Name} is de enige verbinding voor {hanging} persoon/personen (groepen: "
                        + string.Join(", ", cut.Separates.Select(g => g.Size))
                        + ")",
                    $"{cut.Person.Name} is the only link for {hanging} people (groups: "
                        + string.Join(", ", cut.Separates.Select(g => g.Size))
                        + ")",
                    cut.Person.Id
                ),
            };
            evidence.AddRange(outcomes.Items.Where(i => i.Kind == OutcomeItemKind.TrustNeed).Select(Said));
            list.Add(
                new(
                    "participant-single-point",
                    "high",
                    $"Het netwerk rond de deelnemers hangt af van {cut.Person.Name}: valt die weg, dan raken "
                        + $"{hanging} persoon/personen los. Zorg voor een tweede verbinding, bijvoorbeeld via een afspraak "
                        + "tussen hun organisaties.",
                    $"The network around the participants depends on {cut.Person.Name}: without them {hanging} "
                        + "people are cut off. Build a second connection, for instance through an agreement between "
                        + "their organisations.",
                    evidence
                )
            );
        }
    }

    private static void Agreements(
        ReportContext ctx,
        DateOnly today,
        WorkshopOutcomeData outcomes,
        List<WorkshopRecommendation> list
    )
    {
        foreach (var a in outcomes.Agreements.Where(a => a.Status == AgreementStatus.Open))
        {
            var trust = TrustBetween(ctx, a.OrganisationIds);
            var orgs = string.Join(
                "; ",
                a.OrganisationIds.Select(o => outcomes.OrganisationNames.GetValueOrDefault(o, "?"))
            );
            var network = Net(
                $"{orgs}: {Count(trust, true)} tussen hun medewerkers",
                $"{orgs}: {Count(trust, false)} between their staff"
            );
            var owner = outcomes.PeopleNames.GetValueOrDefault(a.OwnerProfessionalId, "?");
            if (a.IsOverdueOn(today))
                list.Add(
                    new(
                        "overdue-agreement",
                        "high",
                        $"De afspraak ‘{a.Text}’ is over de streefdatum ({Day(a.DueOn!.Value)}). Vraag {owner} naar de stand van zaken en spreek een nieuwe datum af.",
                        $"The agreement ‘{a.Text}’ is past its due date ({Day(a.DueOn!.Value)}). Ask {owner} how it stands and agree a new date.",
                        [Agreed(a, outcomes), network]
                    )
                );
            else if (a.OrganisationIds.Count >= 2 && trust == 0)
                list.Add(
                    new(
                        "agreement-without-trust",
                        "medium",
                        $"Achter de afspraak ‘{a.Text}’ staat nog geen bevestigd vertrouwen tussen de medewerkers van {orgs}. Laat de mensen die de afspraak uitvoeren elkaar leren kennen.",
                        $"No confirmed trust between the staff of {orgs} backs the agreement ‘{a.Text}’ yet. Let the people who carry it out get to know each other.",
                        [Agreed(a, outcomes), network]
                    )
                );
        }
    }

    /// <summary>Confirmed edges joining members of different organisations among <paramref name="organisations"/>.</summary>
    private static int TrustBetween(ReportContext ctx, IReadOnlyList<Guid> organisations) =>
        ctx
            .Graph.Edges()
            .Count(e =>
            {
                var a = ctx.Person(e.A).OrganisationIds.Where(organisations.Contains).ToHashSet();
                var b = ctx.Person(e.B).OrganisationIds.Where(organisations.Contains).ToHashSet();
                return a.Count > 0 && b.Count > 0 && (a.Count > 1 || b.Count > 1 || !a.SetEquals(b));
            });

    private static AdviceEvidence Said(WorkshopOutcomeItem i) =>
        new(
            "outcome",
            $"{KindName(i.Kind, true)} ({AimName(i.Aim, true)}): “{i.Text}”",
            $"{KindName(i.Kind, false)} ({AimName(i.Aim, false)}): “{i.Text}”",
            i.Id
        );

    private static AdviceEvidence Agreed(WorkshopAgreement a, WorkshopOutcomeData outcomes)
    {
        var owner = outcomes.PeopleNames.GetValueOrDefault(a.OwnerProfessionalId, "?");
        var due = a.DueOn is { } d ? Day(d) : "–";
        return new(
            "agreement",
            $"Afspraak: “{a.Text}”; eigenaar {owner}, streefdatum {due}",
            $"Agreement: “{a.Text}”; owner {owner}, due {due}",
            a.Id
        );
    }

    private static AdviceEvidence Net(string nl, string en, Guid? id = null) => new("network", nl, en, id);

    private static string Count(int edges, bool nl) =>
        (edges, nl) switch
        {
            (0, true) => "geen bevestigde vertrouwensrelatie",
            (1, true) => "één bevestigde vertrouwensrelatie",
            (_, true) => $"{edges} bevestigde vertrouwensrelaties",
            (0, false) => "no confirmed trust relationship",
            (1, false) => "one confirmed trust relationship",
            _ => $"{edges} confirmed trust relationships",
        };

    public static string AimName(LearningAim aim, bool nl) =>
        (aim, nl) switch
        {
            (LearningAim.Signalling, true) => "signaleren",
            (LearningAim.ProfessionalJudgement, true) => "tot een professioneel oordeel komen",
            (LearningAim.WeighingSecrecy, true) => "afweging beroepsgeheim",
            (LearningAim.LegalFrameworks, true) => "juridische kaders",
            (LearningAim.Signalling, false) => "signalling",
            (LearningAim.ProfessionalJudgement, false) => "reaching a professional judgement",
            (LearningAim.WeighingSecrecy, false) => "weighing professional secrecy",
            _ => "legal frameworks",
        };

    public static string KindName(OutcomeItemKind kind, bool nl) =>
        (kind, nl) switch
        {
            (OutcomeItemKind.Dilemma, true) => "Dilemma",
            (OutcomeItemKind.Solution, true) => "Oplossing",
            (OutcomeItemKind.TrustNeed, true) => "Nodig voor vertrouwen",
            (OutcomeItemKind.Dilemma, false) => "Dilemma",
            (OutcomeItemKind.Solution, false) => "Solution",
            _ => "Trust needs",
        };

    private static string Dec(double value, bool nl) =>
        value.ToString("0.0", CultureInfo.InvariantCulture) is var s && nl ? s.Replace('.', ',') : s;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Rank(string severity) =>
        severity switch
        {
            "high" => 0,
            "medium" => 1,
            _ => 2,
        };
}
