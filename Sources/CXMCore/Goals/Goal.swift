import Foundation

/// A target for one metric in one part of the company, by a deadline: "NPS at store visits in Göteborg at +35
/// by the end of June". Every team sees the company's goals and the progress towards them.
public struct Goal: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var metric: Metric
    /// At most one of journey and touchpoint; nil for both means the whole company.
    public var journeyID: String?
    public var touchpointID: String?
    /// The unit and everything below it; nil for every unit.
    public var unitID: String?
    public var target: Double
    /// The day the goal was set: the baseline is the window before it.
    public var startDay: LocalDay
    public var deadline: LocalDay
    /// How many days up to a day its figure is read over (a rolling window, so that it moves with the work).
    public var windowDays: Int
    public var createdBy: String
    public var createdAt: Date

    public init(
        id: String = Identifier.make(), title: String, metric: Metric, journeyID: String? = nil,
        touchpointID: String? = nil, unitID: String? = nil, target: Double, startDay: LocalDay, deadline: LocalDay,
        windowDays: Int = Goal.defaultWindowDays, createdBy: String, createdAt: Date
    ) {
        self.id = id
        self.title = title
        self.metric = metric
        self.journeyID = journeyID
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.target = target
        self.startDay = startDay
        self.deadline = deadline
        self.windowDays = windowDays
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    public static let defaultWindowDays = 90
    /// The metrics a goal can aim at: a rating question's goal would need its question, so it is left out.
    public static let metrics: [Metric] = [.nps, .csat, .ces, .nki]

    /// Whether it is about the company as a whole (no journey, touchpoint or unit).
    public var isCompanyWide: Bool { journeyID == nil && touchpointID == nil && unitID == nil }

    /// The filters its figures are computed with.
    public var filters: MetricFilters {
        MetricFilters(
            journeys: journeyID.map { [$0] } ?? [], touchpoints: touchpointID.map { [$0] } ?? [],
            units: unitID.map { [$0] } ?? [])
    }

    /// The days its figure on `day` is read over: the window up to and including the day.
    public func window(endingOn day: LocalDay) -> ClosedRange<LocalDay> {
        day.adding(days: -(windowDays - 1))...day
    }

    /// The window before the goal was set.
    public var baselineWindow: ClosedRange<LocalDay> { window(endingOn: startDay.adding(days: -1)) }
}

/// A goal as a person or an API client sends it.
public struct GoalDraft: Sendable, Codable, Hashable {
    public var title: String
    /// The metric's name (`nps`, `csat`, `ces`, `nki`), checked here so that a bad one is named.
    public var metric: String
    public var journeyID: String?
    public var touchpointID: String?
    public var unitID: String?
    public var target: Double?
    public var deadline: LocalDay?
    public var windowDays: Int?

    public init(
        title: String, metric: String, journeyID: String? = nil, touchpointID: String? = nil, unitID: String? = nil,
        target: Double?, deadline: LocalDay?, windowDays: Int? = nil
    ) {
        self.title = title
        self.metric = metric
        self.journeyID = journeyID
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.target = target
        self.deadline = deadline
        self.windowDays = windowDays
    }

    /// The goal it describes, set on `today`; a target outside what the metric can reach, a deadline in the
    /// past or a goal on both a journey and a touchpoint is refused with the field named.
    public func validated(
        today: LocalDay, id: String = Identifier.make(), by actor: String, at time: Date
    ) throws(ValidationFailure) -> Goal {
        var check = Validator()
        let title = check.text(title, field: "title", maxLength: 200)
        if title.isEmpty { check.add("title", "must say what the goal is, e.g. 'NPS in the stores'", code: .required) }
        let metric = Metric(rawValue: metric.trimmedWhitespace.lowercased())
        if metric == nil || !Goal.metrics.contains(metric!) {
            check.add("metric", "must be one of nps, csat, ces or nki ('\(self.metric)' is not)")
        }
        let journey = journeyID?.trimmedWhitespace.nilIfEmpty
        let touchpoint = touchpointID?.trimmedWhitespace.nilIfEmpty
        let unit = unitID?.trimmedWhitespace.nilIfEmpty
        for (field, value) in [("journeyID", journey), ("touchpointID", touchpoint), ("unitID", unit)] {
            if let value { check.check(Identifier.isValid(value), field, "'\(value)' is not a valid id") }
        }
        check.check(
            journey == nil || touchpoint == nil, "touchpointID",
            "name a journey or one of its touchpoints, not both: a touchpoint already belongs to its journey")
        if let target, let metric, Goal.metrics.contains(metric) {
            let range = metric.valueRange()
            if !target.isFinite || !range.contains(target) {
                check.add(
                    "target",
                    "\(metric.rawValue.uppercased()) lies between \(Self.number(range.lowerBound)) and \(Self.number(range.upperBound)); a target of \(Self.number(target)) can never be reached or is always met"
                )
            } else if target == range.lowerBound {
                check.add("target", "a target at the lowest value \(Self.number(target)) is always met; aim higher")
            }
        } else if target == nil {
            check.add("target", "is required: the value the metric should reach", code: .required)
        }
        if let deadline {
            check.check(deadline > today, "deadline", "must be after today (\(today.iso)); a goal looks ahead")
            check.check(
                deadline.number - today.number <= 5 * 366, "deadline", "may be at most five years ahead; set a nearer one")
        } else {
            check.add("deadline", "is required: the day by which the target should be reached (YYYY-MM-DD)", code: .required)
        }
        let window = windowDays ?? Goal.defaultWindowDays
        check.check(
            (7...365).contains(window), "windowDays", "must be between 7 and 365 days (the figure's rolling window)")
        try check.finish()
        return Goal(
            id: id, title: title, metric: metric!, journeyID: journey, touchpointID: touchpoint, unitID: unit,
            target: target!, startDay: today, deadline: deadline!, windowDays: window, createdBy: actor, createdAt: time)
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
