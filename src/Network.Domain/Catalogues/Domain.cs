namespace Network.Domain.Catalogues;

/// <summary>A field of work such as youth, safety or education. Catalogue data, editable by an admin.</summary>
public sealed class Domain
{
    public required string Id { get; init; } // slug, e.g. "youth"
    public required string Name { get; set; } // English
    public required string NameNl { get; set; } // Dutch
}
