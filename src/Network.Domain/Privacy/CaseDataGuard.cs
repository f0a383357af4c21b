using System.Text.RegularExpressions;

namespace Network.Domain.Privacy;

/// <summary>
/// The directory holds data about professionals, never about the young people they worry about.
/// Free text is refused when it looks like case data: a number passing the BSN eleven-test, or a date
/// that reads like a birth date ("geboren", "born", "geb.").
/// </summary>
public static partial class CaseDataGuard
{
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        foreach (Match m in NineDigits().Matches(text))
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            if (IsBsn(digits))
                return "looks like a citizen service number (BSN); never enter client data";
        }
        if (BirthDate().IsMatch(text))
            return "looks like a birth date; never enter client data";
        return null;
    }

    /// <summary>The BSN eleven-test: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a positive multiple of 11.</summary>
    public static bool IsBsn(string digits)
    {
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
            return false;
        var sum = 0;
        for (var i = 0; i < 8; i++)
            sum += (9 - i) * (digits[i] - '0');
        sum -= digits[8] - '0';
        return sum > 0 && sum % 11 == 0;
    }

    [GeneratedRegex(@"(?<!\d)\d{4}[ .]?\d{2}[ .]?\d{3}(?!\d)|(?<!\d)\d{9}(?!\d)")]
    private static partial Regex NineDigits();

    [GeneratedRegex(@"\b(geboren|geb\.|born|dob|geboortedatum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BirthDate();
}
