using Network.Api.GraphQL.Audit;
using Network.Api.GraphQL.Catalogues;
using Network.Api.GraphQL.Changes;
using Network.Api.GraphQL.ContactLookup;
using Network.Api.GraphQL.Covenants;
using Network.Api.GraphQL.EscalationRoutes;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Me;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.Reports;
using Network.Api.GraphQL.Trust;
using Network.Api.GraphQL.Viewers;
using Network.Api.GraphQL.Workshops;

namespace Network.Api.GraphQL;

/// <summary>
/// The schema's table of contents: each feature adds its root fields, mutations, node source and batch
/// loaders here (one block per feature; its graph types are found by assembly scanning).
/// </summary>
public static class GraphQLFeatures
{
    public static IServiceCollection AddGraphQLFeatures(this IServiceCollection services)
    {
        services.AddQueries<NodeQueries>();
        services.AddQueries<ViewerQueries>();

        services.AddQueries<OrganisationQueries>();
        services.AddMutations<OrganisationMutations>();

        services.AddQueries<CatalogueQueries>();
        services.AddMutations<CatalogueMutations>();

        services.AddQueries<ProfessionalQueries>();
        services.AddMutations<ProfessionalMutations>();

        services.AddQueries<TrustQueries>();
        services.AddMutations<TrustMutations>();

        services.AddQueries<MeQueries>();
        services.AddMutations<MeMutations>();

        services.AddQueries<RouteQueries>();
        services.AddMutations<RouteMutations>();

        services.AddQueries<CovenantQueries>();
        services.AddMutations<CovenantMutations>();

        services.AddQueries<AuditEventQueries>();

        services.AddQueries<WorkshopQueries>();
        services.AddMutations<WorkshopMutations>();
        services.AddQueries<WorkshopOutcomeQueries>();
        services.AddMutations<WorkshopOutcomeMutations>();

        services.AddQueries<ReportQueries>();

        services.AddQueries<LookupQueries>();

        services.AddQueries<ChangeQueries>();

        return services;
    }
}
