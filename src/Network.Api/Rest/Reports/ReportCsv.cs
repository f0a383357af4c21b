using System.Globalization;
using System.Text;
using Network.Domain.Reports;

namespace Network.Api.Rest.Reports;

/// <summary>
/// The report as one flat table of findings, a row per fact, for a spreadsheet: scope (now, or before/after/delta
/// for a workshop), section, code, subject, value, the professional it is about, and the Dutch and English text.
/// </summary>
public static class ReportCsv
{
    private static readonly string[] Columns =
    [
        "scope",
        "section",
        "code",
        "subject",
        "value",
        "professional_id",
        "professional_name",
        "nl",
        "en",
    ];

    public static string For(NetworkReport report)
    {
        var csv = new StringBuilder();
        Row(csv, Columns);
        Rows(csv, "now", report);
        return csv.ToString();
    }

    public static string For(WorkshopNetworkReport report)
    {
        var csv = new StringBuilder();
        Row(csv, Columns);
        Rows(csv, "before", report.Before);
        Rows(csv, "after", report.After);
        var d = report.Delta;
        void Delta(string code, object value) =>
            Row(csv, "delta", "workshop", code, report.Title, Format(value), "", "", "", "");
        Delta("trust-from-workshop", d.TrustFromWorkshop);
        Delta("participants-without-trust-before", d.ParticipantsWithoutTrustBefore);
        Delta("participants-without-trust-after", d.ParticipantsWithoutTrustAfter);
        Delta("pending-participants", d.PendingParticipants);
        Delta("participants-new-to-network", d.ParticipantsNewToNetwork);
        foreach (var link in d.DomainLinksGained)
            Delta("domain-link-gained", string.Join("|", link));
        foreach (var p in d.SinglePointsResolved)
            Row(csv, "delta", "workshop", "single-point-resolved", report.Title, "", p.Id.ToString(), p.Name, "", "");
        foreach (var p in d.SinglePointsNew)
            Row(csv, "delta", "workshop", "single-point-new", report.Title, "", p.Id.ToString(), p.Name, "", "");
        return csv.ToString();
    }

    private static void Rows(StringBuilder csv, string scope, NetworkReport r)
    {
        void Fact(
            string section,
            string code,
            string subject,
            object value,
            PersonRef? person = null,
            string nl = "",
            string en = ""
        ) =>
            Row(
                csv,
                scope,
                section,
                code,
                subject,
                Format(value),
                person?.Id.ToString() ?? "",
                person?.Name ?? "",
                nl,
                en
            );

        var s = r.Summary;
        Fact("summary", "professionals", r.MunicipalityCode, s.Professionals);
        Fact("summary", "pending-listing", r.MunicipalityCode, s.PendingListing);
        Fact("summary", "organisations", r.MunicipalityCode, s.Organisations);
        Fact("summary", "confirmed-trust", r.MunicipalityCode, s.ConfirmedTrust);
        Fact("summary", "open-proposals", r.MunicipalityCode, s.OpenProposals);
        Fact("summary", "groups", r.MunicipalityCode, s.Groups);
        Fact("summary", "largest-group", r.MunicipalityCode, s.LargestGroup);
        Fact("summary", "without-trust", r.MunicipalityCode, s.WithoutTrust);
        foreach (var d in r.Domains)
            Fact("domain", "professionals", d.DomainId, d.Professionals);
        foreach (var o in r.Organisations)
            Fact("organisation", "professionals", o.Name, o.Professionals);
        var m = r.DomainMatrix;
        for (var i = 0; i < m.Domains.Count; i++)
        for (var j = i; j < m.Domains.Count; j++)
            Fact("domain-matrix", "confirmed-trust", $"{m.Domains[i]}|{m.Domains[j]}", m.Cells[i][j]);
        foreach (var p in r.WithoutTrust)
            Fact("without-trust", "no-confirmed-trust", p.Domain ?? "", "", p);
        foreach (var a in r.ArticulationPoints)
            Fact(
                "articulation-point",
                "single-point-of-failure",
                string.Join(" / ", a.Separates.Select(g => $"{g.Size}:{string.Join("+", g.Domains)}")),
                a.Separates.Count,
                a.Person
            );
        foreach (var b in r.Bridges)
            Fact("bridge", "bridge", $"{b.A.Name} – {b.B.Name}", $"{b.SideA}/{b.SideB}", b.A);
        foreach (var c in r.SoleDomainConnectors)
            Fact("sole-connector", "sole-domain-connector", string.Join("|", c.Domains), c.Edges, c.Person);
        foreach (var f in r.RouteFindings)
            Fact("route", Kebab(f.Problem.ToString()), f.ConcernTypeId, "", f.Contact);
        foreach (var st in r.StaleEntries)
            Fact(
                "stale-entry",
                "not-verified",
                st.LastVerifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                st.DaysSince,
                st.Person
            );
        foreach (var t in r.TrustDue)
            Fact(
                "trust-due",
                "past-reconfirmation",
                $"{t.A.Name} – {t.B.Name}",
                t.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            );
        foreach (var rec in r.Recommendations)
            Fact("recommendation", rec.Code, rec.Severity, EvidenceSummary(rec), null, rec.Nl, rec.En);
    }

    private static string EvidenceSummary(Recommendation rec) =>
        string.Join("; ", rec.Evidence.Select(e => $"{e.Key}={Format(e.Value)}"));

    private static string Format(object value) =>
        value switch
        {
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            System.Collections.IEnumerable list => string.Join("|", list.Cast<object>().Select(Format)),
            _ => value.ToString() ?? "",
        };

    private static string Kebab(string pascal) =>
        string.Concat(
            pascal.Select(
                (c, i) =>
                    char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()
            )
        );

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula.</summary>
    private static string Cell(string value)
    {
        if (
            value.Length > 0
            && "=+-@\t\r".Contains(value[0])
            && !double.TryParse(value, CultureInfo.InvariantCulture, out _)
        )
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
