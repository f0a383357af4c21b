using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Workshops;
using Network.Application.Workshops.Import;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// One workshop's follow-up: who took part and attended, the attendance list imported with a preview first (per-line
/// problems and suggestions), and who has not answered the trust proposals yet.
/// </summary>
public sealed class WorkshopModel(
    WorkshopService workshops,
    WorkshopParticipantService participants,
    WorkshopTrustService workshopTrust,
    AttendanceImportService import,
    ProfessionService professions
) : WebPage
{
    public const int MaxListBytes = 200 * 1024;

    public WorkshopDto Workshop { get; private set; } = null!;
    public IReadOnlyList<WorkshopParticipantDto> Participants { get; private set; } = [];
    public IReadOnlyList<PendingTrustDto> Pending { get; private set; } = [];
    public IReadOnlyDictionary<string, ProfessionDto> Professions { get; private set; } =
        new Dictionary<string, ProfessionDto>();

    /// <summary>The checked list, shown before it is imported.</summary>
    public AttendanceImportResult? Preview { get; private set; }

    /// <summary>The list's text, carried from the preview to the import so it need not be chosen again.</summary>
    [BindProperty]
    public string? List { get; set; }

    [BindProperty]
    public bool MarkAttended { get; set; } = true;

    [BindProperty]
    public List<Guid> Present { get; set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        var marks = Participants.Select(p => new AttendanceInput(p.ProfessionalId, Present.Contains(p.ProfessionalId)));
        return await ChangeAsync(
            () => participants.MarkAttendanceAsync(id, [.. marks], ct),
            Lang.T("De aanwezigheid is opgeslagen.", "Attendance was saved.")
        );
    }

    /// <summary>Checks an uploaded (or pasted) list without saving anything and shows what would happen.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxListBytes)
                return Refuse(
                    Lang.T("De lijst is te groot (meer dan 200 kB).", "The list is too large (over 200 kB).")
                );
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            List = await reader.ReadToEndAsync(ct);
        }
        if (string.IsNullOrWhiteSpace(List))
            return Refuse(Lang.T("Kies eerst een presentielijst.", "Choose an attendance list first."));
        try
        {
            Preview = await ImportAsync(id, dryRun: true, ct);
        }
        catch (ValidationException invalid)
        {
            ShowErrors(invalid);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (string.IsNullOrWhiteSpace(List))
            return Refuse(Lang.T("Kies eerst een presentielijst.", "Choose an attendance list first."));
        return await ChangeAsync(
            () => ImportAsync(id, dryRun: false, ct),
            Lang.T("De presentielijst is geïmporteerd.", "The attendance list was imported.")
        );
    }

    public string ProfessionName(string id) => Professions.TryGetValue(id, out var p) ? Lang.T(p.NameNl, p.Name) : id;

    protected override async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync(Workshop.Id, HttpContext.RequestAborted);
        return Page();
    }

    private Task<AttendanceImportResult> ImportAsync(Guid id, bool dryRun, CancellationToken ct) =>
        import.ImportAsync(
            id,
            _ => Task.FromResult<ReadOnlyMemory<byte>>(Encoding.UTF8.GetBytes(List!)),
            dryRun,
            ct,
            MarkAttended
        );

    private PageResult Refuse(string why)
    {
        ShowRefusal(why);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Workshop = await workshops.GetAsync(id, ct);
        Participants = await participants.ListAsync(id, ct);
        Pending = await workshopTrust.PendingAsync(id, ct);
        Professions = (await professions.ListAsync(new PageRequest(null, PageRequest.MaxSize), ct)).Items.ToDictionary(
            p => p.Id
        );
    }
}
