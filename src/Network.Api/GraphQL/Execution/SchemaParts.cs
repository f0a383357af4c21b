using GraphQL.Types;

namespace Network.Api.GraphQL.Execution;

/// <summary>A feature's root query fields (e.g. <c>organisations</c>, <c>organisation</c>); registered in <see cref="GraphQLFeatures"/>.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>A feature's mutations (e.g. <c>createOrganisation</c>); registered in <see cref="GraphQLFeatures"/>.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>The root query type, assembled from every feature's <see cref="IQueryFields"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> parts)
    {
        Name = "Query";
        Description = "Questions to the chain-partner directory. What you see depends on who you are: the same rules as the REST API.";
        foreach (var part in parts) part.AddTo(this);
    }
}

/// <summary>The root mutation type, assembled from every feature's <see cref="IMutationFields"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> parts)
    {
        Name = "Mutation";
        Description = "Changes to the directory. Who may change what is decided by the same rules as the REST API.";
        foreach (var part in parts) part.AddTo(this);
    }
}
