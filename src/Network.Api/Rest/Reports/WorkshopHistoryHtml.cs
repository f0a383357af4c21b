using System.Globalization;
using System.Text;
using Network.Application.Reports;
using static System.Net.WebUtility;

namespace Network.Api.Rest.Reports;

/// <summary>The municipality's workshops over time, as a section of its printable network report (bilingual headings).</summary>
internal static class WorkshopHistoryHtml
{
    public static void Append(StringBuilder html, WorkshopHistoryDto h, Func<string, string> domain)
    {
        html.Append(
            "<section class=\"table\" id=\"workshop-history\"><h2>Werkateliers door de tijd <span class=\"en\">Workshops over time</span></h2>"
        );
        if (h.Workshops.Count == 0)
        {
            html.Append(
                "<p class=\"none\">Nog geen werkateliers. <span class=\"en\">No workshops yet.</span></p></section>"
            );
            return;
        }
        html.Append(
            "<table><thead><tr><th>Werkatelier / Workshop</th><th>Datum / Date</th><th>Deelnemers / Participants</th>"
                + "<th>Vertrouwen uit het werkatelier / Trust from it</th><th>Mensen / People</th><th>Vertrouwen / Trust</th>"
                + "<th>Verbonden domeinparen / Domain pairs linked</th></tr></thead><tbody>"
        );
        foreach (var w in h.Workshops)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<tr class=\"history\"><td>{E(w.Title)}</td><td>{w.Date:yyyy-MM-dd}</td><td>{w.Participants}</td><td>{w.TrustFromWorkshop}</td><td>{w.Before.People} → {w.After.People}</td><td>{w.Before.ConfirmedTrust} → {w.After.ConfirmedTrust}</td><td>{w.Before.DomainsLinked} → {w.After.DomainsLinked}</td></tr>"
            );
        html.Append("</tbody></table>");
        if (h.Themes.Count > 0)
        {
            html.Append(
                "<h3>Thema's <span class=\"en\">Themes</span></h3><table><thead><tr><th>Thema / Theme</th><th>Werkateliers / Workshops</th>"
                    + "<th>Dilemma's</th><th>Domeinen / Domains</th><th>Voorbeeld / Example</th></tr></thead><tbody>"
            );
            foreach (var t in h.Themes)
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"<tr class=\"theme\"><td>{E(t.Theme)}</td><td>{t.Workshops}</td><td>{t.Dilemmas}</td><td>{E(string.Join(", ", t.Domains.Select(domain)))}</td><td>{E(t.Examples.Count > 0 ? t.Examples[0] : "")}</td></tr>"
                );
            html.Append("</tbody></table>");
        }
        html.Append(
            CultureInfo.InvariantCulture,
            $"<h3>Open vervolgacties <span class=\"en\">Open follow-up actions</span> ({h.OpenActions.Count}, {h.OverdueActions} te laat / overdue)</h3>"
        );
        if (h.OpenActions.Count == 0)
        {
            html.Append("<p class=\"none\">Geen. <span class=\"en\">None.</span></p></section>");
            return;
        }
        html.Append(
            "<table><thead><tr><th>Afspraak / Agreement</th><th>Eigenaar / Owner</th><th>Streefdatum / Due</th><th>Werkatelier / Workshop</th></tr></thead><tbody>"
        );
        foreach (var a in h.OpenActions)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<tr class=\"action{(a.Agreement.Overdue ? " overdue" : "")}\"><td>{E(a.Agreement.Text)}</td><td>{E(a.Agreement.OwnerName)}</td><td>{(a.Agreement.DueOn is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–")}{(a.Agreement.Overdue ? " (te laat / overdue)" : "")}</td><td>{E(a.WorkshopTitle)}</td></tr>"
            );
        html.Append("</tbody></table></section>");
    }

    private static string E(string s) => HtmlEncode(s);
}
