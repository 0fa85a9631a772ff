import Foundation

/// A change in a series that the alert engine found real, and what people did about it.
public struct Alert: Sendable, Hashable, Codable, Identifiable {
    /// Where an alert stands.
    public enum Status: String, Sendable, Codable, CaseIterable, Hashable {
        /// Raised and not yet looked at.
        case open
        /// Someone has seen it and owns the follow-up.
        case acknowledged
        /// Silenced with a reason (a known, accepted change); checks keep its figures current but never notify.
        case muted
        /// The series no longer signals in its recent window.
        case resolved
    }

    public var id: String
    public var key: AlertSeriesKey
    public var status: Status
    /// The change as last measured, with the chart that shows it.
    public var snapshot: AlertSnapshot
    public var raisedAt: Date
    public var updatedAt: Date
    public var resolvedAt: Date?
    public var acknowledgedBy: String?
    public var acknowledgedAt: Date?
    public var muteReason: String?
    public var mutedBy: String?
    /// A case opened about it.
    public var caseID: String?
    /// An improvement it led to (an id or a link).
    public var improvement: String?

    /// Creates an alert.
    public init(
        id: String, key: AlertSeriesKey, status: Status, snapshot: AlertSnapshot, raisedAt: Date, updatedAt: Date,
        resolvedAt: Date? = nil, acknowledgedBy: String? = nil, acknowledgedAt: Date? = nil, muteReason: String? = nil,
        mutedBy: String? = nil, caseID: String? = nil, improvement: String? = nil
    ) {
        self.id = id
        self.key = key
        self.status = status
        self.snapshot = snapshot
        self.raisedAt = raisedAt
        self.updatedAt = updatedAt
        self.resolvedAt = resolvedAt
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
        self.muteReason = muteReason
        self.mutedBy = mutedBy
        self.caseID = caseID
        self.improvement = improvement
    }

    /// The change: since when, from what to what, how sure.
    public var change: TrendChange? { snapshot.assessment.change }

    /// The first day of the period the change started in.
    public var since: LocalDay? { snapshot.changePeriod?.start }

    /// The filters that find the answers behind the alert, from the week the change started to the last week
    /// checked: its touchpoint and unit, and for a theme its negative mentions. Names as the feedback inbox
    /// takes them, on the web and in the API alike.
    public var answersFilter: [(name: String, value: String)]? {
        guard let since, let last = snapshot.periods.last else { return nil }
        var filter = seriesFilter + [("from", since.iso), ("to", last.end.adding(days: -1).iso)]
        if let theme = key.themeID { filter += [("theme", theme), ("sentiment", "negative")] }
        return filter
    }

    /// The filters that show the alert's measure week by week over every week checked (none for a theme,
    /// which is no metric): the metric, its question for a rating, touchpoint and unit.
    public var metricFilter: [(name: String, value: String)]? {
        guard key.metric != .theme, let first = snapshot.periods.first, let last = snapshot.periods.last else {
            return nil
        }
        var filter = [("metric", key.metric.rawValue)]
        if key.metric == .rating, let question = key.question { filter.append(("question", question)) }
        return filter + seriesFilter + [("from", first.start.iso), ("to", last.end.adding(days: -1).iso)]
    }

    /// The parameters of "what changed" for the alert (NPS, CSAT and CES): its baseline weeks against the weeks
    /// since the change, within its touchpoint and unit, so that the units and channels behind it show.
    public var changeFilter: [(name: String, value: String)]? {
        guard [.nps, .csat, .ces].contains(key.metric), let change, let since, let last = snapshot.periods.last,
            !change.baselinePeriods.isEmpty, change.baselinePeriods.upperBound <= change.start
        else { return nil }
        let baseFirst = snapshot.periods[change.baselinePeriods.lowerBound]
        let baseLast = snapshot.periods[change.baselinePeriods.upperBound - 1]
        // The series is one question's; the change is worked out for that question too.
        let question = key.question.map { [("question", $0)] } ?? []
        return [("metric", key.metric.rawValue)] + question + seriesFilter + [
            ("baseFrom", baseFirst.start.iso), ("baseTo", baseLast.end.adding(days: -1).iso), ("from", since.iso),
            ("to", last.end.adding(days: -1).iso),
        ]
    }

    private var seriesFilter: [(name: String, value: String)] {
        [("touchpoint", key.touchpointID), ("unit", key.unitID)].compactMap { name, value in value.map { (name, $0) } }
    }
}

/// The measurement behind an alert: the periods, the detector's assessment and the q-value.
public struct AlertSnapshot: Sendable, Hashable, Codable {
    public var periods: [Period]
    public var assessment: TrendAssessment
    public var qValue: Double
    public var isWorse: Bool
    public var falseDiscoveryRate: Double

    /// The period the change started in, if there is a change.
    public var changePeriod: Period? {
        guard let start = assessment.change?.start, periods.indices.contains(start) else { return nil }
        return periods[start]
    }

    /// Creates a snapshot.
    public init(periods: [Period], assessment: TrendAssessment, qValue: Double, isWorse: Bool, falseDiscoveryRate: Double) {
        self.periods = periods
        self.assessment = assessment
        self.qValue = qValue
        self.isWorse = isWorse
        self.falseDiscoveryRate = falseDiscoveryRate
    }
}

/// What a person does to an alert.
public enum AlertAction: Sendable, Hashable {
    case acknowledge
    case mute(reason: String)
    /// Back to open (from acknowledged or muted).
    case reopen
    case linkCase(String?)
    case linkImprovement(String?)
}
