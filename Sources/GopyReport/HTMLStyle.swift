/// The style sheet every page carries inline: system fonts only (nothing to download), a
/// navigation column beside the text on wide screens, above it on narrow ones, and a print
/// layout without the navigation.
enum HTMLStyle {
    static let css = """
    :root { color-scheme: light; --ink: #1b1b1b; --muted: #555555; --line: #d6d6d6; --accent: #8b1a1a; --paper: #ffffff; --tint: #f6f4f0; }
    * { box-sizing: border-box; }
    html { font-size: 100%; }
    body { margin: 0; color: var(--ink); background: var(--paper); font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.55; }
    a { color: #0b4f8a; }
    a:focus { outline: 2px solid #0b4f8a; outline-offset: 2px; }
    code { font-family: ui-monospace, "SFMono-Regular", Consolas, "Liberation Mono", monospace; font-size: 0.85em; }
    .skip { position: absolute; left: -10000px; top: 0; }
    .skip:focus { left: 1rem; background: var(--paper); padding: 0.25rem 0.5rem; z-index: 1; }
    .banner { border-bottom: 3px solid var(--accent); padding: 0.75rem 1.5rem; background: var(--tint); }
    .banner p { margin: 0; }
    .banner .kicker { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; }
    .banner .kicker a { color: var(--accent); text-decoration: none; font-weight: 600; }
    .banner .draft { font-weight: 600; }
    .banner .round { font-weight: normal; color: var(--muted); }
    .layout { display: grid; grid-template-columns: minmax(14rem, 20rem) minmax(0, 1fr); gap: 2rem; padding: 1rem 1.5rem 2rem; max-width: 90rem; }
    .outline { font-size: 0.9rem; border-right: 1px solid var(--line); padding-right: 1rem; }
    .outline .nav-title { font-weight: 700; margin: 0 0 0.25rem; }
    .outline ul { list-style: none; margin: 0; padding-left: 0; }
    .outline ul ul { padding-left: 1rem; border-left: 1px dotted var(--line); }
    .outline li { margin: 0.2rem 0; }
    .outline a { text-decoration: none; }
    .outline a:hover { text-decoration: underline; }
    .outline a[aria-current="page"] { font-weight: 700; color: var(--accent); }
    .outline .count { color: var(--muted); font-size: 0.8em; white-space: nowrap; }
    .outline .count::before { content: "("; }
    .outline .count::after { content: ")"; }
    .outline .tree { margin: 0.5rem 0; }
    main { min-width: 0; max-width: 60rem; }
    h1 { font-size: 1.5rem; line-height: 1.3; margin: 0.5rem 0 1rem; }
    h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
    .trail ol { list-style: none; margin: 0; padding: 0; font-size: 0.85rem; color: var(--muted); }
    .trail li { display: inline; }
    .trail li + li::before { content: " › "; }
    .totals { padding-left: 1.25rem; }
    .general { background: var(--tint); border-left: 4px solid #009E73; padding: 0.5rem 0.75rem; }
    .empty, .note { color: var(--muted); font-style: italic; }
    table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
    caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
    th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; vertical-align: top; }
    thead th { background: var(--tint); text-align: left; }
    td { text-align: right; font-variant-numeric: tabular-nums; }
    tbody th { text-align: left; font-weight: normal; }
    .depth-1 { padding-left: 1.5rem; } .depth-2 { padding-left: 2.5rem; } .depth-3 { padding-left: 3.5rem; }
    .depth-4 { padding-left: 4.5rem; } .depth-5 { padding-left: 5.5rem; }
    .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.4rem; vertical-align: baseline; }
    figure.chart { margin: 1rem 0; overflow-x: auto; }
    svg.chart { max-width: 100%; min-width: 36rem; height: auto; }
    .table-wrap { overflow-x: auto; }
    svg.chart text { fill: var(--ink); }
    figcaption { font-size: 0.85rem; color: var(--muted); }
    ol.points { padding-left: 1.5rem; }
    li.point { margin: 0 0 1.5rem; padding: 0.75rem 1rem; border: 1px solid var(--line); border-radius: 4px; }
    li.point::marker { font-weight: 700; }
    li.campaign { border-color: #D55E00; }
    .badge { display: inline-block; margin: 0 0 0.5rem; padding: 0.05rem 0.5rem; border-radius: 3px; background: #D55E00; color: #ffffff; font-size: 0.8rem; font-weight: 600; }
    .campaign-size { font-weight: 600; }
    blockquote.point-text { margin: 0 0 0.5rem; padding: 0 0 0 0.75rem; border-left: 4px solid var(--accent); font-size: 1.05rem; }
    blockquote.point-text p { margin: 0; white-space: pre-line; }
    dl.facts { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.5rem 0; }
    dl.facts div { display: flex; gap: 0.4rem; }
    dl.facts dt { color: var(--muted); }
    dl.facts dt::after { content: ":"; }
    dl.facts dd { margin: 0; font-weight: 600; }
    .sources, .variants { margin: 0.5rem 0; }
    .sources ul, .variants ul, details.comments ul { margin: 0.25rem 0; padding-left: 1.25rem; }
    .label { margin: 0; color: var(--muted); }
    .kind { font-weight: 600; }
    details.comments summary { cursor: pointer; color: var(--muted); }
    .point-id { margin: 0.5rem 0 0; font-size: 0.8rem; color: var(--muted); }
    footer { border-top: 1px solid var(--line); padding: 0.5rem 1.5rem; font-size: 0.8rem; color: var(--muted); }
    @media (max-width: 62rem) {
      .layout { grid-template-columns: minmax(0, 1fr); }
      .outline { border-right: 0; border-bottom: 1px solid var(--line); padding: 0 0 1rem; }
    }
    @media print {
      .outline, .skip { display: none; }
      .layout { display: block; padding: 0; }
      details.comments > * { display: block; }
      li.point { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
