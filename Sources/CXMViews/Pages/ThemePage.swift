import CXMCore
import Foundation

/// "What customers say about X": one theme's figures, its course over time, where it comes up, and the
/// customers' own words on both sides (marked examples first).
public struct ThemePage: Sendable {
    public var context: PageContext
    public var theme: Theme
    public var filters: FeedbackInboxPage.Filters
    public var texts: Int
    public var figure: ThemeFigure?
    public var children: [(theme: Theme, figure: ThemeFigure)]
    public var trend: [ThemePeriodCounts]
    public var byTouchpoint: [(name: String, texts: Int, figure: ThemeFigure)]
    public var negativeQuotes: [FeedbackText]
    public var positiveQuotes: [FeedbackText]
    public var taxonomy: Taxonomy
    public var touchpoints: [SelectOption]
    public var units: [SelectOption]
    public var timeZone: String
    /// Whether answers wait to be read again under the current themes or models.
    public var isStale = false

    public init(
        context: PageContext, theme: Theme, filters: FeedbackInboxPage.Filters, texts: Int, figure: ThemeFigure?,
        children: [(theme: Theme, figure: ThemeFigure)], trend: [ThemePeriodCounts],
        byTouchpoint: [(name: String, texts: Int, figure: ThemeFigure)], negativeQuotes: [FeedbackText],
        positiveQuotes: [FeedbackText], taxonomy: Taxonomy, touchpoints: [SelectOption], units: [SelectOption],
        timeZone: String
    ) {
        self.context = context
        self.theme = theme
        self.filters = filters
        self.texts = texts
        self.figure = figure
        self.children = children
        self.trend = trend
        self.byTouchpoint = byTouchpoint
        self.negativeQuotes = negativeQuotes
        self.positiveQuotes = positiveQuotes
        self.taxonomy = taxonomy
        self.touchpoints = touchpoints
        self.units = units
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(t.language)
        let name = theme.name(in: t.language)
        let query = filters.query.filter { !["theme", "tag", "order", "example"].contains($0.0) }
        let cards = FeedbackCards(
            names: FeedbackCards.Names(
                themes: FeedbackInboxPage.themeNames(taxonomy, t.language),
                touchpoints: FeedbackInboxPage.names(touchpoints), units: FeedbackInboxPage.names(units)),
            timeZone: timeZone, themeOptions: [], canOpenCases: false, csrf: context.csrfToken, returnTo: "")
        return Layout.page(
            title: t(InboxText.whatCustomersSay, name), context: context, section: .feedback, isSectionIndex: false
        ) {
            ImprovementsTab.proposeLink(
                context, [EvidenceLink(kind: .theme, id: theme.id)],
                touchpoint: filters.touchpoint.isEmpty ? nil : filters.touchpoint)
            el("p") {
                el("a", .href(URLPath.withQuery("/feedback/themes", query))) { t(InboxText.themes) }
            }
            if isStale { el("p", .class("flag flag-low"), .role("status")) { t(InboxText.reanalysing) } }
            if let figure {
                el("p", .class("theme-figures")) {
                    "\(t(InboxText.mentions)): \(format.integer(figure.counts.mentions)) · \(t(InboxText.share)): "
                    ThemesPage.share(figure.share, figure.shareInterval, t)
                    " · \(t(InboxText.negativeShare)): "
                    ThemesPage.share(figure.negativeShare, figure.negativeInterval, t)
                    if let nps = figure.nps {
                        " · \(t(InboxText.npsOfMentioners)): \(format.signedDecimal(nps.score, fractionDigits: 0)) "
                        el("span", .class("muted")) { "(n = \(format.integer(figure.counts.nps.n)))" }
                    }
                    if let ces = figure.cesMean {
                        " · \(t(InboxText.cesOfMentioners)): \(format.decimal(ces, fractionDigits: 1)) "
                        el("span", .class("muted")) { "(n = \(format.integer(figure.counts.ces?.n ?? 0)))" }
                    }
                }
                if figure.isLowSample {
                    el("p", .class("flag flag-low")) { t(InboxText.fewAnswers, format.integer(figure.counts.mentions)) }
                }
                el("p") {
                    el("a", .href(URLPath.withQuery("/feedback", query + [("theme", theme.id)]))) {
                        t(InboxText.readAll, format.integer(figure.counts.mentions))
                    }
                }
            } else {
                el("p", .class("muted")) { t(InboxText.noQuotes) }
            }
            quotes(t(InboxText.negativeQuotes), negativeQuotes, cards, t)
            quotes(t(InboxText.positiveQuotes), positiveQuotes, cards, t)
            if !children.isEmpty {
                dataTable(
                    caption: t(InboxText.subThemes),
                    headers: [
                        t(InboxText.theme), t(InboxText.mentions), t(InboxText.share), t(InboxText.negativeShare),
                        t(InboxText.netSentiment), t(InboxText.npsOfMentioners), t(InboxText.cesOfMentioners),
                    ]
                ) {
                    children.map { ThemesPage.row($0.theme, $0.figure, child: false, query: query, t) }
                }
            }
            if !trend.isEmpty {
                dataTable(
                    caption: t(InboxText.overTime),
                    headers: [
                        t(InboxText.period), t(InboxText.answers), t(InboxText.mentions), t(InboxText.share),
                        t(InboxText.negative),
                    ]
                ) {
                    trend.map { point in
                        el("tr") {
                            el("th", .scope("row")) { point.period.label }
                            el("td") { format.integer(point.texts) }
                            el("td") { format.integer(point.mentions) }
                            el("td") {
                                if let share = point.share {
                                    ThemesPage.share(share.value, share.interval, t)
                                    if point.texts < MetricOptions().lowSample {
                                        " "
                                        el("span", .class("flag flag-low")) { t(InboxText.lowSample) }
                                    }
                                } else {
                                    "–"
                                }
                            }
                            el("td") { format.integer(point.negative) }
                        }
                    }
                }
            }
            if !byTouchpoint.isEmpty {
                dataTable(
                    caption: t(InboxText.byTouchpoint),
                    headers: [
                        t(InboxText.touchpoint), t(InboxText.answers), t(InboxText.mentions), t(InboxText.share),
                        t(InboxText.negativeShare), t(InboxText.npsOfMentioners),
                    ]
                ) {
                    byTouchpoint.map { row in
                        el("tr") {
                            el("th", .scope("row")) {
                                row.name
                                if row.figure.isLowSample { " "; el("span", .class("flag flag-low")) { t(InboxText.lowSample) } }
                            }
                            el("td") { format.integer(row.texts) }
                            el("td") { format.integer(row.figure.counts.mentions) }
                            el("td") { ThemesPage.share(row.figure.share, row.figure.shareInterval, t) }
                            el("td") { ThemesPage.share(row.figure.negativeShare, row.figure.negativeInterval, t) }
                            el("td") {
                                row.figure.nps.map { format.signedDecimal($0.score, fractionDigits: 0) }
                                    ?? (row.figure.counts.nps.n > 0 ? t(InboxText.tooFew) : "–")
                            }
                        }
                    }
                }
            }
        }
    }

    private func quotes(_ title: String, _ items: [FeedbackText], _ cards: FeedbackCards, _ t: Localizer) -> HTML {
        el("section", .class("quotes")) {
            el("h2") { title }
            if items.isEmpty {
                el("p", .class("muted")) { t(InboxText.noQuotes) }
            } else {
                el("p", .class("muted")) { t(InboxText.quotesNote) }
                cards.list(items, t)
            }
        }
    }
}
