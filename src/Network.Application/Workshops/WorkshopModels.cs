using Network.Domain.Professionals;

namespace Network.Application.Workshops;

public sealed record WorkshopDto(
    Guid Id,
    string Municipality,
    string Title,
    DateOnly Date,
    string Place,
    IReadOnlyList<string> Facilitators,
    int Seats,
    int Participants,
    int Version,
    DateTimeOffset UpdatedAt);

/// <summary>A new workshop; the municipality is fixed once created.</summary>
public sealed record NewWorkshopInput(
    string? Municipality,
    string? Title,
    DateOnly? Date,
    string? Place,
    IReadOnlyList<string>? Facilitators,
    int? Seats);

/// <summary>A workshop's changeable details (needs If-Match).</summary>
public sealed record WorkshopInput(
    string? Title,
    DateOnly? Date,
    string? Place,
    IReadOnlyList<string>? Facilitators,
    int? Seats);

public sealed record WorkshopFilter(string? Municipality = null);

/// <summary>
/// One participant. <see cref="TrustWithYou"/> is filled for a participating professional: their trust state
/// with this person, so they can see whom they still want to propose or confirm trust with.
/// </summary>
public sealed record WorkshopParticipantDto(
    Guid ProfessionalId,
    string Name,
    string ProfessionId,
    IReadOnlyList<string> Organisations,
    bool Attended,
    ListingStatus ListingStatus,
    ParticipantTrust? TrustWithYou);

public enum ParticipantTrust
{
    None,
    ProposedByYou,
    ProposedToYou,
    Confirmed,
    You,
}

public sealed record AddParticipantInput(Guid? ProfessionalId);

public sealed record AttendanceInput(Guid? ProfessionalId, bool? Attended);

/// <summary>A participant's bulk trust request: propose or confirm trust with each of these other participants.</summary>
public sealed record WorkshopTrustInput(IReadOnlyList<Guid>? ProfessionalIds);

public sealed record WorkshopTrustResult(IReadOnlyList<WorkshopTrustOutcome> Items);

public sealed record WorkshopTrustOutcome(Guid ProfessionalId, string Name, TrustOutcome Outcome, Guid TrustRelationshipId, Guid? WorkshopId);

public enum TrustOutcome
{
    /// <summary>The other had proposed; this request confirmed it.</summary>
    Confirmed,
    /// <summary>A new proposal, with this workshop as provenance; the other confirms it.</summary>
    Proposed,
    /// <summary>You had already proposed; still waiting for the other.</summary>
    AlreadyProposed,
    /// <summary>Trust existed but had expired; this request reconfirmed it for another period.</summary>
    Reconfirmed,
    /// <summary>Confirmed, unexpired trust already exists; nothing changed.</summary>
    AlreadyConfirmed,
}

/// <summary>For coordinators: a participant with trust proposals still open among the workshop's participants.</summary>
public sealed record PendingTrustDto(Guid ProfessionalId, string Name, int AwaitingTheirAnswer, int AwaitingOthers);
