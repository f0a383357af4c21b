using Network.Domain.Professionals;

namespace Network.Application.Workshops.Import;

public sealed record AttendanceImportResult(
    bool DryRun,
    int Rows,
    int Matched,
    int Created,
    int AlreadyParticipants,
    int SeatsFree,
    IReadOnlyList<AttendanceLineOutcome> Lines);

/// <summary>What happened to one line; <see cref="ProfessionalId"/> is absent for people a dry run would create.</summary>
public sealed record AttendanceLineOutcome(int Line, string Name, ImportOutcome Outcome, Guid? ProfessionalId, ListingStatus ListingStatus);

public enum ImportOutcome
{
    /// <summary>An existing professional (by work e-mail, else by exact name) added as participant.</summary>
    Matched,
    /// <summary>A new professional, pending until they accept being listed, added as participant.</summary>
    Created,
    /// <summary>An existing professional who already was a participant: nothing changed.</summary>
    AlreadyParticipant,
}
