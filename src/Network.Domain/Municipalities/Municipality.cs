namespace Network.Domain.Municipalities;

/// <summary>The tenant boundary, identified by its CBS code (e.g. GM0363).</summary>
public sealed class Municipality
{
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>How long confirmed trust lasts before it must be reconfirmed.</summary>
    public int TrustValidityMonths { get; set; } = 24;

    public static bool IsValidCode(string? code) =>
        code is { Length: 6 } && code.StartsWith("GM", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);
}
