using Microsoft.AspNetCore.Mvc;
using Network.Application.Me;
using Network.Application.Professionals;
using Network.Application.Workshops;
using Network.Domain.Professionals;

namespace Network.Api.Web.Pages.Invitations;

/// <summary>
/// Where an accepted invitation lands: the person chooses to be listed (their consent; a coordinator cannot give it
/// for them), then answers their last workshop's trust: confirm what others proposed, propose to the rest.
/// </summary>
public sealed class WelcomeModel(
    MeService me,
    WorkshopService workshops,
    WorkshopParticipantService participants,
    WorkshopTrustService workshopTrust
) : WebPage
{
    public ProfessionalDto? Entry { get; private set; }
    public WorkshopDto? Workshop { get; private set; }
    public IReadOnlyList<WorkshopParticipantDto> Others { get; private set; } = [];

    public bool Listed => Entry?.ListingStatus == ListingStatus.Listed;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostListingAsync(CancellationToken ct) =>
        ChangeAsync(
            () => me.SetListingAsync(new ListingInput(true, null), ct),
            Lang.T("Je staat nu in het netwerk.", "You are now listed in the network.")
        );

    public Task<IActionResult> OnPostTrustAsync(Guid workshopId, List<Guid> professionalIds, CancellationToken ct) =>
        ChangeAsync(
            () => workshopTrust.ProposeOrConfirmAsync(workshopId, new WorkshopTrustInput(professionalIds), ct),
            Lang.T(
                "Gedaan: bevestigd vertrouwen geldt meteen, een voorstel zodra de ander het bevestigt.",
                "Done: confirmed trust counts at once, a proposal once the other confirms it."
            )
        );

    protected override async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Entry = await me.GetAsync(ct);
        Workshop = await workshops.LastAttendedAsync(ct);
        if (Workshop is not null && Listed)
            Others =
            [
                .. (await participants.ListAsync(Workshop.Id, ct)).Where(p =>
                    p.TrustWithYou is not (null or ParticipantTrust.You)
                ),
            ];
    }
}
