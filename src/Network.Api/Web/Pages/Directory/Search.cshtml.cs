using Microsoft.AspNetCore.Mvc;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Organisations;
using Network.Application.Professionals;

namespace Network.Api.Web.Pages.Directory;

/// <summary>
/// "Zoeken": the directory by name, organisation, profession, domain and expertise. A name is personal data, so the
/// search is posted, never put in a URL; paging posts the cursor with the same filters.
/// </summary>
public sealed class SearchModel(
    ProfessionalService professionals,
    OrganisationService organisations,
    ProfessionService professions,
    DomainService domains
) : WebPage
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Profession { get; set; }

    [BindProperty]
    public string? Domain { get; set; }

    [BindProperty]
    public Guid? Organisation { get; set; }

    [BindProperty]
    public string? Expertise { get; set; }

    [BindProperty]
    public string? After { get; set; }

    public IReadOnlyList<ProfessionDto> Professions { get; private set; } = [];
    public IReadOnlyList<DomainDto> Domains { get; private set; } = [];
    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];
    public Page<ProfessionalDto>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        try
        {
            Results = await professionals.SearchAsync(
                new ProfessionalSearch(
                    Blank(Name),
                    null,
                    Blank(Domain),
                    Organisation,
                    Blank(Profession),
                    Blank(Expertise) is { } typed ? Words.ExpertiseTag(typed) : null,
                    false,
                    Blank(After),
                    25
                ),
                ct
            );
        }
        catch (ValidationException invalid)
        {
            ShowErrors(invalid);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public string ProfessionName(string id) =>
        Professions.FirstOrDefault(p => p.Id == id) is { } p ? Lang.T(p.NameNl, p.Name) : id;

    public string DomainName(string id) =>
        Domains.FirstOrDefault(d => d.Id == id) is { } d ? Lang.T(d.NameNl, d.Name) : id;

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = new PageRequest(null, PageRequest.MaxSize);
        Professions = (await professions.ListAsync(all, ct)).Items;
        Domains = (await domains.ListAsync(all, ct)).Items;
        Organisations = (await organisations.ListAsync(new OrganisationFilter(), all, ct)).Items;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
