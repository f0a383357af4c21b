using Microsoft.AspNetCore.Mvc;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Domain.Professionals;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// The people of the coordinator's network by state: newcomers not listed yet (from an attendance list or entered by
/// hand), everyone listed, and the deactivated, with deactivate and reactivate.
/// </summary>
public sealed class PeopleModel(ProfessionalService professionals, ProfessionService professions) : WebPage
{
    /// <summary>Which people: "nieuwkomers", "gedeactiveerd" or everyone active.</summary>
    [BindProperty(SupportsGet = true, Name = "weergave")]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "na")]
    public string? After { get; set; }

    public Page<ProfessionalDto> People { get; private set; } = new([], 0, null, 0);
    public IReadOnlyDictionary<string, ProfessionDto> Professions { get; private set; } =
        new Dictionary<string, ProfessionDto>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostActiveAsync(Guid id, bool active, int version, CancellationToken ct) =>
        ChangeAsync(
            () => professionals.SetActiveAsync(id, active, version, ct),
            active ? Lang.T("Weer actief.", "Active again.") : Lang.T("Gedeactiveerd.", "Deactivated."),
            () => RedirectToPage(new { weergave = View })
        );

    public string ProfessionName(string id) => Professions.TryGetValue(id, out var p) ? Lang.T(p.NameNl, p.Name) : id;

    protected override async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var filter = View switch
        {
            "nieuwkomers" => new ProfessionalFilter(Listing: ListingStatus.Pending),
            "gedeactiveerd" => new ProfessionalFilter(OnlyInactive: true),
            _ => new ProfessionalFilter(),
        };
        People = await professionals.ListAsync(filter, new PageRequest(After, 50), ct);
        Professions = (await professions.ListAsync(new PageRequest(null, PageRequest.MaxSize), ct)).Items.ToDictionary(
            p => p.Id
        );
    }
}
