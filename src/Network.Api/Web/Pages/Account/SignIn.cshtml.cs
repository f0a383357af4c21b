using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Network.Api.Auth;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Web.Pages.Account;

/// <summary>
/// Sign-in: one button per configured identity provider (OpenID Connect code flow with PKCE), and in Development
/// also the demo logins (people only: system clients use tokens). Without either, the page says so and a POST
/// changes nothing.
/// </summary>
public sealed class SignInModel(IWebHostEnvironment env, IOptions<AuthOptions> auth) : WebPage
{
    [BindProperty(SupportsGet = true)]
    public string? Terug { get; set; }

    /// <summary>Set when a provider refused or the sign-in broke off.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Mislukt { get; set; }

    public IReadOnlyList<DemoUser>? DemoLogins { get; private set; }

    public IReadOnlyList<(string Name, string DisplayName)> Providers { get; private set; } = [];

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostAsync(string? login)
    {
        var user = People()?.FirstOrDefault(u => u.Login == login);
        if (user is null)
            return NotFound();
        await HttpContext.SignInAsync(SessionCookie.Scheme, SessionCookie.Principal(user));
        return LocalRedirect(Back);
    }

    /// <summary>Off to the provider; it sends the browser back to its callback, which signs the session in.</summary>
    public IActionResult OnPostProvider(string? provider)
    {
        if (provider is null || !auth.Value.Providers.TryGetValue(provider, out var p) || !p.OffersSignIn)
            return NotFound();
        return Challenge(new AuthenticationProperties { RedirectUri = Back }, IdentityProviders.SignInScheme(provider));
    }

    private string Back => Url.IsLocalUrl(Terug) ? Terug! : "/";

    private void Load()
    {
        DemoLogins = People();
        Providers =
        [
            .. auth.Value.Providers.Where(p => p.Value.OffersSignIn).Select(p => (p.Key, p.Value.DisplayName ?? p.Key)),
        ];
    }

    private IReadOnlyList<DemoUser>? People() =>
        env.IsDevelopment()
            ? [.. DemoNetwork.Users.Where(u => u.ProfessionalId is not null || u.Scopes.Count == 0)]
            : null;
}
