namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>What the service enforces on one request property that the served document does not say (yet).</summary>
public sealed record Gap(bool? NeedsValue = null, int? MaxLength = null, int? MaxItems = null);

/// <summary>
/// The rules the service enforces that the served OpenAPI document does not declare, per schema and property, so
/// the property tests keep trying them until the document says them itself. Each entry is a gap in the document,
/// not a shape invented here: the values are the caps the service validates (and the tests asserted before they
/// read the document). <see cref="DocumentGapTests"/> fails when the document starts declaring one, so an entry is
/// removed as soon as it is no longer a gap. NeedsValue: the document types the property as nullable (or says
/// it is required while the service lets it be left out); the value says what the service does.
/// </summary>
public sealed class DocumentGaps
{
    public static DocumentGaps Known { get; } =
        new(
            // Empty: the input records declare their caps ([MaxLength], [Length], [Range]) and [Required] means a
            // value must be sent, so the document says what the services check (OpenApiContract). Add an entry here
            // only for a rule the service enforces that the document cannot say yet, with why.
            new Dictionary<string, Gap>()
        );

    private readonly IReadOnlyDictionary<string, Gap> _gaps;

    private DocumentGaps(IReadOnlyDictionary<string, Gap> gaps) => _gaps = gaps;

    public IReadOnlyDictionary<string, Gap> All => _gaps;

    public Gap? For(string schema, string property) => _gaps.GetValueOrDefault($"{schema}.{property}");
}
