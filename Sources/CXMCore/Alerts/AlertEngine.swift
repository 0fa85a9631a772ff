import Foundation

/// A series that changed for real: what the detector found and its q-value among all series checked.
public struct AlertFinding: Sendable, Hashable, Codable {
    public var key: AlertSeriesKey
    public var assessment: TrendAssessment
    /// The Benjamini–Hochberg q-value of the series among every series assessed in the same check.
    public var qValue: Double
    /// Whether the change is for the worse (a drop in a score, a rise in complaints).
    public var isWorse: Bool

    /// Creates a finding.
    public init(key: AlertSeriesKey, assessment: TrendAssessment, qValue: Double, isWorse: Bool) {
        self.key = key
        self.assessment = assessment
        self.qValue = qValue
        self.isWorse = isWorse
    }
}

/// The outcome of one check over every series.
public struct AlertCheck: Sendable, Hashable, Codable {
    /// The periods checked, oldest first; the last is the latest complete one.
    public var periods: [Period]
    /// Series looked at, those with enough data to assess, and the false-discovery rate applied.
    public var series: Int
    public var assessed: Int
    public var falseDiscoveryRate: Double
    /// The series that alert, the most significant first.
    public var findings: [AlertFinding]

    /// Creates a check result.
    public init(periods: [Period], series: Int, assessed: Int, falseDiscoveryRate: Double, findings: [AlertFinding]) {
        self.periods = periods
        self.series = series
        self.assessed = assessed
        self.falseDiscoveryRate = falseDiscoveryRate
        self.findings = findings
    }
}

/// Assesses every series with control charts and keeps those whose change survives false-discovery control
/// across all of them: with hundreds of touchpoint × unit series, some would cross a limit by chance.
public struct AlertEngine: Sendable {
    /// How many weekly periods a check looks back over.
    public static let defaultPeriods = 104

    public var detector: TrendDetector
    public var falseDiscoveryRate: Double

    /// Creates an engine with the detector's weekly defaults and a 5 % false-discovery rate.
    public init(detector: TrendDetector = TrendDetector(), falseDiscoveryRate: Double = 0.05) {
        self.detector = detector
        self.falseDiscoveryRate = falseDiscoveryRate
    }

    /// The complete weeks ending before `today`'s week, the most recent `count` of them.
    public static func weeks(endingBefore today: LocalDay, count: Int = defaultPeriods) -> [Period] {
        let current = TimeGrain.week.period(of: today)
        let first = current.start.adding(days: -7 * count)
        return TimeGrain.week.periods(from: first, to: current.start)
    }

    /// Checks the series, which must all have one sample per period.
    public func check(_ series: [AlertSeries], periods: [Period]) -> AlertCheck {
        let assessments = series.map { detector.assess($0.samples, measure: $0.key.metric.measure) }
        let decisions =
            AlertScreening.screen(assessments, falseDiscoveryRate: falseDiscoveryRate)
            ?? Array(repeating: AlertScreening.Decision(qValue: nil, alerts: false), count: assessments.count)
        var findings: [AlertFinding] = []
        for index in series.indices where decisions[index].alerts {
            guard let q = decisions[index].qValue, let change = assessments[index].change else { continue }
            findings.append(
                AlertFinding(
                    key: series[index].key, assessment: assessments[index], qValue: q,
                    isWorse: change.direction == series[index].key.metric.worse))
        }
        findings.sort { a, b in a.qValue != b.qValue ? a.qValue < b.qValue : a.key < b.key }
        return AlertCheck(
            periods: periods, series: series.count, assessed: assessments.filter(\.isAssessable).count,
            falseDiscoveryRate: falseDiscoveryRate, findings: findings)
    }
}
