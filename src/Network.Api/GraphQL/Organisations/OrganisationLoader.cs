using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Organisations;

namespace Network.Api.GraphQL.Organisations;

/// <summary>Organisations by id, batched into one <see cref="OrganisationService.GetManyAsync"/> call per level.</summary>
public sealed class OrganisationLoader(OrganisationService organisations) : BatchLoader<Guid, OrganisationDto>
{
    protected override Task<IReadOnlyDictionary<Guid, OrganisationDto>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct) =>
        organisations.GetManyAsync(keys, ct);
}

/// <summary>Lets <c>node(id:)</c> fetch organisations.</summary>
public sealed class OrganisationNodes : INodeSource
{
    public string TypeName => OrganisationType.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.RequestServices!.GetRequiredService<OrganisationLoader>().Load(localId).Then(o => (object?)o);
}
