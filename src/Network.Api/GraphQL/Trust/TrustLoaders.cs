using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Trust;

namespace Network.Api.GraphQL.Trust;

/// <summary>Trust relationships by id, batched into one <see cref="TrustService.GetManyAsync"/> call.</summary>
public sealed class TrustLoader(TrustService trust) : BatchLoader<Guid, TrustRelationshipDto>
{
    protected override Task<IReadOnlyDictionary<Guid, TrustRelationshipDto>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct) =>
        trust.GetManyAsync(keys, ct);
}

/// <summary>The visible trust relationships of professionals, batched into one <see cref="TrustService.OfProfessionalsAsync"/> call.</summary>
public sealed class ProfessionalTrustLoader(TrustService trust) : BatchLoader<Guid, IReadOnlyList<TrustRelationshipDto>>
{
    protected override Task<IReadOnlyDictionary<Guid, IReadOnlyList<TrustRelationshipDto>>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct) =>
        trust.OfProfessionalsAsync(keys, ct);
}

/// <summary>Lets <c>node(id:)</c> fetch trust relationships.</summary>
public sealed class TrustNodes : INodeSource
{
    public string TypeName => TrustRelationshipType.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.Service<TrustLoader>().Load(localId).Then(t => (object?)t);
}
