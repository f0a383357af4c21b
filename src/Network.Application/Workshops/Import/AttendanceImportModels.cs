using System.ComponentModel;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Domain.Professionals;

namespace Network.Application.Workshops.Import;

[Description("What an attendance-list import did (or, in a dry run, would do).")]
public sealed record AttendanceImportResult(
    [property: Description("True when nothing was saved.")] bool DryRun,
    [property: Description("Data rows in the file.")] int Rows,
    [property: Description("Lines matched to an existing professional and added.")] int Matched,
    [property: Description("Lines that created a pending professional and added them.")] int Created,
    [property: Description("Lines naming someone who already was a participant.")] int AlreadyParticipants,
    [property: Description("Seats still free afterwards.")] int SeatsFree,
    [property: Description("One outcome per line.")] IReadOnlyList<AttendanceLineOutcome> Lines,
    [property: Description("Participants newly marked as attended (markAttended=true); 0 otherwise.")]
        int MarkedAttended = 0
);

/// <summary>What happened to one line; <see cref="ProfessionalId"/> is absent for people a dry run would create.</summary>
[Description("What happened to one line of the attendance list.")]
public sealed record AttendanceLineOutcome(
    [property: Description("Line number in the file (the header is line 1).")] int Line,
    [property: Description("The participant's name.")] string Name,
    [property: Description("What happened.")] ImportOutcome Outcome,
    [property:
        References(typeof(ProfessionalDto)),
        Description("Global id of the professional; null for people a dry run would create.")
    ]
        Guid? ProfessionalId,
    [property: Description("Their listing status.")] ListingStatus ListingStatus
);

[Description("What happened to one line of an attendance list.")]
public enum ImportOutcome
{
    [Description("An existing professional (by work e-mail, else exact name) added as participant.")]
    Matched,

    [Description("A new professional, pending until they accept being listed, added as participant.")]
    Created,

    [Description("Already a participant: nothing changed.")]
    AlreadyParticipant,
}
