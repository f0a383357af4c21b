using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Domain.Catalogues;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// One catalogue entry, new ("nieuw") or existing: a domain, a profession or a kind of concern, with the fields its
/// service takes. The form carries the version it was read at (catalogue versions are a hash of the entry), so a
/// change made elsewhere meanwhile is reported, not lost. Who may edit is the access policy's and the services' call:
/// the form opens for whoever may edit, and a post by anyone else is refused by the service (403).
/// </summary>
public sealed class CatalogueEntryModel(
    DomainService domains,
    ProfessionService professions,
    ConcernTypeService concernTypes,
    AccessPolicy access
) : WebPage
{
    public const string New = "nieuw";

    public enum Kind
    {
        Domain,
        Profession,
        ConcernType,
    }

    /// <summary>The catalogues by the Dutch word in their address.</summary>
    public static readonly IReadOnlyDictionary<string, Kind> Kinds = new Dictionary<string, Kind>(
        StringComparer.Ordinal
    )
    {
        ["domeinen"] = Kind.Domain,
        ["beroepen"] = Kind.Profession,
        ["soorten-zorg"] = Kind.ConcernType,
    };

    public Kind Catalogue { get; private set; }

    /// <summary>The entry as it is now; null for a new one.</summary>
    public EntryForm? Current { get; private set; }

    [BindProperty]
    public EntryForm Form { get; set; } = new();

    public sealed class EntryForm
    {
        public string? Version { get; set; }
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? NameNl { get; set; }
        public ConfidentialityRegime? Regime { get; set; }
        public string? LegalSource { get; set; }
        public string? Description { get; set; }
        public string? ExpertiseTags { get; set; }
    }

    /// <summary>The errors of the expertise tags, which the service names per tag ("expertiseTags[1]").</summary>
    public string? TagsError =>
        FieldErrors.Where(e => e.Key.StartsWith("expertiseTags", StringComparison.Ordinal)).SelectMany(e => e.Value)
            is var all
        && all.Any()
            ? string.Join(" ", all.Distinct())
            : null;

    public async Task<IActionResult> OnGetAsync(string kind, string id, CancellationToken ct)
    {
        if (!Kinds.TryGetValue(kind, out var catalogue))
            return NotFound();
        Catalogue = catalogue;
        access.EnsureCanEditCatalogues();
        if (id != New)
            Current = await ReadAsync(id, ct);
        Form = Current ?? new EntryForm { Regime = ConfidentialityRegime.ProfessionalCode };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, string id, CancellationToken ct)
    {
        if (!Kinds.TryGetValue(kind, out var catalogue))
            return NotFound();
        Catalogue = catalogue;
        if (id != New)
            Current = await ReadAsync(id, ct);
        string? saved = null;
        return await ChangeAsync(
            async () => saved = Current is null ? await CreateAsync(ct) : await UpdateAsync(Current.Id!, ct),
            Current is null
                ? Lang.T("Het onderdeel is toegevoegd.", "The entry was added.")
                : Lang.T("Het onderdeel is opgeslagen.", "The entry was saved."),
            () => RedirectToPage(new { kind, id = saved })
        );
    }

    /// <summary>After a refused save: the entry as it is now; what was typed stays unless stale.</summary>
    protected override async Task<IActionResult> ReloadAsync()
    {
        if (Current is not null)
        {
            Current = await ReadAsync(Current.Id!, HttpContext.RequestAborted);
            if (Response.StatusCode == StatusCodes.Status409Conflict)
                Form = Current;
        }
        return Page();
    }

    private List<string> Tags() =>
        [
            .. (Form.ExpertiseTags ?? "")
                .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Words.ExpertiseTag)
                .Distinct(StringComparer.Ordinal),
        ];

    private async Task<string> CreateAsync(CancellationToken ct)
    {
        var id = Form.Id?.Trim();
        return Catalogue switch
        {
            Kind.Domain => (await domains.CreateAsync(new DomainCreateInput(id, Form.Name, Form.NameNl), ct)).Id,
            Kind.Profession => (
                await professions.CreateAsync(
                    new ProfessionCreateInput(id, Form.Name, Form.NameNl, Form.Regime, Form.LegalSource),
                    ct
                )
            ).Id,
            _ => (
                await concernTypes.CreateAsync(
                    new ConcernTypeCreateInput(id, Form.Name, Form.NameNl, Form.Description, Tags()),
                    ct
                )
            ).Id,
        };
    }

    private async Task<string> UpdateAsync(string id, CancellationToken ct) =>
        Catalogue switch
        {
            Kind.Domain => (
                await domains.UpdateAsync(id, new DomainUpdateInput(Form.Name, Form.NameNl), Form.Version, ct)
            ).Id,
            Kind.Profession => (
                await professions.UpdateAsync(
                    id,
                    new ProfessionUpdateInput(Form.Name, Form.NameNl, Form.Regime, Form.LegalSource),
                    Form.Version,
                    ct
                )
            ).Id,
            _ => (
                await concernTypes.UpdateAsync(
                    id,
                    new ConcernTypeUpdateInput(Form.Name, Form.NameNl, Form.Description, Tags()),
                    Form.Version,
                    ct
                )
            ).Id,
        };

    /// <summary>The entry as its service gives it (404 for an unknown id), as the form shows it.</summary>
    private async Task<EntryForm> ReadAsync(string id, CancellationToken ct)
    {
        switch (Catalogue)
        {
            case Kind.Domain:
                var d = await domains.GetAsync(id, ct);
                return new EntryForm
                {
                    Version = CatalogueRules.VersionOf(d),
                    Id = d.Id,
                    Name = d.Name,
                    NameNl = d.NameNl,
                };
            case Kind.Profession:
                var p = await professions.GetAsync(id, ct);
                return new EntryForm
                {
                    Version = CatalogueRules.VersionOf(p),
                    Id = p.Id,
                    Name = p.Name,
                    NameNl = p.NameNl,
                    Regime = p.Regime,
                    LegalSource = p.LegalSource,
                };
            default:
                var c = await concernTypes.GetAsync(id, ct);
                return new EntryForm
                {
                    Version = CatalogueRules.VersionOf(c),
                    Id = c.Id,
                    Name = c.Name,
                    NameNl = c.NameNl,
                    Description = c.Description,
                    ExpertiseTags = Words.Expertise(c.ExpertiseTags),
                };
        }
    }
}
