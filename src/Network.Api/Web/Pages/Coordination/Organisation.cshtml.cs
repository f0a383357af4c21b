using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Organisations;
using Network.Domain.Contacts;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// One organisation, new ("nieuw") or existing: name, kind, domains, municipalities served and public contact
/// points. The form carries the version it was read at, so a change made elsewhere meanwhile is reported, not lost.
/// </summary>
public sealed class OrganisationModel(
    OrganisationService organisations,
    DomainService domains,
    MunicipalityService municipalities,
    AccessPolicy access
) : WebPage
{
    public const string New = "nieuw";
    public const int NewRows = 1;

    public OrganisationDto? Current { get; private set; }
    public IReadOnlyList<DomainDto> Domains { get; private set; } = [];

    /// <summary>The municipalities the viewer may read, to tick.</summary>
    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];

    /// <summary>Served municipalities the viewer cannot read: kept as they are.</summary>
    public IReadOnlyList<string> OtherMunicipalities { get; private set; } = [];

    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    public sealed class OrganisationForm
    {
        public int Version { get; set; }
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public List<string> Domains { get; set; } = [];
        public List<string> Municipalities { get; set; } = [];
        public List<ContactRow> ContactPoints { get; set; } = [];
    }

    public sealed class ContactRow
    {
        public ContactChannel Channel { get; set; } = ContactChannel.WorkPhone;
        public string? Value { get; set; }
        public string? Label { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Form = FormOf(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var input = new OrganisationInput(
            Form.Name?.Trim(),
            Form.Kind?.Trim(),
            [.. Form.Domains.Distinct(StringComparer.Ordinal)],
            [.. Form.Municipalities.Distinct(StringComparer.Ordinal)],
            [
                .. Form
                    .ContactPoints.Where(c => !string.IsNullOrWhiteSpace(c.Value))
                    .Select(c => new OrganisationContactPointDto(
                        c.Channel,
                        c.Value!.Trim(),
                        string.IsNullOrWhiteSpace(c.Label) ? null : c.Label.Trim()
                    )),
            ]
        );
        OrganisationDto? saved = null;
        return await ChangeAsync(
            async () =>
                saved = Current is null
                    ? await organisations.CreateAsync(input, ct)
                    : await organisations.UpdateAsync(Current.Id, input, Form.Version, ct),
            Current is null
                ? Lang.T("De organisatie is aangemaakt.", "The organisation was created.")
                : Lang.T("De organisatie is opgeslagen.", "The organisation was saved."),
            () => RedirectToPage(new { id = saved!.Id.ToString() })
        );
    }

    public async Task<IActionResult> OnPostActiveAsync(string id, bool active, int version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Current is null)
            return NotFound();
        Form = FormOf(Current);
        return await ChangeAsync(
            () => organisations.SetActiveAsync(Current.Id, active, version, ct),
            active
                ? Lang.T("De organisatie is weer actief.", "The organisation is active again.")
                : Lang.T("De organisatie is gedeactiveerd.", "The organisation was deactivated.")
        );
    }

    /// <summary>After a refused save: the organisation as it is now; what was typed stays unless stale.</summary>
    protected override async Task<IActionResult> ReloadAsync()
    {
        if (Current is not null)
        {
            Current = await organisations.GetAsync(Current.Id, HttpContext.RequestAborted);
            if (Response.StatusCode == StatusCodes.Status409Conflict)
                Form = FormOf(Current);
        }
        if (!Form.ContactPoints.Any(c => string.IsNullOrWhiteSpace(c.Value)))
            Form.ContactPoints.Add(new ContactRow());
        return Page();
    }

    /// <summary>False for an id that is neither "nieuw" nor an organisation the viewer may maintain (404).</summary>
    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (id != New)
        {
            if (!Guid.TryParse(id, out var guid))
                return false;
            Current = await organisations.GetAsync(guid, ct);
            access.EnsureCanMaintainAny(Current.Municipalities);
        }
        else
            access.EnsureCanCreate("create organisations");
        Domains = (await domains.ListAsync(new PageRequest(null, PageRequest.MaxSize), ct)).Items;
        Municipalities = (await municipalities.ListAsync(new PageRequest(null, PageRequest.MaxSize), ct)).Items;
        OtherMunicipalities =
        [
            .. (Current?.Municipalities ?? []).Where(code => Municipalities.All(m => m.Code != code)),
        ];
        return true;
    }

    private OrganisationForm FormOf(OrganisationDto? o) =>
        new()
        {
            Version = o?.Version ?? 0,
            Name = o?.Name,
            Kind = o?.Kind ?? "school",
            Domains = [.. o?.Domains ?? []],
            Municipalities = [.. o?.Municipalities ?? (Municipalities.Count == 1 ? [Municipalities[0].Code] : [])],
            ContactPoints =
            [
                .. (o?.ContactPoints ?? []).Select(c => new ContactRow
                {
                    Channel = c.Channel,
                    Value = c.Value,
                    Label = c.Label,
                }),
                .. Enumerable.Range(0, NewRows).Select(_ => new ContactRow()),
            ],
        };
}
