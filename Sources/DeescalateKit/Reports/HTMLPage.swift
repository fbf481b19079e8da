/// The frame every HTML report shares: one self-contained page with inline CSS (screen and print),
/// no scripts and no external assets, so it can be mailed, archived or printed as is.
struct HTMLPage {
    /// The page title (already escaped).
    var title: String
    /// The body's inner HTML.
    var body: String
    /// Styles only this page needs, after the shared ones.
    var extraCSS = ""

    /// The complete document.
    func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="deescalate \(DeescalateVersion.tool)">
        <title>\(title)</title>
        <style>\(Self.css)\(extraCSS)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// Shared styles. Colours: LAST steps green, harms red, boundaries blue; print keeps them.
    /// Phones (checked at 390 px, `Transcripts/examples/pagecheck.py`): the page never scrolls
    /// sideways; wide tables scroll inside their own `.scroll` box; each chart is drawn twice and the
    /// narrow drawing (`svg.narrow`) replaces the wide one at 760 px and below, so labels stay at
    /// about 12 px instead of shrinking with a 760-unit drawing.
    static let css = """

    :root{--ink:#1d2430;--muted:#5b6472;--line:#d8dde5;--bg:#f6f7f9;--card:#fff;--good:#1f7a4d;--good-bg:#e3f4ea;\
    --harm:#b42318;--harm-bg:#fde8e6;--bound:#1d4ed8;--bound-bg:#e2eafd;--warn:#b45309;--warn-bg:#fdf0dc}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
    main{max-width:980px;margin:0 auto;padding:24px 20px 40px;overflow-wrap:break-word}
    h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-bottom:2px solid var(--line);padding-bottom:4px}
    .sub{color:var(--muted);margin:0 0 14px}
    .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px}
    dl.meta{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:4px 14px;margin:0}
    dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
    .summary{display:flex;gap:16px;align-items:center;flex-wrap:wrap;margin-top:14px}
    .total{font-size:34px;font-weight:700}.total small{font-size:16px;color:var(--muted);font-weight:400}
    .pill{display:inline-block;padding:2px 10px;border-radius:999px;font-weight:600;font-size:13px}
    .pass{background:var(--good-bg);color:var(--good)}.fail{background:var(--harm-bg);color:var(--harm)}
    .o-resolved{background:var(--good-bg);color:var(--good)}.o-escalated{background:var(--harm-bg);color:var(--harm)}
    .o-abandoned{background:var(--warn-bg);color:var(--warn)}.o-none{background:#eceef2;color:var(--muted)}
    .failed{color:var(--harm);font-weight:600}
    svg{display:block;width:100%;height:auto;font:12px system-ui,sans-serif}svg.narrow{display:none}
    .scroll{overflow-x:auto;max-width:100%}.scroll>table{min-width:100%}
    svg text{fill:var(--ink)}svg .axis{stroke:#9aa3af;stroke-width:1}svg .grid{stroke:#eceef2}
    svg .curve{fill:none;stroke:#374151;stroke-width:2.5}svg .calm{stroke:var(--good);stroke-dasharray:6 4;stroke-width:1.5}
    svg .esc{stroke:var(--harm);stroke-dasharray:6 4;stroke-width:1.5}svg .lbl-calm{fill:var(--good)}svg .lbl-esc{fill:var(--harm)}
    svg a circle{fill:#fff;stroke:#374151;stroke-width:2}svg a:hover circle{fill:#374151}
    svg .muted{fill:var(--muted)}svg .bar{fill:#4b7bd3}svg .bar-fail{fill:#e58c82}svg .bar-pass{fill:#5fb585}
    ol.turns{list-style:none;padding:0;margin:0}
    .turn{border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:0 0 10px;background:var(--card);break-inside:avoid}
    .turn.customer{margin-right:12%}.turn.trainee{margin-left:12%;background:#fbfcfe;border-left:4px solid #4b7bd3}
    .turn:target{outline:3px solid #f59e0b}
    .who{font-weight:600}.who .n{color:var(--muted);font-weight:400;margin-right:6px}.level{float:right;color:var(--muted);font-size:13px}
    .said{margin:4px 0 0;overflow-wrap:anywhere}
    .badges{margin-top:8px}.badge{display:inline-block;max-width:100%;border-radius:4px;padding:1px 7px;margin:0 6px 4px 0;font-size:12.5px;border:1px solid}
    .badge b{font-weight:600}.badge q{color:var(--muted)}
    .k-step{background:var(--good-bg);color:var(--good);border-color:#b7e0c7}.k-harm{background:var(--harm-bg);color:var(--harm);border-color:#f4b8b1}
    .k-boundary{background:var(--bound-bg);color:var(--bound);border-color:#b9ccf7}.k-none{color:var(--muted);border-color:var(--line)}
    .why{margin:4px 0 0;padding:0;list-style:none;font-size:13px;color:var(--muted)}.why li{display:inline;margin-right:12px}
    .up{color:var(--harm)}.down{color:var(--good)}
    table{border-collapse:collapse;width:100%;background:var(--card)}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
    th{font-size:13px;color:var(--muted);font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    .meter{height:12px;background:#eceef2;border-radius:6px;overflow:hidden;min-width:120px}.meter span{display:block;height:100%;background:#4b7bd3}
    .meter span.lo{background:#e58c82}.meter span.mid{background:#f0b45b}.meter span.hi{background:#5fb585}
    ul.feedback{padding-left:20px}ul.feedback li{margin-bottom:6px}
    .tag{font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 5px;margin-right:6px}
    .note{color:var(--muted);font-style:italic}
    table.rows td{padding:2px 8px;font-size:13.5px;white-space:nowrap}td.ok{color:var(--good)}td.no{color:var(--harm)}
    table.personas td:first-child{min-width:9em}ul.files{padding-left:20px;overflow-wrap:anywhere}
    footer{margin-top:30px;color:var(--muted);font-size:12.5px}
    a{color:#1d4ed8}
    @media (max-width:760px){svg.wide{display:none}svg.narrow{display:block;max-width:520px;margin:0 auto;font-size:13.5px}}
    @media (max-width:640px){main{padding:16px 12px 32px}.card{padding:12px}dl.meta{grid-template-columns:max-content 1fr}
    .turn.customer,.turn.trainee{margin-left:0;margin-right:0}.meter{min-width:56px}th,td{padding:5px 6px}
    table.scorecard td:last-child{min-width:11em;overflow-wrap:anywhere}}
    @media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}svg.wide{display:block}svg.narrow{display:none}
    .scroll{overflow:visible}.card,.turn,table{border-color:#bbb}
    *{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}
    h2{break-after:avoid}section.chart,table.scorecard,tr{break-inside:avoid}.turn:target{outline:none}}

    """
}
