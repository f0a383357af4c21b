using System.Globalization;
using System.Text;
using Network.Domain.Reports;
using static System.Net.WebUtility;

namespace Network.Api.Rest.Reports;

/// <summary>
/// Inline SVG charts for the printable report, drawn deterministically (same data, same picture): the domain
/// matrix as a heat map, and the trust network with people on a circle grouped by domain.
/// </summary>
public static class ReportSvg
{
    private static readonly string[] Palette =
    [
        "#1f77b4",
        "#d62728",
        "#2ca02c",
        "#9467bd",
        "#ff7f0e",
        "#8c564b",
        "#17becf",
        "#7f7f7f",
    ];

    public static string ColourOf(IReadOnlyList<string> domains, string? domain)
    {
        var i = IndexOf(domains, domain);
        return i == int.MaxValue ? "#9e9e9e" : Palette[i % Palette.Length];
    }

    private static int IndexOf(IReadOnlyList<string> domains, string? domain)
    {
        for (var i = 0; i < domains.Count; i++)
            if (domains[i] == domain)
                return i;
        return int.MaxValue;
    }

    public static string HeatMap(DomainMatrix m, Func<string, string> label, string id)
    {
        const int cell = 56,
            left = 124,
            top = 112;
        var n = m.Domains.Count;
        var max = Math.Max(1, m.Cells.SelectMany(r => r).DefaultIfEmpty(0).Max());
        var size = (W: left + n * cell + 16, H: top + n * cell + 10);
        var svg = Open(id, size.W, size.H, "Domain × domain matrix of confirmed trust");
        for (var i = 0; i < n; i++)
        {
            svg.Append(Text(left - 8, top + i * cell + cell / 2 + 4, label(m.Domains[i]), "end", 13));
            var x = left + i * cell + cell / 2;
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{x + 4}\" y=\"{top - 8}\" font-size=\"13\" text-anchor=\"start\" transform=\"rotate(-90 {x + 4} {top - 8})\">{HtmlEncode(label(m.Domains[i]))}</text>"
            );
        }
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
        {
            var v = m.Cells[i][j];
            var x = left + j * cell;
            var y = top + i * cell;
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<rect class=\"cell\" x=\"{x}\" y=\"{y}\" width=\"{cell}\" height=\"{cell}\" fill=\"{Heat(v, max)}\" stroke=\"#ffffff\" stroke-width=\"2\"><title>{HtmlEncode(label(m.Domains[i]))} – {HtmlEncode(label(m.Domains[j]))}: {v}</title></rect>"
            );
            if (i == j)
                svg.Append(
                    CultureInfo.InvariantCulture,
                    $"<rect x=\"{x + 3}\" y=\"{y + 3}\" width=\"{cell - 6}\" height=\"{cell - 6}\" fill=\"none\" stroke=\"#bbbbbb\" stroke-dasharray=\"3 3\"/>"
                );
            svg.Append(
                Text(
                    x + cell / 2,
                    y + cell / 2 + 5,
                    v.ToString(CultureInfo.InvariantCulture),
                    "middle",
                    15,
                    v * 2 > max ? "#ffffff" : "#222222",
                    bold: v == 0 && i != j
                )
            );
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// People on a circle, grouped by domain with a gap between groups; confirmed trust as lines. Bridges are red,
    /// trust from the highlighted workshop dashed (green unless a bridge), single points of failure ringed red.
    /// </summary>
    public static string Network(NetworkPicture picture, IReadOnlyList<string> domains, string id, bool labels = true)
    {
        const int size = 820,
            centre = size / 2,
            radius = 270;
        var svg = Open(id, size, size, "The trust network: people grouped by domain, lines are confirmed trust");
        var groups = picture.Nodes.GroupBy(n => n.Domain).OrderBy(g => IndexOf(domains, g.Key)).ToList();
        const int gap = 2;
        var slots = picture.Nodes.Count + gap * groups.Count;
        var positions = new Dictionary<Guid, (double X, double Y, double Angle)>();
        var slot = 0;
        foreach (var g in groups)
        {
            foreach (var node in g.OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id))
            {
                var angle = 2 * Math.PI * slot++ / Math.Max(1, slots) - Math.PI / 2;
                positions[node.Id] = (centre + radius * Math.Cos(angle), centre + radius * Math.Sin(angle), angle);
            }
            slot += gap;
        }
        foreach (var e in picture.Edges.Where(e => positions.ContainsKey(e.A) && positions.ContainsKey(e.B)))
        {
            var (a, b) = (positions[e.A], positions[e.B]);
            var style =
                e.IsBridge ? "stroke=\"#d62728\" stroke-width=\"2.2\""
                : e.WorkshopId is not null ? "stroke=\"#2ca02c\" stroke-width=\"1.8\""
                : "stroke=\"#8a8a8a\" stroke-width=\"1\" stroke-opacity=\"0.7\"";
            if (e.WorkshopId is not null)
                style += " stroke-dasharray=\"5 3\""; // a bridge from the workshop stays red, dashed
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<line class=\"edge\" x1=\"{a.X:0.#}\" y1=\"{a.Y:0.#}\" x2=\"{b.X:0.#}\" y2=\"{b.Y:0.#}\" {style}/>"
            );
        }
        foreach (var node in picture.Nodes)
        {
            var (x, y, angle) = positions[node.Id];
            var ring =
                node.IsArticulationPoint ? " stroke=\"#d62728\" stroke-width=\"3\""
                : node.IsPending ? " stroke=\"#1d2330\" stroke-width=\"2\" stroke-dasharray=\"2 2\""
                : " stroke=\"#ffffff\" stroke-width=\"1.5\"";
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<circle class=\"node{(node.IsPending ? " pending" : "")}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{(node.IsArticulationPoint ? 8 : 6)}\" fill=\"{ColourOf(domains, node.Domain)}\"{ring}><title>{HtmlEncode(node.Name)}</title></circle>"
            );
            if (!labels)
                continue;
            var lx = centre + (radius + 14) * Math.Cos(angle);
            var ly = centre + (radius + 14) * Math.Sin(angle);
            var degrees = angle * 180 / Math.PI;
            var flip = Math.Cos(angle) < 0;
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{lx:0.#}\" y=\"{ly:0.#}\" font-size=\"10.5\" dominant-baseline=\"middle\" text-anchor=\"{(flip ? "end" : "start")}\" transform=\"rotate({(flip ? degrees + 180 : degrees):0.#} {lx:0.#} {ly:0.#})\"{(node.IsArticulationPoint ? " font-weight=\"bold\"" : "")}>{HtmlEncode(node.Name)}</text>"
            );
        }
        if (picture.Nodes.Count == 0)
            svg.Append(Text(centre, centre, "—", "middle", 16));
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, int width, int height, string title) =>
        new StringBuilder().Append(
            CultureInfo.InvariantCulture,
            $"<svg id=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{HtmlEncode(title)}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\"><title>{HtmlEncode(title)}</title>"
        );

    private static string Text(
        double x,
        double y,
        string text,
        string anchor,
        double size,
        string fill = "#222222",
        bool bold = false
    ) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{fill}\"{(bold ? " font-weight=\"bold\"" : "")}>{HtmlEncode(text)}</text>"
        );

    /// <summary>White for none through to deep blue for the most; empty cells are pale red to catch the eye.</summary>
    private static string Heat(int value, int max)
    {
        if (value == 0)
            return "#fbe3e3";
        var t = 0.2 + 0.8 * value / max;
        int r = (int)(235 - t * (235 - 8)),
            g = (int)(243 - t * (243 - 69)),
            b = (int)(251 - t * (251 - 148));
        return $"#{r:x2}{g:x2}{b:x2}";
    }
}
