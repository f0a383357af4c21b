using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Common;
using Network.Application.Workshops;

namespace Network.Api.GraphQL.Workshops;

/// <summary>A workshop (werkatelier) with its participants and, for coordinators, the open trust proposals.</summary>
public sealed class WorkshopType : NodeType<WorkshopDto>
{
    public WorkshopType()
        : base(Batches.Workshops, w => w.Participants)
    {
        Field<NonNullGraphType<IntGraphType>>("participantCount")
            .Description("How many participants are registered (REST: participants).")
            .Resolve(ctx => ctx.Source.Participants);
        Field<ListGraphType<NonNullGraphType<WorkshopParticipantType>>>("participants")
            .Description(
                "The participants you may see (coordinators of its municipality, and participants themselves, who see the listed "
                    + "others); null for anyone else. Batch-loaded for all workshops of a page at once."
            )
            .Resolve(ctx => ctx.Load(Batches.ParticipantsOfWorkshops, ctx.Source.Id));
        Field<ListGraphType<NonNullGraphType<GraphQLClrOutputTypeReference<PendingTrustDto>>>>("pendingTrust")
            .Description(
                "Participants with trust proposals still open among the participants, most waiting first; null unless you coordinate its municipality."
            )
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
    }
}

/// <summary>One participant of a workshop, with their directory entry.</summary>
public sealed class WorkshopParticipantType : NetworkObjectType<WorkshopParticipantDto>
{
    public WorkshopParticipantType() =>
        Field<ProfessionalType>("professional")
            .Description("The professional's directory entry, when you may see it; batch-loaded.")
            .Resolve(ctx => ctx.Load(Batches.Professionals, ctx.Source.ProfessionalId));
}

/// <summary>The schema's name for a new workshop.</summary>
public sealed class WorkshopCreateInputType : NetworkInputType<NewWorkshopInput>
{
    public WorkshopCreateInputType() => Name = "WorkshopCreateInput";
}
