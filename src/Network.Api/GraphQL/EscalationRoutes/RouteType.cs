using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.EscalationRoutes;
using Network.Domain.EscalationRoutes;

using Network.Api.GraphQL.Loading;

namespace Network.Api.GraphQL.EscalationRoutes;

/// <summary>The escalation ladder for one concern type in one municipality.</summary>
public sealed class RouteType : ObjectGraphType<RouteDto>
{
    public const string TypeName = "Route";

    public RouteType()
    {
        Name = TypeName;
        Description = "The escalation ladder (aanspreekpunten) for one concern type in one municipality; steps in order.";
        this.GlobalIdField(TypeName, r => r.Id);
        Field(r => r.Municipality).Description("CBS code of the municipality.");
        Field(r => r.ConcernType).Description("Id of the concern type.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteStepType>>>>("steps").Description("The rungs, first to last.").Resolve(ctx => ctx.Source.Steps);
        Field(r => r.Version).Description("Changes with every update; pass it as expectedVersion (REST: the ETag).");
        Field(r => r.UpdatedAt).Description("When the ladder last changed (UTC).");
    }
}

/// <summary>One rung of a ladder.</summary>
public sealed class RouteStepType : ObjectGraphType<RouteStepDto>
{
    public RouteStepType()
    {
        Name = "RouteStep";
        Description = "One rung: a professional, an organisation, a national line or emergency; names only when you may see them.";
        Field(s => s.Order).Description("Position in the ladder, from 1.");
        Field<NonNullGraphType<RouteStepKindType>>("kind").Description("What kind of contact the rung is.").Resolve(ctx => ctx.Source.Kind);
        Field<IdGraphType>("professionalId").Description("Global id of the professional, for professional rungs.")
            .Resolve(ctx => ctx.Source.ProfessionalId is { } id ? GlobalId.Encode(ProfessionalType.TypeName, id) : null);
        Field(s => s.ProfessionalName, nullable: true).Description("The professional's name, when you may see them.");
        Field<ProfessionalType>("professional").Description("The professional's entry, when you may see it; batch-loaded.")
            .Resolve(ctx => ctx.Source.ProfessionalId is { } id ? ctx.Load(Batches.Professionals, id) : null);
        Field<IdGraphType>("organisationId").Description("Global id of the organisation, for organisation rungs.")
            .Resolve(ctx => ctx.Source.OrganisationId is { } id ? GlobalId.Encode("Organisation", id) : null);
        Field(s => s.OrganisationName, nullable: true).Description("The organisation's name, when you may see it.");
        Field<OrganisationType>("organisation").Description("The organisation, when you may see it; batch-loaded.")
            .Resolve(ctx => ctx.Source.OrganisationId is { } id ? ctx.Load(Batches.Organisations, id) : null);
        Field(s => s.LineName, nullable: true).Description("Name of a national line, e.g. Landelijk Steunpunt Extremisme.");
        Field(s => s.LinePhone, nullable: true).Description("Phone number of that line.");
        Field(s => s.OffersAnonymousConsultation).Description("Whether this rung offers anonymous consultation.");
        Field<NonNullGraphType<MethodStepType>>("methodStep").Description("Which step of the method this rung fits.").Resolve(ctx => ctx.Source.MethodStep);
        Field(s => s.Note, nullable: true).Description("A coordinator's note.");
    }
}

public sealed class RouteStepKindType() : DescribedEnumType<RouteStepKind>(
    "RouteStepKind", "What kind of contact a rung is.",
    (RouteStepKind.OwnDesignatedOfficer, "The asker's own organisation's designated officer, resolved at lookup time."),
    (RouteStepKind.Professional, "A named professional."),
    (RouteStepKind.Organisation, "An organisation (its public contact points)."),
    (RouteStepKind.NationalLine, "A national advice line."),
    (RouteStepKind.Emergency, "Emergency: police 112."));

public sealed class MethodStepType() : DescribedEnumType<MethodStep>(
    "MethodStep", "The steps of the method 'informatie delen bij mogelijke radicalisering'.",
    (MethodStep.AnonymousConsultation, "Consult without identifying details; allowed with anyone."),
    (MethodStep.SharingPersonalData, "Share personal data; needs a legal ground."),
    (MethodStep.Emergency, "Acute danger."));
