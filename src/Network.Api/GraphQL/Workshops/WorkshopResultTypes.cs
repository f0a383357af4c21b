using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.Trust;
using Network.Application.Workshops;
using Network.Application.Workshops.Import;

namespace Network.Api.GraphQL.Workshops;

/// <summary>What adding a participant did, and the list after it.</summary>
public sealed record AddParticipantPayload(bool Added, IReadOnlyList<WorkshopParticipantDto> Participants);

public sealed class AddParticipantPayloadType : ObjectGraphType<AddParticipantPayload>
{
    public AddParticipantPayloadType()
    {
        Name = "AddWorkshopParticipantPayload";
        Description = "The outcome of adding a participant.";
        Field(p => p.Added).Description("True when added; false when they already were a participant (REST: 201 or 200).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkshopParticipantType>>>>("participants").Description("The participants after the change.").Resolve(ctx => ctx.Source.Participants);
    }
}

public sealed class WorkshopTrustResultType : ObjectGraphType<WorkshopTrustResult>
{
    public WorkshopTrustResultType()
    {
        Name = "WorkshopTrustResult";
        Description = "What a participant's bulk trust request did, one item per professional asked for.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkshopTrustOutcomeType>>>>("items").Description("One outcome per professional, in request order.").Resolve(ctx => ctx.Source.Items);
    }
}

public sealed class WorkshopTrustOutcomeType : ObjectGraphType<WorkshopTrustOutcome>
{
    public WorkshopTrustOutcomeType()
    {
        Name = "WorkshopTrustOutcome";
        Description = "The outcome of proposing or confirming trust with one other participant.";
        Field<NonNullGraphType<IdGraphType>>("professionalId").Description("Global id of the other participant.")
            .Resolve(ctx => GlobalId.Encode(ProfessionalType.TypeName, ctx.Source.ProfessionalId));
        Field(o => o.Name).Description("The other participant's name.");
        Field<NonNullGraphType<TrustOutcomeType>>("outcome").Description("What happened.").Resolve(ctx => ctx.Source.Outcome);
        Field<NonNullGraphType<IdGraphType>>("trustRelationshipId").Description("Global id of the trust relationship.")
            .Resolve(ctx => GlobalId.Encode(TrustRelationshipType.TypeName, ctx.Source.TrustRelationshipId));
        Field<IdGraphType>("workshopId").Description("Global id of the workshop the trust records as provenance, if any.")
            .Resolve(ctx => ctx.Source.WorkshopId is { } id ? GlobalId.Encode(WorkshopType.TypeName, id) : null);
    }
}

public sealed class TrustOutcomeType() : DescribedEnumType<TrustOutcome>(
    "WorkshopTrustOutcomeKind", "What a bulk trust request did for one pair.",
    (TrustOutcome.Confirmed, "The other had proposed; this request confirmed it."),
    (TrustOutcome.Proposed, "A new proposal with this workshop as provenance; the other confirms it."),
    (TrustOutcome.AlreadyProposed, "You had already proposed; still waiting for the other."),
    (TrustOutcome.Reconfirmed, "Trust had expired; this request reconfirmed it."),
    (TrustOutcome.AlreadyConfirmed, "Confirmed, unexpired trust already existed; nothing changed."));

public sealed class AttendanceImportResultType : ObjectGraphType<AttendanceImportResult>
{
    public AttendanceImportResultType()
    {
        Name = "AttendanceImportResult";
        Description = "What an attendance-list import did (or, in a dry run, would do).";
        Field(r => r.DryRun).Description("True when nothing was saved.");
        Field(r => r.Rows).Description("Data rows in the file.");
        Field(r => r.Matched).Description("Lines matched to an existing professional and added.");
        Field(r => r.Created).Description("Lines that created a pending professional and added them.");
        Field(r => r.AlreadyParticipants).Description("Lines naming someone who already was a participant.");
        Field(r => r.SeatsFree).Description("Seats still free afterwards.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceLineOutcomeType>>>>("lines").Description("One outcome per line.").Resolve(ctx => ctx.Source.Lines);
    }
}

public sealed class AttendanceLineOutcomeType : ObjectGraphType<AttendanceLineOutcome>
{
    public AttendanceLineOutcomeType()
    {
        Name = "AttendanceLineOutcome";
        Description = "What happened to one line of the attendance list.";
        Field(l => l.Line).Description("Line number in the file (the header is line 1).");
        Field(l => l.Name).Description("The participant's name.");
        Field<NonNullGraphType<ImportOutcomeType>>("outcome").Description("What happened.").Resolve(ctx => ctx.Source.Outcome);
        Field<IdGraphType>("professionalId").Description("Global id of the professional; null for people a dry run would create.")
            .Resolve(ctx => ctx.Source.ProfessionalId is { } id ? GlobalId.Encode(ProfessionalType.TypeName, id) : null);
        Field<NonNullGraphType<ListingStatusType>>("listingStatus").Description("Their listing status.").Resolve(ctx => ctx.Source.ListingStatus);
    }
}

public sealed class ImportOutcomeType() : DescribedEnumType<ImportOutcome>(
    "AttendanceImportOutcome", "What happened to one line of an attendance list.",
    (ImportOutcome.Matched, "An existing professional (by work e-mail, else exact name) added as participant."),
    (ImportOutcome.Created, "A new professional, pending until they accept being listed, added as participant."),
    (ImportOutcome.AlreadyParticipant, "Already a participant: nothing changed."));
