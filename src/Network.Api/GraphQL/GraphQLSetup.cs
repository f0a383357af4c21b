using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Http;
using Network.Api.GraphQL.Ide;
using Network.Api.GraphQL.Limits;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.TypeFirst;

namespace Network.Api.GraphQL;

/// <summary>The GraphQL door: graphql-dotnet core plus the small pieces this project writes itself.</summary>
public static class GraphQLSetup
{
    public static IServiceCollection AddNetworkGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLSettings>().BindConfiguration(GraphQLSettings.Section);
        services.AddGraphQLFeatures();
        services.AddTransient(typeof(PageConnectionType<>));
        services.AddTransient(typeof(PageEdgeType<>));
        services.AddTransient(typeof(NetworkObjectType<>));
        services.AddTransient(typeof(NetworkInputType<>));
        services.AddTransient(typeof(EnumerationGraphType<>));
        services.AddScoped<BatchLoaders>();

        services.AddGraphQL(b =>
            b.AddSchema<NetworkSchema>()
                .AddGraphTypes(typeof(GraphQLSetup).Assembly)
                // Type-first: a CLR type a graph type in this assembly declares is served by it; any other application
                // record by a NetworkObjectType/NetworkInputType read from the record itself.
                .AddClrTypeMappings(typeof(GraphQLSetup).Assembly)
                .AddGraphTypeMappingProvider(new TypeFirstMappings())
                .ConfigureSchema(schema => schema.RegisterType(new GlobalIdGraphType()))
                .AddSystemTextJson()
                .AddErrorInfoProvider<NetworkErrorInfoProvider>()
                .AddUnhandledExceptionHandler(UnhandledErrors.HandleAsync)
                // Queries run serially: resolvers share the request's DbContext (through the application services),
                // and a DbContext must not be used by two operations at once. Batch loaders keep the query count low
                // regardless, because the strategy still defers every data-loader result to the end of its level.
                .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
                .ConfigureExecution<ExecutionSettings>()
                .ConfigureExecution(sp => sp.GetRequiredService<DocumentCache>())
                // What AddComplexityAnalyzer does, but also for cached documents: the cost depends on the variables (first: $n).
                .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true)
                .AddValidationRule<AuthenticationRule>(useForCachedDocuments: true)
                .AddValidationRule(sp => new AliasLimitRule(
                    sp.GetRequiredService<IOptions<GraphQLSettings>>().Value.MaxAliases
                ))
        );
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<ExecutionDeadlines>();
        services.AddSingleton(sp =>
        {
            var options = new ComplexityOptions();
            ComplexityLimits.Configure(options, sp.GetRequiredService<IOptions<GraphQLSettings>>().Value);
            return options;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapNetworkGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapGraphQLEndpoint();
        app.MapGraphiQL();
        return app;
    }
}
