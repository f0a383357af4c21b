using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.Trust;
using Network.Domain.Trust;

namespace Network.Api.GraphQL.Trust;

/// <summary><c>trustRelationships</c> with the filters of GET /api/v1/trust-relationships.</summary>
public sealed class TrustQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.ConnectionField<TrustRelationshipType>("trustRelationships", "Trust relationships you may see: your own; coordinators: their municipalities'. Newest first.")
            .Argument<TrustStatusType>("status", "Only those in this status.")
            .Argument<IdGraphType>("professional", "Only those of this professional (global id).")
            .Argument<StringGraphType>("municipality", "Only those of this municipality (CBS code).")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<TrustService>().ListAsync(
                new TrustFilter(ctx.GetArgument<TrustStatus?>("status"), ctx.OptionalIdArgument(ProfessionalType.TypeName, "professional"),
                    ctx.GetArgument<string?>("municipality")), page, ct)));
}

/// <summary>Proposing and the transitions of trust (professionals only: trust is personal).</summary>
public sealed class TrustMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<TrustRelationshipType>("proposeTrust")
            .Description("Proposes trust to another professional (professionals).")
            .Argument<NonNullGraphType<IdGraphType>>("professionalId", "Global id of the professional you trust.")
            .Argument<IdGraphType>("workshopId", "Global id of the workshop where you met, as provenance.")
            .ResolveAsync(async ctx => await ctx.Service<TrustService>().ProposeAsync(new ProposeTrustInput(
                ctx.IdArgument(ProfessionalType.TypeName, "professionalId"),
                ctx.GetArgument<string?>("workshopId") is null ? null : GlobalId.ToGuid(ctx.GetArgument<string>("workshopId"), "Workshop") ?? Guid.Empty),
                ctx.CancellationToken));

        Transition(mutation, "confirmTrust", "Confirms trust proposed to you.", (s, id, v, ct) => s.ConfirmAsync(id, v, ct));
        Transition(mutation, "revokeTrust", "Revokes trust (either person).", (s, id, v, ct) => s.RevokeAsync(id, v, ct));
        Transition(mutation, "reconfirmTrust", "Reconfirms trust for another validity period (either person).", (s, id, v, ct) => s.ReconfirmAsync(id, v, ct));
    }

    private static void Transition(ObjectGraphType mutation, string name, string description,
        Func<TrustService, Guid, int?, CancellationToken, Task<TrustRelationshipDto>> change) =>
        mutation.Field<TrustRelationshipType>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The trust relationship's global id.")
            .Argument<IntGraphType>("expectedVersion", "When given, refused with PRECONDITION_FAILED unless it is the current version.")
            .ResolveAsync(async ctx => await change(ctx.Service<TrustService>(), ctx.IdArgument(TrustRelationshipType.TypeName),
                ctx.GetArgument<int?>("expectedVersion"), ctx.CancellationToken));
}
