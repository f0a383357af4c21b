using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Workshops;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// "Netwerk beheren": the coordinator's way to the network reports of their municipalities and the reports of each
/// workshop, printable in the browser (the session opens the API's report links).
/// </summary>
public sealed class IndexModel(MunicipalityService municipalities, WorkshopService workshops) : WebPage
{
    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];
    public IReadOnlyList<WorkshopDto> Workshops { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = new PageRequest(null, PageRequest.MaxSize);
        Municipalities = (await municipalities.ListAsync(all, ct)).Items;
        Workshops =
        [
            .. (await workshops.ListAsync(new WorkshopFilter(), all, ct)).Items.OrderByDescending(w => w.Date),
        ];
    }
}
