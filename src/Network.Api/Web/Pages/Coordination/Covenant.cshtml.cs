using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Covenants;
using Network.Application.Organisations;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// One covenant, new ("nieuw") or existing: title, purpose, period, signatory organisations and municipalities. The
/// form carries the version it was read at, so a change made elsewhere meanwhile is reported, not lost. Signatories
/// and municipalities the viewer cannot see are not on the form; the service keeps them as they are.
/// </summary>
public sealed class CovenantModel(
    CovenantService covenants,
    OrganisationService organisations,
    MunicipalityService municipalities,
    AccessPolicy access
) : WebPage
{
    public const string New = "nieuw";

    public CovenantDto? Current { get; private set; }

    /// <summary>Whether the viewer may change this covenant (every one of its municipalities is theirs).</summary>
    public bool CanChange { get; private set; }

    /// <summary>Organisations the viewer may see that can sign: active ones, and inactive ones that signed.</summary>
    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    /// <summary>The municipalities the viewer may read, to tick.</summary>
    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];

    /// <summary>Covered municipalities the viewer cannot read: kept as they are.</summary>
    public IReadOnlyList<string> OtherMunicipalities { get; private set; } = [];

    [BindProperty]
    public CovenantForm Form { get; set; } = new();

    public sealed class CovenantForm
    {
        public int Version { get; set; }
        public string? Title { get; set; }
        public string? Purpose { get; set; }
        public DateOnly? ValidFrom { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public List<Guid> Signatories { get; set; } = [];
        public List<string> Municipalities { get; set; } = [];
    }

    public string MunicipalityName(string code) => Municipalities.FirstOrDefault(m => m.Code == code)?.Name ?? code;

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
        var input = new CovenantInput(
            Form.Title?.Trim(),
            Form.Purpose?.Trim(),
            Form.ValidFrom,
            Form.ValidUntil,
            [.. Form.Signatories.Distinct()],
            [.. Form.Municipalities.Distinct(StringComparer.Ordinal)]
        );
        CovenantDto? saved = null;
        return await ChangeAsync(
            async () =>
                saved = Current is null
                    ? await covenants.CreateAsync(input, ct)
                    : await covenants.UpdateAsync(Current.Id, input, Form.Version, ct),
            Current is null
                ? Lang.T("Het convenant is vastgelegd.", "The covenant was recorded.")
                : Lang.T("Het convenant is opgeslagen.", "The covenant was saved."),
            () => RedirectToPage(new { id = saved!.Id.ToString() })
        );
    }

    /// <summary>After a refused save: the covenant as it is now; what was typed stays unless stale.</summary>
    protected override async Task<IActionResult> ReloadAsync()
    {
        if (Current is not null)
        {
            Current = await covenants.GetAsync(Current.Id, HttpContext.RequestAborted);
            if (Response.StatusCode == StatusCodes.Status409Conflict)
                Form = FormOf(Current);
        }
        return Page();
    }

    /// <summary>False for an id that is neither "nieuw" nor a covenant the viewer may see (404).</summary>
    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (id != New)
        {
            if (!Guid.TryParse(id, out var guid))
                return false;
            Current = await covenants.GetAsync(guid, ct);
            CanChange = access.CanMaintainAll(Current.Municipalities);
        }
        else
        {
            access.EnsureCanCreate("record covenants");
            CanChange = true;
        }
        Municipalities = (await municipalities.ListAsync(new PageRequest(null, PageRequest.MaxSize), ct)).Items;
        OtherMunicipalities =
        [
            .. (Current?.Municipalities ?? []).Where(code => Municipalities.All(m => m.Code != code)),
        ];
        var signed = (Current?.Signatories ?? []).Select(s => s.OrganisationId).ToHashSet();
        Organisations =
        [
            .. (
                await OrganisationsModel.AllAsync(after =>
                    organisations.ListAsync(new OrganisationFilter(IncludeInactive: true), new(after, 100), ct)
                )
            ).Where(o => o.IsActive || signed.Contains(o.Id)),
        ];
        return true;
    }

    private CovenantForm FormOf(CovenantDto? c) =>
        new()
        {
            Version = c?.Version ?? 0,
            Title = c?.Title,
            Purpose = c?.Purpose,
            ValidFrom = c?.ValidFrom,
            ValidUntil = c?.ValidUntil,
            Signatories = [.. (c?.Signatories ?? []).Select(s => s.OrganisationId)],
            Municipalities = [.. c?.Municipalities ?? (Municipalities.Count == 1 ? [Municipalities[0].Code] : [])],
        };
}
