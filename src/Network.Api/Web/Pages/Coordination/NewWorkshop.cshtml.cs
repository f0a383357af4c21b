using Microsoft.AspNetCore.Mvc;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Workshops;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>A coordinator plans a workshop; the service decides in which municipalities they may.</summary>
public sealed class NewWorkshopModel(WorkshopService workshops, MunicipalityService municipalities) : WebPage
{
    [BindProperty]
    public string? Municipality { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Facilitators { get; set; }

    [BindProperty]
    public int? Seats { get; set; } = 15;

    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        WorkshopDto? created = null;
        return await ChangeAsync(
            async () =>
                created = await workshops.CreateAsync(
                    new NewWorkshopInput(
                        Municipality,
                        Title,
                        Date,
                        Place,
                        [
                            .. (Facilitators ?? "").Split(
                                ',',
                                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                            ),
                        ],
                        Seats
                    ),
                    ct
                ),
            Lang.T("Het werkatelier is aangemaakt.", "The workshop was created."),
            () => RedirectToPage("/Coordination/Workshop", new { id = created!.Id })
        );
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Municipalities = (await municipalities.ListAsync(new PageRequest(null, PageRequest.MaxSize), ct)).Items;
        Municipality ??= Municipalities.Count == 1 ? Municipalities[0].Code : null;
    }
}
