namespace Network.Application.Common;

/// <summary>
/// Dates written out in Dutch or English, in Dutch time, for everything people read: the web app, the printable
/// reports and e-mail. By hand, because the service runs with invariant globalization (no culture data is loaded).
/// </summary>
public static class DateWords
{
    private static readonly string[] MonthsNl =
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];

    private static readonly string[] MonthsEn =
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    /// <summary>"3 december 2026" / "3 December 2026".</summary>
    public static string Date(DateOnly d, bool english) =>
        $"{d.Day} {(english ? MonthsEn : MonthsNl)[d.Month - 1]} {d.Year}";

    /// <summary>The day <paramref name="t"/> falls on in the Netherlands, written out.</summary>
    public static string Date(DateTimeOffset t, bool english) => Date(DateOnly.FromDateTime(Local(t)), english);

    /// <summary>Dutch time (CET/CEST).</summary>
    public static DateTime Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Amsterdam).DateTime;

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // a machine without tzdata shows UTC rather than failing
        }
    }
}
