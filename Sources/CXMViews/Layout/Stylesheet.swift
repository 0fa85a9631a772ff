/// The one stylesheet of the web UI, served by the server at `/assets/app.css`.
///
/// Mobile first; system fonts only; colours chosen for WCAG 2.1 AA (body text 15:1, muted text 7:1,
/// links 7:1 on white) and a focus outline on every interactive element.
public enum Stylesheet {
    /// The CSS text.
    public static let css: String = """
        :root {
          --ink: #1b1f24; --muted: #4a5360; --line: #d0d7de; --paper: #ffffff; --wash: #f4f6f8;
          --brand: #123a5e; --link: #0a4f8f; --focus: #c2410c; --ok-ink: #14532d; --ok-wash: #e8f5ec;
          --bad-ink: #9b1c1c; --bad-wash: #fdecec; --radius: 6px;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          line-height: 1.5; color: var(--ink); background: var(--wash);
        }
        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
        main { flex: 1; width: 100%; max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; line-height: 1.25; }
        h2 { font-size: 1.25rem; margin: 1.5rem 0 0.75rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 0.5rem; }
        a { color: var(--link); text-underline-offset: 0.15em; }
        a:hover { text-decoration-thickness: 2px; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip-link { position: absolute; left: 0.5rem; top: -3rem; z-index: 10; padding: 0.5rem 1rem;
          background: var(--paper); color: var(--link); border-radius: var(--radius); }
        .skip-link:focus { top: 0.5rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
        .muted, .hint { color: var(--muted); }
        .site-header { background: var(--brand); color: #ffffff; padding: 0.75rem 1rem; display: flex;
          flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: center; }
        .site-header a { color: #ffffff; }
        .site-header :focus-visible { outline-color: #fbbf24; }
        .brand { display: flex; align-items: baseline; gap: 0.75rem; }
        .product { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
        .workspace { opacity: 0.95; }
        .main-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
        .main-nav a { display: inline-block; padding: 0.25rem 0; text-decoration: none; border-bottom: 3px solid transparent; }
        .main-nav a:hover, .main-nav a[aria-current] { border-bottom-color: #ffffff; }
        .main-nav a[aria-current="page"] { font-weight: 700; }
        .account { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
        .language-label { font-size: 0.875rem; margin-right: 0.25rem; }
        .inline-form { display: inline-flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0; }
        .site-header select { max-width: 10rem; }
        .site-footer { padding: 1rem; text-align: center; color: var(--muted); border-top: 1px solid var(--line);
          background: var(--paper); }
        .flash { background: var(--ok-wash); color: var(--ok-ink); border-left: 5px solid var(--ok-ink);
          padding: 0.5rem 1rem; border-radius: var(--radius); margin-bottom: 1rem; }
        .error-summary { background: var(--bad-wash); color: var(--bad-ink); border: 2px solid var(--bad-ink);
          padding: 0.5rem 1rem; border-radius: var(--radius); margin-bottom: 1rem; }
        .error-summary h2 { margin-top: 0.25rem; font-size: 1.1rem; }
        .error-summary a { color: var(--bad-ink); font-weight: 600; }
        .error-message { color: var(--bad-ink); font-weight: 600; margin: 0.25rem 0; }
        .secret { background: #fff8e1; border: 2px solid #8a5a00; padding: 0.75rem 1rem; border-radius: var(--radius); }
        .secret code { display: block; font-size: 1.1rem; word-break: break-all; padding: 0.5rem;
          background: var(--paper); margin-top: 0.5rem; }
        .panel, .card { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius);
          padding: 1rem; margin-bottom: 1rem; }
        .cards { display: grid; gap: 1rem; grid-template-columns: 1fr; list-style: none; padding: 0; margin: 0; }
        .card h3, .card h4 { margin-top: 0; }
        .meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; color: var(--muted); margin: 0 0 0.5rem; }
        .blueprint { display: grid; gap: 0.5rem; grid-template-columns: 1fr; }
        .blueprint section { background: var(--wash); border-radius: var(--radius); padding: 0.5rem 0.75rem; }
        .plain-list { margin: 0.25rem 0; padding-left: 1.25rem; }
        .form { display: grid; gap: 0.75rem; max-width: 40rem; }
        .field { display: grid; gap: 0.25rem; }
        .field label { font-weight: 600; }
        .field-error input, .field-error select, .field-error textarea { border-color: var(--bad-ink); border-width: 2px; }
        .hint { margin: 0; font-size: 0.95rem; }
        input, select, textarea, button { font: inherit; }
        input, select, textarea { width: 100%; padding: 0.45rem 0.6rem; border: 1px solid #6e7781;
          border-radius: var(--radius); background: var(--paper); color: var(--ink); }
        .inline-form select, .inline-form input { width: auto; }
        .button { display: inline-block; padding: 0.45rem 1rem; border: 2px solid var(--brand); border-radius: var(--radius);
          background: var(--brand); color: #ffffff; cursor: pointer; font-weight: 600; text-decoration: none; }
        .button:hover { background: #0b2740; }
        .button-danger { background: var(--bad-ink); border-color: var(--bad-ink); }
        .button-danger:hover { background: #7a1515; }
        .field-check { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; }
        .field-check input { width: auto; margin: 0; }
        .field-check label { font-weight: 400; }
        .field-check .error-message, .field-check .hint { flex-basis: 100%; }
        .checkbox-group { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.5rem 1rem; margin: 0; }
        .checkbox-group legend { font-weight: 600; padding: 0 0.25rem; }
        .danger-zone { border-color: var(--bad-ink); }
        .button-secondary { background: #ffffff; color: var(--brand); }
        .button-secondary:hover { background: #e8eef4; }
        .button-row { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.75rem; }
        .question-editor { border: 0; padding: 0; margin: 0; }
        .question-editor > legend { font-weight: 700; font-size: 1.1rem; }
        input[readonly] { background: #f1f3f5; }
        .readonly-list { margin: 0; }
        .button-quiet { background: transparent; border-color: currentColor; color: inherit; }
        .site-header .button-quiet:hover { background: rgba(255, 255, 255, 0.15); }
        .table-wrap { overflow-x: auto; background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius);
          margin-bottom: 1rem; }
        table { width: 100%; border-collapse: collapse; }
        caption { text-align: left; font-weight: 600; padding: 0.5rem 0.75rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border-top: 1px solid var(--line); }
        thead th { background: var(--wash); }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        .tree, .tree ul { list-style: none; padding-left: 1.25rem; border-left: 2px solid var(--line); }
        .tree { padding-left: 0.75rem; background: var(--paper); padding: 0.75rem 1rem; border-radius: var(--radius); }
        .tree li { margin: 0.35rem 0; }
        .pagination ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
        .pagination a { display: inline-block; min-width: 2.25rem; padding: 0.25rem 0.5rem; text-align: center;
          border: 1px solid var(--line); border-radius: var(--radius); background: var(--paper); }
        .pagination a[aria-current="page"] { background: var(--brand); color: #ffffff; border-color: var(--brand); }
        .search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-bottom: 1rem; }
        .search .field { flex: 1 1 16rem; }
        .languages { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
        .login { max-width: 26rem; margin: 2rem auto; }
        @media (min-width: 48rem) {
          main { padding: 1.5rem 2rem; }
          .site-header { padding: 0.75rem 2rem; justify-content: space-between; }
          .cards { grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); }
          .blueprint { grid-template-columns: repeat(2, 1fr); }
        }
        .blueprint section { min-width: 0; overflow-wrap: anywhere; }
        @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
        /* Dashboards: sub-navigation, filter, KPI tiles, charts, journey heat map, unit comparison. */
        .sub-nav ul { list-style: none; margin: 0 0 1rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem;
          border-bottom: 1px solid var(--line); }
        .sub-nav a { display: inline-block; padding: 0.35rem 0; text-decoration: none; border-bottom: 3px solid transparent; }
        .sub-nav a:hover, .sub-nav a[aria-current] { border-bottom-color: var(--brand); }
        .sub-nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
        .filter-form { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
          align-items: end; background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius);
          padding: 0.75rem 1rem; margin-bottom: 1rem; }
        .filter-actions { display: flex; align-items: end; }
        .no-data { font-weight: 600; padding: 0.75rem 1rem; background: var(--paper); border: 2px dashed #6e7781;
          border-radius: var(--radius); }
        .explanation { font-weight: 600; }
        .notes { color: var(--muted); font-size: 0.95rem; }
        .flag { display: inline-block; font-weight: 600; padding: 0.1rem 0.5rem; margin: 0.25rem 0; border: 1px solid currentColor;
          border-radius: var(--radius); }
        .flag-low { color: #5c3c00; background: #fff4d6; border-style: dashed; }
        .flag-up, .mark-up { color: var(--ok-ink); }
        .flag-down, .mark-down { color: var(--bad-ink); }
        .case-list { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.5rem; }
        .case-card { padding: 0.75rem 1rem; }
        .case-card p { margin: 0.25rem 0; }
        .feedback-list { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.5rem; }
        .feedback-card { padding: 0.75rem 1rem; border-left-width: 5px; }
        .feedback-card p { margin: 0.25rem 0; }
        .feedback-negative { border-left-color: var(--bad-ink); }
        .feedback-positive { border-left-color: var(--ok-ink); }
        .feedback-text { font-size: 1.05rem; }
        .theme-mark { background: #fff1b8; color: inherit; padding: 0 0.1rem; border-bottom: 2px solid #b58a00; }
        .badge { font-weight: 600; padding: 0 0.4rem; border-radius: var(--radius); border: 1px solid currentColor; }
        .badge-positive { color: var(--ok-ink); background: var(--ok-wash); }
        .badge-negative { color: var(--bad-ink); background: var(--bad-wash); }
        .badge-neutral { color: var(--muted); }
        .chips { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem; }
        .chip { display: inline-flex; align-items: center; gap: 0.25rem; border: 1px solid var(--line);
          border-radius: 999px; padding: 0 0.5rem; background: var(--wash); }
        .chip-negative { border-color: var(--bad-ink); }
        .chip-positive { border-color: var(--ok-ink); }
        .chip form { display: inline; margin: 0; }
        .link-button { background: none; border: none; padding: 0 0.2rem; color: var(--link); cursor: pointer; font: inherit; }
        .feedback-actions summary { cursor: pointer; color: var(--link); }
        .inline-form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; margin: 0.5rem 0; }
        .sub-row th { font-weight: normal; padding-left: 1.5rem; }
        .theme-editor { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.25rem 0.75rem; margin: 0.25rem 0; }
        .theme-editor summary { cursor: pointer; font-weight: 600; }
        pre.trial { white-space: pre-wrap; background: var(--wash); padding: 0.75rem; border-radius: var(--radius); }
        pre.snippet { white-space: pre-wrap; word-break: break-all; background: var(--wash); padding: 0.75rem;
          border-radius: var(--radius); }
        .funnel-prompt { border-top: 1px solid var(--line); padding-top: 0.5rem; }
        .candidate-list { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
        .case-overdue { border-left: 4px solid var(--bad-ink); }
        .case-title { font-weight: 600; display: flex; gap: 0.75rem; align-items: flex-start; }
        .case-title input { width: 1.5rem; height: 1.5rem; flex: none; margin: 0.1rem 0 0; }
        .case-title a { padding: 0.25rem 0; }
        .case-number { white-space: nowrap; }
        .case-due { font-weight: 600; }
        .case-timeline { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--line); }
        .case-timeline li { padding: 0 0 0.75rem 1rem; }
        .case-event { margin: 0; font-weight: 600; }
        .kpi-tiles { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 1rem; grid-template-columns: 1fr; }
        .kpi-tile h2 { margin: 0; font-size: 1.15rem; }
        .kpi-tile abbr { text-decoration: none; }
        .kpi-unit { margin: 0 0 0.5rem; color: var(--muted); font-size: 0.9rem; }
        .kpi-value { font-size: 2.25rem; font-weight: 700; line-height: 1.1; margin: 0.25rem 0 0.5rem;
          font-variant-numeric: tabular-nums; }
        .kpi-facts { margin: 0 0 0.5rem; display: grid; gap: 0.35rem; }
        .kpi-facts dt { font-size: 0.85rem; color: var(--muted); }
        .kpi-facts dd { margin: 0; font-variant-numeric: tabular-nums; }
        .chart-figure { margin: 0 0 1rem; padding: 0.75rem; background: var(--paper); border: 1px solid var(--line);
          border-radius: var(--radius); }
        .chart { display: block; width: 100%; max-width: 100%; height: auto; }
        .sparkline .chart { max-width: 12rem; }
        .chart-scroll { overflow-x: auto; }
        .chart-scroll .chart { min-width: 34rem; }
        .chart text { fill: var(--ink); font-size: 11px; }
        .chart .tick-label, .chart .separator-label { fill: var(--muted); }
        .chart .separator-label { font-style: italic; }
        .chart .grid { stroke: #e3e8ee; }
        .chart .axis-line, .chart .tick { stroke: #6e7781; }
        .chart .band { fill: #cfe0f1; }
        .chart .band-bar { stroke: #9dbfe0; stroke-width: 6; stroke-linecap: round; }
        .chart .trend-line, .chart .spark-line { fill: none; stroke: var(--brand); stroke-width: 2.5; stroke-linejoin: round; }
        .chart .spark-line { stroke-width: 1.5; }
        .chart .spark-dot, .chart .spark-last { fill: var(--brand); }
        .chart .marker { fill: var(--brand); stroke: var(--brand); stroke-width: 1.5; }
        .chart .marker-up { fill: var(--ok-ink); stroke: var(--ok-ink); }
        .chart .marker-down { fill: var(--bad-ink); stroke: var(--bad-ink); }
        .chart .marker-hollow { fill: var(--paper); stroke-width: 2; }
        .chart .ci, .chart .ci-cap { stroke: var(--ink); stroke-width: 1.5; }
        .chart .reference-line { stroke: #8a3b00; stroke-width: 2; stroke-dasharray: 6 4; }
        .chart .reference-label { font-weight: 600; }
        .chart .separator { stroke: #6e7781; stroke-dasharray: 4 3; }
        .chart .forest-row-up .row-value, .chart .forest-row-down .row-value { font-weight: 700; }
        .chart .forest-row-low text { fill: var(--muted); font-style: italic; }
        .chart .forest-row-low .ci, .chart .forest-row-low .ci-cap { stroke: #6e7781; stroke-dasharray: 3 2; }
        .chart-legend { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem;
          font-size: 0.9rem; }
        .chart-legend li { display: flex; align-items: center; gap: 0.4rem; }
        .legend-symbol { flex: none; }
        .legend-band rect { fill: #cfe0f1; }
        .legend-up path { fill: var(--ok-ink); }
        .legend-down path { fill: var(--bad-ink); }
        .legend-hollow circle { fill: var(--paper); stroke: var(--brand); stroke-width: 2; }
        .legend-gap path { fill: none; stroke: var(--brand); stroke-width: 2.5; }
        .legend-ci path { fill: none; stroke: var(--ink); stroke-width: 1.5; }
        .legend-ci circle { fill: var(--brand); }
        .legend-reference path { stroke: #8a3b00; stroke-width: 2; stroke-dasharray: 4 3; }
        .chart-data summary { cursor: pointer; font-weight: 600; margin: 0.5rem 0; }
        tr.gap td { font-style: italic; }
        tr.low-sample th, tr.low-sample td { color: var(--muted); }
        .breadcrumb ol { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; }
        .breadcrumb li + li::before { content: "›"; margin: 0 0.5rem; color: var(--muted); }
        .journey-total { font-size: 1.05rem; }
        .journey-map { display: grid; gap: 1rem; grid-template-columns: 1fr; margin-bottom: 1rem; }
        .journey-stage h2 { font-size: 1.05rem; margin: 0 0 0.5rem; }
        .touchpoint-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
        .tp-card { padding: 0.75rem; border: 1px solid var(--line); border-left-width: 6px; border-radius: var(--radius);
          background: var(--paper); overflow-wrap: anywhere; }
        .tp-card h3 { margin: 0 0 0.5rem; font-size: 1rem; }
        .tp-quadrant { display: inline-block; margin: 0 0 0.5rem; padding: 0.05rem 0.5rem; border: 1px solid currentColor;
          border-radius: 999px; font-size: 0.8rem; font-weight: 600; color: var(--muted); }
        .tp-quadrant.quadrant-fix_first { color: var(--bad-ink); background: var(--bad-wash); }
        .tp-quadrant.quadrant-keep_up { color: var(--ok-ink); background: var(--ok-wash); }
        .tp-facts { margin: 0; display: grid; gap: 0.5rem; grid-template-columns: repeat(2, minmax(0, 1fr)); }
        .tp-facts dt { font-size: 0.8rem; color: var(--muted); }
        .tp-facts dd { margin: 0; display: flex; flex-direction: column; align-items: flex-start; gap: 0.15rem; }
        .tp-value { font-size: 1.5rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .tp-detail, .tp-band { font-size: 0.85rem; }
        .tp-interval { white-space: nowrap; }
        .tp-link { margin: 0.5rem 0 0; font-size: 0.9rem; }
        /* Zero specificity, so each band's own colour and border style below apply to its legend entry. */
        :where(.band-legend li) { padding: 0.15rem 0.5rem; border: 1px solid var(--line); border-left-width: 6px;
          border-radius: var(--radius); font-size: 0.9rem; }
        /* Score bands: dark text on light tints (at least 9:1), borders at least 3:1 against white. */
        .score-1 { background: #fbe0d3; border-color: #b42318; }
        .score-2 { background: #fdefd9; border-color: #b54708; }
        .score-3 { background: #f1f3f5; border-color: #6e7781; }
        .score-4 { background: #e0ecf8; border-color: #2f6fad; }
        .score-5 { background: #cde0f3; border-color: #174f8a; }
        .score-low { background: #f6f7f8; border-color: #6e7781; border-style: dashed; color: var(--muted); }
        .score-none { background: repeating-linear-gradient(135deg, #ffffff 0 8px, #f1f3f5 8px 16px); border-color: #6e7781;
          border-style: dotted; }
        .band-legend ul { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem; }
        /* Improvements: the board's columns and cards, observations as a phone-width list. */
        .board { display: grid; gap: 1rem; grid-template-columns: 1fr; margin-bottom: 1.5rem; }
        .board-column { background: #f6f7f8; border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem; }
        .board-column h2 { font-size: 1rem; margin: 0 0 0.5rem; display: flex; justify-content: space-between; }
        .board-column.over-limit { border-color: #9a3412; border-width: 2px; }
        .board-column .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
        .board-column .card { padding: 0.5rem 0.75rem; }
        .observation-form textarea, .observation-form select, .observation-form input { width: 100%; max-width: 40rem; }
        .observation-list, .comment-list { list-style: none; padding: 0; margin: 0; }
        .observation-list li, .comment-list li { border-top: 1px solid var(--line); padding: 0.5rem 0; }
        .observation-text { font-size: 1.15rem; border-left: 4px solid var(--brand); margin: 0 0 1rem; padding: 0.25rem 0 0.25rem 1rem; }
        .formula { font-weight: 700; }
        /* Goals, the public KPI board (and its TV mode) and the teams' action plans. */
        .goal-cards { list-style: none; padding: 0; margin: 0 0 1.5rem; display: grid; gap: 1rem;
          grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
        .goal-card { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem 1rem; }
        .goal-card h2, .goal-card h3 { margin: 0 0 0.25rem; font-size: 1.1rem; }
        .goal-card p { margin: 0.25rem 0; }
        .goal-value { font-size: 2rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .goal-status { font-weight: 700; }
        .goal-status.reached, .goal-status.at_target { color: var(--ok-ink); }
        .goal-status.below { color: var(--bad-ink); }
        .goal-bar { display: block; width: 100%; height: 0.6rem; margin: 0.5rem 0 0.25rem; }
        .goal-bar-track { fill: var(--line); }
        .goal-bar-fill { fill: var(--brand); }
        .kpi-board main { max-width: none; }
        .kpi-board.tv { font-size: 1.4rem; background: #0f1b2a; color: #ffffff; }
        .kpi-board.tv .goal-card { background: #16263a; border-color: #3b4f66; color: #ffffff; }
        .kpi-board.tv .muted, .kpi-board.tv .goal-card .muted { color: #d3dbe4; }
        .kpi-board.tv .goal-status.reached, .kpi-board.tv .goal-status.at_target { color: #8ee6a8; }
        .kpi-board.tv .goal-status.below { color: #ffb4b4; }
        .kpi-board.tv .goal-bar-track { fill: #3b4f66; }
        .kpi-board.tv .goal-bar-fill { fill: #8ecdf5; }
        .kpi-board.tv .goal-value { font-size: 3.5rem; }
        .kpi-board.tv .goal-cards { grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); }
        .kpi-board.tv .site-footer { background: #0f1b2a; border-color: #3b4f66; color: #d3dbe4; }
        .kpi-board.tv a { color: #d3dbe4; }
        .plan-actions select, .plan-actions input { max-width: 12rem; }
        .suggestion-list { list-style: none; padding: 0; margin: 0; }
        .suggestion-list li { border-top: 1px solid var(--line); padding: 0.5rem 0; }
        @media (min-width: 48rem) {
          .kpi-tiles { grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
          .board { grid-template-columns: repeat(6, minmax(11rem, 1fr)); overflow-x: auto; }
          .journey-map { grid-template-columns: none; grid-auto-flow: column; grid-auto-columns: minmax(14rem, 1fr);
            overflow-x: auto; }
        }
        @media print {
          body { background: #ffffff; }
          .site-header .account, .main-nav, .sub-nav, .filter-form, .kpi-link, .tp-link, .skip-link { display: none; }
          main { max-width: none; padding: 0; }
          .chart-figure, .kpi-tile, .tp-card, .journey-stage { break-inside: avoid; }
          .tp-card, .band-legend li, .flag, .chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .journey-map { grid-auto-flow: row; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); overflow: visible; }
        }
        """
}
