using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Organisations;

namespace Network.Api.GraphQL.Organisations;

/// <summary>The changes REST offers on organisations, with the same rules (they are the application layer's).</summary>
public sealed class OrganisationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<OrganisationType>("createOrganisation")
            .Description("Creates an organisation in municipalities you coordinate (coordinators, admins).")
            .Argument<NonNullGraphType<OrganisationInputType>>("input", "The new organisation's details.")
            .ResolveAsync(async ctx => await Service(ctx).CreateAsync(ctx.GetArgument<OrganisationInput>("input"), ctx.CancellationToken));

        mutation.Field<OrganisationType>("updateOrganisation")
            .Description("Replaces an organisation's details. Fails with PRECONDITION_FAILED when expectedVersion is not the current version.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The organisation's global id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version you read; guards against lost updates (REST: If-Match).")
            .Argument<NonNullGraphType<OrganisationInputType>>("input", "All of the organisation's details.")
            .ResolveAsync(async ctx => await Service(ctx).UpdateAsync(
                Id(ctx), ctx.GetArgument<OrganisationInput>("input"), ctx.GetArgument<int>("expectedVersion"), ctx.CancellationToken));

        mutation.Field<OrganisationType>("deactivateOrganisation")
            .Description("Deactivates an organisation: kept for history, hidden from professionals.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The organisation's global id.")
            .Argument<IntGraphType>("expectedVersion", "When given, the change is refused with PRECONDITION_FAILED unless it is the current version.")
            .ResolveAsync(async ctx => await Service(ctx).SetActiveAsync(Id(ctx), false, ctx.GetArgument<int?>("expectedVersion"), ctx.CancellationToken));

        mutation.Field<OrganisationType>("reactivateOrganisation")
            .Description("Reactivates a deactivated organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The organisation's global id.")
            .Argument<IntGraphType>("expectedVersion", "When given, the change is refused with PRECONDITION_FAILED unless it is the current version.")
            .ResolveAsync(async ctx => await Service(ctx).SetActiveAsync(Id(ctx), true, ctx.GetArgument<int?>("expectedVersion"), ctx.CancellationToken));
    }

    private static OrganisationService Service(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<OrganisationService>();

    private static Guid Id(IResolveFieldContext ctx) =>
        GlobalId.ToGuid(ctx.GetArgument<string>("id"), OrganisationType.TypeName) ?? throw new NotFoundException("organisation");
}
