using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary>Professionals by id, batched into one <see cref="ProfessionalService.GetManyAsync"/> call per level.</summary>
public sealed class ProfessionalLoader(ProfessionalService professionals) : BatchLoader<Guid, ProfessionalDto>
{
    protected override Task<IReadOnlyDictionary<Guid, ProfessionalDto>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct) =>
        professionals.GetManyAsync(keys, ct);
}

/// <summary>An organisation's visible current members, batched into one <see cref="ProfessionalService.MembersOfAsync"/> call.</summary>
public sealed class OrganisationMembersLoader(ProfessionalService professionals) : BatchLoader<Guid, IReadOnlyList<ProfessionalDto>>
{
    protected override Task<IReadOnlyDictionary<Guid, IReadOnlyList<ProfessionalDto>>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct) =>
        professionals.MembersOfAsync(keys, ct);
}

/// <summary>Lets <c>node(id:)</c> fetch professionals.</summary>
public sealed class ProfessionalNodes : INodeSource
{
    public string TypeName => ProfessionalType.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.Service<ProfessionalLoader>().Load(localId).Then(p => (object?)p);
}
