using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Trust;

namespace Network.Api.GraphQL.Trust;

/// <summary>Lets <c>node(id:)</c> fetch trust relationships.</summary>
public sealed class TrustNodes : INodeSource
{
    public string TypeName => TrustRelationshipType.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.Load(Batches.TrustRelationships, localId).Then(t => (object?)t);
}
