import CXMCore
import Foundation

/// How analysed answers are shown wherever they appear: the text with its theme words marked, a sentiment
/// badge, where and when it came from, its themes and tags, and (for those who may) the forms to change them.
struct FeedbackCards: Sendable {
    /// What a card needs to name things.
    struct Names: Sendable {
        var themes: [String: String]
        var touchpoints: [String: String]
        var units: [String: String]
    }

    var names: Names
    var timeZone: String
    /// The themes a person may set by hand (value: id, label: name), empty when they may not annotate.
    var themeOptions: [SelectOption]
    var canOpenCases: Bool
    var csrf: String
    /// Where the forms send the reader back to.
    var returnTo: String

    func list(_ items: [FeedbackText], _ t: Localizer) -> HTML {
        el("ul", .class("feedback-list")) { items.map { card($0, t) } }
    }

    func card(_ item: FeedbackText, _ t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        let id = "fb-" + URLPath.encode(item.responseID) + "-" + URLPath.encode(item.question)
        return el("li", .class("card feedback-card feedback-\(item.sentiment.label.rawValue)"), .id(id)) {
            el("p", .class("feedback-text"), item.language.map { .lang($0.localeIdentifier) }) {
                Self.highlighted(item, names: names.themes)
            }
            el("p", .class("meta")) {
                Self.badge(item.sentiment, t)
                if item.source == .learned { el("span", .class("muted")) { t(InboxText.learned) } }
                el("span") {
                    item.language.map { t(LanguageNameText(rawValue: $0.rawValue) ?? .en) } ?? t(InboxText.otherLanguage)
                }
                el("span") { names.touchpoints[item.touchpointID] ?? item.touchpointID }
                el("span") { names.units[item.unitID] ?? item.unitID }
                el("time", Attribute("datetime", ISO8601DateFormatter().string(from: item.submittedAt))) {
                    format.date(item.submittedAt, timeZone: timeZone)
                }
                for key in item.scores.keys.sorted() {
                    el("span", .class("score-chip")) { "\(key.uppercased()) \(item.scores[key] ?? 0)" }
                }
                if item.isExample { el("span", .class("flag")) { t(InboxText.example) } }
            }
            if item.truncated { el("p", .class("muted")) { t(InboxText.truncated) } }
            if !item.themes.isEmpty || !item.tags.isEmpty {
                el("ul", .class("chips"), .aria("label", t(InboxText.themes))) {
                    item.themes.map { theme in
                        el("li", .class("chip chip-\(theme.sentiment.label.rawValue)")) {
                            el("a", .href(URLPath.make("/feedback/themes", theme.themeID))) {
                                names.themes[theme.themeID] ?? theme.themeID
                            }
                            if theme.manual { el("span", .class("muted")) { " (\(t(InboxText.manual)))" } }
                            if !themeOptions.isEmpty {
                                postForm(action: annotateAction(item), csrf: csrf, class: "chip-remove") {
                                    void("input", .type("hidden"), .name("remove_theme"), .value(theme.themeID))
                                    void("input", .type("hidden"), .name("return_to"), .value(returnTo))
                                    el(
                                        "button", .type("submit"), .class("link-button"),
                                        .aria("label", t(InboxText.removeTheme, names.themes[theme.themeID] ?? theme.themeID))
                                    ) { "×" }
                                }
                            }
                        }
                    }
                    item.tags.map { tag in
                        el("li", .class("chip chip-tag")) {
                            el("a", .href(URLPath.withQuery("/feedback", [("tag", tag)]))) { "#" + tag }
                        }
                    }
                }
            }
            if !themeOptions.isEmpty || canOpenCases { actions(item, id: id, t) }
        }
    }

    private func annotateAction(_ item: FeedbackText) -> String { Self.path(item, "annotate") }

    /// `/feedback/{response}/{question}/{action}`.
    static func path(_ item: FeedbackText, _ action: String) -> String {
        "/feedback/\(URLPath.encode(item.responseID))/\(URLPath.encode(item.question))/\(action)"
    }

    private func actions(_ item: FeedbackText, id: String, _ t: Localizer) -> HTML {
        el("details", .class("feedback-actions")) {
            el("summary") { t(InboxText.edit) }
            if !themeOptions.isEmpty {
                postForm(action: annotateAction(item), csrf: csrf, class: "inline-form") {
                    inputField(FieldSpec(id: "\(id)-tag", name: "add_tag", label: t(InboxText.addTag)), value: "", errors: [])
                    selectField(
                        FieldSpec(id: "\(id)-theme", name: "add_theme", label: t(InboxText.setTheme)),
                        options: [SelectOption(value: "", label: "—")] + themeOptions, selected: "", errors: [])
                    void("input", .type("hidden"), .name("return_to"), .value(returnTo))
                    submitButton(t(InboxText.apply))
                }
                postForm(action: annotateAction(item), csrf: csrf, class: "inline-form") {
                    void("input", .type("hidden"), .name("example_shown"), .value("1"))
                    void("input", .type("hidden"), .name("mark_example"), .value(item.isExample ? "off" : "on"))
                    void("input", .type("hidden"), .name("return_to"), .value(returnTo))
                    submitButton(item.isExample ? t(InboxText.unmarkExample) : t(InboxText.markExample))
                }
            }
            if canOpenCases {
                postForm(action: Self.path(item, "case"), csrf: csrf, class: "inline-form") {
                    submitButton(t(InboxText.openCase))
                }
            }
        }
    }

    /// A sentiment as a coloured badge with its label and score, readable without colour.
    static func badge(_ sentiment: Sentiment, _ t: Localizer) -> HTML {
        let label: String =
            switch sentiment.label {
            case .positive: t(InboxText.positive)
            case .neutral: t(InboxText.neutral)
            case .negative: t(InboxText.negative)
            }
        let score = LocaleFormat(t.language).signedDecimal(sentiment.score, fractionDigits: 2)
        return el("span", .class("badge badge-\(sentiment.label.rawValue)")) { "\(label) \(score)" }
    }

    /// The text with every theme span in a `<mark>` titled with the theme names; overlapping spans merge.
    static func highlighted(_ item: FeedbackText, names: [String: String]) -> HTML {
        let scalars = Array(item.text.unicodeScalars)
        var marks: [(range: Range<Int>, themes: [String])] = []
        for theme in item.themes {
            for span in theme.spans {
                let clamped = span.clamped(to: 0..<scalars.count)
                guard !clamped.isEmpty else { continue }
                marks.append((clamped, [theme.themeID]))
            }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [(range: Range<Int>, themes: [String])] = []
        for mark in marks {
            if let last = merged.last, mark.range.lowerBound < last.range.upperBound {
                merged[merged.count - 1] = (
                    last.range.lowerBound..<max(last.range.upperBound, mark.range.upperBound),
                    last.themes + mark.themes.filter { !last.themes.contains($0) }
                )
            } else {
                merged.append(mark)
            }
        }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var html = HTML.empty
        var position = 0
        for mark in merged {
            if mark.range.lowerBound > position { html.append(HTML(text: text(position..<mark.range.lowerBound))) }
            // Parent themes repeat their sub-themes' words: name the most specific ones.
            let specific = mark.themes.filter { id in !mark.themes.contains { $0.hasPrefix(id + ".") } }
            let title = specific.map { names[$0] ?? $0 }.joined(separator: ", ")
            html.append(el("mark", .class("theme-mark"), Attribute("title", title)) { text(mark.range) })
            position = mark.range.upperBound
        }
        if position < scalars.count { html.append(HTML(text: text(position..<scalars.count))) }
        return html
    }
}
