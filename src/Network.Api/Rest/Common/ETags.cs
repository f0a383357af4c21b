namespace Network.Api.Rest.Common;

/// <summary>Optimistic concurrency over HTTP: the ETag starts with the row version; If-Match must carry it on updates.</summary>
public static class ETags
{
    public static string Of(int version) => $"\"{version}\"";

    /// <summary>
    /// The version named by If-Match; null when absent. A malformed header matches nothing (412). The tag may carry the
    /// representation hash that <see cref="ConditionalReads"/> appends, or be the bare version.
    /// </summary>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
            return null;
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
            value = value[2..];
        return int.TryParse(ConditionalReads.VersionPart(value.Trim('"')), out var version) ? version : -1;
    }

    /// <summary>Sets the ETag and returns the result with its own type, so the OpenAPI document still shows the response body.</summary>
    public static TResult WithETag<TResult>(this HttpContext http, int version, TResult result)
        where TResult : IResult
    {
        http.Response.Headers.ETag = Of(version);
        return result;
    }
}
