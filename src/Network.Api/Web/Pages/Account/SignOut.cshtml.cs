using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Network.Api.Auth;

namespace Network.Api.Web.Pages.Account;

/// <summary>Sign-out is a POST (with its antiforgery token), so a link on another site cannot end a session.</summary>
public sealed class SignOutModel : WebPage
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(SessionCookie.Scheme);
        return LocalRedirect("/");
    }
}
