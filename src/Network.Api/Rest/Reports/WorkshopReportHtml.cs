using System.Globalization;
using System.Text;
using Network.Api.Web;
using Network.Application.Reports;
using Network.Domain.Reports;
using Network.Domain.Workshops;
using static System.Net.WebUtility;

namespace Network.Api.Rest.Reports;

/// <summary>
/// The workshop's report (verslag) as one printable, self-contained page in Dutch (or English): summary, who took
/// part, the outcomes by learning aim and theme, the network before and after, recommendations with their evidence,
/// follow-up actions, and the evaluation. Headless Chromium prints this same page as the PDF.
/// </summary>
public static class WorkshopReportHtml
{
    public static string For(WorkshopReportDto r, bool english = false)
    {
        var t = new Words(english);
        var html = new StringBuilder()
            .Append(
                CultureInfo.InvariantCulture,
                $"<!DOCTYPE html><html lang=\"{(english ? "en" : "nl")}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{E(t["Verslag", "Report"])}: {E(r.Title)}</title><style>{ReportStyle.Css}{Css}</style></head><body>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<header><p class=\"kicker\">{E(t["Verslag van het werkatelier informatie delen bij mogelijke radicalisering", "Report of the workshop on sharing information about possible radicalisation"])}</p><h1>{E(r.Title)}</h1>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"meta\">{E(t["Gemeente", "Municipality"])} {E(r.MunicipalityName)} · {E(t.Date(r.Date))} · {E(r.Place)} · {E(t["begeleiding", "facilitated by"])}: {E(string.Join(", ", r.Facilitators))}</p></header>"
            );
        Summary(html, r, t);
        Participants(html, r, t);
        Outcomes(html, r, t);
        Network(html, r, t);
        Recommendations(html, r, t);
        FollowUp(html, r, t);
        Evaluation(html, r, t);
        return html.Append(
                CultureInfo.InvariantCulture,
                $"<footer>{E(t["Vertrouwelijk: voor de gemeente en de netwerkcoördinatoren. Bevat gegevens over professionals, nooit over cliënten; de casuïstiek van het werkatelier is niet vastgelegd.", "Confidential: for the municipality and its network coordinators. Holds data about professionals, never about clients; the workshop's cases are not recorded."])} {E(t["Opgesteld op", "Made on"])} {E(t.Date(DateOnly.FromDateTime(r.AsOf.UtcDateTime)))}.</footer></body></html>"
            )
            .ToString();
    }

    private static void Summary(StringBuilder html, WorkshopReportDto r, Words t)
    {
        var s = r.Summary;
        var d = r.Network.Delta;
        Section(html, "summary", t["Samenvatting", "Summary"]);
        html.Append("<p class=\"lead\">")
            .Append(
                E(
                    t[
                        $"Op {t.Date(r.Date)} namen {s.Attended} van de {s.Registered} aangemelde professionals deel aan het werkatelier in {r.MunicipalityName}"
                            + (
                                s.PendingNewcomers > 0
                                    ? $", onder wie {s.PendingNewcomers} nieuwkomer(s) in het netwerk"
                                    : ""
                            )
                            + $". Zij brachten {s.Dilemmas} dilemma's en vragen in, zagen {s.Solutions} oplossing(en) en benoemden {s.TrustNeeds} voorwaarde(n) voor vertrouwen. "
                            + $"Er werden {r.FollowUp.Count} afspraken tussen organisaties gemaakt, waarvan {s.OpenActions} nog open"
                            + (s.OverdueActions > 0 ? $" ({s.OverdueActions} over de streefdatum)" : "")
                            + $". Na het werkatelier zijn {s.TrustFromWorkshop} vertrouwensrelaties bevestigd; {s.WithoutTrustAfter} deelnemer(s) hebben er nog geen.",
                        $"On {t.Date(r.Date)}, {s.Attended} of the {s.Registered} registered professionals took part in the workshop in {r.MunicipalityName}"
                            + (s.PendingNewcomers > 0 ? $", {s.PendingNewcomers} of them newcomers to the network" : "")
                            + $". They raised {s.Dilemmas} dilemmas and questions, saw {s.Solutions} solution(s) and named {s.TrustNeeds} condition(s) for trust. "
                            + $"Organisations made {r.FollowUp.Count} agreements, {s.OpenActions} still open"
                            + (s.OverdueActions > 0 ? $" ({s.OverdueActions} overdue)" : "")
                            + $". Since the workshop {s.TrustFromWorkshop} trust relationships were confirmed; {s.WithoutTrustAfter} participant(s) have none yet."
                    ]
                )
            )
            .Append("</p><div class=\"cards\">");
        Card(html, $"{s.Attended} / {s.Registered}", t["aanwezig / aangemeld", "attended / registered"]);
        Card(html, s.PendingNewcomers, t["nieuwkomers, nog niet vermeld", "newcomers, not yet listed"]);
        Card(html, s.TrustFromWorkshop, t["vertrouwensrelaties uit het werkatelier", "trust from the workshop"]);
        Card(
            html,
            $"{d.ParticipantsWithoutTrustBefore} → {d.ParticipantsWithoutTrustAfter}",
            t["deelnemers zonder vertrouwen (vóór → nu)", "participants without trust (before → now)"]
        );
        Card(html, $"{s.OpenActions} / {s.OverdueActions}", t["acties open / te laat", "actions open / overdue"]);
        Card(html, s.Evaluations, t["evaluaties", "evaluations"]);
        html.Append("</div></section>");
    }

    private static void Participants(StringBuilder html, WorkshopReportDto r, Words t)
    {
        Section(html, "participants", t["Deelnemers", "Participants"]);
        html.Append("<div class=\"two\"><div>");
        Table(
            html,
            [t["Domein", "Domain"], t["Deelnemers", "Participants"], t["van wie nieuwkomers", "of whom newcomers"]],
            r.ByDomain.Select(c =>
                new[]
                {
                    c.Key.Length == 0 ? t["geen domein", "no domain"] : DomainLabel(r, c.Key, t),
                    N(c.Participants),
                    N(c.Pending),
                }
            )
        );
        html.Append("</div><div>");
        Table(
            html,
            [
                t["Organisatie", "Organisation"],
                t["Deelnemers", "Participants"],
                t["van wie nieuwkomers", "of whom newcomers"],
            ],
            r.ByOrganisation.Select(c => new[] { c.Name, N(c.Participants), N(c.Pending) })
        );
        html.Append("</div></div>");
        html.Append("<ul class=\"people\">");
        foreach (var p in r.Participants)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<li{(p.Pending ? " class=\"pending\"" : "")}>{E(p.Name)} <span class=\"muted\">{E(string.Join(", ", p.Organisations))}</span>{(p.Pending ? $" <span class=\"tag\">{E(t["nieuwkomer, nog niet vermeld", "newcomer, not yet listed"])}</span>" : "")}{(p.Attended ? "" : $" <span class=\"muted\">({E(t["afwezig", "absent"])})</span>")}</li>"
            );
        html.Append("</ul></section>");
    }

    private static void Outcomes(StringBuilder html, WorkshopReportDto r, Words t)
    {
        Section(html, "outcomes", t["Uitkomsten per leerdoel", "Outcomes by learning aim"]);
        foreach (var aim in r.Outcomes)
        {
            var score = aim.Score is { } s ? $" · {t["evaluatie", "evaluation"]} {t.Dec(s)} / 5" : "";
            html.Append(
                CultureInfo.InvariantCulture,
                $"<section class=\"aim\" data-aim=\"{E(aim.Aim.ToString())}\"><h3>{E(Capital(WorkshopAdvisor.AimName(aim.Aim, !t.English)))}<span class=\"muted\">{E(score)}</span></h3>"
            );
            if (aim.Themes.Count == 0)
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"<p class=\"none\">{E(t["Niets vastgelegd.", "Nothing recorded."])}</p>"
                );
            foreach (var theme in aim.Themes)
            {
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"<h4>{E(theme.Theme.Length == 0 ? t["overig", "other"] : theme.Theme)}</h4><ul class=\"items\">"
                );
                foreach (var i in theme.Items)
                    html.Append(
                        CultureInfo.InvariantCulture,
                        $"<li class=\"item {E(i.Kind.ToString().ToLowerInvariant())}\"><span class=\"tag\">{E(WorkshopAdvisor.KindName(i.Kind, !t.English))}</span> {E(i.Text)}{(i.Domains.Count > 0 ? $" <span class=\"muted\">({E(string.Join(", ", i.Domains.Select(d => DomainLabel(r, d, t))))})</span>" : "")}</li>"
                    );
                html.Append("</ul>");
            }
            html.Append("</section>");
        }
        html.Append("</section>");
    }

    private static void Network(StringBuilder html, WorkshopReportDto r, Words t)
    {
        var n = r.Network;
        Func<string, string> label = id => DomainLabel(r, id, t);
        Section(
            html,
            "network",
            t["Het netwerk vóór en na het werkatelier", "The network before and after the workshop"]
        );
        html.Append("<div class=\"cards\">");
        Card(
            html,
            $"{n.Delta.ConfirmedTrustBefore} → {n.Delta.ConfirmedTrustAfter}",
            t["bevestigd vertrouwen", "confirmed trust"]
        );
        Card(
            html,
            $"{n.Before.Summary.WithoutTrust} → {n.After.Summary.WithoutTrust}",
            t["mensen zonder vertrouwen", "people without trust"]
        );
        Card(
            html,
            $"{n.Before.ArticulationPoints.Count} → {n.After.ArticulationPoints.Count}",
            t["kwetsbare schakels", "single points of failure"]
        );
        Card(html, n.Delta.DomainLinksGained.Count, t["nieuwe verbindingen tussen domeinen", "domain links gained"]);
        html.Append("</div><div class=\"charts\">");
        Figure(
            html,
            ReportSvg.HeatMap(n.Before.DomainMatrix, label, "domain-matrix-before"),
            t["Vertrouwen tussen domeinen, de dag vóór het werkatelier", "Trust between domains, the day before"]
        );
        Figure(
            html,
            ReportSvg.HeatMap(n.After.DomainMatrix, label, "domain-matrix"),
            t["Vertrouwen tussen domeinen, nu", "Trust between domains, now"]
        );
        html.Append("<figure class=\"wide\">")
            .Append(ReportSvg.Network(n.After.Graph, n.After.DomainMatrix.Domains, "network-picture"))
            .Append(ReportHtml.Legend(n.After, workshop: true))
            .Append(
                CultureInfo.InvariantCulture,
                $"<figcaption>{E(t["Het vertrouwensnetwerk nu; nieuwkomers gestippeld omrand", "The trust network now; newcomers ringed dotted"])}</figcaption></figure></div>"
            );
        Table(
            html,
            [t["Zonder vertrouwensrelatie (nu)", "Without trust (now)"], t["Domein", "Domain"]],
            n.After.WithoutTrust.Select(p =>
                new[]
                {
                    p.Name
                        + (
                            n.After.Graph.Nodes.Any(x => x.Id == p.Id && x.IsPending)
                                ? $" ({t["nieuwkomer", "newcomer"]})"
                                : ""
                        ),
                    p.Domain is null ? "" : label(p.Domain),
                }
            )
        );
        Table(
            html,
            [t["Kwetsbare schakel (nu)", "Single point of failure (now)"], t["Houdt bij elkaar", "Holds together"]],
            n.After.ArticulationPoints.Select(a =>
                new[]
                {
                    a.Person.Name,
                    string.Join(
                        " | ",
                        a.Separates.Select(g => $"{g.Size} ({string.Join(", ", g.Domains.Select(label))})")
                    ),
                }
            )
        );
        html.Append("</section>");
    }

    private static void Recommendations(StringBuilder html, WorkshopReportDto r, Words t)
    {
        Section(html, "recommendations", t["Aanbevelingen voor de gemeente", "Recommendations for the municipality"]);
        if (r.Recommendations.Count == 0)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"none\">{E(t["Geen: uitkomsten en netwerk geven geen aanleiding.", "None: neither the outcomes nor the network call for any."])}</p>"
            );
        html.Append("<ol class=\"recs\">");
        foreach (var rec in r.Recommendations)
        {
            html.Append(
                CultureInfo.InvariantCulture,
                $"<li class=\"rec {E(rec.Severity)}\" data-code=\"{E(rec.Code)}\"><span class=\"badge\">{E(t.Severity(rec.Severity))}</span><p>{E(t.English ? rec.En : rec.Nl)}</p><p class=\"evidence-title\">{E(t["Onderbouwing", "Evidence"])}</p><ul class=\"evidence\">"
            );
            foreach (var e in rec.Evidence)
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"<li data-source=\"{E(e.Source)}\"><span class=\"source\">{E(t.Source(e.Source))}</span> {E(t.English ? e.En : e.Nl)}</li>"
                );
            html.Append("</ul></li>");
        }
        html.Append("</ol></section>");
    }

    private static void FollowUp(StringBuilder html, WorkshopReportDto r, Words t)
    {
        Section(html, "follow-up", t["Vervolgacties", "Follow-up actions"]);
        if (r.FollowUp.Count == 0)
        {
            html.Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"none\">{E(t["Geen afspraken vastgelegd.", "No agreements recorded."])}</p></section>"
            );
            return;
        }
        html.Append(
            CultureInfo.InvariantCulture,
            $"<table><thead><tr><th>{E(t["Afspraak", "Agreement"])}</th><th>{E(t["Organisaties", "Organisations"])}</th><th>{E(t["Eigenaar", "Owner"])}</th><th>{E(t["Streefdatum", "Due"])}</th><th>{E(t["Status", "Status"])}</th></tr></thead><tbody>"
        );
        foreach (var a in r.FollowUp)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<tr class=\"action{(a.Overdue ? " overdue" : "")}\"><td>{E(a.Text)}</td><td>{E(string.Join(", ", a.Organisations.Select(o => o.Name)))}</td><td>{E(a.OwnerName)}</td><td>{E(a.DueOn is { } d ? t.Date(d) : "–")}</td><td>{E(t.Status(a.Status, a.Overdue))}</td></tr>"
            );
        html.Append("</tbody></table></section>");
    }

    private static void Evaluation(StringBuilder html, WorkshopReportDto r, Words t)
    {
        var e = r.Evaluations;
        Section(html, "evaluation", t["Evaluatie door de deelnemers", "Evaluation by the participants"]);
        html.Append(
            CultureInfo.InvariantCulture,
            $"<p>{E(t[$"{e.Count} anonieme evaluaties van {e.Attended} aanwezigen; scores van 1 (helemaal niet) tot 5 (volledig) per leerdoel.", $"{e.Count} anonymous evaluations from {e.Attended} attendees; scores from 1 (not at all) to 5 (fully) per learning aim."])}</p>"
        );
        Table(
            html,
            [t["Leerdoel", "Learning aim"], t["Gemiddeld", "Mean"], t["Antwoorden", "Answers"], "1 · 2 · 3 · 4 · 5"],
            e.Aims.Select(a =>
                new[]
                {
                    Capital(WorkshopAdvisor.AimName(a.Aim, !t.English)),
                    a.Average is { } avg ? t.Dec(avg) : "–",
                    N(a.Answers),
                    string.Join(" · ", a.Distribution),
                }
            )
        );
        if (e.Comments.Count > 0)
        {
            html.Append("<ul class=\"comments\">");
            foreach (var c in e.Comments)
                html.Append(CultureInfo.InvariantCulture, $"<li>“{E(c)}”</li>");
            html.Append("</ul>");
        }
        html.Append("</section>");
    }

    private static void Section(StringBuilder html, string id, string title) =>
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\"><h2>{E(title)}</h2>");

    private static void Card(StringBuilder html, object value, string label) =>
        html.Append(
            CultureInfo.InvariantCulture,
            $"<div class=\"card\"><b>{E(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")}</b><span>{E(label)}</span></div>"
        );

    private static void Figure(StringBuilder html, string svg, string caption) =>
        html.Append("<figure>")
            .Append(svg)
            .Append(CultureInfo.InvariantCulture, $"<figcaption>{E(caption)}</figcaption></figure>");

    private static void Table(StringBuilder html, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        html.Append("<table><thead><tr>")
            .AppendJoin("", headers.Select(h => $"<th>{E(h)}</th>"))
            .Append("</tr></thead><tbody>");
        if (list.Count == 0)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<tr><td colspan=\"{headers.Length}\" class=\"none\">–</td></tr>"
            );
        foreach (var row in list)
            html.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{E(c)}</td>")).Append("</tr>");
        html.Append("</tbody></table>");
    }

    private static string DomainLabel(WorkshopReportDto r, string id, Words t)
    {
        var d = r.Network.After.Domains.FirstOrDefault(x => x.DomainId == id);
        return d is null ? id
            : t.English ? d.Name
            : d.NameNl;
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string E(string s) => HtmlEncode(s);

    private const string Css = """
        .kicker { text-transform: uppercase; letter-spacing: .05em; font-size: 11px; color: var(--muted); margin: 0; }
        .lead { font-size: 15px; }
        h3 { font-size: 15px; margin: 14px 0 4px; } h3 .muted { font-weight: normal; margin-left: 8px; font-size: 13px; }
        h4 { font-size: 13px; margin: 8px 0 2px; color: var(--muted); }
        .muted { color: var(--muted); }
        .two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
        ul.people { columns: 2; font-size: 13px; padding-left: 18px; }
        ul.people li.pending { font-style: italic; }
        .tag { font-size: 10px; text-transform: uppercase; letter-spacing: .04em; border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; color: var(--muted); }
        ul.items { padding-left: 18px; margin: 2px 0 6px; } ul.items li { margin: 2px 0; break-inside: avoid; }
        li.item.dilemma .tag { color: var(--high); border-color: var(--high); }
        li.item.solution .tag { color: var(--info); border-color: var(--info); }
        li.item.trustneed .tag { color: var(--low); border-color: var(--low); }
        .evidence-title { font-size: 11px; text-transform: uppercase; color: var(--muted); margin: 6px 0 0; }
        ul.evidence { margin: 2px 0 0; padding-left: 18px; font-size: 12.5px; }
        ul.evidence .source { font-size: 10px; text-transform: uppercase; color: var(--muted); }
        tr.overdue td { color: var(--high); }
        ul.comments { font-style: italic; }
        section { break-inside: auto; }
        @media print { .two { display: block; } ul.people { columns: 2; } h2 { break-before: auto; } #network { break-before: page; } }
        """;

    /// <summary>The page's words in the chosen language.</summary>
    private sealed class Words(bool english)
    {
        public bool English => english;

        public string this[string nl, string en] => english ? en : nl;

        public string Date(DateOnly d) => Lang.Date(d, english);

        public string Dec(double v) =>
            english
                ? v.ToString("0.0", CultureInfo.InvariantCulture)
                : v.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

        public string Severity(string s) =>
            s switch
            {
                "high" => this["hoge prioriteit", "high priority"],
                "medium" => this["middel", "medium"],
                _ => this["laag", "low"],
            };

        public string Source(string s) =>
            s switch
            {
                "outcome" => this["uitkomst", "outcome"],
                "evaluation" => this["evaluatie", "evaluation"],
                "agreement" => this["afspraak", "agreement"],
                _ => this["netwerk", "network"],
            };

        public string Status(AgreementStatus s, bool overdue) =>
            (s, overdue) switch
            {
                (AgreementStatus.Open, true) => this["open, te laat", "open, overdue"],
                (AgreementStatus.Open, _) => this["open", "open"],
                (AgreementStatus.Done, _) => this["gedaan", "done"],
                _ => this["vervallen", "dropped"],
            };
    }
}
