using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Relay;
using Network.Application.Covenants;

namespace Network.Api.GraphQL.Covenants;

/// <summary><c>covenants</c> (filters of GET /api/v1/covenants).</summary>
public sealed class CovenantQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.ConnectionField<CovenantType>("covenants", "The information-sharing agreements of your municipalities, by title.")
            .Argument<StringGraphType>("municipality", "Only those covering this municipality (CBS code).")
            .Argument<IdGraphType>("organisation", "Only those this organisation signed (global id).")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<CovenantService>().ListAsync(
                new CovenantFilter(ctx.GetArgument<string?>("municipality"), ctx.OptionalIdArgument("Organisation", "organisation")), page, ct)));
}

/// <summary>Recording and replacing covenants.</summary>
public sealed class CovenantMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<CovenantType>("createCovenant").Description("Records a covenant (coordinators of all its municipalities, admins).")
            .Argument<NonNullGraphType<CovenantInputType>>("input", "The covenant.")
            .ResolveAsync(async ctx => await ctx.Service<CovenantService>().CreateAsync(ctx.GetArgument<CovenantInput>("input"), ctx.CancellationToken));
        mutation.Field<CovenantType>("updateCovenant").Description("Replaces a covenant's details. PRECONDITION_FAILED when expectedVersion is not the current version.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The covenant's global id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version you read (REST: If-Match).")
            .Argument<NonNullGraphType<CovenantInputType>>("input", "All of the covenant's details.")
            .ResolveAsync(async ctx => await ctx.Service<CovenantService>().UpdateAsync(ctx.IdArgument(CovenantType.TypeName),
                ctx.GetArgument<CovenantInput>("input"), ctx.GetArgument<int>("expectedVersion"), ctx.CancellationToken));
    }
}

public sealed class CovenantNodes : INodeSource
{
    public string TypeName => CovenantType.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.Load(Batches.Covenants, localId).Then(c => (object?)c);
}
