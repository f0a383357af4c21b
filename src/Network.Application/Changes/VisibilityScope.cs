namespace Network.Application.Changes;

/// <summary>
/// What decides who may see an entity, independent of the viewer: whether it exists, is active and listed, and the
/// municipalities it serves. Stored as short text in the change log (<c>-</c> for "does not exist",
/// <c>AL|GM9901,GM9902</c> for active, listed, serving two municipalities).
/// </summary>
public sealed record VisibilityScope(bool Exists, bool Active, bool Listed, IReadOnlyList<string> Municipalities)
{
    public static readonly VisibilityScope Absent = new(false, false, false, []);

    public static VisibilityScope Of(bool active, bool listed, IEnumerable<string> municipalities) =>
        new(true, active, listed, municipalities.Distinct().Order(StringComparer.Ordinal).ToList());

    public override string ToString() =>
        !Exists ? "-" : $"{(Active ? "A" : "")}{(Listed ? "L" : "")}|{string.Join(',', Municipalities)}";

    public static VisibilityScope Parse(string text)
    {
        if (text == "-")
            return Absent;
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        var flags = text[..bar];
        var codes = text[(bar + 1)..];
        return new VisibilityScope(
            true,
            flags.Contains('A', StringComparison.Ordinal),
            flags.Contains('L', StringComparison.Ordinal),
            codes.Length == 0 ? [] : codes.Split(',')
        );
    }
}
