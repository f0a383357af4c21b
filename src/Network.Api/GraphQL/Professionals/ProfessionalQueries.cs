using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary><c>professionals</c> (the filters of GET /api/v1/professionals and its name search), <c>professional(id:)</c>, visibility explanations.</summary>
public sealed class ProfessionalQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<ProfessionalType>("professionals", "Professionals in your municipality networks, by family name.")
            .Argument<StringGraphType>("municipality", "Only those serving this municipality (CBS code).")
            .Argument<StringGraphType>("domain", "Only those working in this domain.")
            .Argument<IdGraphType>("organisation", "Only members of this organisation (global id).")
            .Argument<StringGraphType>("profession", "Only this profession (profession id).")
            .Argument<StringGraphType>("expertise", "Only those with this expertise tag.")
            .Argument<StringGraphType>("name", "Part of the name. Names are personal data: send such queries with POST, never in a GET URL.")
            .Argument<BooleanGraphType>("includeInactive", arg =>
            {
                arg.DefaultValue = false;
                arg.Description = "Also deactivated ones (coordinators).";
            })
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<ProfessionalService>().ListAsync(
                new ProfessionalFilter(ctx.GetArgument<string?>("municipality"), ctx.GetArgument<string?>("domain"),
                    ctx.OptionalIdArgument("Organisation", "organisation"), ctx.GetArgument<string?>("profession"),
                    ctx.GetArgument<string?>("expertise"), ctx.GetArgument<string?>("name"), ctx.GetArgument<bool>("includeInactive")),
                page, ct)));

        query.Field<ProfessionalType>("professional")
            .Description("One professional by global id. Unknown and invisible ids both give null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The professional's global id.")
            .Resolve(ctx => ctx.Load(Batches.Professionals, ctx.IdArgument(ProfessionalType.TypeName))
                .Then(p => p ?? throw new NotFoundException("professional")));

        query.Field<VisibilityExplanationType>("contactPointVisibility")
            .Description("Explains, per contact point of a professional, whether you see it and which rule decided.")
            .Argument<NonNullGraphType<IdGraphType>>("professionalId", "The professional's global id.")
            .ResolveAsync(async ctx => await ctx.Service<ProfessionalService>().ExplainVisibilityAsync(
                ctx.IdArgument(ProfessionalType.TypeName, "professionalId"), ctx.CancellationToken));
    }
}
