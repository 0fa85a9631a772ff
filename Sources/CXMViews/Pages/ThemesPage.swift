import CXMCore
import Foundation

/// Themes as data: for the selected answers, how often each theme comes up, in what tone, and how the
/// customers who mention it score, with intervals and small samples flagged.
public struct ThemesPage: Sendable {
    public var context: PageContext
    public var filters: FeedbackInboxPage.Filters
    public var texts: Int
    public var figures: [ThemeFigure]
    public var taxonomy: Taxonomy
    public var touchpoints: [SelectOption]
    public var units: [SelectOption]
    /// Whether to link the suggested new themes and the theme settings.
    public var canEditTaxonomy: Bool
    /// Whether answers wait to be read again under the current themes or models.
    public var isStale = false

    public init(
        context: PageContext, filters: FeedbackInboxPage.Filters, texts: Int, figures: [ThemeFigure], taxonomy: Taxonomy,
        touchpoints: [SelectOption], units: [SelectOption], canEditTaxonomy: Bool
    ) {
        self.context = context
        self.filters = filters
        self.texts = texts
        self.figures = figures
        self.taxonomy = taxonomy
        self.touchpoints = touchpoints
        self.units = units
        self.canEditTaxonomy = canEditTaxonomy
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(t.language)
        let byID = Dictionary(figures.map { ($0.counts.themeID, $0) }, uniquingKeysWith: { first, _ in first })
        let query = filters.query.filter { !["theme", "tag", "order", "example"].contains($0.0) }
        return Layout.page(title: t(InboxText.themes), context: context, section: .feedback, isSectionIndex: false) {
            el("p") { t(InboxText.themesIntro) }
            el("p") {
                el("a", .href(URLPath.withQuery("/feedback", query))) { t(CommonText.feedback) }
                if canEditTaxonomy {
                    " · "
                    el("a", .href("/feedback/themes/candidates")) { t(InboxText.candidates) }
                    " · "
                    el("a", .href("/settings/themes")) { t(InboxText.editThemes) }
                }
            }
            el("form", Attribute("method", "get"), Attribute("action", "/feedback/themes"), .class("filter-form")) {
                selectField(
                    FieldSpec(id: "th-touchpoint", name: "touchpoint", label: t(InboxText.touchpoint)),
                    options: [SelectOption(value: "", label: t(InboxText.anyTouchpoint))] + touchpoints,
                    selected: filters.touchpoint, errors: [])
                selectField(
                    FieldSpec(id: "th-unit", name: "unit", label: t(InboxText.unit)),
                    options: [SelectOption(value: "", label: t(InboxText.anyUnit))] + units, selected: filters.unit,
                    errors: [])
                inputField(
                    FieldSpec(id: "th-from", name: "from", label: t(InboxText.from)), value: filters.from, type: "date",
                    errors: [])
                inputField(
                    FieldSpec(id: "th-to", name: "to", label: t(InboxText.to)), value: filters.to, type: "date", errors: [])
                el("div", .class("filter-actions")) { submitButton(t(InboxText.show)) }
            }
            if isStale { el("p", .class("flag flag-low"), .role("status")) { t(InboxText.reanalysing) } }
            el("p", .role("status")) { t(InboxText.ofAnswers, format.integer(texts)) }
            dataTable(
                caption: t(InboxText.themes),
                headers: [
                    t(InboxText.theme), t(InboxText.mentions), t(InboxText.share), t(InboxText.negativeShare),
                    t(InboxText.netSentiment), t(InboxText.npsOfMentioners), t(InboxText.cesOfMentioners),
                ]
            ) {
                taxonomy.topLevel.compactMap { theme -> HTML? in
                    guard let figure = byID[theme.id] else { return nil }
                    return el("tbody") {
                        Self.row(theme, figure, child: false, query: query, t)
                        taxonomy.children(of: theme.id).compactMap { child in
                            byID[child.id].map { Self.row(child, $0, child: true, query: query, t) }
                        }
                    }
                }
            }
        }
    }

    static func row(
        _ theme: Theme, _ figure: ThemeFigure, child: Bool, query: [(String, String)], _ t: Localizer
    ) -> HTML {
        let format = LocaleFormat(t.language)
        return el("tr", child ? .class("sub-row") : nil) {
            el("th", .scope("row")) {
                el("a", .href(URLPath.withQuery(URLPath.make("/feedback/themes", theme.id), query))) {
                    (child ? "– " : "") + theme.name(in: t.language)
                }
                if figure.isLowSample { " "; el("span", .class("flag flag-low")) { t(InboxText.lowSample) } }
            }
            el("td") { format.integer(figure.counts.mentions) }
            el("td") { Self.share(figure.share, figure.shareInterval, t) }
            el("td") { Self.share(figure.negativeShare, figure.negativeInterval, t) }
            el("td") { format.signedDecimal(figure.netSentiment, fractionDigits: 0) }
            el("td") {
                if let nps = figure.nps {
                    "\(format.signedDecimal(nps.score, fractionDigits: 0)) "
                    el("span", .class("muted")) {
                        "(\(format.signedDecimal(nps.interval.low, fractionDigits: 0)) – "
                            + "\(format.signedDecimal(nps.interval.high, fractionDigits: 0)), n = \(format.integer(figure.counts.nps.n)))"
                    }
                } else {
                    el("span", .class("muted")) { figure.counts.nps.n > 0 ? t(InboxText.tooFew) : "–" }
                }
            }
            el("td") {
                if let ces = figure.cesMean {
                    "\(format.decimal(ces, fractionDigits: 1)) "
                    el("span", .class("muted")) { "(n = \(format.integer(figure.counts.ces?.n ?? 0)))" }
                } else {
                    el("span", .class("muted")) { (figure.counts.ces?.n ?? 0) > 0 ? t(InboxText.tooFew) : "–" }
                }
            }
        }
    }

    /// A share as a percentage with its interval.
    static func share(_ value: Double, _ interval: Interval?, _ t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        return el("span") {
            format.percent(value)
            if let interval {
                " "
                el("span", .class("muted")) { "(\(format.percent(interval.low))–\(format.percent(interval.high)))" }
            }
        }
    }
}
