using System.ComponentModel;

namespace Network.Domain.Workshops;

/// <summary>The four learning aims of the werkatelier; every outcome is recorded under one.</summary>
[Description("One of the workshop's four learning aims.")]
public enum LearningAim
{
    [Description("What participants need to notice signals (signaleren).")]
    Signalling,

    [Description("What they need to reach a professional judgement (professioneel oordeel).")]
    ProfessionalJudgement,

    [Description("Weighing whether to break professional secrecy (beroepsgeheim doorbreken).")]
    WeighingSecrecy,

    [Description("The legal frameworks for them and their chain partners (juridische kaders).")]
    LegalFrameworks,
}

[Description("What kind of outcome an item is.")]
public enum OutcomeItemKind
{
    [Description("A dilemma or question participants struggle with.")]
    Dilemma,

    [Description("A solution participants see.")]
    Solution,

    [Description("What participants said trust between them needs.")]
    TrustNeed,
}

[Description("Where a follow-up action stands.")]
public enum AgreementStatus
{
    [Description("Still to do.")]
    Open,

    [Description("Done.")]
    Done,

    [Description("Dropped: no longer pursued.")]
    Dropped,
}

/// <summary>
/// A dilemma, solution or trust need from a workshop: about how professionals work, never about a case (the free-text
/// guard refuses what looks like case data). Tagged by a theme and by the domains that raised it.
/// </summary>
public sealed class WorkshopOutcomeItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkshopId { get; init; }
    public OutcomeItemKind Kind { get; set; }
    public LearningAim Aim { get; set; }
    public required string Text { get; set; }
    public string? Theme { get; set; }
    public List<string> Domains { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An agreement between organisations made at the workshop, followed up as an action with an owner.</summary>
public sealed class WorkshopAgreement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkshopId { get; init; }
    public LearningAim? Aim { get; set; }
    public required string Text { get; set; }
    public List<Guid> OrganisationIds { get; set; } = [];
    public Guid OwnerProfessionalId { get; set; }
    public DateOnly? DueOn { get; set; }
    public AgreementStatus Status { get; set; } = AgreementStatus.Open;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Open past its due date.</summary>
    public bool IsOverdueOn(DateOnly today) => Status == AgreementStatus.Open && DueOn < today;
}

/// <summary>
/// One participant's evaluation, anonymous: it names no one, and keeps only the day it was recorded (a time could
/// be matched with who submitted when). Scores 1 (not at all) to 5 (fully) per learning aim; any may be left out.
/// </summary>
public sealed class WorkshopEvaluation
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkshopId { get; init; }
    public int? Signalling { get; init; }
    public int? ProfessionalJudgement { get; init; }
    public int? WeighingSecrecy { get; init; }
    public int? LegalFrameworks { get; init; }
    public string? Comment { get; init; }
    public DateOnly RecordedOn { get; init; }

    public int? ScoreFor(LearningAim aim) =>
        aim switch
        {
            LearningAim.Signalling => Signalling,
            LearningAim.ProfessionalJudgement => ProfessionalJudgement,
            LearningAim.WeighingSecrecy => WeighingSecrecy,
            _ => LegalFrameworks,
        };
}

/// <summary>A professional (a facilitator with an account) granted write access to one workshop's outcomes.</summary>
public sealed class WorkshopOutcomeEditor
{
    public Guid WorkshopId { get; init; }
    public Guid ProfessionalId { get; init; }
}
