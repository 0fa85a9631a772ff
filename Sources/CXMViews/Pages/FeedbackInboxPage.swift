import CXMCore
import Foundation

/// The feedback inbox: every open-text answer with its language, sentiment and themes, filtered and searched,
/// with theme words marked. Those who may tag, re-theme, mark examples and open cases from here.
public struct FeedbackInboxPage: Sendable {
    /// The filters as chosen, as the query string spells them.
    public struct Filters: Sendable, Equatable {
        public var search = ""
        public var sentiment = ""
        public var theme = ""
        public var language = ""
        public var touchpoint = ""
        public var unit = ""
        public var from = ""
        public var to = ""
        public var nps = ""
        public var tag = ""
        public var examplesOnly = false
        public var order = "newest"

        public init() {}

        /// The filters as query parameters, for paging and for links to the same selection.
        public var query: [(String, String)] {
            [
                ("search", search), ("sentiment", sentiment), ("theme", theme), ("language", language),
                ("touchpoint", touchpoint), ("unit", unit), ("from", from), ("to", to), ("nps", nps), ("tag", tag),
                ("example", examplesOnly ? "true" : ""), ("order", order == "newest" ? "" : order),
            ]
        }
    }

    /// How many of the selected answers read positive, neutral and negative.
    public struct Tally: Sendable, Equatable {
        public var positive: Int
        public var neutral: Int
        public var negative: Int

        public init(positive: Int, neutral: Int, negative: Int) {
            self.positive = positive
            self.neutral = neutral
            self.negative = negative
        }

        var total: Int { positive + neutral + negative }
    }

    public var context: PageContext
    public var filters: Filters
    public var items: [FeedbackText]
    public var tally: Tally
    public var paging: Paging
    public var taxonomy: Taxonomy
    public var touchpoints: [SelectOption]
    public var units: [SelectOption]
    public var tags: [String]
    public var timeZone: String
    public var canAnnotate: Bool
    public var canOpenCases: Bool
    public var canEditTaxonomy: Bool

    public init(
        context: PageContext, filters: Filters, items: [FeedbackText], tally: Tally, paging: Paging, taxonomy: Taxonomy,
        touchpoints: [SelectOption], units: [SelectOption], tags: [String], timeZone: String, canAnnotate: Bool,
        canOpenCases: Bool, canEditTaxonomy: Bool
    ) {
        self.context = context
        self.filters = filters
        self.items = items
        self.tally = tally
        self.paging = paging
        self.taxonomy = taxonomy
        self.touchpoints = touchpoints
        self.units = units
        self.tags = tags
        self.timeZone = timeZone
        self.canAnnotate = canAnnotate
        self.canOpenCases = canOpenCases
        self.canEditTaxonomy = canEditTaxonomy
    }

    /// The low-sample threshold of the measurement engine: fewer answers are read as single voices.
    static let lowSample = MetricOptions().lowSample

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(t.language)
        let returnTo = URLPath.withQuery("/feedback", filters.query + [("page", String(paging.page))])
        let cards = FeedbackCards(
            names: FeedbackCards.Names(
                themes: Self.themeNames(taxonomy, t.language), touchpoints: Self.names(touchpoints), units: Self.names(units)),
            timeZone: timeZone, themeOptions: canAnnotate ? Self.themeOptions(taxonomy, t.language) : [],
            canOpenCases: canOpenCases, csrf: context.csrfToken, returnTo: returnTo)
        return Layout.page(title: t(CommonText.feedback), context: context, section: .feedback) {
            el("p") { t(InboxText.inboxIntro) }
            el("p") {
                el("a", .href(URLPath.withQuery("/feedback/themes", themeQuery))) { t(InboxText.themes) }
                if canEditTaxonomy {
                    " · "
                    el("a", .href("/settings/themes")) { t(InboxText.editThemes) }
                }
            }
            filterForm(t)
            el("p", .class("feedback-summary"), .role("status")) {
                t(
                    InboxText.summary, format.integer(tally.total), format.integer(tally.positive),
                    format.integer(tally.neutral), format.integer(tally.negative))
            }
            if tally.total > 0 && tally.total < Self.lowSample {
                el("p", .class("flag flag-low")) { t(InboxText.fewAnswers, format.integer(tally.total)) }
            }
            if items.isEmpty {
                el("p", .class("muted")) { t(InboxText.noAnswers) }
            } else {
                cards.list(items, t)
            }
            paging.render(t) { page in URLPath.withQuery("/feedback", filters.query + [("page", String(page))]) }
        }
    }

    /// The filters that also apply on the themes page (not the theme, tag or order).
    private var themeQuery: [(String, String)] {
        filters.query.filter { ["search", "sentiment", "language", "touchpoint", "unit", "from", "to", "nps"].contains($0.0) }
    }

    private func filterForm(_ t: Localizer) -> HTML {
        el("form", Attribute("method", "get"), Attribute("action", "/feedback"), .class("filter-form")) {
            inputField(
                FieldSpec(id: "fb-search", name: "search", label: t(InboxText.search)), value: filters.search, type: "search",
                errors: [])
            selectField(
                FieldSpec(id: "fb-sentiment", name: "sentiment", label: t(InboxText.sentiment)),
                options: [
                    SelectOption(value: "", label: t(InboxText.anySentiment)),
                    SelectOption(value: "negative", label: t(InboxText.negative)),
                    SelectOption(value: "neutral", label: t(InboxText.neutral)),
                    SelectOption(value: "positive", label: t(InboxText.positive)),
                ], selected: filters.sentiment, errors: [])
            selectField(
                FieldSpec(id: "fb-theme", name: "theme", label: t(InboxText.theme)),
                options: [SelectOption(value: "", label: t(InboxText.anyTheme))]
                    + Self.themeOptions(taxonomy, t.language), selected: filters.theme, errors: [])
            selectField(
                FieldSpec(id: "fb-language", name: "language", label: t(InboxText.language)),
                options: [SelectOption(value: "", label: t(InboxText.anyLanguage))]
                    + Language.allCases.map {
                        SelectOption(value: $0.rawValue, label: t(LanguageNameText(rawValue: $0.rawValue) ?? .en))
                    } + [SelectOption(value: "other", label: t(InboxText.otherLanguage))],
                selected: filters.language, errors: [])
            selectField(
                FieldSpec(id: "fb-touchpoint", name: "touchpoint", label: t(InboxText.touchpoint)),
                options: [SelectOption(value: "", label: t(InboxText.anyTouchpoint))] + touchpoints,
                selected: filters.touchpoint, errors: [])
            selectField(
                FieldSpec(id: "fb-unit", name: "unit", label: t(InboxText.unit)),
                options: [SelectOption(value: "", label: t(InboxText.anyUnit))] + units, selected: filters.unit, errors: [])
            inputField(
                FieldSpec(id: "fb-from", name: "from", label: t(InboxText.from)), value: filters.from, type: "date", errors: [])
            inputField(FieldSpec(id: "fb-to", name: "to", label: t(InboxText.to)), value: filters.to, type: "date", errors: [])
            selectField(
                FieldSpec(id: "fb-nps", name: "nps", label: t(InboxText.npsGroup)),
                options: [
                    SelectOption(value: "", label: t(InboxText.anyGroup)),
                    SelectOption(value: "detractor", label: t(InboxText.detractors)),
                    SelectOption(value: "passive", label: t(InboxText.passives)),
                    SelectOption(value: "promoter", label: t(InboxText.promoters)),
                ], selected: filters.nps, errors: [])
            if !tags.isEmpty || !filters.tag.isEmpty {
                selectField(
                    FieldSpec(id: "fb-tag", name: "tag", label: t(InboxText.tag)),
                    options: [SelectOption(value: "", label: t(InboxText.anyTag))]
                        + (tags.contains(filters.tag) || filters.tag.isEmpty ? tags : tags + [filters.tag])
                        .map { SelectOption(value: $0, label: "#" + $0) },
                    selected: filters.tag, errors: [])
            }
            selectField(
                FieldSpec(id: "fb-order", name: "order", label: t(InboxText.order)),
                options: [
                    SelectOption(value: "newest", label: t(InboxText.orderNewest)),
                    SelectOption(value: "oldest", label: t(InboxText.orderOldest)),
                    SelectOption(value: "most_negative", label: t(InboxText.orderNegative)),
                    SelectOption(value: "most_positive", label: t(InboxText.orderPositive)),
                ], selected: filters.order, errors: [])
            checkboxField(
                FieldSpec(id: "fb-example", name: "example", label: t(InboxText.examplesOnly)), checked: filters.examplesOnly,
                value: "true", errors: [])
            el("div", .class("filter-actions")) { submitButton(t(InboxText.show)) }
        }
    }

    /// Themes as options, sub-themes after their theme and indented with a dash.
    public static func themeOptions(_ taxonomy: Taxonomy, _ language: Language) -> [SelectOption] {
        taxonomy.topLevel.flatMap { theme in
            [SelectOption(value: theme.id, label: theme.name(in: language))]
                + taxonomy.children(of: theme.id).map { SelectOption(value: $0.id, label: "– " + $0.name(in: language)) }
        }
    }

    public static func themeNames(_ taxonomy: Taxonomy, _ language: Language) -> [String: String] {
        Dictionary(taxonomy.themes.map { ($0.id, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
    }

    public static func names(_ options: [SelectOption]) -> [String: String] {
        Dictionary(options.map { ($0.value, $0.label) }, uniquingKeysWith: { first, _ in first })
    }
}
