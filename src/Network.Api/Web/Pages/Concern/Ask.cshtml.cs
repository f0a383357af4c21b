using Microsoft.AspNetCore.Mvc;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.ContactLookup;
using Network.Domain.EscalationRoutes;

namespace Network.Api.Web.Pages.Concern;

/// <summary>
/// "Ik maak me zorgen": the lookup in plain words. The question is posted, never put in a URL, and nothing about the
/// young person is asked; the answer is the lookup service's, in Dutch.
/// </summary>
public sealed class AskModel(
    LookupService lookup,
    ConcernTypeService concernTypes,
    DomainService domains,
    ProfessionService professions,
    MunicipalityService municipalities
) : WebPage
{
    [BindProperty]
    public string? Words { get; set; }

    [BindProperty]
    public string? ConcernType { get; set; }

    [BindProperty]
    public string? Domain { get; set; }

    [BindProperty]
    public MethodStep? Step { get; set; }

    [BindProperty]
    public string? Municipality { get; set; }

    public IReadOnlyList<ConcernTypeDto> Concerns { get; private set; } = [];
    public IReadOnlyList<DomainDto> Domains { get; private set; } = [];
    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];
    public IReadOnlyDictionary<string, ProfessionDto> Professions { get; private set; } =
        new Dictionary<string, ProfessionDto>();

    /// <summary>The answer, once asked.</summary>
    public LookupAnswer? Answer { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Narrows the list of concerns by the words typed (works without JavaScript).</summary>
    public async Task OnPostFindAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Concerns = ConcernWords.Find(Concerns, Words);
        if (Concerns.Count == 1)
            ConcernType = Concerns[0].Id;
    }

    public async Task<IActionResult> OnPostAskAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        try
        {
            Answer = await lookup.AskAsync(
                new LookupRequest(ConcernType, NullIfEmpty(Domain), Step, NullIfEmpty(Municipality)),
                ct
            );
        }
        catch (ValidationException invalid)
        {
            ShowErrors(invalid);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public string ConcernName(string id) =>
        Concerns.FirstOrDefault(c => c.Id == id) is { } c ? ConcernWords.Name(c) : id;

    public string DomainName(string id) =>
        Domains.FirstOrDefault(d => d.Id == id) is { } d ? Lang.T(d.NameNl, d.Name) : id;

    /// <summary>A route person's profession, which the route gives by its English name, in the page's language.</summary>
    public string ProfessionNamed(string name) =>
        Professions.Values.FirstOrDefault(p => p.Name == name) is { } p ? Lang.T(p.NameNl, p.Name) : name;

    public string ProfessionName(string id, string fallback) =>
        Professions.TryGetValue(id, out var p) ? Lang.T(p.NameNl, p.Name) : fallback;

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = new PageRequest(null, PageRequest.MaxSize);
        Concerns = (await concernTypes.ListAsync(all, ct)).Items;
        Domains = (await domains.ListAsync(all, ct)).Items;
        Municipalities = (await municipalities.ListAsync(all, ct)).Items;
        Professions = (await professions.ListAsync(all, ct)).Items.ToDictionary(p => p.Id);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
