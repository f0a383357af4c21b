using Network.Domain.Workshops;

namespace Network.Application.Persistence.Seeding;

/// <summary>
/// What came out of the Amberveen workshop: how professionals work and what they need, never a case. Education did
/// not know whom to call in the safety domain, medical professionals wanted anonymous consultation, the legal
/// frameworks scored lowest; two of the three agreements are still open, one of them overdue.
/// </summary>
public static partial class DemoNetwork
{
    private static readonly DateTimeOffset OutcomesRecorded = new(2026, 3, 13, 10, 0, 0, TimeSpan.Zero);

    private static IEnumerable<WorkshopOutcomeItem> OutcomeItems() =>
        new (OutcomeItemKind Kind, LearningAim Aim, string Theme, string[] Domains, string Text)[]
        {
            (
                OutcomeItemKind.Dilemma,
                LearningAim.Signalling,
                "wie bel ik",
                ["education"],
                "Docenten weten niet wie ze in het veiligheidsdomein kunnen bellen als ze twijfelen; de wijkagent kennen ze niet."
            ),
            (
                OutcomeItemKind.Dilemma,
                LearningAim.Signalling,
                "signalen duiden",
                ["education"],
                "Wanneer is een uitspraak in de klas een mening, en wanneer een signaal? Docenten zijn bang te overdrijven."
            ),
            (
                OutcomeItemKind.Solution,
                LearningAim.Signalling,
                "signalen duiden",
                ["education", "care"],
                "Bij twijfel over een signaal eerst anoniem sparren met de jeugdarts of jeugdverpleegkundige van de GGD."
            ),
            (
                OutcomeItemKind.Solution,
                LearningAim.Signalling,
                "wie bel ik",
                ["education", "safety"],
                "Een vaste contactpersoon per school bij politie en gemeente, met naam en nummer bekend in het zorgteam."
            ),
            (
                OutcomeItemKind.Dilemma,
                LearningAim.ProfessionalJudgement,
                "anoniem overleg",
                ["youth", "care"],
                "Jeugdartsen willen eerst anoniem sparren, maar weten niet wie dat buiten de eigen organisatie aanbiedt."
            ),
            (
                OutcomeItemKind.Solution,
                LearningAim.ProfessionalJudgement,
                "anoniem overleg",
                ["municipality"],
                "Het gemeentelijk contactpunt radicalisering bekender maken als plek voor anoniem overleg."
            ),
            (
                OutcomeItemKind.Dilemma,
                LearningAim.WeighingSecrecy,
                "beroepsgeheim",
                ["care", "social"],
                "Jeugdartsen en het sociaal wijkteam vragen zich af wanneer een vermoeden zwaar genoeg weegt om het "
                    + "beroepsgeheim te doorbreken (conflict van plichten)."
            ),
            (
                OutcomeItemKind.Solution,
                LearningAim.WeighingSecrecy,
                "beroepsgeheim",
                ["care"],
                "De afweging samen maken met de aandachtsfunctionaris van de eigen organisatie, en die afweging vastleggen."
            ),
            (
                OutcomeItemKind.Dilemma,
                LearningAim.LegalFrameworks,
                "wat mag ik delen",
                ["education", "social"],
                "Scholen weten niet wat ze zonder toestemming van ouders of jongere met ketenpartners mogen delen."
            ),
            (
                OutcomeItemKind.Solution,
                LearningAim.LegalFrameworks,
                "wat mag ik delen",
                ["safety"],
                "Het convenant van het Zorg- en Veiligheidshuis toelichten aan de zorgteams van de scholen."
            ),
            (
                OutcomeItemKind.TrustNeed,
                LearningAim.Signalling,
                "elkaar kennen",
                ["education", "safety"],
                "Vertrouwen groeit door elkaar te kennen: een gezicht bij de naam, voordat er iets speelt."
            ),
            (
                OutcomeItemKind.TrustNeed,
                LearningAim.WeighingSecrecy,
                "terugkoppeling",
                ["youth", "safety"],
                "Wie iets deelt, wil horen wat ermee gebeurt; zonder terugkoppeling deelt men de volgende keer niet."
            ),
        }.Select(
            (x, i) =>
                new WorkshopOutcomeItem
                {
                    Id = Ids.Of(Ids.OutcomeKind, i + 1),
                    WorkshopId = Ids.WorkshopAmberveen,
                    Kind = x.Kind,
                    Aim = x.Aim,
                    Theme = x.Theme,
                    Domains = [.. x.Domains],
                    Text = x.Text,
                    CreatedAt = OutcomesRecorded.AddMinutes(i),
                    UpdatedAt = OutcomesRecorded.AddMinutes(i),
                }
        );

    private static IEnumerable<WorkshopAgreement> Agreements() =>
        [
            Agreement(
                1,
                LearningAim.Signalling,
                "De zorgcoördinator van het Amberlyceum en de wijkagent maken kennis; bij twijfel belt de school de wijkagent direct.",
                [Ids.AmberlyceumOrg, Ids.PoliceOrg],
                Ids.CareCoordinatorAmberveen,
                new DateOnly(2026, 5, 1),
                AgreementStatus.Done
            ),
            Agreement(
                2,
                LearningAim.ProfessionalJudgement,
                "De GGD en het gemeentelijk contactpunt richten een maandelijks spreekuur in voor anoniem overleg.",
                [Ids.GgdOrg, Ids.MunicipalityAmberveenOrg],
                Ids.MunicipalContactAmberveen,
                new DateOnly(2026, 6, 30),
                AgreementStatus.Open
            ),
            Agreement(
                3,
                LearningAim.LegalFrameworks,
                "Het Zorg- en Veiligheidshuis licht het convenant toe in het zorgteam van het Amberlyceum.",
                [Ids.VeiligheidshuisOrg, Ids.AmberlyceumOrg],
                Ids.SafetyHouseDirector,
                new DateOnly(2027, 2, 28),
                AgreementStatus.Open
            ),
        ];

    private static WorkshopAgreement Agreement(
        int n,
        LearningAim aim,
        string text,
        Guid[] organisations,
        Guid owner,
        DateOnly due,
        AgreementStatus status
    ) =>
        new()
        {
            Id = Ids.Of(Ids.AgreementKind, n),
            WorkshopId = Ids.WorkshopAmberveen,
            Aim = aim,
            Text = text,
            OrganisationIds = [.. organisations],
            OwnerProfessionalId = owner,
            DueOn = due,
            Status = status,
            CreatedAt = OutcomesRecorded,
            UpdatedAt = OutcomesRecorded,
        };

    /// <summary>Eleven of the thirteen who came filled in the form; the legal frameworks scored lowest.</summary>
    private static IEnumerable<WorkshopEvaluation> Evaluations() =>
        new (int S, int J, int W, int L, string? Comment)[]
        {
            (5, 4, 4, 3, "Eindelijk weet ik wie ik bij de politie kan bellen."),
            (4, 4, 3, 2, "De juridische kaders gingen te snel."),
            (4, 5, 4, 3, null),
            (5, 4, 4, 2, "Meer tijd voor wat we wel en niet mogen delen."),
            (4, 3, 3, 3, null),
            (4, 4, 5, 3, "Goed om de afweging rond het beroepsgeheim samen te oefenen."),
            (5, 4, 4, 2, null),
            (3, 4, 4, 3, null),
            (4, 4, 3, 2, "Graag een vervolg over het convenant."),
            (5, 5, 4, 3, null),
            (4, 4, 4, 3, null),
        }.Select(
            (e, i) =>
                new WorkshopEvaluation
                {
                    Id = Ids.Of(Ids.EvaluationKind, i + 1),
                    WorkshopId = Ids.WorkshopAmberveen,
                    Signalling = e.S,
                    ProfessionalJudgement = e.J,
                    WeighingSecrecy = e.W,
                    LegalFrameworks = e.L,
                    Comment = e.Comment,
                    RecordedOn = new DateOnly(2026, 3, 12),
                }
        );
}
