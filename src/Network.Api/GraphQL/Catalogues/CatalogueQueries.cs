using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Relay;
using Network.Application.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>The catalogues (as GET /api/v1/municipalities, /domains, /professions, /concern-types).</summary>
public sealed class CatalogueQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<MunicipalityType>("municipalities", "The municipalities you belong to (administrators: all), by code.")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<MunicipalityService>().ListAsync(page, ct)));
        query.ConnectionField<DomainType>("domains", "The domains catalogue, by id.")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<DomainService>().ListAsync(page, ct)));
        query.ConnectionField<ProfessionType>("professions", "The professions catalogue with confidentiality regimes, by id.")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<ProfessionService>().ListAsync(page, ct)));
        query.ConnectionField<ConcernTypeType>("concernTypes", "The concern types catalogue, by id.")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<ConcernTypeService>().ListAsync(page, ct)));

        query.Field<MunicipalityType>("municipality").Description("One municipality you belong to, by CBS code; others give null and NOT_FOUND.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "CBS code, e.g. GM9901.")
            .ResolveAsync(async ctx => await ctx.Service<MunicipalityService>().GetAsync(ctx.GetArgument<string>("code"), ctx.CancellationToken));
        query.Field<DomainType>("domain").Description("One domain by id.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "Domain id, e.g. youth.")
            .ResolveAsync(async ctx => await ctx.Service<DomainService>().GetAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));
        query.Field<ProfessionType>("profession").Description("One profession by id.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "Profession id, e.g. youth-doctor.")
            .ResolveAsync(async ctx => await ctx.Service<ProfessionService>().GetAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));
        query.Field<ConcernTypeType>("concernType").Description("One concern type by id.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "Concern type id, e.g. radicalisation.")
            .ResolveAsync(async ctx => await ctx.Service<ConcernTypeService>().GetAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken));
    }
}
