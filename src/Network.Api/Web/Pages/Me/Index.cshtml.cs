using Microsoft.AspNetCore.Mvc;
using Network.Application.Me;
using Network.Application.Professionals;
using Network.Domain.Contacts;

namespace Network.Api.Web.Pages.Me;

/// <summary>
/// "Mijn gegevens": the own entry, every contact point with who sees it, consent for the optional fields, being
/// listed, and "still correct". The form sends the whole profile with the version it was read at, so a change made
/// elsewhere in the meantime is reported instead of overwritten.
/// </summary>
public sealed class IndexModel(MeService me) : WebPage
{
    public const int NewRows = 1;

    public ProfessionalDto Entry { get; private set; } = null!;

    public bool OptionalReminders { get; private set; } = true;

    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    public sealed class ProfileForm
    {
        public int Version { get; set; }
        public string? About { get; set; }
        public string? Expertise { get; set; }
        public string? Languages { get; set; }
        public bool OffersAnonymousConsultation { get; set; }
        public List<ContactRow> ContactPoints { get; set; } = [];
    }

    public sealed class ContactRow
    {
        public Guid? Id { get; set; }
        public ContactChannel Channel { get; set; }
        public string? Value { get; set; }
        public VisibilityLevel Visibility { get; set; } = VisibilityLevel.Network;
        public bool Remove { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Entry = await me.GetAsync(ct);
        OptionalReminders = (await me.GetRemindersAsync(ct)).Optional;
        Form = FormOf(Entry);
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken ct)
    {
        Entry = await me.GetAsync(ct);
        var input = new ProfileInput(
            Split(Form.Expertise),
            Split(Form.Languages),
            string.IsNullOrWhiteSpace(Form.About) ? null : Form.About.Trim(),
            Form.OffersAnonymousConsultation,
            [
                .. Form
                    .ContactPoints.Where(c => !c.Remove && !string.IsNullOrWhiteSpace(c.Value))
                    .Select(c => new ContactPointInput(c.Channel, c.Value!.Trim(), c.Visibility, c.Id)),
            ]
        );
        return await ChangeAsync(
            () => me.UpdateProfileAsync(input, Form.Version, ct),
            Lang.T("Je gegevens zijn opgeslagen.", "Your details were saved.")
        );
    }

    public Task<IActionResult> OnPostRemindersAsync(bool optional, CancellationToken ct) =>
        ChangeAsync(
            () => me.SetRemindersAsync(new ReminderInput(optional), ct),
            optional
                ? Lang.T("Je krijgt de herinneringen weer.", "You will get the reminders again.")
                : Lang.T(
                    "Je krijgt geen herinneringen meer over je gegevens of het wekelijkse overzicht.",
                    "You will no longer get reminders about your details or the weekly overview."
                )
        );

    public Task<IActionResult> OnPostConsentAsync(bool optionalFields, CancellationToken ct) =>
        ChangeAsync(
            () => me.SetConsentAsync(new ConsentInput(optionalFields), ct),
            optionalFields
                ? Lang.T("Talen en ‘over mij’ worden nu getoond.", "Languages and ‘about me’ are now shown.")
                : Lang.T(
                    "Talen en ‘over mij’ worden niet meer getoond.",
                    "Languages and ‘about me’ are no longer shown."
                )
        );

    public Task<IActionResult> OnPostListingAsync(bool accept, CancellationToken ct) =>
        ChangeAsync(
            () => me.SetListingAsync(new ListingInput(accept, null), ct),
            accept
                ? Lang.T("Je staat nu in het netwerk.", "You are now listed in the network.")
                : Lang.T("Je staat niet meer in het netwerk.", "You are no longer listed in the network.")
        );

    public Task<IActionResult> OnPostVerifyAsync(CancellationToken ct) =>
        ChangeAsync(
            () => me.VerifyAsync(ct),
            Lang.T("Dank je: je gegevens zijn bevestigd.", "Thank you: your details are confirmed.")
        );

    /// <summary>After a refused save: the current entry, with what the person typed kept in the form.</summary>
    protected override async Task<IActionResult> ReloadAsync()
    {
        Entry ??= await me.GetAsync(HttpContext.RequestAborted);
        OptionalReminders = (await me.GetRemindersAsync(HttpContext.RequestAborted)).Optional;
        if (Response.StatusCode == StatusCodes.Status409Conflict)
            Form = FormOf(Entry);
        return Page();
    }

    private static ProfileForm FormOf(ProfessionalDto e) =>
        new()
        {
            Version = e.Version,
            About = e.About,
            Expertise = string.Join(", ", e.ExpertiseTags),
            Languages = string.Join(", ", e.Languages ?? []),
            OffersAnonymousConsultation = e.OffersAnonymousConsultation,
            ContactPoints =
            [
                .. e.ContactPoints.Select(c => new ContactRow
                {
                    Id = c.Id,
                    Channel = c.Channel,
                    Value = c.Value,
                    Visibility = c.Visibility,
                }),
                .. Enumerable.Range(0, NewRows).Select(_ => new ContactRow()),
            ],
        };

    private static List<string> Split(string? list) =>
        [
            .. (list ?? "")
                .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal),
        ];
}
