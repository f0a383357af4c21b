using System.Globalization;
using System.Text;
using Network.Api.Web;
using Network.Application.Reports;
using Network.Domain.Reports;
using static System.Net.WebUtility;

namespace Network.Api.Rest.Reports;

/// <summary>
/// The report as a printable, self-contained HTML page (no external assets): bilingual headings, the
/// recommendations first, inline SVG charts, then the tables the recommendations point at.
/// </summary>
public static class ReportHtml
{
    public static string For(NetworkReport r, WorkshopHistoryDto? history = null)
    {
        var html = Head($"Netwerkrapport {r.MunicipalityName}", "Network report");
        html.Append(
            CultureInfo.InvariantCulture,
            $"<p class=\"meta\">{Enc(r.MunicipalityName)} ({Enc(r.MunicipalityCode)}) · peildatum / as of {Date(r.AsOf)}</p></header>"
        );
        Cards(html, r);
        Recommendations(html, r.Recommendations);
        html.Append("<section class=\"charts\">");
        Figure(
            html,
            ReportSvg.HeatMap(r.DomainMatrix, Label(r), "domain-matrix"),
            "Vertrouwen tussen domeinen",
            "Confirmed trust between domains (number of relationships)"
        );
        NetworkFigure(html, r, "network-picture");
        html.Append("</section>");
        if (history is not null)
            WorkshopHistoryHtml.Append(html, history, Label(r));
        Details(html, r);
        return Foot(html);
    }

    public static string For(WorkshopNetworkReport w)
    {
        var a = w.After;
        var html = Head($"“{w.Title}”: effect op het netwerk", "Workshop effect on the network");
        html.Append(
            CultureInfo.InvariantCulture,
            $"<p class=\"meta\">{Enc(a.MunicipalityName)} ({Enc(a.MunicipalityCode)}) · werkatelier / workshop {Date(w.Date)} · {w.Participants} deelnemers / participants, {w.Attended} aanwezig / attended · peildatum / as of {Date(a.AsOf)}</p></header>"
        );
        var d = w.Delta;
        html.Append("<section class=\"cards\">");
        Card(
            html,
            d.TrustFromWorkshop,
            "vertrouwensrelaties uit dit werkatelier",
            "trust relationships from this workshop"
        );
        Card(
            html,
            $"{d.ConfirmedTrustBefore} → {d.ConfirmedTrustAfter}",
            "bevestigd vertrouwen in het netwerk",
            "confirmed trust in the network"
        );
        Card(
            html,
            $"{d.ParticipantsWithoutTrustBefore} → {d.ParticipantsWithoutTrustAfter}",
            "deelnemers zonder vertrouwensrelatie",
            "participants without trust"
        );
        Card(
            html,
            $"{d.ParticipantsNewToNetwork} / {d.PendingParticipants}",
            "nieuwkomers / nog niet vermeld",
            "new to the network / not yet listed"
        );
        Card(html, d.DomainLinksGained.Count, "nieuwe verbindingen tussen domeinen", "domain links gained");
        Card(
            html,
            $"{d.SinglePointsResolved.Count} / {d.SinglePointsNew.Count}",
            "kwetsbare schakels opgelost / nieuw",
            "single points resolved / new"
        );
        html.Append("</section>");
        if (d.DomainLinksGained.Count > 0)
            html.Append("<p>Nieuwe verbindingen / new links: ")
                .AppendJoin(", ", d.DomainLinksGained.Select(l => Enc(string.Join(" – ", l.Select(Label(a))))))
                .Append("</p>");
        Recommendations(html, a.Recommendations);
        html.Append("<section class=\"charts\">");
        Figure(
            html,
            ReportSvg.HeatMap(w.Before.DomainMatrix, Label(a), "domain-matrix-before"),
            "Vóór het werkatelier",
            "Before the workshop (the day before)"
        );
        Figure(html, ReportSvg.HeatMap(a.DomainMatrix, Label(a), "domain-matrix"), "Nu", "Now");
        NetworkFigure(html, a, "network-picture", workshop: true);
        html.Append("</section>");
        Details(html, a);
        return Foot(html);
    }

    private static void Cards(StringBuilder html, NetworkReport r)
    {
        var s = r.Summary;
        html.Append("<section class=\"cards\">");
        Card(html, s.Professionals, "professionals in het netwerk", "professionals listed");
        Card(html, s.Organisations, "organisaties", "organisations");
        Card(html, s.ConfirmedTrust, "bevestigde vertrouwensrelaties", "confirmed trust relationships");
        Card(html, s.Groups, "losse groepen", "separate groups");
        Card(html, s.WithoutTrust, "zonder vertrouwensrelatie", "without trust");
        Card(html, r.ArticulationPoints.Count, "kwetsbare schakels", "single points of failure");
        html.Append("</section>");
    }

    private static void Card(StringBuilder html, object value, string nl, string en) =>
        html.Append(
            CultureInfo.InvariantCulture,
            $"<div class=\"card\"><b>{Enc(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")}</b><span>{Enc(nl)}</span><span class=\"en\">{Enc(en)}</span></div>"
        );

    private static void Recommendations(StringBuilder html, IReadOnlyList<Recommendation> recs)
    {
        html.Append("<section><h2>Aanbevelingen <span class=\"en\">Recommendations</span></h2><ol class=\"recs\">");
        foreach (var r in recs)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<li class=\"rec {Enc(r.Severity)}\" data-code=\"{Enc(r.Code)}\"><span class=\"badge\">{Enc(SeverityNl(r.Severity))} · {Enc(r.Severity)}</span> <code>{Enc(r.Code)}</code><p lang=\"nl\">{Enc(r.Nl)}</p><p lang=\"en\" class=\"en\">{Enc(r.En)}</p></li>"
            );
        html.Append("</ol></section>");
    }

    private static void Figure(StringBuilder html, string svg, string nl, string en) =>
        html.Append("<figure>")
            .Append(svg)
            .Append(
                CultureInfo.InvariantCulture,
                $"<figcaption>{Enc(nl)} <span class=\"en\">{Enc(en)}</span></figcaption></figure>"
            );

    private static void NetworkFigure(StringBuilder html, NetworkReport r, string id, bool workshop = false)
    {
        var domains = r.DomainMatrix.Domains;
        html.Append("<figure class=\"wide\">")
            .Append(ReportSvg.Network(r.Graph, domains, id))
            .Append(Legend(r, workshop))
            .Append(
                "<figcaption>Het vertrouwensnetwerk, gegroepeerd per domein <span class=\"en\">The trust network, grouped by domain</span></figcaption></figure>"
            );
    }

    /// <summary>
    /// One entry per colour the picture uses: each person is drawn in one domain (<see cref="PictureNode.Domain"/>),
    /// so the legend counts the nodes drawn in it, not everyone whose domains include it.
    /// </summary>
    internal static string Legend(NetworkReport r, bool workshop)
    {
        var domains = r.DomainMatrix.Domains;
        var drawn = r.Graph.Nodes.GroupBy(n => n.Domain).ToDictionary(g => g.Key ?? "", g => g.Count());
        var legend = new StringBuilder("<ul class=\"legend\">");
        foreach (var d in r.Domains.Where(d => drawn.ContainsKey(d.DomainId)))
            legend.Append(
                CultureInfo.InvariantCulture,
                $"<li data-domain=\"{Enc(d.DomainId)}\"><i style=\"background:{ReportSvg.ColourOf(domains, d.DomainId)}\"></i>{Enc(d.NameNl)} <span class=\"en\">{Enc(d.Name)}</span> ({drawn[d.DomainId]})</li>"
            );
        if (drawn.TryGetValue("", out var none))
            legend.Append(
                CultureInfo.InvariantCulture,
                $"<li data-domain=\"\"><i style=\"background:{ReportSvg.ColourOf(domains, null)}\"></i>geen domein <span class=\"en\">no domain</span> ({none})</li>"
            );
        legend.Append("<li><i class=\"line bridge\"></i>brug (enige verbinding) <span class=\"en\">bridge</span></li>");
        if (workshop)
            legend.Append(
                "<li><i class=\"line workshop\"></i>uit dit werkatelier (gestreept) <span class=\"en\">from this workshop (dashed)</span></li>"
            );
        if (r.Graph.Nodes.Any(n => n.IsPending))
            legend.Append(
                "<li><i class=\"ring pending\"></i>nieuwkomer, nog niet vermeld <span class=\"en\">newcomer, not yet listed</span></li>"
            );
        return legend
            .Append(
                "<li><i class=\"ring\"></i>kwetsbare schakel <span class=\"en\">single point of failure</span></li></ul>"
            )
            .ToString();
    }

    private static void Details(StringBuilder html, NetworkReport r)
    {
        Section(
            html,
            "Domeinen",
            "Domains",
            ["Domein / Domain", "Professionals", "Organisaties / Organisations"],
            r.Domains.Select(d => new[] { $"{d.NameNl} / {d.Name}", N(d.Professionals), N(d.Organisations) })
        );
        Section(
            html,
            "Organisaties",
            "Organisations",
            ["Organisatie / Organisation", "Professionals", "Vertrouwen / Trust"],
            r.Organisations.Select(o => new[] { o.Name, N(o.Professionals), N(o.ConfirmedTrust) })
        );
        Section(
            html,
            "Kwetsbare schakels",
            "Single points of failure",
            ["Persoon / Person", "Scheidt / Separates"],
            r.ArticulationPoints.Select(a =>
                new[]
                {
                    a.Person.Name,
                    string.Join(
                        " | ",
                        a.Separates.Select(g =>
                            g.Members.Count > 0
                                ? string.Join(", ", g.Members.Select(m => m.Name))
                                : $"{g.Size} ({string.Join(", ", g.Domains.Select(Label(r)))})"
                        )
                    ),
                }
            )
        );
        Section(
            html,
            "Enige verbinding tussen domeinen",
            "Sole connectors between domains",
            ["Domeinen / Domains", "Persoon / Person", "Relaties / Links"],
            r.SoleDomainConnectors.Select(c =>
                new[] { string.Join(" – ", c.Domains.Select(Label(r))), c.Person.Name, N(c.Edges) }
            )
        );
        Section(
            html,
            "Zonder vertrouwensrelatie",
            "Without trust",
            ["Persoon / Person", "Domein / Domain"],
            r.WithoutTrust.Select(p =>
                new[]
                {
                    p.Name + (Pending(r, p.Id) ? " (nieuwkomer / newcomer)" : ""),
                    p.Domain is null ? "" : Label(r)(p.Domain),
                }
            )
        );
        Section(
            html,
            "Routes",
            "Routes",
            ["Zorg / Concern", "Knelpunt / Problem", "Contact"],
            r.RouteFindings.Select(f =>
                new[] { $"{f.ConcernTypeNl} / {f.ConcernType}", ProblemText(f.Problem), f.Contact?.Name ?? "" }
            )
        );
        Section(
            html,
            "Niet gecontroleerd sinds een jaar",
            "Not verified for a year",
            ["Persoon / Person", "Laatst / Last verified", "Dagen / Days"],
            r.StaleEntries.Select(s =>
                new[]
                {
                    s.Person.Name,
                    s.LastVerifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    N(s.DaysSince),
                }
            )
        );
        Section(
            html,
            "Vertrouwen toe aan herbevestiging",
            "Trust past reconfirmation",
            ["Tussen / Between", "Sinds / Due since"],
            r.TrustDue.Select(t =>
                new[] { $"{t.A.Name} – {t.B.Name}", t.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            )
        );
    }

    private static void Section(StringBuilder html, string nl, string en, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        html.Append(
            CultureInfo.InvariantCulture,
            $"<section class=\"table\"><h2>{Enc(nl)} <span class=\"en\">{Enc(en)}</span></h2>"
        );
        if (list.Count == 0)
        {
            html.Append("<p class=\"none\">Geen. <span class=\"en\">None.</span></p></section>");
            return;
        }
        html.Append("<table><thead><tr>")
            .AppendJoin("", headers.Select(h => $"<th>{Enc(h)}</th>"))
            .Append("</tr></thead><tbody>");
        foreach (var row in list)
            html.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{Enc(c)}</td>")).Append("</tr>");
        html.Append("</tbody></table></section>");
    }

    private static bool Pending(NetworkReport r, Guid id) => r.Graph.Nodes.Any(n => n.Id == id && n.IsPending);

    private static Func<string, string> Label(NetworkReport r) =>
        id => r.Domains.FirstOrDefault(d => d.DomainId == id)?.NameNl ?? id;

    private static StringBuilder Head(string title, string en) =>
        new StringBuilder()
            .Append(
                "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<title>{Enc(title)}</title><style>{ReportStyle.Css}</style></head><body><header><h1>{Enc(title)} <span class=\"en\">{Enc(en)}</span></h1>"
            );

    private static string Foot(StringBuilder html) =>
        html.Append(
                "<footer>Vertrouwelijk: voor de netwerkcoördinatoren van de gemeente. Bevat gegevens over professionals, nooit over cliënten. "
            )
            .Append(
                "<span class=\"en\">Confidential: for the municipality's network coordinators. Holds data about professionals, never about clients.</span></footer></body></html>"
            )
            .ToString();

    private static string ProblemText(RouteProblem problem) =>
        problem switch
        {
            RouteProblem.NoRoute => "geen route / no route",
            RouteProblem.ContactInactive => "contact niet meer actief / contact inactive",
            RouteProblem.ContactNotListed => "contact nog niet vermeld / contact not yet listed",
            _ => "contact buiten het netwerk / contact outside the trust network",
        };

    private static string SeverityNl(string severity) =>
        severity switch
        {
            "high" => "hoog",
            "medium" => "middel",
            "low" => "laag",
            _ => "info",
        };

    private static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.UtcDateTime));

    private static string Date(DateOnly d) => Lang.Date(d, english: false);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Enc(string s) => HtmlEncode(s);
}
