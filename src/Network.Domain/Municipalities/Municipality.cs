namespace Network.Domain.Municipalities;

/// <summary>The tenant boundary, identified by its CBS code (e.g. GM0363).</summary>
public sealed class Municipality
{
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>How long confirmed trust lasts before it must be reconfirmed.</summary>
    public int TrustValidityMonths { get; set; } = 24;

    /// <summary>A CBS code is "GM" and four digits: 6 characters, as <see cref="CodePattern"/> says.</summary>
    public const int CodeLength = 6;

    /// <summary>What <see cref="IsValidCode"/> accepts, as a regular expression (the OpenAPI document declares it).</summary>
    public const string CodePattern = "^GM[0-9]{4}$";

    public static bool IsValidCode(string? code) =>
        code is { Length: CodeLength }
        && code.StartsWith("GM", StringComparison.Ordinal)
        && code[2..].All(char.IsAsciiDigit);
}
