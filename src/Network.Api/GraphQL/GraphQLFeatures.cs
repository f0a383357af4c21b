using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.Viewers;

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

        return services;
    }
}
