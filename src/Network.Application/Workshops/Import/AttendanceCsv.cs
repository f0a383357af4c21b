using System.Text;

namespace Network.Application.Workshops.Import;

/// <summary>One data row of an attendance list, with the physical line it starts on (1 = the header).</summary>
public sealed record AttendanceRow(int Line, string Name, string Email, string Organisation, string Profession);

/// <summary>The parsed list, or the problems that make it unreadable as a whole (key "file") or per line.</summary>
public sealed record AttendanceCsvResult(
    IReadOnlyList<AttendanceRow> Rows,
    IReadOnlyList<(string Key, string Message)> Problems
);

/// <summary>
/// Reads an attendance list: RFC 4180 CSV with a header row naming the columns name, email, organisation and
/// profession (in any order; Dutch headers naam, e-mail, organisatie, beroep too), separated by ';' (what Dutch
/// spreadsheet programs write) or ','; UTF-8 with or without a byte order mark.
/// </summary>
public static class AttendanceCsv
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxRows = 200;
    public const int MaxFieldLength = 320;

    private static readonly string[] RequiredColumns = ["name", "email", "organisation", "profession"];

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name",
        ["naam"] = "name",
        ["email"] = "email",
        ["e-mail"] = "email",
        ["mail"] = "email",
        ["organisation"] = "organisation",
        ["organization"] = "organisation",
        ["organisatie"] = "organisation",
        ["profession"] = "profession",
        ["beroep"] = "profession",
    };

    public static AttendanceCsvResult Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            return Fail($"is larger than {MaxBytes / 1024} KiB");
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail("is not UTF-8 text; save it as 'CSV UTF-8'");
        }
        if (text.StartsWith('\uFEFF'))
            text = text[1..];

        var records = Records(text).Where(r => r.Fields.Count > 1 || r.Fields[0].Trim().Length > 0).ToList();
        if (records.Count == 0)
            return Fail("is empty; expected a header row and one row per participant");
        if (records.Any(r => r.Unterminated))
            return Fail($"has an unterminated quoted field starting on line {records.First(r => r.Unterminated).Line}");

        var header = records[0];
        var columns = header.Fields.Select(h => Headers.GetValueOrDefault(h.Trim())).ToList();
        var missing = RequiredColumns.Where(c => !columns.Contains(c)).ToList();
        if (missing.Count > 0)
            return Fail(
                $"line {header.Line}: the header row must name the columns name, email, organisation and profession (missing: {string.Join(", ", missing)})"
            );
        if (records.Count - 1 > MaxRows)
            return Fail($"has {records.Count - 1} rows; at most {MaxRows} are accepted");

        var rows = new List<AttendanceRow>();
        var problems = new List<(string, string)>();
        foreach (var r in records.Skip(1))
        {
            if (r.Fields.Count != header.Fields.Count)
            {
                problems.Add(($"line {r.Line}", $"has {r.Fields.Count} fields; the header has {header.Fields.Count}"));
                continue;
            }
            string Field(string column) => r.Fields[columns.IndexOf(column)].Trim();
            rows.Add(
                new AttendanceRow(r.Line, Field("name"), Field("email"), Field("organisation"), Field("profession"))
            );
        }
        return new AttendanceCsvResult(rows, problems);
    }

    private static AttendanceCsvResult Fail(string message) => new([], [("file", message)]);

    internal sealed record Record(int Line, List<string> Fields, bool Unterminated);

    /// <summary>Splits into records; the separator is whichever of ';' and ',' the header uses more, outside quotes.</summary>
    internal static IEnumerable<Record> Records(string text)
    {
        var separator = DetectSeparator(text);
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var done = false;
            while (i < text.Length && !done)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"')
                    {
                        quoted = false;
                        i++;
                        continue;
                    }
                    if (c == '\n')
                        line++;
                    field.Append(c);
                    i++;
                    continue;
                }
                switch (c)
                {
                    case '"' when field.ToString().Trim().Length == 0:
                        field.Clear();
                        quoted = true;
                        break;
                    case '\r':
                        break;
                    case '\n':
                        line++;
                        done = true;
                        break;
                    default:
                        if (c == separator)
                        {
                            fields.Add(field.ToString());
                            field.Clear();
                        }
                        else
                            field.Append(c);
                        break;
                }
                i++;
            }
            fields.Add(field.ToString());
            yield return new Record(start, fields, quoted);
        }
    }

    private static char DetectSeparator(string text)
    {
        int semicolons = 0,
            commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == '\n')
                break;
            else if (!quoted && c == ';')
                semicolons++;
            else if (!quoted && c == ',')
                commas++;
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
