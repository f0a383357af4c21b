using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Network.Api.Rest.Common;

/// <summary>
/// Entity tags that validate what this viewer was shown, and 304 for a single resource that has not changed.
/// A row version alone cannot do that: the same professional reads differently to a trusted colleague and to a
/// stranger, and a trust relationship confirmed elsewhere changes the answer without touching the row. So every
/// ETag the REST door sends is <c>"{version}.{hash}"</c>: the version that If-Match compares, and a hash of the
/// representation as serialised for this viewer. If-None-Match on a GET marked with
/// <see cref="WithConditionalRead"/> answers 304 when the representation is the one the client holds; the answer
/// is still computed in full, so every visibility decision and audit record happens as on a 200.
/// </summary>
public static class ConditionalReads
{
    /// <summary>Marks a single-resource GET whose answer may be 304 Not Modified.</summary>
    public sealed class Marker;

    public static RouteHandlerBuilder WithConditionalRead(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new Marker()).Produces(StatusCodes.Status304NotModified);

    /// <summary>Applied once to the /api/v1 group: every ETag set by a handler gains the representation hash.</summary>
    public static TBuilder TagRepresentations<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(
            async (invocation, next) =>
            {
                var result = await next(invocation);
                var http = invocation.HttpContext;
                var version = http.Response.Headers.ETag.ToString();
                if (version.Length == 0 || result is not IValueHttpResult { Value: { } value })
                    return result;
                var etag = $"\"{version.Trim('"')}.{HashOf(value, http)}\"";
                http.Response.Headers.ETag = etag;
                var conditional = http.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null;
                if (conditional && HttpMethods.IsGet(http.Request.Method) && Matches(http.Request, etag))
                    return TypedResults.StatusCode(StatusCodes.Status304NotModified);
                return result;
            }
        );

    /// <summary>The version part of an entity tag sent in If-Match: what comes before the representation hash.</summary>
    public static string VersionPart(string tag)
    {
        var dot = tag.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? tag : tag[..dot];
    }

    private static string HashOf(object value, HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    /// <summary>RFC 9110 §13.1.2: weak comparison, a list of tags or <c>*</c>.</summary>
    private static bool Matches(HttpRequest request, string etag)
    {
        foreach (var candidate in request.Headers.IfNoneMatch.ToString().Split(','))
        {
            var tag = candidate.Trim();
            if (tag == "*")
                return true;
            if (tag.StartsWith("W/", StringComparison.Ordinal))
                tag = tag[2..];
            if (string.Equals(tag, etag, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
