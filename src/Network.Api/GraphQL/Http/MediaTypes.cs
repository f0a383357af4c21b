using Microsoft.Net.Http.Headers;
using Network.Api.Hosting;

namespace Network.Api.GraphQL.Http;

/// <summary>The media types of the GraphQL-over-HTTP spec and the negotiation between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type the Accept header allows. A missing Accept, <c>*/*</c> or any tie without
    /// <c>application/graphql-response+json</c> named explicitly gets <c>application/json</c> (the spec's
    /// watershed rule for clients that may predate the new type); null when neither is acceptable (406).
    /// </summary>
    public static string? Negotiate(IList<string> accept)
    {
        if (accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
            return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
            return null;
        var graphql = Quality(ranges, GraphQLResponse);
        var json = Quality(ranges, Json);
        if (graphql <= 0 && json <= 0)
            return null;
        var named = ranges.Any(r => r.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase));
        return graphql > json || (graphql == json && named) ? GraphQLResponse : Json;
    }

    /// <summary>The quality the most specific matching range gives <paramref name="type"/> (RFC 9110 §12.5.1).</summary>
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string type)
    {
        var slash = type.IndexOf('/');
        var best = ranges
            .Where(r => Covers(r, type[..slash], type[(slash + 1)..]) && CharsetFits(r))
            .OrderByDescending(r =>
                r.MatchesAllTypes ? 0
                : r.MatchesAllSubTypes ? 1
                : 2
            )
            .FirstOrDefault();
        return best is null ? 0 : best.Quality ?? 1;
    }

    private static bool Covers(MediaTypeHeaderValue range, string type, string subType) =>
        range.MatchesAllTypes
        || (
            range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase))
        );

    private static bool CharsetFits(MediaTypeHeaderValue range) => Utf8Input.IsUtf8Charset(range.Charset);

    /// <summary>POST bodies must be <c>application/json</c>, in UTF-8 when a charset is named.</summary>
    public static bool IsJsonBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && CharsetFits(type);
}
