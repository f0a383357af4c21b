using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Organisations;

namespace Network.Api.GraphQL.Organisations;

/// <summary><c>organisations</c> (same filters as GET /api/v1/organisations) and <c>organisation(id:)</c>.</summary>
public sealed class OrganisationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<OrganisationType>("organisations", "Organisations serving your municipalities, by name.")
            .Argument<StringGraphType>("municipality", "Only those serving this municipality (CBS code, e.g. GM9901).")
            .Argument<StringGraphType>("domain", "Only those working in this domain (domain id).")
            .Argument<StringGraphType>("name", "Only those whose name contains this text.")
            .Argument<BooleanGraphType>("includeInactive", arg =>
            {
                arg.DefaultValue = false;
                arg.Description = "Also deactivated ones (seen only by those who maintain them).";
            })
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.RequestServices!.GetRequiredService<OrganisationService>().ListAsync(
                new OrganisationFilter(
                    ctx.GetArgument<string?>("municipality"),
                    ctx.GetArgument<string?>("domain"),
                    ctx.GetArgument<string?>("name"),
                    ctx.GetArgument<bool>("includeInactive")),
                page, ct)));

        query.Field<OrganisationType>("organisation")
            .Description("One organisation by its global id. Unknown and invisible ids both give null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The organisation's global id.")
            .Resolve(ctx =>
            {
                var id = GlobalId.ToGuid(ctx.GetArgument<string>("id"), OrganisationType.TypeName) ?? throw new NotFoundException("organisation");
                return ctx.RequestServices!.GetRequiredService<OrganisationLoader>().Load(id)
                    .Then(o => o ?? throw new NotFoundException("organisation"));
            });
    }
}
