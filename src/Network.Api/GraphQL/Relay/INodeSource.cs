using GraphQL;
using GraphQL.DataLoader;

namespace Network.Api.GraphQL.Relay;

/// <summary>
/// One per node type: loads objects by the local part of their global id, through a batch loader, so that
/// many <c>node(id:)</c> calls in one request cost one application-layer call per type. Invisible and
/// unknown objects both load as null (the application layer does not tell them apart either).
/// </summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name, also the prefix inside its global ids.</summary>
    string TypeName { get; }

    IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId);
}
