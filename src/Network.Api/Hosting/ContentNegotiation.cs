using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Network.Api.Hosting;

/// <summary>
/// The API answers in JSON only: a request under /api whose Accept header admits neither application/json nor
/// application/problem+json (nor a type the endpoint itself declares, such as text/csv) gets 406 instead of
/// JSON it did not ask for. A missing Accept header, */* and application/* all admit JSON.
/// </summary>
public static class ContentNegotiation
{
    private static readonly MediaTypeHeaderValue[] Always = [new("application/json"), new("application/problem+json")];

    public static IApplicationBuilder UseJsonContentNegotiation(this IApplicationBuilder app) =>
        app.Use(
            async (http, next) =>
            {
                if (!http.Request.Path.StartsWithSegments("/api") || Acceptable(http))
                {
                    await next(http);
                    return;
                }
                await ProblemWriter.WriteAsync(
                    http,
                    StatusCodes.Status406NotAcceptable,
                    $"This resource answers in application/json; the Accept header asked for '{Shorten(http.Request.Headers.Accept.ToString())}'."
                );
            }
        );

    private static bool Acceptable(HttpContext http)
    {
        var header = http.Request.Headers.Accept;
        if (header.Count == 0)
            return true;
        if (!MediaTypeHeaderValue.TryParseList(header, out var accepted) || accepted.Count == 0)
            return true;
        var offered = Always.Concat(Declared(http.GetEndpoint())).ToList();
        return accepted.Any(a => a.Quality is not 0 && offered.Any(o => o.IsSubsetOf(a)));
    }

    private static IEnumerable<MediaTypeHeaderValue> Declared(Endpoint? endpoint) =>
        endpoint
            ?.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .SelectMany(m => m.ContentTypes)
            .Select(t => MediaTypeHeaderValue.TryParse(t, out var v) ? v : null)
            .OfType<MediaTypeHeaderValue>()
        ?? [];

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
