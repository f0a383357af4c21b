using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Me;
using Network.Application.Professionals;
using Network.Application.Trust;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Web.Pages.Invitations;

/// <summary>
/// Where an accepted invitation lands: the person checks their entry, chooses to be listed (their consent; a
/// coordinator cannot give it for them), and answers the trust their workshop proposed.
/// </summary>
public sealed class WelcomeModel(MeService me, TrustService trust, AccessPolicy access) : WebPage
{
    public ProfessionalDto? Entry { get; private set; }
    public IReadOnlyList<TrustRelationshipDto> Proposals { get; private set; } = [];

    public bool Listed => Entry?.ListingStatus == ListingStatus.Listed;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostListingAsync(CancellationToken ct) =>
        ChangeAsync(
            () => me.SetListingAsync(new ListingInput(true, null), ct),
            Lang.T("Je staat nu in het netwerk.", "You are now listed in the network.")
        );

    public Task<IActionResult> OnPostConfirmAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(
            () => trust.ConfirmAsync(id, version, ct),
            Lang.T("Bevestigd: jullie vertrouwen elkaar nu.", "Confirmed: you now trust each other.")
        );

    protected override async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var self = access.RequireSelf("Only professionals have an entry to welcome them to.");
        Entry = await me.GetAsync(ct);
        var mine = (await trust.ListMineAsync(null, new PageRequest(null, PageRequest.MaxSize), ct)).Items;
        Proposals = [.. mine.Where(t => t.Status == TrustStatus.Proposed && t.Recipient.Id == self)];
    }
}
