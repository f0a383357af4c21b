using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Network.Api.GraphQL.Execution;

/// <summary>The one schema of the GraphQL door.</summary>
public sealed class NetworkSchema : Schema
{
    public NetworkSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description =
            "Network: the directory of the local chain-partner network around signals of possible radicalisation. "
            + "It holds data about professionals, never about the young people concerned.";
        Query = query;
        Mutation = mutation;
    }

    /// <summary>The SDL committed as schema/network.graphql; sorted so feature registration order does not matter.</summary>
    public string PrintSdl() =>
        this.Print(new PrintOptions { StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n");
}
