using Network.Api.Rest.Common;
using Network.Application.Catalogues;

namespace Network.Api.Rest.Catalogues;

/// <summary>
/// Catalogue entries have no version column; their ETag is a hash of their content
/// (<see cref="CatalogueRules.VersionOf{T}"/>), sent and compared like any other ETag.
/// </summary>
public static class CatalogueETags
{
    public static string Of<T>(T dto) => $"\"{CatalogueRules.VersionOf(dto)}\"";

    /// <summary>The opaque tag named by If-Match, without quotes or weak prefix; null when the header is absent.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            return null;
        if (header.StartsWith("W/", StringComparison.Ordinal))
            header = header[2..];
        return ConditionalReads.VersionPart(header.Trim('"'));
    }

    /// <summary>Returns the result with its own type, so the OpenAPI document still shows the response body.</summary>
    public static TResult WithContentETag<T, TResult>(this HttpContext http, T dto, TResult result)
        where TResult : IResult
    {
        http.Response.Headers.ETag = Of(dto);
        return result;
    }
}
