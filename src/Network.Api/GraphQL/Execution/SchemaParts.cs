using GraphQL.Types;
using Network.Api.GraphQL.TypeFirst;

namespace Network.Api.GraphQL.Execution;

/// <summary>A feature's class whose public static methods are root fields (see <see cref="RootFields{TFields}"/>); registered in <see cref="GraphQLFeatures"/>.</summary>
public sealed record RootFieldsPart(Type Fields, bool IsMutation);

public static class RootFieldsRegistration
{
    public static IServiceCollection AddQueries<TFields>(this IServiceCollection services) =>
        services.AddSingleton(new RootFieldsPart(typeof(TFields), IsMutation: false));

    public static IServiceCollection AddMutations<TFields>(this IServiceCollection services) =>
        services.AddSingleton(new RootFieldsPart(typeof(TFields), IsMutation: true));

    internal static void AddFields(ObjectGraphType root, IEnumerable<RootFieldsPart> parts, bool mutations)
    {
        foreach (var part in parts.Where(p => p.IsMutation == mutations))
        {
            var fields = (IComplexGraphType)
                Activator.CreateInstance(typeof(RootFields<>).MakeGenericType(part.Fields))!;
            foreach (var field in fields.Fields)
                root.AddField(field);
        }
    }
}

/// <summary>The root query type, assembled from every feature's query fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<RootFieldsPart> parts)
    {
        Name = "Query";
        Description =
            "Questions to the chain-partner directory. What you see depends on who you are: the same rules as the REST API.";
        RootFieldsRegistration.AddFields(this, parts, mutations: false);
    }
}

/// <summary>The root mutation type, assembled from every feature's mutations.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<RootFieldsPart> parts)
    {
        Name = "Mutation";
        Description = "Changes to the directory. Who may change what is decided by the same rules as the REST API.";
        RootFieldsRegistration.AddFields(this, parts, mutations: true);
    }
}
