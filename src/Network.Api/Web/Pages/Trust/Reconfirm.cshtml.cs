using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Trust;
using Network.Domain.Trust;

namespace Network.Api.Web.Pages.Trust;

/// <summary>
/// The reminder's link: one relationship and one button to reconfirm it. Opening the link changes nothing (mail
/// scanners open links too); the button does. For anyone but its two people it is not found.
/// </summary>
public sealed class ReconfirmModel(TrustService trust, AccessPolicy access) : WebPage
{
    public TrustRelationshipDto? Relationship { get; private set; }
    public TrustParty? Other { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        return await ChangeAsync(
            () => trust.ReconfirmAsync(id, version, ct),
            Lang.T("Opnieuw bevestigd.", "Reconfirmed."),
            () => LocalRedirect("/vertrouwen")
        );
    }

    protected override async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync(Relationship!.Id, HttpContext.RequestAborted);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var self = access.RequireSelf("Only professionals have trust relationships.");
        try
        {
            Relationship = await trust.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        if (Relationship.Proposer.Id != self && Relationship.Recipient.Id != self)
            return false;
        Other = Relationship.Proposer.Id == self ? Relationship.Recipient : Relationship.Proposer;
        return true;
    }

    public bool Reconfirmable => Relationship?.Status == TrustStatus.Confirmed;
}
