package vn.xkmt.report;

/** The inline style sheet of the HTML report: screen and print (A4 landscape, page breaks, colours kept). */
final class HtmlStyle {

    static final String CSS = """
            :root { --pass: #c6efce; --pass-ink: #006100; --fail: #ffc7ce; --fail-ink: #9c0006;
                    --unknown: #ffeb9c; --unknown-ink: #9c5700; --line: #c9d1dc; }
            * { box-sizing: border-box; }
            body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 13px;
                   color: #1b1f24; margin: 24px; line-height: 1.4; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            h2 { font-size: 18px; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; margin-top: 28px; }
            h3 { font-size: 15px; margin: 18px 0 6px; }
            .meta, .muted { color: #57606a; }
            nav a { color: #1f4e79; }
            .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0; }
            .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
            .card .n { font-size: 22px; font-weight: bold; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; }
            th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; text-align: left; }
            th { background: #d9e1f2; }
            td.pass, .card.pass, .verdict.pass { background: var(--pass); color: var(--pass-ink); }
            td.fail, .card.fail, .verdict.fail { background: var(--fail); color: var(--fail-ink); }
            td.unknown, .card.unknown, .verdict.unknown { background: var(--unknown); color: var(--unknown-ink); }
            td.notinforce, .card.notinforce, .verdict.notinforce { background: #e1e4e8; color: #24292f; }
            td.reference { opacity: 0.75; font-style: italic; }
            .reference-note { border-left: 4px solid #6e7781; padding: 4px 8px; background: #f3f4f6; }
            .verdict { font-size: 12px; font-weight: normal; padding: 1px 8px; border-radius: 10px; margin-left: 6px; }
            table.summary td:nth-child(n+3) { white-space: nowrap; }
            .note { margin-top: 4px; font-size: 12px; padding: 1px 4px; }
            .cells { margin-top: 4px; color: var(--unknown-ink); font-size: 12px; }
            .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 11px; word-break: break-all; }
            .unit { border-top: 1px solid var(--line); padding-top: 4px; }
            figure { margin: 8px 0 16px; }
            figcaption { color: #57606a; }
            svg.chart { max-width: 100%; height: auto; font-family: inherit; }
            svg .label, svg .legend, svg .total { font-size: 12px; fill: #1b1f24; }
            svg .count { font-size: 11px; fill: #ffffff; font-weight: bold; }
            ul.rollout, ul.deadlines { margin: 4px 0 10px; }
            footer { margin-top: 30px; color: #57606a; font-size: 11px; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { margin: 0; font-size: 11px; }
              nav { display: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              section.page { break-before: page; }
              figure, tr, .cards { break-inside: avoid; }
              h2, h3, .unit > p { break-after: avoid; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private HtmlStyle() {
    }
}
