namespace Network.Api.Web;

/// <summary>
/// The web app's language: Dutch first, English as the second language, chosen with the switch in the header and
/// remembered in a cookie. Texts sit side by side where they are used (<c>T("Zoeken", "Search")</c>), so a page reads
/// as it renders and no translation can go missing. Dates are written out by hand because the service runs with
/// invariant globalization (no culture data is loaded).
/// </summary>
public static class Lang
{
    public const string Cookie = "network-lang";

    private static readonly AsyncLocal<bool> English = new();

    public static bool IsEnglish => English.Value;

    /// <summary>The value of the html element's lang attribute.</summary>
    public static string Code => IsEnglish ? "en" : "nl";

    public static string T(string nl, string en) => IsEnglish ? en : nl;

    /// <summary>"3 december 2026" / "3 December 2026".</summary>
    public static string Date(DateOnly d) => Date(d, IsEnglish);

    /// <summary>A date written out in the given language (the printable reports choose theirs by query).</summary>
    public static string Date(DateOnly d, bool english) => Network.Application.Common.DateWords.Date(d, english);

    public static string Date(DateTimeOffset t) => Date(DateOnly.FromDateTime(Local(t)));

    /// <summary>"3 december 2026 om 14:05" in Dutch time.</summary>
    public static string DateTime(DateTimeOffset t)
    {
        var local = Local(t);
        return $"{Date(DateOnly.FromDateTime(local))} {T("om", "at")} {local:HH\\:mm}";
    }

    /// <summary>Thousands grouped the Dutch way (12.345) or the English way (12,345).</summary>
    public static string Number(int n) =>
        n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)
            .Replace(",", IsEnglish ? "," : ".", StringComparison.Ordinal);

    /// <summary>Sets the language for the rest of this request from the remembered choice.</summary>
    public static void UseFor(HttpContext http) => English.Value = http.Request.Cookies[Cookie] == "en";

    private static System.DateTime Local(DateTimeOffset t) => Network.Application.Common.DateWords.Local(t);
}
