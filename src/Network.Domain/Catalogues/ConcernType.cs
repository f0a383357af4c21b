namespace Network.Domain.Catalogues;

/// <summary>A kind of concern a professional may have, e.g. radicalisation or domestic violence.</summary>
public sealed class ConcernType
{
    public required string Id { get; init; } // slug, e.g. "radicalisation"
    public required string Name { get; set; }
    public required string NameNl { get; set; }
    public required string Description { get; set; }

    /// <summary>Expertise tags that make a professional a candidate for this concern.</summary>
    public List<string> ExpertiseTags { get; set; } = [];
}
