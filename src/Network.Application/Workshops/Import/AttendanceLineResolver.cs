using System.Net.Mail;
using Network.Domain.Privacy;

namespace Network.Application.Workshops.Import;

/// <summary>What the import knows of the municipality, loaded once: people, their work e-mail, organisations, professions.</summary>
internal sealed record ImportReference(
    IReadOnlyList<KnownPerson> People,
    IReadOnlyList<KnownOrganisation> Organisations,
    IReadOnlyList<KnownProfession> Professions
);

internal sealed record KnownPerson(
    Guid Id,
    string Name,
    bool IsActive,
    Domain.Professionals.ListingStatus ListingStatus,
    IReadOnlyList<string> Emails
);

internal sealed record KnownOrganisation(Guid Id, string Name, IReadOnlyList<string> Domains);

internal sealed record KnownProfession(string Id, string Name, string NameNl);

/// <summary>A line resolved to an existing person, or to a new one to create (with organisation and profession).</summary>
internal sealed record ResolvedLine(
    AttendanceRow Row,
    KnownPerson? Existing,
    KnownOrganisation? Organisation,
    KnownProfession? Profession
)
{
    public (string Given, string Family) SplitName()
    {
        var parts = Row.Name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (parts[0], parts[1]);
    }
}

/// <summary>
/// Matches each line: by work e-mail (case-insensitive), else by exact name, within the municipality; otherwise
/// checks that the line has what creating a pending professional needs. Every problem is reported, per line.
/// </summary>
internal static class AttendanceLineResolver
{
    public static (List<ResolvedLine> Lines, List<(string Key, string Message)> Problems) Resolve(
        IReadOnlyList<AttendanceRow> rows,
        ImportReference reference,
        string municipalityName
    )
    {
        var lines = new List<ResolvedLine>();
        var problems = new List<(string, string)>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var errors = FieldProblems(row);
            KnownPerson? existing = null;
            if (errors.Count == 0)
            {
                var byEmail = reference
                    .People.Where(p => p.Emails.Contains(row.Email, StringComparer.OrdinalIgnoreCase))
                    .ToList();
                var byName = reference.People.Where(p => p.Name == Normalise(row.Name)).ToList();
                if (byEmail.Count > 1)
                    errors.Add(
                        $"email '{row.Email}' belongs to {byEmail.Count} professionals; ask a coordinator to fix the duplicates"
                    );
                else if (byEmail.Count == 1)
                    existing = byEmail[0];
                else if (byName.Count > 1)
                    errors.Add(
                        $"name '{row.Name}' matches {byName.Count} professionals; give their work e-mail address to tell them apart"
                    );
                else if (byName.Count == 1)
                    existing = byName[0];
                if (existing is { IsActive: false })
                    errors.Add($"name '{row.Name}' matches a deactivated professional; reactivate them first");
            }

            KnownOrganisation? organisation = null;
            KnownProfession? profession = null;
            if (errors.Count == 0 && existing is null)
            {
                var parts = row.Name.Split(
                    ' ',
                    2,
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                );
                if (parts.Length < 2)
                    errors.Add("name must give first and last name");
                else if (parts.Any(p => p.Length > 100))
                    errors.Add("name: first and last name must each be at most 100 characters");
                var organisations = reference
                    .Organisations.Where(o =>
                        string.Equals(o.Name, Normalise(row.Organisation), StringComparison.OrdinalIgnoreCase)
                    )
                    .ToList();
                if (organisations.Count == 0)
                    errors.Add(
                        $"organisation '{Short(row.Organisation)}' is unknown in {municipalityName}"
                            + DidYouMean(row.Organisation, reference.Organisations.Select(o => o.Name))
                    );
                else if (organisations.Count > 1)
                    errors.Add(
                        $"organisation '{Short(row.Organisation)}' matches {organisations.Count} organisations in {municipalityName}; ask a coordinator to tell them apart"
                    );
                else
                    organisation = organisations[0];
                profession = reference.Professions.FirstOrDefault(p =>
                    string.Equals(p.Id, row.Profession, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(p.Name, row.Profession, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(p.NameNl, row.Profession, StringComparison.OrdinalIgnoreCase)
                );
                if (profession is null)
                    errors.Add(
                        $"profession '{Short(row.Profession)}' is unknown"
                            + DidYouMean(
                                row.Profession,
                                reference.Professions.SelectMany(p => new[] { p.NameNl, p.Name })
                            )
                    );
            }

            if (errors.Count == 0)
            {
                var identity = existing?.Id.ToString() ?? row.Email;
                if (firstLineOf.TryGetValue(identity, out var earlier))
                    errors.Add($"is the same person as line {earlier}");
                else
                    firstLineOf[identity] = row.Line;
            }
            if (errors.Count > 0)
                problems.AddRange(errors.Select(e => ($"line {row.Line}", e)));
            else
                lines.Add(new ResolvedLine(row, existing, organisation, profession));
        }
        return (lines, problems);
    }

    /// <summary>Required fields, lengths, e-mail shape and the case-data guard on every field (no client data, ever).</summary>
    private static string DidYouMean(string typed, IEnumerable<string> known) =>
        ClosestName.Suggest(typed, known) is { } suggestion ? $"; did you mean '{suggestion}'?" : "";

    private static List<string> FieldProblems(AttendanceRow row)
    {
        var errors = new List<string>();
        foreach (
            var (field, value) in new[]
            {
                ("name", row.Name),
                ("email", row.Email),
                ("organisation", row.Organisation),
                ("profession", row.Profession),
            }
        )
        {
            if (value.Length == 0)
            {
                errors.Add($"{field} is required");
                continue;
            }
            if (value.Length > AttendanceCsv.MaxFieldLength)
                errors.Add($"{field} must be at most {AttendanceCsv.MaxFieldLength} characters");
            if (value.Any(char.IsControl))
                errors.Add($"{field} must not contain control characters");
            if (CaseDataGuard.Problem(value) is { } problem)
                errors.Add($"{field} {problem}");
        }
        if (row.Name.Length > 200)
            errors.Add("name must be at most 200 characters");
        if (row.Email.Length > 0 && !IsEmail(row.Email))
            errors.Add($"email '{Short(row.Email)}' is not an e-mail address");
        return errors;
    }

    private static bool IsEmail(string value) =>
        !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.');

    internal static string Normalise(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
