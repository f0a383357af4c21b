using Microsoft.Extensions.Options;
using Network.Api.Auth;
using Network.Api.Web;

namespace Network.Api.Hosting;

/// <summary>
/// Headers the Dutch API Design Rules ask on every response (/core/transport/security-headers) and the
/// API-Version header (/core/version-header). HTML pages the service serves relax only the CSP they need.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiVersion = "1.0.0";

    private static readonly PathString[] HtmlPages = ["/swagger", "/graphql/ui", "/reports"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var webApp = WebAppPolicy(app.ApplicationServices.GetRequiredService<IOptions<AuthOptions>>().Value);
        return app.Use(
            (http, next) =>
            {
                http.Response.OnStarting(() =>
                {
                    var h = http.Response.Headers;
                    h["API-Version"] = ApiVersion;
                    // Nothing is cached but the web app's hashed styles and script, which say so themselves.
                    if (!h.CacheControl.ToString().StartsWith("public", StringComparison.Ordinal))
                        h.CacheControl = "no-store";
                    h["X-Content-Type-Options"] = "nosniff";
                    h["X-Frame-Options"] = "DENY";
                    h["Referrer-Policy"] = "no-referrer";
                    h["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
                    var isPage = HtmlPages.Any(p => http.Request.Path.StartsWithSegments(p)) || IsHtmlReport(http);
                    h.ContentSecurityPolicy =
                        WebSetup.IsPage(http.Request.Path) ? webApp
                        : isPage ? Tools
                        : "default-src 'none'; frame-ancestors 'none'";
                    return Task.CompletedTask;
                });
                return next(http);
            }
        );
    }

    /// <summary>
    /// The web app's pages: nothing inline, nothing from elsewhere, forms post only to the service. The sign-in
    /// buttons post here too, but browsers hold a form's redirect to form-action as well: the configured identity
    /// providers' origins are allowed, so the redirect to their sign-in page is not blocked.
    /// </summary>
    private static string WebAppPolicy(AuthOptions auth)
    {
        var providers = auth
            .Providers.Values.Where(p => p.OffersSignIn)
            .Select(p =>
                Uri.TryCreate(p.Authority, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Authority) : null
            )
            .OfType<string>()
            .Distinct()
            .Select(origin => " " + origin);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + $"form-action 'self'{string.Concat(providers)}; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
    }

    private const string Tools =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'"; // GraphiQL's fonts are bundled as data: URLs

    private static bool IsHtmlReport(HttpContext http) =>
        http.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true;
}
