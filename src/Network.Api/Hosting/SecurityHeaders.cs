namespace Network.Api.Hosting;

/// <summary>
/// Headers the Dutch API Design Rules ask on every response (/core/transport/security-headers) and the
/// API-Version header (/core/version-header). HTML pages the service serves relax only the CSP they need.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiVersion = "1.0.0";

    private static readonly PathString[] HtmlPages = ["/swagger", "/graphql/ui", "/reports"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(
            (http, next) =>
            {
                http.Response.OnStarting(() =>
                {
                    var h = http.Response.Headers;
                    h["API-Version"] = ApiVersion;
                    h.CacheControl = "no-store";
                    h["X-Content-Type-Options"] = "nosniff";
                    h["X-Frame-Options"] = "DENY";
                    h["Referrer-Policy"] = "no-referrer";
                    h["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
                    var isPage = HtmlPages.Any(p => http.Request.Path.StartsWithSegments(p)) || IsHtmlReport(http);
                    h.ContentSecurityPolicy = isPage
                        ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'"
                        : "default-src 'none'; frame-ancestors 'none'";
                    return Task.CompletedTask;
                });
                return next(http);
            }
        );

    private static bool IsHtmlReport(HttpContext http) =>
        http.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true;
}
