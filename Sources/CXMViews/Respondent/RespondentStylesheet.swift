import CXMCore

/// The stylesheet of the respondent pages, served at `/assets/survey.css` and cached: small, mobile
/// first, system fonts, WCAG 2.1 AA contrast, 44-pixel touch targets and a visible focus ring.
public enum RespondentStylesheet {
    /// The CSS text.
    public static let css: String = """
        :root { --ink: #1b1f24; --muted: #4a5360; --line: #8a94a0; --paper: #ffffff; --wash: #f4f6f8;
          --accent: #123a5e; --focus: #c2410c; --bad: #9b1c1c; --radius: 8px;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          line-height: 1.5; color: var(--ink); }
        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; background: var(--wash); }
        .survey { max-width: 40rem; margin: 0 auto; padding: 1rem; background: var(--paper); min-height: 100vh; }
        h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip-link { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--paper); }
        .skip-link:focus { top: 0.5rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
        .hint, .progress-text, .mark { color: var(--muted); }
        .mark { font-size: 0.85em; font-weight: 400; }
        progress { width: 100%; height: 0.5rem; accent-color: var(--accent); margin-bottom: 1rem; }
        .survey-languages ul { list-style: none; display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 0.25rem 1rem;
          margin: 0; padding: 0.5rem 1rem; }
        .survey-languages a { color: var(--accent); display: inline-block; padding: 0.5rem 0.25rem; }
        .survey-languages a[aria-current] { font-weight: 700; }
        .question { border: 0; margin: 0 0 1.75rem; padding: 0; min-width: 0; }
        .question-text { display: block; font-weight: 600; font-size: 1.1rem; margin-bottom: 0.5rem; padding: 0; }
        .question-error { border-left: 4px solid var(--bad); padding-left: 0.75rem; }
        .error-message { color: var(--bad); font-weight: 600; margin: 0.25rem 0 0.5rem; }
        .error-summary { border: 3px solid var(--bad); border-radius: var(--radius); padding: 0.5rem 1rem; margin-bottom: 1rem; }
        .error-summary h2 { font-size: 1.1rem; margin: 0.25rem 0; }
        .error-summary a { color: var(--bad); }
        .choice { position: relative; }
        .choice input { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .choice label { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; padding: 0.5rem 0.75rem;
          border: 2px solid var(--line); border-radius: var(--radius); cursor: pointer; background: var(--paper); }
        .choice input:checked + label { background: var(--accent); border-color: var(--accent); color: #ffffff; }
        .choice input:focus-visible + label { outline: 3px solid var(--focus); outline-offset: 2px; }
        .scale { display: grid; grid-template-columns: repeat(auto-fit, minmax(2.75rem, 1fr)); gap: 0.375rem; }
        .scale-wide { grid-template-columns: repeat(6, 1fr); }
        .scale label { justify-content: center; font-weight: 600; padding: 0.5rem 0; }
        .scale-ends { display: flex; justify-content: space-between; gap: 1rem; color: var(--muted); font-size: 0.9rem;
          margin-top: 0.375rem; }
        .scale-labelled, .options { display: grid; gap: 0.375rem; }
        .symbol { font-size: 1.5rem; line-height: 1; }
        textarea { width: 100%; font: inherit; padding: 0.5rem; border: 2px solid var(--line); border-radius: var(--radius); }
        .survey-actions { display: flex; flex-wrap: wrap; flex-direction: row-reverse; justify-content: flex-end; gap: 0.75rem; }
        .button-primary, .button-secondary { font: inherit; font-weight: 600; min-height: 2.75rem; padding: 0.5rem 1.5rem;
          border-radius: var(--radius); border: 2px solid var(--accent); cursor: pointer; text-decoration: none;
          display: inline-block; }
        .button-primary { background: var(--accent); color: #ffffff; }
        .button-secondary { background: var(--paper); color: var(--accent); }
        .field { margin: 0 0 1rem; }
        .field > label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
        .field input:not([type=checkbox]), .field select { width: 100%; font: inherit; min-height: 2.75rem; padding: 0.5rem;
          border: 2px solid var(--line); border-radius: var(--radius); background: var(--paper); }
        .field-check { display: flex; gap: 0.75rem; align-items: flex-start; }
        .field-check input { width: 1.5rem; height: 1.5rem; flex: none; margin-top: 0.2rem; }
        .field-error input, .field-error textarea { border-color: var(--bad); }
        .complaint-contact { border: 1px solid var(--line); border-radius: var(--radius); margin: 0 0 1.5rem; padding: 0.75rem 1rem; }
        .brand { margin: 0 0 0.75rem; }
        .brand img { display: block; max-height: 3rem; max-width: min(12rem, 60%); width: auto; height: auto; }
        .message { font-size: 1.1rem; }
        .kiosk { font-size: 1.2rem; }
        @media (min-width: 36rem) {
          .survey { margin-top: 1.5rem; min-height: 0; border-radius: var(--radius); padding: 1.5rem 2rem; }
          .scale-wide { grid-template-columns: repeat(11, 1fr); }
          .scale-labelled { grid-template-columns: repeat(auto-fit, minmax(6rem, 1fr)); }
          .scale-labelled label { flex-direction: column; text-align: center; height: 100%; }
        }
        """

    /// The workspace's colours over the defaults, served at `/assets/brand.css`: the survey pages
    /// (`body.respondent`) and the preview on the appearance settings page (`.brand-preview`).
    public static func brand(_ branding: WorkspaceBranding) -> String {
        let accent = branding.accent.hex
        let background = branding.background.hex
        return """
            body.respondent { --accent: \(accent); --wash: \(background); }
            .brand-preview { background: \(background); padding: 1rem; border-radius: 8px; border: 1px solid #8a94a0; }
            .brand-preview .brand-sample-link { color: \(accent); }
            .brand-preview .brand-sample-button { background: \(accent); border: 2px solid \(accent); color: #ffffff;
              font-weight: 600; padding: 0.5rem 1.5rem; border-radius: 8px; display: inline-block; }
            .brand-preview img { display: block; max-height: 3rem; max-width: 12rem; width: auto; height: auto; }

            """
    }
}
