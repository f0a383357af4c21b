using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Covenants;
using Network.Application.EscalationRoutes;
using Network.Application.Organisations;
using Network.Application.Professionals;

namespace Network.Application.Changes;

/// <summary>
/// Entities as the viewer's GET gives them, through the same services (and so the same access rules and restricted
/// read audit) as the REST and GraphQL reads. What the viewer may not see is simply not in the answer.
/// </summary>
public sealed class ChangeRenderer(
    AccessPolicy access,
    OrganisationService organisations,
    ProfessionalService professionals,
    CovenantService covenants,
    RouteService routes,
    MunicipalityService municipalities,
    DomainService domains,
    ProfessionService professions,
    ConcernTypeService concernTypes
)
{
    public async Task<IReadOnlyDictionary<string, ChangeDto>> VisibleAsync(
        ChangeEntityType type,
        IReadOnlyCollection<string> ids,
        CancellationToken ct
    )
    {
        if (ids.Count == 0)
            return new Dictionary<string, ChangeDto>();
        var guids = type
            is ChangeEntityType.Organisation
                or ChangeEntityType.Professional
                or ChangeEntityType.Covenant
                or ChangeEntityType.Route
            ? ids.Select(Guid.Parse).ToList()
            : [];
        return type switch
        {
            ChangeEntityType.Organisation => Wrap(await organisations.GetManyAsync(guids, ct), o =>
                Up(type, o.Id) with
                {
                    Organisation = o,
                }
            ),
            ChangeEntityType.Professional => Wrap(await professionals.GetManyAsync(guids, ct), p =>
                Up(type, p.Id) with
                {
                    Professional = p,
                }
            ),
            ChangeEntityType.Covenant => Wrap(await covenants.GetManyAsync(guids, ct), c =>
                Up(type, c.Id) with
                {
                    Covenant = c,
                }
            ),
            ChangeEntityType.Route => Wrap(await routes.GetManyAsync(guids, ct), r =>
                Up(type, r.Id) with
                {
                    Route = r,
                }
            ),
            _ => await OneByOneAsync(type, ids, ct),
        };
    }

    /// <summary>The municipalities and catalogue entries, read one by one as GET reads them (there are few).</summary>
    private async Task<IReadOnlyDictionary<string, ChangeDto>> OneByOneAsync(
        ChangeEntityType type,
        IReadOnlyCollection<string> ids,
        CancellationToken ct
    )
    {
        var result = new Dictionary<string, ChangeDto>();
        if (!access.CanReadCatalogues)
            return result;
        foreach (var id in ids)
        {
            try
            {
                result[id] = type switch
                {
                    ChangeEntityType.Municipality => Up(type, id) with
                    {
                        Municipality = await municipalities.GetAsync(id, ct),
                    },
                    ChangeEntityType.Domain => Up(type, id) with { Domain = await domains.GetAsync(id, ct) },
                    ChangeEntityType.Profession => Up(type, id) with
                    {
                        Profession = await professions.GetAsync(id, ct),
                    },
                    _ => Up(type, id) with { ConcernType = await concernTypes.GetAsync(id, ct) },
                };
            }
            catch (NotFoundException)
            {
                // Not visible (or gone): left out, as GET would answer 404.
            }
        }
        return result;
    }

    private static ChangeDto Up(ChangeEntityType type, object id) =>
        new(type, ChangeRecorder.Key(id), ChangeKind.Upserted);

    private static Dictionary<string, ChangeDto> Wrap<T>(IReadOnlyDictionary<Guid, T> found, Func<T, ChangeDto> wrap) =>
        found.Values.Select(wrap).ToDictionary(c => c.Id);
}
