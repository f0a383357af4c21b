using Microsoft.AspNetCore.Mvc;
using Network.Api.Auth;
using Network.Application.Accounts;

namespace Network.Api.Web.Pages.Account;

/// <summary>
/// Where a signed-in identity linked to no entry lands: it explains how to get linked (the invitation link), and
/// offers linking when another account with the same verified e-mail is linked already (a second provider).
/// </summary>
public sealed class LinkModel(AccountService accounts) : WebPage
{
    public string? Name { get; private set; }
    public LinkOffer? Offer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (AccountId is not { } id)
            return LocalRedirect("/");
        Name = User.FindFirst("name")?.Value;
        Offer = await accounts.LinkOfferAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid professionalId, CancellationToken ct)
    {
        if (AccountId is not { } id)
            return LocalRedirect("/");
        await accounts.LinkToOfferedEntryAsync(id, professionalId, ct);
        Done = Lang.T("Je account is gekoppeld.", "Your account is linked.");
        return LocalRedirect("/");
    }

    /// <summary>The account of a signed-in identity that is linked to nothing (else null).</summary>
    private Guid? AccountId =>
        User.HasClaim(DirectoryClaims.Unlinked, "true") ? DirectoryClaims.AccountIdOf(User) : null;
}
