using System.ComponentModel;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Application.Workshops;
using Network.Application.Workshops.Outcomes;
using Network.Domain.Reports;
using Network.Domain.Workshops;

namespace Network.Application.Reports;

[Description(
    "A workshop's report (verslag) for its municipality: who took part, what came out, the network before and after, "
        + "recommendations with their evidence, and the follow-up actions."
)]
public sealed record WorkshopReportDto(
    [property: References(typeof(WorkshopDto)), Description("Global id of the workshop.")] Guid WorkshopId,
    [property: Description("The workshop's title.")] string Title,
    [property: Description("The day it took place.")] DateOnly Date,
    [property: Description("Where it took place.")] string Place,
    [property: Description("The trainers' names.")] IReadOnlyList<string> Facilitators,
    [property: Description("CBS code of the municipality.")] string Municipality,
    [property: Description("The municipality's name.")] string MunicipalityName,
    [property: Description("When the report was made (UTC).")] DateTimeOffset AsOf,
    [property: Description("The figures at a glance.")] WorkshopReportSummary Summary,
    [property: Description("Every participant, pending newcomers included and marked.")]
        IReadOnlyList<ReportParticipantDto> Participants,
    [property: Description("Participants counted by the domain they are drawn in.")]
        IReadOnlyList<ParticipationCountDto> ByDomain,
    [property: Description("Participants counted by organisation.")]
        IReadOnlyList<ParticipationCountDto> ByOrganisation,
    [property: Description("Dilemmas, solutions and trust needs by learning aim, then theme.")]
        IReadOnlyList<AimOutcomesDto> Outcomes,
    [property: Description("The anonymous evaluations, summed up.")] EvaluationSummaryDto Evaluations,
    [property: Description("The network before and after the workshop, newcomers included.")]
        WorkshopNetworkReport Network,
    [property: Description("Recommendations drawn from the outcomes and the network data, each with its evidence.")]
        IReadOnlyList<WorkshopRecommendation> Recommendations,
    [property: Description("The agreements, as follow-up actions with owners and due dates.")]
        IReadOnlyList<AgreementDto> FollowUp
);

[Description("A workshop report's figures at a glance.")]
public sealed record WorkshopReportSummary(
    [property: Description("Registered participants.")] int Registered,
    [property: Description("Participants marked present.")] int Attended,
    [property: Description("Participants who have not yet accepted being listed.")] int PendingNewcomers,
    [property: Description("Confirmed trust relationships with this workshop as provenance.")] int TrustFromWorkshop,
    [property: Description("Participants without confirmed trust the day before.")] int WithoutTrustBefore,
    [property: Description("Participants without confirmed trust now, newcomers included.")] int WithoutTrustAfter,
    [property: Description("Dilemmas and questions recorded.")] int Dilemmas,
    [property: Description("Solutions recorded.")] int Solutions,
    [property: Description("Trust needs recorded.")] int TrustNeeds,
    [property: Description("Agreements still open.")] int OpenActions,
    [property: Description("Open agreements past their due date.")] int OverdueActions,
    [property: Description("Evaluations recorded.")] int Evaluations
);

[Description("A participant as the report shows them.")]
public sealed record ReportParticipantDto(
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional.")] Guid ProfessionalId,
    [property: Description("Their name.")] string Name,
    [property: Description("The domain they are drawn in, if any.")] string? Domain,
    [property: Description("The organisations they work for today.")] IReadOnlyList<string> Organisations,
    [property: Description("Whether they were marked present.")] bool Attended,
    [property: Description("A newcomer who has not yet accepted being listed.")] bool Pending
);

[Description("How many participants share a domain or organisation.")]
public sealed record ParticipationCountDto(
    [property: Description("Domain id, or organisation id.")] string Key,
    [property: Description("Its name.")] string Name,
    [property: Description("Participants.")] int Participants,
    [property: Description("Of whom pending newcomers.")] int Pending
);

[Description("The outcomes recorded under one learning aim.")]
public sealed record AimOutcomesDto(
    [property: Description("The learning aim.")] LearningAim Aim,
    [property: Description("Its mean evaluation score, if any.")] double? Score,
    [property: Description("The items by theme (items without theme last, under an empty theme).")]
        IReadOnlyList<ThemeOutcomesDto> Themes
);

[Description("The outcome items of one theme.")]
public sealed record ThemeOutcomesDto(
    [property: Description("The theme tag; empty for items without one.")] string Theme,
    [property: Description("The items.")] IReadOnlyList<OutcomeItemDto> Items
);
