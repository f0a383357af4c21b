using Network.Api.GraphQL.Audit;
using Network.Api.GraphQL.Catalogues;
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
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<IQueryFields, ViewerQueries>();

        services.AddSingleton<IQueryFields, OrganisationQueries>();
        services.AddSingleton<IMutationFields, OrganisationMutations>();
        services.AddSingleton<INodeSource, OrganisationNodes>();
        services.AddScoped<OrganisationLoader>();

        services.AddSingleton<IQueryFields, CatalogueQueries>();
        services.AddSingleton<IMutationFields, CatalogueMutations>();

        services.AddSingleton<IQueryFields, ProfessionalQueries>();
        services.AddSingleton<IMutationFields, ProfessionalMutations>();
        services.AddSingleton<INodeSource, ProfessionalNodes>();
        services.AddScoped<ProfessionalLoader>();
        services.AddScoped<OrganisationMembersLoader>();

        services.AddSingleton<IQueryFields, TrustQueries>();
        services.AddSingleton<IMutationFields, TrustMutations>();
        services.AddSingleton<INodeSource, TrustNodes>();
        services.AddScoped<TrustLoader>();
        services.AddScoped<ProfessionalTrustLoader>();

        services.AddSingleton<IQueryFields, MeQueries>();
        services.AddSingleton<IMutationFields, MeMutations>();

        services.AddSingleton<IQueryFields, RouteQueries>();
        services.AddSingleton<IMutationFields, RouteMutations>();
        services.AddSingleton<INodeSource, RouteNodes>();
        services.AddScoped<RouteLoader>();

        services.AddSingleton<IQueryFields, CovenantQueries>();
        services.AddSingleton<IMutationFields, CovenantMutations>();
        services.AddSingleton<INodeSource, CovenantNodes>();
        services.AddScoped<CovenantLoader>();

        services.AddSingleton<IQueryFields, AuditQueriesFields>();

        services.AddSingleton<IQueryFields, WorkshopQueries>();
        services.AddSingleton<IMutationFields, WorkshopMutations>();
        services.AddSingleton<INodeSource, WorkshopNodes>();
        services.AddScoped<WorkshopLoader>();
        services.AddScoped<WorkshopParticipantsLoader>();

        services.AddSingleton<IQueryFields, ReportQueries>();

        services.AddSingleton<IQueryFields, LookupQueries>();

        return services;
    }
}
