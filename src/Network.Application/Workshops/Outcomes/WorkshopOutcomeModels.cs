using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Application.Common;
using Network.Application.Organisations;
using Network.Application.Professionals;
using Network.Domain.Workshops;

namespace Network.Application.Workshops.Outcomes;

[Description(
    "What came out of a workshop, by its learning aims: dilemmas, solutions, trust needs, agreements, evaluations."
)]
public sealed record WorkshopOutcomesDto(
    [property: References(typeof(WorkshopDto)), Description("Global id of the workshop.")] Guid WorkshopId,
    [property: Description("Dilemmas and questions, solutions, and what trust needs, in the order recorded.")]
        IReadOnlyList<OutcomeItemDto> Items,
    [property: Description("Agreements between organisations, followed up as actions with an owner.")]
        IReadOnlyList<AgreementDto> Agreements,
    [property: Description("The anonymous evaluations, summed up per learning aim.")] EvaluationSummaryDto Evaluations,
    [property: Description("Professionals (facilitators) granted to record this workshop's outcomes.")]
        IReadOnlyList<OutcomeEditorDto> Editors
);

[Description("A dilemma, solution or trust need from a workshop (never case data).")]
public sealed record OutcomeItemDto(
    [property: Description("The item's id.")] Guid Id,
    [property: Description("What kind of outcome it is.")] OutcomeItemKind Kind,
    [property: Description("The learning aim it belongs to.")] LearningAim Aim,
    [property: Description("What was said, in the participants' words.")] string Text,
    [property: Description("A short theme tag, lower case (e.g. 'wie bel ik'), or null.")] string? Theme,
    [property: Description("Ids of the domains whose participants raised it.")] IReadOnlyList<string> Domains,
    [property: Description("When it last changed (UTC).")] DateTimeOffset UpdatedAt
);

[Description("An agreement between organisations made at a workshop, followed up as an action.")]
public sealed record AgreementDto(
    [property: Description("The agreement's id.")] Guid Id,
    [property: Description("The learning aim it belongs to, if any.")] LearningAim? Aim,
    [property: Description("What was agreed (who calls whom, about what kind of concern).")] string Text,
    [property: Description("The organisations that agreed.")] IReadOnlyList<AgreementOrganisationDto> Organisations,
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional who follows it up.")]
        Guid OwnerProfessionalId,
    [property: Description("The owner's name.")] string OwnerName,
    [property: Description("When it should be done, if agreed.")] DateOnly? DueOn,
    [property: Description("Where it stands.")] AgreementStatus Status,
    [property: Description("Open and past its due date.")] bool Overdue,
    [property: Description("When it last changed (UTC).")] DateTimeOffset UpdatedAt
);

[Description("An organisation party to an agreement.")]
public sealed record AgreementOrganisationDto(
    [property: References(typeof(OrganisationDto)), Description("Global id of the organisation.")] Guid OrganisationId,
    [property: Description("Its name.")] string Name
);

[Description("The anonymous evaluations of a workshop, summed up.")]
public sealed record EvaluationSummaryDto(
    [property: Description("How many evaluations were recorded.")] int Count,
    [property: Description("How many participants attended (to read the response rate against).")] int Attended,
    [property: Description("Scores per learning aim.")] IReadOnlyList<AimScoreDto> Aims,
    [property: Description("The comments given, in no particular order (anonymous).")] IReadOnlyList<string> Comments
);

[Description("The evaluation scores for one learning aim (1 = not at all, 5 = fully).")]
public sealed record AimScoreDto(
    [property: Description("The learning aim.")] LearningAim Aim,
    [property: Description("How many evaluations scored it.")] int Answers,
    [property: Description("The mean score, one decimal; null without answers.")] double? Average,
    [property: Description("How many gave 1, 2, 3, 4 and 5.")] IReadOnlyList<int> Distribution
);

[Description("A professional granted to record a workshop's outcomes.")]
public sealed record OutcomeEditorDto(
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional.")] Guid ProfessionalId,
    [property: Description("Their name.")] string Name
);

[Description("A dilemma, solution or trust need to record. Never case data: no names, dates of birth or case details.")]
public sealed record OutcomeItemInput(
    [property: Required, Description("What kind of outcome it is.")] OutcomeItemKind? Kind,
    [property: Required, Description("The learning aim it belongs to.")] LearningAim? Aim,
    [property: Required, Length(1, OutcomeLimits.MaxText), Description(OutcomeLimits.TextHelp)] string? Text,
    [property: MaxLength(OutcomeLimits.MaxTheme), Description(OutcomeLimits.ThemeHelp)] string? Theme,
    [property: MaxLength(OutcomeLimits.MaxDomains), Description(OutcomeLimits.DomainsHelp)]
        IReadOnlyList<string>? Domains
);

[Description("An agreement between organisations to record or replace.")]
public sealed record AgreementInput(
    [property: Description("The learning aim it belongs to, if any.")] LearningAim? Aim,
    [property: Required, Length(1, OutcomeLimits.MaxText), Description(OutcomeLimits.TextHelp)] string? Text,
    [property:
        Required,
        Length(1, OutcomeLimits.MaxOrganisations),
        References(typeof(OrganisationDto)),
        Description("Global ids of the organisations that agreed (1 to 6, serving the workshop's municipality).")
    ]
        IReadOnlyList<Guid>? OrganisationIds,
    [property:
        Required,
        References(typeof(ProfessionalDto)),
        Description("Global id of the professional of the municipality who follows it up.")
    ]
        Guid? OwnerProfessionalId,
    [property: Description("When it should be done.")] DateOnly? DueOn,
    [property: Description("Where it stands (default open).")] AgreementStatus? Status
);

[Description("One participant's anonymous evaluation: a score 1 to 5 per learning aim (any may be left out).")]
public sealed record EvaluationInput(
    [property:
        Range(WorkshopEvaluation.MinScore, WorkshopEvaluation.MaxScore),
        Description("Signalling: 1 (not at all) to 5 (fully).")
    ]
        int? Signalling,
    [property:
        Range(WorkshopEvaluation.MinScore, WorkshopEvaluation.MaxScore),
        Description("Reaching a professional judgement: 1 to 5.")
    ]
        int? ProfessionalJudgement,
    [property:
        Range(WorkshopEvaluation.MinScore, WorkshopEvaluation.MaxScore),
        Description("Weighing whether to break professional secrecy: 1 to 5.")
    ]
        int? WeighingSecrecy,
    [property:
        Range(WorkshopEvaluation.MinScore, WorkshopEvaluation.MaxScore),
        Description("The legal frameworks: 1 to 5.")
    ]
        int? LegalFrameworks,
    [property:
        MaxLength(OutcomeLimits.MaxText),
        Description("An optional comment (at most 1000 characters, never case data).")
    ]
        string? Comment
);

[Description("Who besides the coordinators may record a workshop's outcomes.")]
public sealed record OutcomeEditorsInput(
    [property:
        MaxLength(OutcomeLimits.MaxEditors),
        References(typeof(ProfessionalDto)),
        Description("Global ids of professionals of the workshop's municipality (at most 5); empty to revoke all.")
    ]
        IReadOnlyList<Guid>? ProfessionalIds
);

[Description("An evaluation was recorded; it carries nothing that ties it to who submitted it.")]
public sealed record EvaluationReceipt(
    [property: Description("Always true.")] bool Recorded,
    [property: Description("Whether it was the participant's own (they cannot submit another).")] bool Own,
    [property: Description("The day it was recorded.")] DateOnly RecordedOn
);

[Description("What an evaluation import did.")]
public sealed record EvaluationImportResult(
    [property: Description("Evaluations added.")] int Imported,
    [property: Description("The evaluations after the import.")] EvaluationSummaryDto Evaluations
);

internal static class OutcomeLimits
{
    public const int MaxText = 1000;
    public const int MaxTheme = 80;
    public const int MaxDomains = 6;
    public const int MaxOrganisations = 6;
    public const int MaxEditors = 5;
    public const int MaxItems = 300;
    public const string TextHelp = "What was said or agreed (at most 1000 characters, never case data).";
    public const string ThemeHelp = "A short theme tag (at most 80 characters), e.g. 'wie bel ik'.";
    public const string DomainsHelp = "Ids of the domains whose participants raised it (at most 6).";
}
