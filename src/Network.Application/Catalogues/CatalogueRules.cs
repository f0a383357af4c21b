using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Network.Application.Access;
using Network.Application.Common;

namespace Network.Application.Catalogues;

/// <summary>What the catalogue services share: slug ids, the read check and content-derived versions.</summary>
public static partial class CatalogueRules
{
    public const int MaxIdLength = 60;

    /// <summary>The caps of the catalogues' texts: the input records declare them, the services check them.</summary>
    public const int MaxNameLength = 200,
        MaxLegalSourceLength = 500,
        MaxDescriptionLength = 2000;

    /// <summary>Catalogue ids are lowercase slugs ("youth-doctor"), so they read well in URLs and filters.</summary>
    public static Validator Slug(this Validator v, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return v.Add(field, "is required");
        if (value.Length > MaxIdLength)
            v.Add(field, $"must be at most {MaxIdLength} characters");
        return v.When(
            !SlugPattern().MatchesWhole(value),
            field,
            "must be a lowercase slug such as 'youth-doctor' (a-z, 0-9, single hyphens)"
        );
    }

    public static bool IsSlug(string? value) =>
        value is { Length: > 0 and <= MaxIdLength } && SlugPattern().MatchesWhole(value);

    public static void EnsureCanRead(AccessPolicy access)
    {
        if (!access.CanReadCatalogues)
            throw new ForbiddenException("This client may not read the directory; it lacks the directory read scope.");
    }

    /// <summary>
    /// Catalogue rows carry no version column; their version is a hash of what a client reads, so an
    /// If-Match taken from a GET matches exactly while nobody changed the entry.
    /// </summary>
    public static string VersionOf<T>(T dto) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(dto)))[..16];

    public static void EnsureMatches(string currentVersion, string? ifMatch)
    {
        if (ifMatch is null)
            throw new PreconditionRequiredException();
        if (!string.Equals(ifMatch, currentVersion, StringComparison.Ordinal))
            throw new PreconditionFailedException();
    }

    /// <summary>A lowercase slug, as <see cref="Slug"/> checks it (and the input records declare it).</summary>
    public const string SlugRegex = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(SlugRegex)]
    private static partial Regex SlugPattern();
}
