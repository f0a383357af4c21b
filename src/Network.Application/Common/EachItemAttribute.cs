namespace Network.Application.Common;

/// <summary>
/// What every item of a list of texts must be: the input records declare it for the OpenAPI document, beside the
/// list's own [Length]/[MaxLength], which speak of the list. The services check each item and name it in the field
/// error (<c>expertiseTags[2]</c>); this attribute only says so, it validates nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EachItemAttribute : Attribute
{
    /// <summary>At least this many characters; 0 for no minimum.</summary>
    public int MinLength { get; init; }

    /// <summary>At most this many characters; 0 for no maximum.</summary>
    public int MaxLength { get; init; }

    /// <summary>A regular expression each item matches (ECMA-262, as JSON Schema reads it); null for none.</summary>
    public string? Pattern { get; init; }
}
