using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.EscalationRoutes;

namespace Network.Api.GraphQL.EscalationRoutes;

/// <summary><c>routes</c> (filters of GET /api/v1/routes) and route nodes.</summary>
public sealed class RouteQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.ConnectionField<RouteType>("routes", "The escalation ladders of your municipalities, by municipality and concern type.")
            .Argument<StringGraphType>("municipality", "Only this municipality (CBS code).")
            .Argument<StringGraphType>("concernType", "Only this concern type (id).")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<RouteService>().ListAsync(
                new RouteFilter(ctx.GetArgument<string?>("municipality"), ctx.GetArgument<string?>("concernType")), page, ct)));
}

/// <summary>Creating and replacing ladders (coordinators of the municipality, admins).</summary>
public sealed class RouteMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<RouteType>("createRoute").Description("Creates the ladder for a concern type in a municipality (its coordinators, admins).")
            .Argument<NonNullGraphType<RouteCreateInputType>>("input", "The new ladder.")
            .ResolveAsync(async ctx => await ctx.Service<RouteService>().CreateAsync(ctx.GetArgument<RouteCreateInput>("input"), ctx.CancellationToken));
        mutation.Field<RouteType>("updateRoute").Description("Replaces a ladder's steps. PRECONDITION_FAILED when expectedVersion is not the current version.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The route's global id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version you read (REST: If-Match).")
            .Argument<NonNullGraphType<RouteUpdateInputType>>("input", "The new steps.")
            .ResolveAsync(async ctx => await ctx.Service<RouteService>().UpdateAsync(ctx.IdArgument(RouteType.TypeName),
                ctx.GetArgument<RouteUpdateInput>("input"), ctx.GetArgument<int>("expectedVersion"), ctx.CancellationToken));
    }
}

public sealed class RouteNodes : INodeSource
{
    public string TypeName => RouteType.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.Load(Batches.Routes, localId).Then(r => (object?)r);
}
