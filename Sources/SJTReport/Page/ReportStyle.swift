/// The report's style sheet: readable on a screen, and on A4 paper with each chart kept on one
/// page and table headings repeated on every page a table runs over.
enum ReportStyle {
    static let css = """
        @page { size: A4; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.45;
          color: #1a1a1a; background: #ffffff; max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
        header h1 { font-size: 26px; margin: 0 0 6px; }
        header p { margin: 4px 0; color: #333333; }
        .facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 4px; padding: 0; list-style: none; }
        .facts li { border: 1px solid #cfcfcf; border-left: 5px solid #0072B2; border-radius: 4px; padding: 6px 12px; background: #f7f9fb; }
        .facts strong { display: block; font-size: 20px; }
        nav { margin: 18px 0 8px; padding: 10px 16px; background: #f4f4f4; border-radius: 4px; }
        nav ul { margin: 0; padding-left: 18px; columns: 2; }
        nav a { color: #0b5394; }
        h2 { font-size: 20px; margin: 34px 0 8px; padding-bottom: 4px; border-bottom: 3px solid #0072B2; break-after: avoid; }
        h3 { font-size: 16px; margin: 22px 0 6px; break-after: avoid; }
        figure { margin: 14px 0 26px; }
        figcaption { margin-bottom: 6px; break-after: avoid; }
        .chart-box { break-inside: avoid; margin: 4px 0 8px; }
        svg.chart { display: block; width: 100%; max-width: 900px; height: auto; font-family: inherit; }
        table { border-collapse: collapse; font-size: 12px; margin: 4px 0; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { padding: 3px 9px; border-bottom: 1px solid #dddddd; text-align: left; vertical-align: top; }
        th { background: #eef2f6; font-weight: bold; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        td:empty::after { content: "\\2013"; color: #8a8a8a; }
        .empty { padding: 10px 14px; border: 1px dashed #9a9a9a; border-radius: 4px; background: #fafafa; }
        .note { color: #444444; font-size: 13px; }
        footer { margin-top: 40px; padding-top: 8px; border-top: 1px solid #cccccc; color: #555555; font-size: 12px; }
        @media print {
          body { padding: 0; font-size: 10pt; max-width: none; }
          nav { display: none; }
          h2 { break-before: page; }
          section:first-of-type h2 { break-before: auto; }
          a { color: inherit; text-decoration: none; }
          table { font-size: 8.5pt; }
        }
        """
}
