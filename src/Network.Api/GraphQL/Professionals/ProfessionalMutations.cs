using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary>The changes REST offers on professionals (coordinators); self-service is under the my… mutations.</summary>
public sealed class ProfessionalMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<ProfessionalType>("createProfessional")
            .Description("Adds a professional (coordinators, admins); listed once they accept it themselves.")
            .Argument<NonNullGraphType<ProfessionalInputType>>("input", "The new entry.")
            .ResolveAsync(async ctx => await ctx.Service<ProfessionalService>().CreateAsync(ctx.GetArgument<ProfessionalInput>("input"), ctx.CancellationToken));

        mutation.Field<ProfessionalType>("updateProfessional")
            .Description("Replaces a professional's entry (coordinators). PRECONDITION_FAILED when expectedVersion is not the current version.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The professional's global id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version you read (REST: If-Match).")
            .Argument<NonNullGraphType<ProfessionalInputType>>("input", "The whole entry.")
            .ResolveAsync(async ctx => await ctx.Service<ProfessionalService>().UpdateAsync(ctx.IdArgument(ProfessionalType.TypeName),
                ctx.GetArgument<ProfessionalInput>("input"), ctx.GetArgument<int>("expectedVersion"), ctx.CancellationToken));

        mutation.Field<ProfessionalType>("deactivateProfessional")
            .Description("Deactivates a professional (kept for history and trust references).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The professional's global id.")
            .Argument<IntGraphType>("expectedVersion", "When given, refused with PRECONDITION_FAILED unless it is the current version.")
            .ResolveAsync(async ctx => await ctx.Service<ProfessionalService>().SetActiveAsync(ctx.IdArgument(ProfessionalType.TypeName), false,
                ctx.GetArgument<int?>("expectedVersion"), ctx.CancellationToken));

        mutation.Field<ProfessionalType>("reactivateProfessional")
            .Description("Reactivates a deactivated professional.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The professional's global id.")
            .Argument<IntGraphType>("expectedVersion", "When given, refused with PRECONDITION_FAILED unless it is the current version.")
            .ResolveAsync(async ctx => await ctx.Service<ProfessionalService>().SetActiveAsync(ctx.IdArgument(ProfessionalType.TypeName), true,
                ctx.GetArgument<int?>("expectedVersion"), ctx.CancellationToken));
    }
}
