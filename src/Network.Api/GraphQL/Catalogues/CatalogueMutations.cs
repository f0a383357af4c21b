using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Application.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>Catalogue changes: administrators add and edit entries; coordinators edit their municipality's settings.</summary>
public sealed class CatalogueMutations : IMutationFields
{
    private const string VersionHelp = "The version you read; the change is refused with PRECONDITION_FAILED if the entry changed since (REST: If-Match).";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<MunicipalityType>("createMunicipality").Description("Adds a municipality (administrators).")
            .Argument<NonNullGraphType<MunicipalityCreateInputType>>("input", "The new municipality.")
            .ResolveAsync(async ctx => await ctx.Service<MunicipalityService>().CreateAsync(ctx.GetArgument<MunicipalityCreateInput>("input"), ctx.CancellationToken));
        mutation.Field<MunicipalityType>("updateMunicipality").Description("Changes a municipality's settings (its coordinators, administrators).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "CBS code of the municipality.")
            .Argument<NonNullGraphType<StringGraphType>>("expectedVersion", VersionHelp)
            .Argument<NonNullGraphType<MunicipalityUpdateInputType>>("input", "The new settings.")
            .ResolveAsync(async ctx => await ctx.Service<MunicipalityService>().UpdateAsync(ctx.GetArgument<string>("code"),
                ctx.GetArgument<MunicipalityUpdateInput>("input"), ctx.GetArgument<string>("expectedVersion"), ctx.CancellationToken));

        mutation.Field<DomainType>("createDomain").Description("Adds a domain (administrators).")
            .Argument<NonNullGraphType<DomainCreateInputType>>("input", "The new domain.")
            .ResolveAsync(async ctx => await ctx.Service<DomainService>().CreateAsync(ctx.GetArgument<DomainCreateInput>("input"), ctx.CancellationToken));
        mutation.Field<DomainType>("updateDomain").Description("Replaces a domain's names (administrators).")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The domain's id.")
            .Argument<NonNullGraphType<StringGraphType>>("expectedVersion", VersionHelp)
            .Argument<NonNullGraphType<DomainUpdateInputType>>("input", "The new names.")
            .ResolveAsync(async ctx => await ctx.Service<DomainService>().UpdateAsync(ctx.GetArgument<string>("id"),
                ctx.GetArgument<DomainUpdateInput>("input"), ctx.GetArgument<string>("expectedVersion"), ctx.CancellationToken));

        mutation.Field<ProfessionType>("createProfession").Description("Adds a profession (administrators).")
            .Argument<NonNullGraphType<ProfessionCreateInputType>>("input", "The new profession.")
            .ResolveAsync(async ctx => await ctx.Service<ProfessionService>().CreateAsync(ctx.GetArgument<ProfessionCreateInput>("input"), ctx.CancellationToken));
        mutation.Field<ProfessionType>("updateProfession").Description("Replaces a profession's details (administrators).")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The profession's id.")
            .Argument<NonNullGraphType<StringGraphType>>("expectedVersion", VersionHelp)
            .Argument<NonNullGraphType<ProfessionUpdateInputType>>("input", "The new details.")
            .ResolveAsync(async ctx => await ctx.Service<ProfessionService>().UpdateAsync(ctx.GetArgument<string>("id"),
                ctx.GetArgument<ProfessionUpdateInput>("input"), ctx.GetArgument<string>("expectedVersion"), ctx.CancellationToken));

        mutation.Field<ConcernTypeType>("createConcernType").Description("Adds a concern type (administrators).")
            .Argument<NonNullGraphType<ConcernTypeCreateInputType>>("input", "The new concern type.")
            .ResolveAsync(async ctx => await ctx.Service<ConcernTypeService>().CreateAsync(ctx.GetArgument<ConcernTypeCreateInput>("input"), ctx.CancellationToken));
        mutation.Field<ConcernTypeType>("updateConcernType").Description("Replaces a concern type's details (administrators).")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The concern type's id.")
            .Argument<NonNullGraphType<StringGraphType>>("expectedVersion", VersionHelp)
            .Argument<NonNullGraphType<ConcernTypeUpdateInputType>>("input", "The new details.")
            .ResolveAsync(async ctx => await ctx.Service<ConcernTypeService>().UpdateAsync(ctx.GetArgument<string>("id"),
                ctx.GetArgument<ConcernTypeUpdateInput>("input"), ctx.GetArgument<string>("expectedVersion"), ctx.CancellationToken));
    }
}
