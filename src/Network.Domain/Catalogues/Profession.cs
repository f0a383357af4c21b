namespace Network.Domain.Catalogues;

/// <summary>A profession with its confidentiality regime. Catalogue data, editable by an admin.</summary>
public sealed class Profession
{
    public required string Id { get; init; } // slug, e.g. "youth-doctor"
    public required string Name { get; set; }
    public required string NameNl { get; set; }
    public ConfidentialityRegime Regime { get; set; }

    /// <summary>Where the regime comes from, e.g. "Wet BIG art. 88; WGBO art. 7:457 BW".</summary>
    public required string LegalSource { get; set; }
}
