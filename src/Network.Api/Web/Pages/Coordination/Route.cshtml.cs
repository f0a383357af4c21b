using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.EscalationRoutes;
using Network.Application.Organisations;
using Network.Application.Professionals;
using Network.Domain.EscalationRoutes;
using Network.Domain.Professionals;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// One escalation route, new ("nieuw", for a municipality and concern picked first) or existing: its rungs in order,
/// each a kind with whom it names, edited in one server-rendered form. Adding, removing and moving rungs rearrange the
/// form without saving; "Opslaan" saves the ladder with the version it was read at, so a change made elsewhere
/// meanwhile is reported, not lost. A rung naming someone the viewer may not see keeps its id and shows no name.
/// </summary>
public sealed class RouteModel(
    RouteService routes,
    ProfessionalService professionals,
    OrganisationService organisations,
    MunicipalityService municipalities,
    ConcernTypeService concernTypes,
    AccessPolicy access
) : WebPage
{
    public const string New = "nieuw";

    /// <summary>How many people the "whom" list offers at most (by family name), to keep the page bounded.</summary>
    public const int MaxPeople = 300;

    public RouteDto? Current { get; private set; }
    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];
    public IReadOnlyList<ConcernTypeDto> Concerns { get; private set; } = [];

    /// <summary>The listed, active people of the route's municipality the viewer may see, by family name.</summary>
    public IReadOnlyList<Choice> People { get; private set; } = [];

    /// <summary>Whether there were more people than <see cref="MaxPeople"/>.</summary>
    public bool MorePeople { get; private set; }

    /// <summary>The active organisations serving the route's municipality the viewer may see.</summary>
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    /// <summary>Set after adding, removing or moving a rung: the form differs from what is saved.</summary>
    public string? Unsaved { get; private set; }

    /// <summary>Whether the new page still needs its municipality and concern (asked with a GET form first).</summary>
    public bool Picking { get; private set; }

    [BindProperty]
    public RouteForm Form { get; set; } = new();

    /// <summary>Which form row each rung sent became (empty rows are left out).</summary>
    private readonly List<int> _sent = [];

    public sealed record Choice(Guid Id, string Name);

    public sealed class RouteForm
    {
        public int Version { get; set; }
        public string? Municipality { get; set; }
        public string? ConcernType { get; set; }
        public List<RungRow> Steps { get; set; } = [];
    }

    public sealed class RungRow
    {
        /// <summary>Empty for a new row not filled in: left out on save.</summary>
        public RouteStepKind? Kind { get; set; }
        public Guid? ProfessionalId { get; set; }
        public Guid? OrganisationId { get; set; }
        public string? LineName { get; set; }
        public string? LinePhone { get; set; }
        public bool OffersAnonymousConsultation { get; set; }

        /// <summary>Empty: the service's default (emergency for the emergency number, else anonymous).</summary>
        public MethodStep? MethodStep { get; set; }
        public string? Note { get; set; }
    }

    /// <summary>The error of a field of a form row (the service numbers the rungs it was sent).</summary>
    public string? RungError(int row, string field) =>
        _sent.IndexOf(row) is >= 0 and var i ? ErrorFor($"steps[{i}].{field}") : null;

    public string ConcernName(string? id) =>
        Concerns.FirstOrDefault(c => c.Id == id) is { } c ? ConcernWords.Name(c) : id ?? "";

    public string MunicipalityName(string? code) =>
        Municipalities.FirstOrDefault(m => m.Code == code)?.Name ?? code ?? "";

    /// <summary>The people to offer for a row: the list, and the row's own choice when the list lacks it.</summary>
    public IEnumerable<Choice> PeopleFor(RungRow row) =>
        row.ProfessionalId is { } id && People.All(p => p.Id != id)
            ? People.Prepend(
                new Choice(id, NameOf(Current?.Steps.FirstOrDefault(s => s.ProfessionalId == id)?.ProfessionalName))
            )
            : People;

    public IEnumerable<Choice> OrganisationsFor(RungRow row) =>
        row.OrganisationId is { } id && Organisations.All(o => o.Id != id)
            ? Organisations.Prepend(
                new Choice(id, NameOf(Current?.Steps.FirstOrDefault(s => s.OrganisationId == id)?.OrganisationName))
            )
            : Organisations;

    /// <summary>A name the route service gave, or a stand-in that says nothing about whom it names.</summary>
    private static string NameOf(string? name) =>
        name ?? Lang.T("Iemand die je niet kunt zien (blijft staan)", "Someone you cannot see (stays as it is)");

    public async Task<IActionResult> OnGetAsync(
        string id,
        [FromQuery(Name = "gemeente")] string? municipality,
        [FromQuery(Name = "zorg")] string? concern,
        CancellationToken ct
    )
    {
        if (id == New)
        {
            Form.Municipality = municipality;
            Form.ConcernType = concern;
        }
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (Current is null)
        {
            Form.Municipality ??= Municipalities.Count == 1 ? Municipalities[0].Code : null;
            Picking =
                Municipalities.All(m => m.Code != Form.Municipality) || Concerns.All(c => c.Id != Form.ConcernType);
            if (!Picking)
            {
                var existing = await routes.ListAsync(
                    new RouteFilter(Form.Municipality, Form.ConcernType),
                    new PageRequest(null, 1),
                    ct
                );
                if (existing.Items.Count > 0)
                    return RedirectToPage(new { id = existing.Items[0].Id.ToString() });
            }
        }
        if (!Picking)
            await LoadChoicesAsync(ct);
        Form = FormOf(Current, Form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        await LoadChoicesAsync(ct);
        var steps = new List<RouteStepInput>();
        for (var i = 0; i < Form.Steps.Count; i++)
        {
            if (Form.Steps[i] is not { Kind: { } kind } row)
                continue;
            _sent.Add(i);
            var isLine = kind is RouteStepKind.NationalLine or RouteStepKind.Emergency;
            // Only what belongs to the kind is sent: a person picked before the kind changed is not an error.
            steps.Add(
                new RouteStepInput(
                    kind,
                    kind == RouteStepKind.Professional ? row.ProfessionalId : null,
                    kind == RouteStepKind.Organisation ? row.OrganisationId : null,
                    isLine ? NullIfEmpty(row.LineName) : null,
                    isLine ? NullIfEmpty(row.LinePhone) : null,
                    row.OffersAnonymousConsultation,
                    row.MethodStep,
                    NullIfEmpty(row.Note)
                )
            );
        }
        RouteDto? saved = null;
        return await ChangeAsync(
            async () =>
                saved = Current is null
                    ? await routes.CreateAsync(new RouteCreateInput(Form.Municipality, Form.ConcernType, steps), ct)
                    : await routes.UpdateAsync(Current.Id, new RouteUpdateInput(steps), Form.Version, ct),
            Current is null
                ? Lang.T("De route is aangemaakt.", "The route was created.")
                : Lang.T("De route is opgeslagen.", "The route was saved."),
            () => RedirectToPage(new { id = saved!.Id.ToString() })
        );
    }

    /// <summary>Another empty rung at the end.</summary>
    public Task<IActionResult> OnPostAddAsync(string id, CancellationToken ct) =>
        ArrangeAsync(
            id,
            rows =>
            {
                if (rows.Count < RouteSteps.MaxSteps)
                    rows.Add(new RungRow());
            },
            Lang.T("Er is een lege sport bijgekomen.", "An empty rung was added."),
            ct
        );

    public Task<IActionResult> OnPostRemoveAsync(string id, int rung, CancellationToken ct) =>
        ArrangeAsync(
            id,
            rows =>
            {
                if (rung >= 0 && rung < rows.Count)
                    rows.RemoveAt(rung);
            },
            Lang.T($"Sport {rung + 1} is weggehaald.", $"Rung {rung + 1} was removed."),
            ct
        );

    public Task<IActionResult> OnPostUpAsync(string id, int rung, CancellationToken ct) =>
        ArrangeAsync(
            id,
            rows => Swap(rows, rung - 1, rung),
            Lang.T($"Sport {rung + 1} staat nu een plek hoger.", $"Rung {rung + 1} moved up one place."),
            ct
        );

    public Task<IActionResult> OnPostDownAsync(string id, int rung, CancellationToken ct) =>
        ArrangeAsync(
            id,
            rows => Swap(rows, rung, rung + 1),
            Lang.T($"Sport {rung + 1} staat nu een plek lager.", $"Rung {rung + 1} moved down one place."),
            ct
        );

    protected override async Task<IActionResult> ReloadAsync()
    {
        if (Current is not null)
        {
            Current = await routes.GetAsync(Current.Id, HttpContext.RequestAborted);
            if (Response.StatusCode == StatusCodes.Status409Conflict)
            {
                Form = FormOf(Current, Form);
                _sent.Clear();
                return Page();
            }
        }
        AddEmptyRow(Form.Steps);
        return Page();
    }

    /// <summary>Changes the rows of the form as posted and shows it again; nothing is saved.</summary>
    private async Task<IActionResult> ArrangeAsync(
        string id,
        Action<List<RungRow>> arrange,
        string said,
        CancellationToken ct
    )
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        await LoadChoicesAsync(ct);
        arrange(Form.Steps);
        if (Form.Steps.Count == 0)
            Form.Steps.Add(new RungRow());
        Unsaved =
            said
            + " "
            + Lang.T(
                "Er is nog niets opgeslagen: kies ‘Opslaan’ als de route klopt.",
                "Nothing is saved yet: choose ‘Save’ when the route is right."
            );
        ModelState.Clear();
        return Page();
    }

    private static void Swap(List<RungRow> rows, int a, int b)
    {
        if (a < 0 || b >= rows.Count || rows[a].Kind is null || rows[b].Kind is null)
            return;
        (rows[a], rows[b]) = (rows[b], rows[a]);
    }

    private static void AddEmptyRow(List<RungRow> rows)
    {
        if (rows.Count < RouteSteps.MaxSteps && rows.All(r => r.Kind is not null))
            rows.Add(new RungRow());
    }

    /// <summary>False for an id that is neither "nieuw" nor a route the viewer may see (404).</summary>
    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (id != New)
        {
            if (!Guid.TryParse(id, out var guid))
                return false;
            Current = await routes.GetAsync(guid, ct);
            access.EnsureCanMaintainAny([Current.Municipality]);
        }
        else
            access.EnsureCanCreate("create routes");
        var all = new PageRequest(null, PageRequest.MaxSize);
        Municipalities = (await municipalities.ListAsync(all, ct)).Items;
        Concerns = [.. (await concernTypes.ListAsync(all, ct)).Items.OrderBy(ConcernWords.Name)];
        return true;
    }

    /// <summary>Whom the rungs may name: the people and organisations of the route's municipality.</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var code = Current?.Municipality ?? Form.Municipality;
        if (code is null || Municipalities.All(m => m.Code != code))
            return;
        var people = new List<Choice>();
        string? after = null;
        do
        {
            var page = await professionals.ListAsync(
                new ProfessionalFilter(Municipality: code, Listing: ListingStatus.Listed),
                new PageRequest(after, PageRequest.MaxSize),
                ct
            );
            people.AddRange(page.Items.Select(p => new Choice(p.Id, p.DisplayName)));
            after = page.NextCursor;
        } while (after is not null && people.Count < MaxPeople);
        People = people;
        MorePeople = after is not null;
        Organisations =
        [
            .. (
                await OrganisationsModel.AllAsync(a =>
                    organisations.ListAsync(
                        new OrganisationFilter(Municipality: code),
                        new PageRequest(a, PageRequest.MaxSize),
                        ct
                    )
                )
            ).Select(o => new Choice(o.Id, o.Name)),
        ];
    }

    private static RouteForm FormOf(RouteDto? r, RouteForm posted)
    {
        var form = new RouteForm
        {
            Version = r?.Version ?? 0,
            Municipality = r?.Municipality ?? posted.Municipality,
            ConcernType = r?.ConcernType ?? posted.ConcernType,
            Steps =
            [
                .. (r?.Steps ?? []).Select(s => new RungRow
                {
                    Kind = s.Kind,
                    ProfessionalId = s.ProfessionalId,
                    OrganisationId = s.OrganisationId,
                    LineName = s.LineName,
                    LinePhone = s.LinePhone,
                    OffersAnonymousConsultation = s.OffersAnonymousConsultation,
                    MethodStep = s.MethodStep,
                    Note = s.Note,
                }),
            ],
        };
        AddEmptyRow(form.Steps);
        return form;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
