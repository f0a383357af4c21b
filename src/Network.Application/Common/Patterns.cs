using System.Text.RegularExpressions;

namespace Network.Application.Common;

/// <summary>Matching a declared pattern the way the OpenAPI document's readers do.</summary>
public static class Patterns
{
    /// <summary>
    /// Whether <paramref name="value"/> as a whole matches. The patterns end in <c>$</c>, which .NET also matches
    /// before a final newline ("abc\n" passed the slug pattern, so a domain id with a newline was stored and its
    /// Location header failed with a 500); JSON Schema's ECMA-262 <c>$</c> does not. The match must cover it all.
    /// </summary>
    public static bool MatchesWhole(this Regex pattern, string value)
    {
        var match = pattern.Match(value);
        return match.Success && match.Index == 0 && match.Length == value.Length;
    }
}
