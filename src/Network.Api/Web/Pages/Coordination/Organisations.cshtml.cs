using Microsoft.AspNetCore.Mvc;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Organisations;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// The organisations serving the coordinator's municipalities, inactive ones included (the service decides which the
/// viewer sees), with deactivate and reactivate.
/// </summary>
public sealed class OrganisationsModel(OrganisationService organisations, DomainService domains) : WebPage
{
    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];
    public IReadOnlyDictionary<string, DomainDto> Domains { get; private set; } = new Dictionary<string, DomainDto>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostActiveAsync(Guid id, bool active, int version, CancellationToken ct) =>
        ChangeAsync(
            () => organisations.SetActiveAsync(id, active, version, ct),
            active
                ? Lang.T("De organisatie is weer actief.", "The organisation is active again.")
                : Lang.T("De organisatie is gedeactiveerd.", "The organisation was deactivated.")
        );

    public string DomainName(string id) => Domains.TryGetValue(id, out var d) ? Lang.T(d.NameNl, d.Name) : id;

    protected override async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Organisations = await AllAsync(after =>
            organisations.ListAsync(new OrganisationFilter(IncludeInactive: true), new(after, 100), ct)
        );
        Domains = (await domains.ListAsync(new PageRequest(null, PageRequest.MaxSize), ct)).Items.ToDictionary(d =>
            d.Id
        );
    }

    /// <summary>Every page of a list (a municipality's organisations are a few hundred at most).</summary>
    internal static async Task<IReadOnlyList<T>> AllAsync<T>(Func<string?, Task<Page<T>>> page)
    {
        var all = new List<T>();
        string? after = null;
        do
        {
            var p = await page(after);
            all.AddRange(p.Items);
            after = p.NextCursor;
        } while (after is not null);
        return all;
    }
}
