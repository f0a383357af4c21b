using GraphQL;
using GraphQL.DataLoader;
using Network.Application.Covenants;
using Network.Application.EscalationRoutes;
using Network.Application.Organisations;
using Network.Application.Professionals;
using Network.Application.Trust;
using Network.Application.Workshops;

namespace Network.Api.GraphQL.Loading;

/// <summary>Everything the door batch-loads, each in one application-layer call per level of a query.</summary>
public static class Batches
{
    public static readonly Batch<Guid, OrganisationDto> Organisations = new(
        (s, ids, ct) => s.GetRequiredService<OrganisationService>().GetManyAsync(ids, ct)
    );
    public static readonly Batch<Guid, ProfessionalDto> Professionals = new(
        (s, ids, ct) => s.GetRequiredService<ProfessionalService>().GetManyAsync(ids, ct)
    );
    public static readonly Batch<Guid, TrustRelationshipDto> TrustRelationships = new(
        (s, ids, ct) => s.GetRequiredService<TrustService>().GetManyAsync(ids, ct)
    );
    public static readonly Batch<Guid, RouteDto> Routes = new(
        (s, ids, ct) => s.GetRequiredService<RouteService>().GetManyAsync(ids, ct)
    );
    public static readonly Batch<Guid, CovenantDto> Covenants = new(
        (s, ids, ct) => s.GetRequiredService<CovenantService>().GetManyAsync(ids, ct)
    );
    public static readonly Batch<Guid, WorkshopDto> Workshops = new(
        (s, ids, ct) => s.GetRequiredService<WorkshopService>().GetManyAsync(ids, ct)
    );

    /// <summary>The visible current members of organisations.</summary>
    public static readonly Batch<Guid, IReadOnlyList<ProfessionalDto>> MembersOfOrganisations = new(
        (s, ids, ct) => s.GetRequiredService<ProfessionalService>().MembersOfAsync(ids, ct)
    );

    /// <summary>The visible trust relationships of professionals.</summary>
    public static readonly Batch<Guid, IReadOnlyList<TrustRelationshipDto>> TrustOfProfessionals = new(
        (s, ids, ct) => s.GetRequiredService<TrustService>().OfProfessionalsAsync(ids, ct)
    );

    /// <summary>The participants of workshops.</summary>
    public static readonly Batch<Guid, IReadOnlyList<WorkshopParticipantDto>> ParticipantsOfWorkshops = new(
        (s, ids, ct) => s.GetRequiredService<WorkshopParticipantService>().ListManyAsync(ids, ct)
    );

    /// <summary>Loads through the request's loader for <paramref name="batch"/>.</summary>
    public static IDataLoaderResult<TValue?> Load<TKey, TValue>(
        this IResolveFieldContext context,
        Batch<TKey, TValue> batch,
        TKey key
    )
        where TKey : notnull
        where TValue : class => context.RequestServices!.GetRequiredService<BatchLoaders>().Load(batch, key);
}
