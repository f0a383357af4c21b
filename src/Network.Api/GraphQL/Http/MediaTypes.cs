using Microsoft.Net.Http.Headers;

namespace Network.Api.GraphQL.Http;

/// <summary>The media types of the GraphQL-over-HTTP spec and the negotiation between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type the Accept header allows, preferring <c>application/graphql-response+json</c>
    /// (also for a missing Accept and <c>*/*</c>, as the spec recommends after its legacy watershed);
    /// null when neither is acceptable (406).
    /// </summary>
    public static string? Negotiate(IList<string> accept)
    {
        if (accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace)) return GraphQLResponse;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0) return null;
        var graphql = Quality(ranges, GraphQLResponse);
        var json = Quality(ranges, Json);
        if (graphql <= 0 && json <= 0) return null;
        return graphql >= json ? GraphQLResponse : Json;
    }

    /// <summary>The quality the most specific matching range gives <paramref name="type"/> (RFC 9110 §12.5.1).</summary>
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string type)
    {
        var slash = type.IndexOf('/');
        var best = ranges
            .Where(r => Covers(r, type[..slash], type[(slash + 1)..]) && CharsetFits(r))
            .OrderByDescending(r => r.MatchesAllTypes ? 0 : r.MatchesAllSubTypes ? 1 : 2)
            .FirstOrDefault();
        return best is null ? 0 : best.Quality ?? 1;
    }

    private static bool Covers(MediaTypeHeaderValue range, string type, string subType) =>
        range.MatchesAllTypes
        || (range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase)));

    private static bool CharsetFits(MediaTypeHeaderValue range) =>
        !range.Charset.HasValue || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);

    /// <summary>POST bodies must be <c>application/json</c>, in UTF-8 when a charset is named.</summary>
    public static bool IsJsonBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && CharsetFits(type);
}
