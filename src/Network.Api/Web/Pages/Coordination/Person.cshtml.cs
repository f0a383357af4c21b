using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Organisations;
using Network.Application.Professionals;
using Network.Domain.Contacts;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// A person's entry as a coordinator keeps it, new ("nieuw": added by hand, a newcomer until they agree to be listed)
/// or existing: name, profession, municipalities, domains, expertise, roles at organisations and contact points with
/// their visibility. Languages and "about me" stay the person's own. The form carries the version it was read at.
/// </summary>
public sealed class PersonModel(
    ProfessionalService professionals,
    OrganisationService organisations,
    ProfessionService professions,
    DomainService domains,
    MunicipalityService municipalities,
    AccessPolicy access
) : WebPage
{
    public const string New = "nieuw";

    public ProfessionalDto? Current { get; private set; }
    public IReadOnlyList<ProfessionDto> Professions { get; private set; } = [];
    public IReadOnlyList<DomainDto> Domains { get; private set; } = [];
    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];
    public IReadOnlyList<string> OtherMunicipalities { get; private set; } = [];
    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    [BindProperty]
    public PersonForm Form { get; set; } = new();

    /// <summary>Which form row each membership and contact point sent became (empty rows are left out).</summary>
    private readonly List<int> _memberRows = [];
    private readonly List<int> _contactRows = [];

    public sealed class PersonForm
    {
        public int Version { get; set; }
        public string? GivenName { get; set; }
        public string? FamilyName { get; set; }
        public string? ProfessionId { get; set; }
        public List<string> Municipalities { get; set; } = [];
        public List<string> Domains { get; set; } = [];
        public string? Expertise { get; set; }
        public bool OffersAnonymousConsultation { get; set; }
        public List<MembershipRow> Memberships { get; set; } = [];
        public List<ContactRow> ContactPoints { get; set; } = [];
    }

    public sealed class MembershipRow
    {
        public Guid? OrganisationId { get; set; }
        public string? RoleTitle { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
        public bool IsDesignatedOfficer { get; set; }
    }

    public sealed class ContactRow
    {
        public Guid? Id { get; set; }
        public ContactChannel Channel { get; set; } = ContactChannel.Email;
        public string? Value { get; set; }
        public VisibilityLevel Visibility { get; set; } = VisibilityLevel.Network;
    }

    /// <summary>The error of a membership row of the form (the service numbers the rows it was sent).</summary>
    public string? MembershipError(int row, string field) =>
        _memberRows.IndexOf(row) is >= 0 and var i ? ErrorFor($"memberships[{i}].{field}") : null;

    public string? ContactError(int row) =>
        _contactRows.IndexOf(row) is >= 0 and var i ? ErrorFor($"contactPoints[{i}]") : null;

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
        var memberships = Rows(Form.Memberships, m => m.OrganisationId is not null, _memberRows)
            .Select(m => new MembershipInput(
                m.OrganisationId!.Value,
                m.RoleTitle?.Trim(),
                m.StartDate,
                m.EndDate,
                m.IsDesignatedOfficer
            ))
            .ToList();
        var contactPoints = Rows(Form.ContactPoints, c => !string.IsNullOrWhiteSpace(c.Value), _contactRows)
            .Select(c => new ContactPointInput(c.Channel, c.Value!.Trim(), c.Visibility, c.Id))
            .ToList();
        List<string> expertise =
        [
            .. (Form.Expertise ?? "")
                .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Words.ExpertiseTag)
                .Distinct(StringComparer.Ordinal),
        ];
        List<string> served = [.. Form.Municipalities.Distinct(StringComparer.Ordinal)];
        List<string> inDomains = [.. Form.Domains.Distinct(StringComparer.Ordinal)];
        ProfessionalDto? saved = null;
        return await ChangeAsync(
            async () =>
                saved = Current is null
                    ? await professionals.CreateAsync(
                        new ProfessionalInput(
                            Form.GivenName?.Trim(),
                            Form.FamilyName?.Trim(),
                            Form.ProfessionId,
                            served,
                            inDomains,
                            expertise,
                            null,
                            null,
                            Form.OffersAnonymousConsultation,
                            null,
                            memberships,
                            contactPoints
                        ),
                        ct
                    )
                    : await professionals.EditAsync(
                        Current.Id,
                        now =>
                            now with
                            {
                                GivenName = Form.GivenName?.Trim(),
                                FamilyName = Form.FamilyName?.Trim(),
                                ProfessionId = Form.ProfessionId,
                                Municipalities = served,
                                Domains = inDomains,
                                ExpertiseTags = expertise,
                                OffersAnonymousConsultation = Form.OffersAnonymousConsultation,
                                Memberships = memberships,
                                ContactPoints = contactPoints,
                            },
                        Form.Version,
                        ct
                    ),
            Current is null
                ? Lang.T(
                    "De persoon is toegevoegd als nieuwkomer: collega's vinden hem of haar zodra die ermee instemt.",
                    "The person was added as a newcomer: colleagues find them once they agree."
                )
                : Lang.T("De gegevens zijn opgeslagen.", "The details were saved."),
            () => RedirectToPage(new { id = saved!.Id.ToString() })
        );
    }

    public async Task<IActionResult> OnPostActiveAsync(string id, bool active, int version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Current is null)
            return NotFound();
        Form = FormOf(Current);
        return await ChangeAsync(
            () => professionals.SetActiveAsync(Current.Id, active, version, ct),
            active ? Lang.T("Weer actief.", "Active again.") : Lang.T("Gedeactiveerd.", "Deactivated.")
        );
    }

    public string ProfessionName(string id) =>
        Professions.FirstOrDefault(p => p.Id == id) is { } p ? Lang.T(p.NameNl, p.Name) : id;

    protected override async Task<IActionResult> ReloadAsync()
    {
        if (Current is not null)
        {
            Current = await professionals.GetAsync(Current.Id, HttpContext.RequestAborted);
            if (Response.StatusCode == StatusCodes.Status409Conflict)
            {
                Form = FormOf(Current);
                _memberRows.Clear();
                _contactRows.Clear();
            }
        }
        if (Form.Memberships.All(m => m.OrganisationId is not null))
            Form.Memberships.Add(new MembershipRow());
        if (Form.ContactPoints.All(c => !string.IsNullOrWhiteSpace(c.Value)))
            Form.ContactPoints.Add(new ContactRow());
        return Page();
    }

    private static IEnumerable<T> Rows<T>(List<T> rows, Func<T, bool> filled, List<int> sent)
    {
        for (var i = 0; i < rows.Count; i++)
            if (filled(rows[i]))
            {
                sent.Add(i);
                yield return rows[i];
            }
    }

    /// <summary>False for an id that is neither "nieuw" nor a person the viewer may see (404).</summary>
    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (id != New)
        {
            if (!Guid.TryParse(id, out var guid))
                return false;
            Current = await professionals.GetAsync(guid, ct);
            access.EnsureCanMaintainAny(Current.Municipalities);
        }
        else
            access.EnsureCanCreate("add professionals");
        var all = new PageRequest(null, PageRequest.MaxSize);
        Professions = [.. (await professions.ListAsync(all, ct)).Items.OrderBy(p => Lang.T(p.NameNl, p.Name))];
        Domains = (await domains.ListAsync(all, ct)).Items;
        Municipalities = (await municipalities.ListAsync(all, ct)).Items;
        OtherMunicipalities =
        [
            .. (Current?.Municipalities ?? []).Where(code => Municipalities.All(m => m.Code != code)),
        ];
        Organisations = await OrganisationsModel.AllAsync(after =>
            organisations.ListAsync(new OrganisationFilter(), new(after, 100), ct)
        );
        return true;
    }

    private PersonForm FormOf(ProfessionalDto? p) =>
        new()
        {
            Version = p?.Version ?? 0,
            GivenName = p?.GivenName,
            FamilyName = p?.FamilyName,
            ProfessionId = p?.ProfessionId,
            Municipalities = [.. p?.Municipalities ?? (Municipalities.Count == 1 ? [Municipalities[0].Code] : [])],
            Domains = [.. p?.Domains ?? []],
            Expertise = p is null ? null : Words.Expertise(p.ExpertiseTags),
            OffersAnonymousConsultation = p?.OffersAnonymousConsultation ?? false,
            Memberships =
            [
                .. (p?.Memberships ?? []).Select(m => new MembershipRow
                {
                    OrganisationId = m.OrganisationId,
                    RoleTitle = m.RoleTitle,
                    StartDate = m.StartDate,
                    EndDate = m.EndDate,
                    IsDesignatedOfficer = m.IsDesignatedOfficer,
                }),
                new MembershipRow(),
            ],
            ContactPoints =
            [
                .. (p?.ContactPoints ?? []).Select(c => new ContactRow
                {
                    Id = c.Id,
                    Channel = c.Channel,
                    Value = c.Value,
                    Visibility = c.Visibility,
                }),
                new ContactRow(),
            ],
        };
}
