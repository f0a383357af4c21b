using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Trust;
using Network.Domain.Trust;

namespace Network.Api.Web.Pages.Trust;

/// <summary>"Vertrouwen": proposals to answer, trust to reconfirm before it expires, and the way to end it.</summary>
public sealed class IndexModel(TrustService trust, AccessPolicy access) : WebPage
{
    public IReadOnlyList<TrustRelationshipDto> ToAnswer { get; private set; } = [];
    public IReadOnlyList<TrustRelationshipDto> Waiting { get; private set; } = [];
    public IReadOnlyList<TrustRelationshipDto> Confirmed { get; private set; } = [];

    public Guid Self { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostConfirmAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(
            () => trust.ConfirmAsync(id, version, ct),
            Lang.T("Bevestigd: jullie vertrouwen elkaar nu.", "Confirmed: you now trust each other.")
        );

    public Task<IActionResult> OnPostReconfirmAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(() => trust.ReconfirmAsync(id, version, ct), Lang.T("Opnieuw bevestigd.", "Reconfirmed."));

    public Task<IActionResult> OnPostRevokeAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(() => trust.RevokeAsync(id, version, ct), Lang.T("Ingetrokken.", "Revoked."));

    /// <summary>The other person in a relationship, seen from the viewer.</summary>
    public TrustParty Other(TrustRelationshipDto t) => t.Proposer.Id == Self ? t.Recipient : t.Proposer;

    protected override async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Self = access.RequireSelf("Only professionals have trust relationships.");
        var mine = (await trust.ListMineAsync(null, new PageRequest(null, PageRequest.MaxSize), ct)).Items;
        ToAnswer = [.. mine.Where(t => t.Status == TrustStatus.Proposed && t.Recipient.Id == Self)];
        Waiting = [.. mine.Where(t => t.Status == TrustStatus.Proposed && t.Proposer.Id == Self)];
        Confirmed = [.. mine.Where(t => t.Status == TrustStatus.Confirmed).OrderBy(t => t.ExpiresAt)];
    }
}
