import CXMCore

/// What the dashboards are showing (metric, days, grain, filters, comparison, correction) and the choices
/// the filter form offers; every dashboard link carries it in its query string so a view survives navigation.
///
/// Query parameters: `metric, from, to, grain, unit, touchpoint, channel, journey, segment, compare, correction`,
/// dates as `YYYY-MM-DD`.
public struct DashboardFilter: Sendable {
    public var metric: Metric
    public var from: LocalDay
    public var to: LocalDay
    public var grain: TimeGrain
    /// Selected ids; nil for all.
    public var unit: String?
    public var touchpoint: String?
    public var channel: String?
    /// A customer segment; answers of anonymous respondents are then left out.
    public var segment: String?
    public var journey: String?
    public var compare: ComparisonMode
    public var correction: Correction
    /// Choices for the selects (value = id, label = name); an "all" option is added by the form.
    public var units: [SelectOption]
    public var touchpoints: [SelectOption]
    public var channels: [SelectOption]
    public var segments: [SelectOption]
    public var journeys: [SelectOption]

    /// Creates the filter state and its choices.
    public init(
        metric: Metric = .nps, from: LocalDay, to: LocalDay, grain: TimeGrain = .week, unit: String? = nil,
        touchpoint: String? = nil, channel: String? = nil, journey: String? = nil, compare: ComparisonMode = .previous,
        correction: Correction = .holm, units: [SelectOption] = [], touchpoints: [SelectOption] = [],
        channels: [SelectOption] = [], journeys: [SelectOption] = [], segment: String? = nil,
        segments: [SelectOption] = []
    ) {
        self.metric = metric
        self.from = from
        self.to = to
        self.grain = grain
        self.unit = unit
        self.touchpoint = touchpoint
        self.channel = channel
        self.journey = journey
        self.compare = compare
        self.correction = correction
        self.units = units
        self.touchpoints = touchpoints
        self.channels = channels
        self.segment = segment
        self.segments = segments
        self.journeys = journeys
    }

    /// A control of the filter form; each dashboard shows the ones that change what it shows.
    public enum Field: String, Sendable, CaseIterable {
        case metric, from, to, grain, unit, journey, touchpoint, channel, segment, compare, correction
    }

    /// The filter's values by query parameter name, in a fixed order; unset selections are empty.
    func value(of field: Field) -> String {
        switch field {
        case .metric: metric.rawValue
        case .from: from.iso
        case .to: to.iso
        case .grain: grain.rawValue
        case .unit: unit ?? ""
        case .journey: journey ?? ""
        case .touchpoint: touchpoint ?? ""
        case .channel: channel ?? ""
        case .segment: segment ?? ""
        case .compare: compare.rawValue
        case .correction: correction.rawValue
        }
    }

    /// A link to a dashboard path that keeps the filter, with some parameters changed (an empty value drops one).
    func link(_ path: String, changing changes: [Field: String] = [:]) -> String {
        URLPath.withQuery(path, Field.allCases.map { (name: $0.rawValue, value: changes[$0] ?? value(of: $0)) })
    }

    /// The GET form that changes the view; fields not shown travel as hidden inputs so they are kept.
    func form(action: String, fields: [Field], t: Localizer) -> HTML {
        let shown = Set(fields)
        return el(
            "form", Attribute("method", "get"), Attribute("action", action), .class("filter-form"),
            .aria("label", t(DashboardText.filterTitle))
        ) {
            Field.allCases.filter { !shown.contains($0) && !value(of: $0).isEmpty }.map { field in
                void("input", .type("hidden"), .name(field.rawValue), .value(value(of: field)))
            }
            fields.map { field in control(field, t: t) }
            el("div", .class("filter-actions")) { submitButton(t(DashboardText.apply)) }
        }
    }

    private func control(_ field: Field, t: Localizer) -> HTML {
        let spec = FieldSpec(id: "filter-\(field.rawValue)", name: field.rawValue, label: label(field, t: t))
        let all = SelectOption(value: "", label: t(DashboardText.all))
        switch field {
        case .from, .to:
            return inputField(spec, value: value(of: field), type: "date", errors: [])
        case .metric:
            return selectField(spec, options: Self.metricOptions(t), selected: value(of: field), errors: [])
        case .grain:
            let options = TimeGrain.allCases.map { SelectOption(value: $0.rawValue, label: DashboardLabels.grain($0, t)) }
            return selectField(spec, options: options, selected: value(of: field), errors: [])
        case .unit:
            return selectField(spec, options: [all] + units, selected: value(of: field), errors: [])
        case .journey:
            return selectField(spec, options: [all] + journeys, selected: value(of: field), errors: [])
        case .touchpoint:
            return selectField(spec, options: [all] + touchpoints, selected: value(of: field), errors: [])
        case .channel:
            return selectField(spec, options: [all] + channels, selected: value(of: field), errors: [])
        case .segment:
            return selectField(spec, options: [all] + segments, selected: value(of: field), errors: [])
        case .compare:
            let options = [ComparisonMode.previous, .year, .none].map {
                SelectOption(value: $0.rawValue, label: DashboardLabels.compare($0, t))
            }
            return selectField(spec, options: options, selected: value(of: field), errors: [])
        case .correction:
            let options = [Correction.holm, .benjaminiHochberg, .none].map {
                SelectOption(value: $0.rawValue, label: DashboardLabels.correction($0, t))
            }
            return selectField(spec, options: options, selected: value(of: field), errors: [])
        }
    }

    private func label(_ field: Field, t: Localizer) -> String {
        switch field {
        case .metric: t(DashboardText.metric)
        case .from: t(DashboardText.fromDate)
        case .to: t(DashboardText.toDate)
        case .grain: t(DashboardText.grain)
        case .unit: t(DashboardText.unit)
        case .journey: t(DashboardText.journey)
        case .touchpoint: t(JourneyText.touchpoint)
        case .channel: t(JourneyText.channel)
        case .segment: t(DashboardText.segment)
        case .compare: t(DashboardText.compareWith)
        case .correction: t(DashboardText.correction)
        }
    }

    /// The metrics a dashboard can show without naming a question (ratings need one).
    static func metricOptions(_ t: Localizer) -> [SelectOption] {
        [Metric.nps, .csat, .ces, .nki].map { SelectOption(value: $0.rawValue, label: DashboardLabels.metricName($0, t)) }
    }
}

/// The four dashboards, for the sub-navigation between them.
enum Dashboard: CaseIterable {
    case overview, trend, journey, units

    /// The path, or nil for the journey dashboard when there is no journey to show.
    func path(_ filter: DashboardFilter, journeyID: String?) -> String? {
        switch self {
        case .overview: "/dashboards"
        case .trend: "/dashboards/trend"
        case .journey:
            (journeyID ?? filter.journey ?? filter.journeys.first?.value).map { URLPath.make("/dashboards/journeys", $0) }
        case .units: "/dashboards/units"
        }
    }

    func title(_ t: Localizer) -> String {
        switch self {
        case .overview: t(DashboardText.overview)
        case .trend: t(DashboardText.trend)
        case .journey: t(DashboardText.journeyMap)
        case .units: t(DashboardText.unitComparison)
        }
    }

    /// The sub-navigation; every link keeps the filter.
    static func navigation(current: Dashboard, filter: DashboardFilter, journeyID: String? = nil, t: Localizer) -> HTML {
        el("nav", .class("sub-nav"), .aria("label", t(CommonText.dashboards))) {
            el("ul") {
                allCases.compactMap { dashboard -> HTML? in
                    guard let path = dashboard.path(filter, journeyID: journeyID) else { return nil }
                    return el("li") {
                        el("a", .href(filter.link(path)), dashboard == current ? .aria("current", "page") : nil) {
                            dashboard.title(t)
                        }
                    }
                }
            }
        }
    }
}
