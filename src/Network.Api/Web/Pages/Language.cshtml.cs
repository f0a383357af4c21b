using Microsoft.AspNetCore.Mvc;

namespace Network.Api.Web.Pages;

/// <summary>The language switch: remembered for a year in a cookie, then back to the page it was used on.</summary>
public sealed class LanguageModel : WebPage
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? taal, string? terug)
    {
        Response.Cookies.Append(
            Lang.Cookie,
            taal == "en" ? "en" : "nl",
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                IsEssential = true, // a preference the person set themself
            }
        );
        return LocalRedirect(Url.IsLocalUrl(terug) ? terug : "/");
    }
}
