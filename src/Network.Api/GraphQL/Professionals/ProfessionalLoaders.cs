using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary>Lets <c>node(id:)</c> fetch professionals.</summary>
public sealed class ProfessionalNodes : INodeSource
{
    public string TypeName => ProfessionalType.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.Load(Batches.Professionals, localId).Then(p => (object?)p);
}
