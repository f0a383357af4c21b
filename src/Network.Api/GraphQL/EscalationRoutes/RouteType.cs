using GraphQL.Types;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.EscalationRoutes;

namespace Network.Api.GraphQL.EscalationRoutes;

/// <summary>The escalation ladder for one concern type in one municipality; fields from <see cref="RouteDto"/>.</summary>
public sealed class RouteType() : NodeType<RouteDto>(Batches.Routes);

/// <summary>One rung of a ladder, with the professional or organisation it names.</summary>
public sealed class RouteStepType : NetworkObjectType<RouteStepDto>
{
    public RouteStepType()
    {
        Field<ProfessionalType>("professional")
            .Description("The professional's entry, when you may see it; batch-loaded.")
            .Resolve(ctx => ctx.Source.ProfessionalId is { } id ? ctx.Load(Batches.Professionals, id) : null);
        Field<OrganisationType>("organisation")
            .Description("The organisation, when you may see it; batch-loaded.")
            .Resolve(ctx => ctx.Source.OrganisationId is { } id ? ctx.Load(Batches.Organisations, id) : null);
    }
}
