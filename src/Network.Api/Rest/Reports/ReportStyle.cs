namespace Network.Api.Rest.Reports;

/// <summary>The report page's only style sheet, inline so the page has no external assets; print first.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #dfe3ea; --high: #c62828; --medium: #ef6c00; --low: #1565c0; --info: #2e7d32; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1120px; padding: 24px 32px; line-height: 1.45; font-size: 14px; }
        header { border-bottom: 3px solid var(--ink); margin-bottom: 16px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 22px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; break-after: avoid; }
        .en { color: var(--muted); font-weight: normal; }
        h1 .en, h2 .en { font-size: 0.7em; margin-left: 6px; }
        .meta { color: var(--muted); margin: 0 0 10px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 12px 0; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; break-inside: avoid; }
        .card b { display: block; font-size: 24px; }
        .card span { display: block; font-size: 12px; }
        ol.recs { padding-left: 22px; }
        li.rec { margin: 0 0 10px; padding: 6px 10px; border-left: 4px solid var(--info); background: #fafbfc; break-inside: avoid; }
        li.rec.high { border-color: var(--high); } li.rec.medium { border-color: var(--medium); } li.rec.low { border-color: var(--low); }
        li.rec p { margin: 4px 0; }
        .badge { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; font-weight: bold; }
        li.rec.high .badge { color: var(--high); } li.rec.medium .badge { color: var(--medium); } li.rec.low .badge { color: var(--low); }
        code { font-size: 11px; color: var(--muted); }
        .charts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
        figure { margin: 8px 0; break-inside: avoid; }
        figure.wide { flex-basis: 100%; }
        figcaption { font-size: 12px; margin-top: 4px; }
        svg { max-width: 100%; height: auto; }
        ul.legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 12px; }
        ul.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 5px; vertical-align: -1px; }
        ul.legend i.line { border-radius: 0; height: 0; width: 22px; border-top: 2px solid #d62728; vertical-align: 3px; }
        ul.legend i.line.workshop { border-top: 2px dashed #2ca02c; }
        ul.legend i.ring { border: 3px solid #d62728; background: #fff; }
        ul.legend i.ring.pending { border: 2px dashed #1d2330; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #f3f5f8; }
        tr { break-inside: avoid; }
        .none { color: var(--muted); }
        footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid var(--line); font-size: 11px; color: var(--muted); }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          .charts { display: block; }
          figure svg { max-height: 240mm; }
          section.table { break-inside: auto; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
