using System.Text;
using Network.Application.Workshops.Import;

namespace Network.Application.Workshops.Outcomes;

/// <summary>
/// Reads evaluations exported from a survey or typed from paper forms: a header row naming any of the columns
/// signalling, professionalJudgement, weighingSecrecy, legalFrameworks, comment (Dutch: signaleren, oordeel,
/// beroepsgeheim, juridisch, opmerking), then one row per participant; no column names a person.
/// </summary>
public static class EvaluationCsv
{
    public const int MaxBytes = 128 * 1024;
    public const int MaxRows = 40;

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["signalling"] = "signalling",
        ["signaleren"] = "signalling",
        ["professionaljudgement"] = "professionalJudgement",
        ["oordeel"] = "professionalJudgement",
        ["weighingsecrecy"] = "weighingSecrecy",
        ["beroepsgeheim"] = "weighingSecrecy",
        ["legalframeworks"] = "legalFrameworks",
        ["juridisch"] = "legalFrameworks",
        ["comment"] = "comment",
        ["opmerking"] = "comment",
    };

    public sealed record Result(
        IReadOnlyList<(int Line, EvaluationInput Input)> Rows,
        IReadOnlyList<(string Key, string Message)> Problems
    );

    public static Result Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            return Fail($"is larger than {MaxBytes / 1024} KiB");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail("is not UTF-8 text; save it as 'CSV UTF-8'");
        }
        if (text.StartsWith('\uFEFF'))
            text = text[1..];
        var records = AttendanceCsv
            .Records(text)
            .Where(r => r.Fields.Count > 1 || r.Fields[0].Trim().Length > 0)
            .ToList();
        if (records.Count == 0)
            return Fail("is empty; expected a header row and one row per evaluation");
        if (records.Any(r => r.Unterminated))
            return Fail("has an unterminated quoted field");
        var header = records[0];
        var columns = header.Fields.Select(h => Headers.GetValueOrDefault(h.Trim().Replace("_", ""))).ToList();
        if (columns.Any(c => c is null))
            return Fail(
                "line 1: the header row may name only the columns signalling, professionalJudgement, weighingSecrecy, "
                    + "legalFrameworks and comment"
            );
        if (records.Count - 1 > MaxRows)
            return Fail($"has {records.Count - 1} rows; at most {MaxRows} are accepted");

        var rows = new List<(int, EvaluationInput)>();
        var problems = new List<(string, string)>();
        foreach (var r in records.Skip(1))
        {
            if (r.Fields.Count != header.Fields.Count)
            {
                problems.Add(($"line {r.Line}", $"has {r.Fields.Count} fields; the header has {header.Fields.Count}"));
                continue;
            }
            string? Field(string column) =>
                columns.IndexOf(column) is var i and >= 0 && r.Fields[i].Trim() is { Length: > 0 } v ? v : null;
            int? Score(string column)
            {
                var value = Field(column);
                if (value is null)
                    return null;
                if (int.TryParse(value, out var n))
                    return n;
                problems.Add(($"line {r.Line}", $"{column}: '{value}' is not a whole number 1 to 5"));
                return null;
            }
            rows.Add(
                (
                    r.Line,
                    new EvaluationInput(
                        Score("signalling"),
                        Score("professionalJudgement"),
                        Score("weighingSecrecy"),
                        Score("legalFrameworks"),
                        Field("comment")
                    )
                )
            );
        }
        return new Result(rows, problems);
    }

    private static Result Fail(string message) => new([], [("file", message)]);
}
