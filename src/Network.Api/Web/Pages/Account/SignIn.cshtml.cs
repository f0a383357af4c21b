using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Network.Api.Auth;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Web.Pages.Account;

/// <summary>
/// Sign-in. Development offers the demo logins (people only: system clients use tokens); elsewhere the page says
/// that no identity provider is configured, and a POST changes nothing.
/// </summary>
public sealed class SignInModel(IWebHostEnvironment env) : WebPage
{
    [BindProperty(SupportsGet = true)]
    public string? Terug { get; set; }

    public IReadOnlyList<DemoUser>? DemoLogins { get; private set; }

    public void OnGet() => DemoLogins = People();

    public async Task<IActionResult> OnPostAsync(string? login)
    {
        var user = People()?.FirstOrDefault(u => u.Login == login);
        if (user is null)
            return NotFound();
        await HttpContext.SignInAsync(SessionCookie.Scheme, SessionCookie.Principal(user));
        return LocalRedirect(Url.IsLocalUrl(Terug) ? Terug : "/");
    }

    private IReadOnlyList<DemoUser>? People() =>
        env.IsDevelopment()
            ? [.. DemoNetwork.Users.Where(u => u.ProfessionalId is not null || u.Scopes.Count == 0)]
            : null;
}
