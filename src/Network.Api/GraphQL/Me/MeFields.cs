using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.Trust;
using Network.Application.Access;
using Network.Application.Me;
using Network.Application.Trust;
using Network.Domain.Trust;

namespace Network.Api.GraphQL.Me;

/// <summary>Self-service reads (REST /me): your own entry, trust and who saw your restricted contact points.</summary>
public sealed class MeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ProfessionalType>("me").Description("Your own entry with every contact point (professionals).")
            .ResolveAsync(async ctx => await ctx.Service<MeService>().GetAsync(ctx.CancellationToken));
        query.ConnectionField<TrustRelationshipType>("myTrustRelationships", "Your own trust relationships, newest first.")
            .Argument<TrustStatusType>("status", "Only those in this status.")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<TrustService>().ListMineAsync(
                ctx.GetArgument<TrustStatus?>("status"), page, ct)));
        query.ConnectionField<RestrictedReadType>("myRestrictedReads", "Who saw your contact points above network level, newest first.")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<MeService>().RestrictedReadsAsync(page, ct)));
    }
}

/// <summary>Self-service changes (REST /me/...).</summary>
public sealed class MeMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<ProfessionalType>("updateMyProfile").Description("Edits your profile and contact points; also marks your entry verified.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version of your entry you read (REST: If-Match).")
            .Argument<NonNullGraphType<ProfileInputType>>("input", "Your profile.")
            .ResolveAsync(async ctx => await ctx.Service<MeService>().UpdateProfileAsync(ctx.GetArgument<ProfileInput>("input"),
                ctx.GetArgument<int>("expectedVersion"), ctx.CancellationToken));
        mutation.Field<ProfessionalType>("setMyConsent").Description("Gives or withdraws consent to list your optional fields; withdrawal hides them at once.")
            .Argument<NonNullGraphType<BooleanGraphType>>("optionalFields", "True to list languages and about.")
            .ResolveAsync(async ctx => await ctx.Service<MeService>().SetConsentAsync(new ConsentInput(ctx.GetArgument<bool>("optionalFields")), ctx.CancellationToken));
        mutation.Field<ProfessionalType>("setMyListing").Description("Accepts (or withdraws) being listed, choosing your contact points' visibility.")
            .Argument<NonNullGraphType<BooleanGraphType>>("accept", "True to be listed.")
            .Argument<ListGraphType<NonNullGraphType<VisibilityChoiceInputType>>>("contactPointVisibility", "Visibility per contact point.")
            .ResolveAsync(async ctx => await ctx.Service<MeService>().SetListingAsync(new ListingInput(ctx.GetArgument<bool>("accept"),
                ctx.GetArgument<List<VisibilityChoice>?>("contactPointVisibility")), ctx.CancellationToken));
        mutation.Field<ProfessionalType>("verifyMyEntry").Description("Confirms your entry is still correct (resets the last-verified date).")
            .ResolveAsync(async ctx => await ctx.Service<MeService>().VerifyAsync(ctx.CancellationToken));
    }
}
