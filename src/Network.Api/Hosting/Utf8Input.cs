using System.Text.Unicode;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Network.Api.Hosting;

/// <summary>
/// Request text is UTF-8 (RFC 8259 §8.1 for JSON, RFC 3986 for percent-encoded query strings), through both doors.
/// Under /api this middleware refuses the rest before anything reads it: a query string whose escapes are not UTF-8
/// is 400 (ASP.NET Core would otherwise keep "%C3(" as text the client never meant), a JSON body in another charset
/// is 415 (the framework would transcode latin1 silently and throw a 500 on an unknown name). The GraphQL door
/// applies the same two rules in its own error shape (see GraphQLEndpoint and MediaTypes).
/// </summary>
public static class Utf8Input
{
    public const string QueryStringDetail = "The query string is not valid UTF-8: percent-encode text as UTF-8 bytes.";
    public const string CharsetDetail = "Send JSON as UTF-8: name no charset, or charset=utf-8.";

    public static IApplicationBuilder UseUtf8Input(this IApplicationBuilder app) =>
        app.Use(
            async (http, next) =>
            {
                if (!http.Request.Path.StartsWithSegments("/api"))
                {
                    await next(http);
                    return;
                }
                if (!IsUtf8QueryString(http.Request.QueryString.Value))
                {
                    await ProblemWriter.WriteAsync(http, StatusCodes.Status400BadRequest, QueryStringDetail);
                    return;
                }
                if (MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && IsJson(type))
                {
                    if (!IsUtf8Charset(type.Charset))
                    {
                        await ProblemWriter.WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, CharsetDetail);
                        return;
                    }
                    // charset="utf-8" is valid HTTP, but the framework's JSON reader looks the quotes up as an encoding name.
                    if (type.Charset.HasValue && type.Charset.Value![0] == '"')
                    {
                        type.Charset = "utf-8";
                        http.Request.ContentType = type.ToString();
                    }
                }
                await next(http);
            }
        );

    /// <summary>No charset, or utf-8 in any case, quoted or not: the only encoding JSON may travel in.</summary>
    public static bool IsUtf8Charset(StringSegment charset) =>
        !charset.HasValue || HeaderUtilities.RemoveQuotes(charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether every run of percent escapes decodes to valid UTF-8. A multi-byte character is always one unbroken
    /// run, so checking runs separately is exact; a '%' without two hex digits is left to the framework (it keeps it).
    /// </summary>
    public static bool IsUtf8QueryString(string? raw)
    {
        if (string.IsNullOrEmpty(raw) || !raw.Contains('%'))
            return true;
        Span<byte> run = raw.Length <= 3000 ? stackalloc byte[raw.Length / 3] : new byte[raw.Length / 3];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                run[length++] = byte.Parse(raw.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier);
                i += 2;
                continue;
            }
            if (length > 0 && !Utf8.IsValid(run[..length]))
                return false;
            length = 0;
        }
        return length == 0 || Utf8.IsValid(run[..length]);
    }

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
}
