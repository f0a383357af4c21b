using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// The catalogues every page chooses from (domains, professions with their confidentiality regime, concern types), in
/// Dutch; whoever may edit them (the access policy decides: administrators) gets a link per entry and to add one.
/// </summary>
public sealed class CataloguesModel(
    DomainService domains,
    ProfessionService professions,
    ConcernTypeService concernTypes,
    AccessPolicy access
) : WebPage
{
    public IReadOnlyList<DomainDto> Domains { get; private set; } = [];
    public IReadOnlyList<ProfessionDto> Professions { get; private set; } = [];
    public IReadOnlyList<ConcernTypeDto> ConcernTypes { get; private set; } = [];

    public bool CanEdit => access.CanEditCatalogues;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Domains = await OrganisationsModel.AllAsync(after => domains.ListAsync(new PageRequest(after, 100), ct));
        Professions =
        [
            .. (
                await OrganisationsModel.AllAsync(after => professions.ListAsync(new PageRequest(after, 100), ct))
            ).OrderBy(p => Lang.T(p.NameNl, p.Name), StringComparer.Ordinal),
        ];
        ConcernTypes = await OrganisationsModel.AllAsync(after =>
            concernTypes.ListAsync(new PageRequest(after, 100), ct)
        );
    }
}
