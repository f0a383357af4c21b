using Network.Application.Common;
using Network.Application.Covenants;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// The covenants of the coordinator's municipalities (the service decides which the viewer sees), with their period,
/// whether they hold today and the signatories the viewer may see.
/// </summary>
public sealed class CovenantsModel(CovenantService covenants) : WebPage
{
    public IReadOnlyList<CovenantDto> Covenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Covenants = await OrganisationsModel.AllAsync(after =>
            covenants.ListAsync(new CovenantFilter(), new PageRequest(after, 100), ct)
        );
}
