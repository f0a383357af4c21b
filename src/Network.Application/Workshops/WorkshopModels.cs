using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Application.Trust;
using Network.Domain.Professionals;

namespace Network.Application.Workshops;

[Description("A workshop (werkatelier) where professionals of one municipality meet and build trust.")]
public sealed record WorkshopDto(
    Guid Id,
    [property: Description("CBS code of the workshop's municipality.")] string Municipality,
    [property: Description("The workshop's title.")] string Title,
    [property: Description("The day it takes (or took) place.")] DateOnly Date,
    [property: Description("Where it takes place.")] string Place,
    [property: Description("The trainers' names.")] IReadOnlyList<string> Facilitators,
    [property: Description("How many participants fit.")] int Seats,
    [property: Description("How many participants are registered.")] int Participants,
    [property: Description("Changes with every update; pass it as expectedVersion (REST: the ETag).")] int Version,
    [property: Description("When the workshop last changed (UTC).")] DateTimeOffset UpdatedAt
);

/// <summary>A new workshop; the municipality is fixed once created.</summary>
[Description("A new workshop (coordinators of the municipality, admins); the municipality is fixed once created.")]
public sealed record NewWorkshopInput(
    [property: Required, Length(1, Network.Domain.Municipalities.Municipality.CodeLength), Description("CBS code.")]
        string? Municipality,
    [property: Required, Length(1, WorkshopService.MaxTextLength), Description("The title, at most 200 characters.")]
        string? Title,
    [property: Required, Description("The day it takes place.")] DateOnly? Date,
    [property:
        Required,
        Length(1, WorkshopService.MaxTextLength),
        Description("Where it takes place, at most 200 characters.")
    ]
        string? Place,
    [property:
        MaxLength(WorkshopService.MaxFacilitators),
        EachItem(MinLength = 1, MaxLength = WorkshopService.MaxTextLength),
        Description(WorkshopInput.FacilitatorsHelp)
    ]
        IReadOnlyList<string>? Facilitators,
    [property: Range(1, WorkshopService.MaxSeats), Description(WorkshopInput.SeatsHelp)] int? Seats
);

/// <summary>A workshop's changeable details (needs If-Match).</summary>
[Description("All of a workshop's changeable details.")]
public sealed record WorkshopInput(
    [property: Required, Length(1, WorkshopService.MaxTextLength), Description("The title, at most 200 characters.")]
        string? Title,
    [property: Required, Description("The day it takes place.")] DateOnly? Date,
    [property:
        Required,
        Length(1, WorkshopService.MaxTextLength),
        Description("Where it takes place, at most 200 characters.")
    ]
        string? Place,
    [property:
        MaxLength(WorkshopService.MaxFacilitators),
        EachItem(MinLength = 1, MaxLength = WorkshopService.MaxTextLength),
        Description(WorkshopInput.FacilitatorsHelp)
    ]
        IReadOnlyList<string>? Facilitators,
    [property: Range(1, WorkshopService.MaxSeats), Description(WorkshopInput.SeatsHelp)] int? Seats
)
{
    // Attribute arguments must be constants; SchemaLimitsTests keep these numbers equal to WorkshopService's.
    internal const string FacilitatorsHelp = "The trainers' names (at most 10), each at most 200 characters.";
    internal const string SeatsHelp = "How many participants fit, 1 to 40 (default 15).";
}

public sealed record WorkshopFilter(string? Municipality = null);

/// <summary>
/// One participant. <see cref="TrustWithYou"/> is filled for a participating professional: their trust state
/// with this person, so they can see whom they still want to propose or confirm trust with.
/// </summary>
[Description("A participant of a workshop, as far as you may see them in the directory.")]
public sealed record WorkshopParticipantDto(
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional.")] Guid ProfessionalId,
    [property: Description("The participant's name.")] string Name,
    [property: Description("Id of their profession.")] string ProfessionId,
    [property: Description("Names of the organisations they work for today.")] IReadOnlyList<string> Organisations,
    [property: Description("Whether they were marked present.")] bool Attended,
    [property: Description("Whether they accepted being listed.")] ListingStatus ListingStatus,
    [property: Description("For a participating professional: your trust state with this person; null for others.")]
        ParticipantTrust? TrustWithYou
);

[Description("A participant's trust state with you.")]
public enum ParticipantTrust
{
    [Description("No trust and no open proposal.")]
    None,

    [Description("You proposed; waiting for them.")]
    ProposedByYou,

    [Description("They proposed; waiting for you.")]
    ProposedToYou,

    [Description("Confirmed mutual trust.")]
    Confirmed,

    [Description("This is you.")]
    You,
}

public sealed record AddParticipantInput(Guid? ProfessionalId);

[Description("Whether one participant attended.")]
public sealed record AttendanceInput(
    [property: Required, References(typeof(ProfessionalDto)), Description("Global id of the participant.")]
        Guid? ProfessionalId,
    [property: Required, Description("Whether they were present.")] bool? Attended
);

/// <summary>A participant's bulk trust request: propose or confirm trust with each of these other participants.</summary>
public sealed record WorkshopTrustInput(IReadOnlyList<Guid>? ProfessionalIds);

[Description("What a participant's bulk trust request did, one item per professional asked for.")]
public sealed record WorkshopTrustResult(
    [property: Description("One outcome per professional, in request order.")] IReadOnlyList<WorkshopTrustOutcome> Items
);

[Description("The outcome of proposing or confirming trust with one other participant.")]
public sealed record WorkshopTrustOutcome(
    [property: References(typeof(ProfessionalDto)), Description("Global id of the other participant.")]
        Guid ProfessionalId,
    [property: Description("The other participant's name.")] string Name,
    [property: Description("What happened.")] TrustOutcome Outcome,
    [property: References(typeof(TrustRelationshipDto)), Description("Global id of the trust relationship.")]
        Guid TrustRelationshipId,
    [property:
        References(typeof(WorkshopDto)),
        Description("Global id of the workshop the trust records as provenance, if any.")
    ]
        Guid? WorkshopId
);

[Description("What a bulk trust request did for one pair.")]
public enum TrustOutcome
{
    [Description("The other had proposed; this request confirmed it.")]
    Confirmed,

    [Description("A new proposal with this workshop as provenance; the other confirms it.")]
    Proposed,

    [Description("You had already proposed; still waiting for the other.")]
    AlreadyProposed,

    [Description("Trust had expired; this request reconfirmed it.")]
    Reconfirmed,

    [Description("Confirmed, unexpired trust already existed; nothing changed.")]
    AlreadyConfirmed,
}

/// <summary>For coordinators: a participant with trust proposals still open among the workshop's participants.</summary>
[Description("A participant with trust proposals still open among the workshop's participants.")]
public sealed record PendingTrustDto(
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional.")] Guid ProfessionalId,
    [property: Description("The participant's name.")] string Name,
    [property: Description("Proposals to them they have not answered yet.")] int AwaitingTheirAnswer,
    [property: Description("Their proposals others have not answered yet.")] int AwaitingOthers
);
