using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Workshops;

using Network.Api.GraphQL.Loading;

namespace Network.Api.GraphQL.Workshops;

/// <summary>A workshop (werkatelier) with its participants and, for coordinators, the open trust proposals.</summary>
public sealed class WorkshopType : ObjectGraphType<WorkshopDto>
{
    public const string TypeName = "Workshop";

    public WorkshopType()
    {
        Name = TypeName;
        Description = "A workshop (werkatelier) where professionals of one municipality meet and build trust.";
        this.GlobalIdField(TypeName, w => w.Id);
        Field(w => w.Municipality).Description("CBS code of the workshop's municipality.");
        Field(w => w.Title).Description("The workshop's title.");
        Field(w => w.Date).Description("The day it takes (or took) place.");
        Field(w => w.Place).Description("Where it takes place.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("facilitators").Description("The trainers' names.").Resolve(ctx => ctx.Source.Facilitators);
        Field(w => w.Seats).Description("How many participants fit.");
        Field<NonNullGraphType<IntGraphType>>("participantCount").Description("How many participants are registered (REST: participants).").Resolve(ctx => ctx.Source.Participants);
        Field<ListGraphType<NonNullGraphType<WorkshopParticipantType>>>("participants")
            .Description("The participants you may see (coordinators of its municipality, and participants themselves, who see the listed others); null for anyone else. Batch-loaded for all workshops of a page at once.")
            .Resolve(ctx => ctx.Load(Batches.ParticipantsOfWorkshops, ctx.Source.Id));
        Field<ListGraphType<NonNullGraphType<PendingTrustType>>>("pendingTrust")
            .Description("Participants with trust proposals still open among the participants, most waiting first; null unless you coordinate its municipality.")
            .ResolveAsync(async ctx =>
            {
                try
                {
                    return await ctx.Service<WorkshopTrustService>().PendingAsync(ctx.Source.Id, ctx.CancellationToken);
                }
                catch (NotFoundException)
                {
                    return null; // the overview does not exist for this viewer (REST: 404)
                }
            });
        Field(w => w.Version).Description("Changes with every update; pass it as expectedVersion (REST: the ETag).");
        Field(w => w.UpdatedAt).Description("When the workshop last changed (UTC).");
    }
}

/// <summary>One participant of a workshop.</summary>
public sealed class WorkshopParticipantType : ObjectGraphType<WorkshopParticipantDto>
{
    public WorkshopParticipantType()
    {
        Name = "WorkshopParticipant";
        Description = "A participant of a workshop, as far as you may see them in the directory.";
        Field<NonNullGraphType<IdGraphType>>("professionalId").Description("Global id of the professional.")
            .Resolve(ctx => GlobalId.Encode(ProfessionalType.TypeName, ctx.Source.ProfessionalId));
        Field<ProfessionalType>("professional").Description("The professional's directory entry, when you may see it; batch-loaded.")
            .Resolve(ctx => ctx.Load(Batches.Professionals, ctx.Source.ProfessionalId));
        Field(p => p.Name).Description("The participant's name.");
        Field(p => p.ProfessionId).Description("Id of their profession.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("organisations").Description("Names of the organisations they work for today.").Resolve(ctx => ctx.Source.Organisations);
        Field(p => p.Attended).Description("Whether they were marked present.");
        Field<NonNullGraphType<ListingStatusType>>("listingStatus").Description("Whether they accepted being listed.").Resolve(ctx => ctx.Source.ListingStatus);
        Field<ParticipantTrustType>("trustWithYou").Description("For a participating professional: your trust state with this person; null for others.").Resolve(ctx => ctx.Source.TrustWithYou);
    }
}

/// <summary>A participant with open trust proposals (coordinators' overview).</summary>
public sealed class PendingTrustType : ObjectGraphType<PendingTrustDto>
{
    public PendingTrustType()
    {
        Name = "PendingTrust";
        Description = "A participant with trust proposals still open among the workshop's participants.";
        Field<NonNullGraphType<IdGraphType>>("professionalId").Description("Global id of the professional.")
            .Resolve(ctx => GlobalId.Encode(ProfessionalType.TypeName, ctx.Source.ProfessionalId));
        Field(p => p.Name).Description("The participant's name.");
        Field(p => p.AwaitingTheirAnswer).Description("Proposals to them they have not answered yet.");
        Field(p => p.AwaitingOthers).Description("Their proposals others have not answered yet.");
    }
}

public sealed class ParticipantTrustType() : DescribedEnumType<ParticipantTrust>(
    "ParticipantTrust", "A participant's trust state with you.",
    (ParticipantTrust.None, "No trust and no open proposal."),
    (ParticipantTrust.ProposedByYou, "You proposed; waiting for them."),
    (ParticipantTrust.ProposedToYou, "They proposed; waiting for you."),
    (ParticipantTrust.Confirmed, "Confirmed mutual trust."),
    (ParticipantTrust.You, "This is you."));
