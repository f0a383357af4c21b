using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Network.Api.Auth;
using Network.Api.Hosting;
using Network.Application.Accounts;
using Network.Application.Common;

namespace Network.Api.Web.Pages.Invitations;

/// <summary>
/// The invitation link from the e-mail. The token is taken out of the address at once (kept in a short-lived,
/// encrypted, HttpOnly cookie), so it stays out of the browser's history and out of any Referer. Then: sign in
/// with the organisation's account, and link that account to the invited entry with one button. A forged, used,
/// revoked or expired link gets one and the same page, and changes nothing.
/// </summary>
[EnableRateLimiting(RateLimiting.InvitationLinks)]
public sealed class AcceptModel(
    InvitationService invitations,
    IDataProtectionProvider protection,
    IOptions<AuthOptions> auth,
    IWebHostEnvironment env
) : WebPage
{
    private const string CookieName = "network.invitation";
    private static readonly TimeSpan Hold = TimeSpan.FromHours(1);

    public InvitationView? Invitation { get; private set; }

    /// <summary>Signed in through an identity provider (an account the link can be linked to).</summary>
    public bool HasAccount => AccountId is not null;

    public IReadOnlyList<(string Name, string DisplayName)> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken ct)
    {
        if (token is not null)
        {
            if (await invitations.OpenAsync(token, ct) is null)
                return Unusable();
            Response.Cookies.Append(
                CookieName,
                Protector().Protect(token, Hold),
                new CookieOptions
                {
                    HttpOnly = true,
                    // As the session cookie: Secure always, except over plain http in Development.
                    Secure = Request.IsHttps || !env.IsDevelopment(),
                    SameSite = SameSiteMode.Lax,
                    Path = "/uitnodiging",
                    MaxAge = Hold,
                    IsEssential = true,
                }
            );
            return LocalRedirect("/uitnodiging");
        }
        if (HeldToken() is not { } held || await invitations.OpenAsync(held, ct) is not { } open)
            return Unusable();
        Invitation = open;
        Providers =
        [
            .. auth.Value.Providers.Where(p => p.Value.OffersSignIn).Select(p => (p.Key, p.Value.DisplayName ?? p.Key)),
        ];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (HeldToken() is not { } held || AccountId is not { } account)
            return Unusable();
        try
        {
            await invitations.AcceptAsync(held, account, ct);
        }
        catch (NotFoundException)
        {
            return Unusable();
        }
        catch (ConflictException e)
        {
            ShowRefusal(FieldErrorWords.Refusal(e.Message));
            Response.StatusCode = StatusCodes.Status409Conflict;
            Invitation = await invitations.OpenAsync(held, ct);
            return Page();
        }
        Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/uitnodiging" });
        return LocalRedirect("/welkom");
    }

    private PageResult Unusable()
    {
        Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/uitnodiging" });
        Response.StatusCode = StatusCodes.Status404NotFound;
        Invitation = null;
        return Page();
    }

    private string? HeldToken()
    {
        if (!Request.Cookies.TryGetValue(CookieName, out var sealedToken))
            return null;
        try
        {
            return Protector().Unprotect(sealedToken);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector() =>
        protection.CreateProtector("Network.Invitations.Link").ToTimeLimitedDataProtector();

    private Guid? AccountId => DirectoryClaims.AccountIdOf(User);
}
