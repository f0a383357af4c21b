using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Auth;

/// <summary>
/// The browser session of the web app: an HttpOnly, SameSite=Lax cookie with a sliding idle expiry. The API keeps
/// its bearer tokens. A request is authenticated by the session only where a cookie cannot be abused across sites:
/// the web pages (whose forms carry an antiforgery token) and safe reads of the REST API (so a report link opens in
/// the browser). A write to the REST API or anything to GraphQL needs a bearer token; a cookie there counts for nothing.
/// </summary>
public static class SessionCookie
{
    /// <summary>The default scheme: picks the bearer token when one is sent, the session cookie where it counts.</summary>
    public const string Selector = "network";
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>The web app's authorization policy: a signed-in person, through the session cookie.</summary>
    public const string Policy = "web-session";

    public static AuthenticationBuilder AddNetworkSession(this AuthenticationBuilder auth, bool development)
    {
        auth.AddPolicyScheme(Selector, null, o =>
        {
            o.ForwardDefaultSelector = http =>
                CountsHere(http)
                    ? Scheme
                    : IdentityProviders.BearerSchemeFor(
                        http,
                        http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value
                    );
            // API callers always get the API's 401/403 problems, never a redirect to a sign-in page.
            o.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
            o.ForwardForbid = JwtBearerDefaults.AuthenticationScheme;
        });
        auth.AddCookie(Scheme, o =>
        {
            // Outside Development the __Host- prefix makes the browser insist on Secure, path / and no Domain.
            o.Cookie.Name = development ? "NetworkSession" : "__Host-network";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax; // Lax, not Strict: the OpenID Connect callback is a cross-site GET
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.IsEssential = true; // a sign-in cookie needs no consent banner (strictly necessary)
            o.SlidingExpiration = true;
            o.LoginPath = "/aanmelden";
            o.LogoutPath = "/afmelden";
            o.AccessDeniedPath = "/geen-toegang";
            o.ReturnUrlParameter = "terug";
        });
        auth.Services.AddOptions<CookieAuthenticationOptions>(Scheme)
            .Configure<IConfiguration>(
                (o, config) => o.ExpireTimeSpan = TimeSpan.FromMinutes(config.GetValue("Session:IdleMinutes", 30))
            );
        return auth;
    }

    /// <summary>Whether the session cookie may authenticate this request (see the class summary).</summary>
    public static bool CountsHere(HttpContext http)
    {
        if (http.Request.Headers.Authorization.Count > 0)
            return false;
        var path = http.Request.Path;
        if (path.StartsWithSegments("/graphql") || path.StartsWithSegments("/dev"))
            return false;
        if (path.StartsWithSegments("/api"))
            return HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        return true;
    }

    /// <summary>The claims a session carries for a person: the same names a bearer token uses.</summary>
    public static ClaimsPrincipal Principal(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, Scheme, "name", NetworkClaims.Role));

    /// <summary>Development: the demo login's claims, as the dev token issuer signs them.</summary>
    public static ClaimsPrincipal Principal(DemoUser user) => Principal(DevTokens.Claims(user));
}
