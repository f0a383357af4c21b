using Microsoft.AspNetCore.Mvc;
using Network.Application.Accounts;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Domain.Accounts;
using Network.Domain.Professionals;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// Newcomers and their invitations: invite (or invite again), revoke, and see who has not accepted yet. A person is
/// "not listed yet" until they consent themselves, also after accepting the invitation.
/// </summary>
public sealed class InvitationsModel(ProfessionalService professionals, InvitationService invitations) : WebPage
{
    [BindProperty(SupportsGet = true, Name = "na")]
    public string? After { get; set; }

    public Page<ProfessionalDto> Newcomers { get; private set; } = new([], 0, null, 0);

    /// <summary>Each newcomer's latest invitation.</summary>
    public IReadOnlyDictionary<Guid, InvitationDto> Latest { get; private set; } =
        new Dictionary<Guid, InvitationDto>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostInviteAsync(Guid professionalId, string? language, CancellationToken ct) =>
        ChangeAsync(
            () =>
                invitations.CreateAsync(
                    professionalId,
                    new InvitationInput(null, language == "en" ? Application.Mail.MailLanguage.En : null),
                    ct
                ),
            Lang.T("Uitnodiging verstuurd.", "Invitation sent.")
        );

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(() => invitations.RevokeAsync(id, ct), Lang.T("Uitnodiging ingetrokken.", "Invitation revoked."));

    public static string StatusWords(InvitationStatus status) =>
        status switch
        {
            InvitationStatus.Open => Lang.T("uitgenodigd, nog niet geopend", "invited, not opened yet"),
            InvitationStatus.Accepted => Lang.T("aangemeld, nog niet ingestemd", "signed in, not consented yet"),
            InvitationStatus.Revoked => Lang.T("uitnodiging ingetrokken", "invitation revoked"),
            _ => Lang.T("uitnodiging verlopen", "invitation expired"),
        };

    protected override async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Newcomers = await professionals.ListAsync(
            new ProfessionalFilter(Listing: ListingStatus.Pending),
            new PageRequest(After, 50),
            ct
        );
        Latest = await invitations.LatestForAsync([.. Newcomers.Items.Select(p => p.Id)], ct);
    }
}
