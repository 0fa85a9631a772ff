import CXMCore
import Foundation

/// Localized names of the measurement engine's values: metrics, grains, comparisons, corrections, periods.
enum DashboardLabels {
    /// What stands where a result has no total: no answers, or too few to show.
    static func noTotal(_ result: MetricResult, _ t: Localizer) -> String {
        result.totalSuppressed
            ? t(DashboardText.tooFewToShow, LocaleFormat(t.language).integer(result.options.minimumSample))
            : t(DashboardText.noAnswersInPeriod)
    }

    /// The acronym practitioners use in every language; a rating has a translated name instead.
    static func metricShortName(_ metric: Metric, _ t: Localizer) -> String {
        metric == .rating ? t(MetricText.ratingShort) : metric.rawValue.uppercased()
    }

    /// The acronym with what it measures: "NPS – likelihood to recommend".
    static func metricName(_ metric: Metric, _ t: Localizer) -> String {
        switch metric {
        case .nps: t(MetricText.nps)
        case .csat: t(MetricText.csat)
        case .ces: t(MetricText.ces)
        case .nki: t(MetricText.nki)
        case .rating: t(MetricText.rating)
        }
    }

    /// How the value reads: "Points from −100 to +100".
    static func unitDescription(_ metric: Metric, _ t: Localizer) -> String {
        switch metric {
        case .nps: t(MetricText.npsUnit)
        case .csat: t(MetricText.csatUnit)
        case .ces: t(MetricText.cesUnit)
        case .nki: t(MetricText.nkiUnit)
        case .rating: t(MetricText.ratingUnit)
        }
    }

    static func grain(_ grain: TimeGrain, _ t: Localizer) -> String {
        switch grain {
        case .day: t(DashboardText.day)
        case .week: t(DashboardText.week)
        case .month: t(DashboardText.month)
        case .quarter: t(DashboardText.quarter)
        case .year: t(DashboardText.year)
        }
    }

    /// "NPS per week".
    static func perGrain(_ metric: Metric, _ grain: TimeGrain, _ t: Localizer) -> String {
        let name = metricShortName(metric, t)
        switch grain {
        case .day: return t(DashboardText.perDay, name)
        case .week: return t(DashboardText.perWeek, name)
        case .month: return t(DashboardText.perMonth, name)
        case .quarter: return t(DashboardText.perQuarter, name)
        case .year: return t(DashboardText.perYear, name)
        }
    }

    static func compare(_ mode: ComparisonMode, _ t: Localizer) -> String {
        switch mode {
        case .none: t(DashboardText.compareNone)
        case .previous: t(DashboardText.comparePrevious)
        case .year: t(DashboardText.compareYear)
        case .rest: t(DashboardText.compareRest)
        }
    }

    /// The heading of a change: "Change from the previous period".
    static func changeHeading(_ mode: ComparisonMode, _ t: Localizer) -> String {
        switch mode {
        case .none: t(DashboardText.compareNone)
        case .previous: t(DashboardText.changeFromPrevious)
        case .year: t(DashboardText.changeFromYear)
        case .rest: t(DashboardText.differenceFromRest)
        }
    }

    static func correction(_ correction: Correction, _ t: Localizer) -> String {
        switch correction {
        case .holm: t(DashboardText.correctionHolm)
        case .benjaminiHochberg: t(DashboardText.correctionBH)
        case .none: t(DashboardText.correctionNone)
        }
    }

    /// A period as people say it: a date, "week 3 2026", "Mar 2026", "Q1 2026", "2026".
    static func period(_ period: Period, _ t: Localizer) -> String {
        let format = LocaleFormat(t.language)
        let year = String(period.label.prefix(4))
        switch period.grain {
        case .day: return format.day(period.start)
        case .week: return t(DashboardText.weekLabel, number(after: "W", in: period.label), year)
        case .month: return format.monthAndYear(period.start)
        case .quarter: return t(DashboardText.quarterLabel, number(after: "Q", in: period.label), year)
        case .year: return year
        }
    }

    /// The number in a period label after its letter, without leading zeros (`2026-W03` → `3`).
    private static func number(after letter: Character, in label: String) -> String {
        guard let index = label.lastIndex(of: letter) else { return label }
        let digits = label[label.index(after: index)...]
        return Int(digits).map(String.init) ?? String(digits)
    }

    /// "1.1.2026–31.3.2026".
    static func days(from: LocalDay, to: LocalDay, _ t: Localizer) -> String {
        let format = LocaleFormat(t.language)
        return t(DashboardText.dayRange, format.day(from), format.day(to))
    }
}

/// Formats one metric's figures in the page language: values in the metric's unit, intervals, changes,
/// p-values and the verdicts of comparisons. Values are formatted here and nowhere else.
struct MetricFormat {
    let metric: Metric
    let options: MetricOptions
    /// The rating scale, when the metric is a rating.
    let scale: ClosedRange<Int>?
    let t: Localizer
    let format: LocaleFormat

    init(_ metric: Metric, options: MetricOptions = MetricOptions(), scale: ClosedRange<Int>? = nil, t: Localizer) {
        self.metric = metric
        self.options = options
        self.scale = scale
        self.t = t
        format = LocaleFormat(t.language)
    }

    /// The formatter for a result: its metric, options and (for ratings) the scale its distribution shows.
    init(_ result: MetricResult, t: Localizer) {
        let scores = (result.total?.figure.details.distribution ?? []).map(\.score)
        let scale = result.metric == .rating ? scores.min().flatMap { low in scores.max().map { low...$0 } } : nil
        self.init(result.metric, options: result.options, scale: scale, t: t)
    }

    var range: ClosedRange<Double> { metric.valueRange(scale: scale) }
    var shortName: String { DashboardLabels.metricShortName(metric, t) }

    /// Digits after the separator of a value: one for every metric, so that a tenth of a point, a per cent or
    /// a scale step shows; fewer would make narrow intervals read as "83% – 83%".
    static let valueDigits = 1

    /// A value in the metric's unit: `+42.3`, `87.1 %`, `5,3`, `72.4`.
    func value(_ value: Double) -> String { self.value(value, fractionDigits: Self.valueDigits) }

    /// A value in the metric's unit with as many digits as asked for.
    func value(_ value: Double, fractionDigits digits: Int) -> String {
        switch metric.unit {
        case .points: format.signedDecimal(value, fractionDigits: digits)
        case .percent: format.percent(value / 100, fractionDigits: digits)
        case .mean, .index: format.decimal(value, fractionDigits: digits)
        }
    }

    /// A round value such as a band's cut point, with only the digits it needs: `+20`, `80%`, `2.8`.
    func level(_ value: Double) -> String {
        let digits =
            (0...2).first { digits in
                let scaled = value * pow(10, Double(digits))
                return abs(scaled - scaled.rounded()) < 1e-9
            } ?? 2
        return self.value(value, fractionDigits: digits)
    }

    /// An interval as "low–high", spaced when a bound carries a sign or a unit; empty when there is none.
    ///
    /// An interval narrower than two steps of the last digit gets one digit more, so its ends differ
    /// (`5.46–5.58` rather than `5.5–5.6`).
    func interval(_ interval: Interval?) -> String {
        guard let interval = interval?.clamped(to: range) else { return "" }
        let narrow = interval.high - interval.low < 2 / pow(10, Double(Self.valueDigits))
        let digits = Self.valueDigits + (narrow ? 1 : 0)
        let low = value(interval.low, fractionDigits: digits)
        let high = value(interval.high, fractionDigits: digits)
        let spaced = [low, high].contains { $0.contains(where: { "+\u{2212} \u{00A0}%".contains($0) }) }
        return spaced ? "\(low) – \(high)" : "\(low)–\(high)"
    }

    /// A difference with its sign: a mean's changes are small, so they get a digit more than its value.
    func change(_ difference: Double) -> String {
        format.signedDecimal(difference, fractionDigits: Self.valueDigits + (metric.unit == .mean ? 1 : 0))
    }

    /// A difference with the unit it is counted in ("+4,2 procentenheter").
    func changeWithUnit(_ difference: Double) -> String {
        switch metric.unit {
        case .points: t(DashboardText.changePoints, change(difference))
        case .percent: t(DashboardText.changePercentagePoints, change(difference))
        case .mean, .index: change(difference)
        }
    }

    /// A p-value with three digits, or "< 0.001".
    func pValue(_ p: Double) -> String {
        p < 0.001 ? "< \(format.decimal(0.001, fractionDigits: 3))" : format.decimal(p, fractionDigits: 3)
    }

    /// "1 234".
    func count(_ n: Int) -> String { format.integer(n) }

    /// "95 % confidence interval".
    var intervalName: String { t(SignificanceText.confidenceInterval, format.percent(options.confidence, fractionDigits: 0)) }

    /// "Low sample, n = 12".
    func lowSample(_ n: Int) -> String { t(SignificanceText.lowSampleN, format.integer(n)) }

    /// The tick step when an axis spans the metric's whole range.
    private var fullStep: Double {
        switch metric {
        case .nps: 50
        case .csat, .nki: 25
        case .ces: 1
        case .rating: max(1, ((range.upperBound - range.lowerBound) / 5).rounded())
        }
    }

    /// A value axis fitted to `values` (interval bounds, points, a reference line) within the metric's range,
    /// its ticks labelled with the digits their step needs.
    func axis(fitting values: [Double]) -> (range: ClosedRange<Double>, ticks: [ChartTick]) {
        let axis = ChartAxis.fitted(to: values, within: range, fullStep: fullStep)
        return (axis.range, axis.ticks.map { ChartTick(value: $0, label: value($0, fractionDigits: axis.fractionDigits)) })
    }

    /// The verdict of a group's comparison with an earlier period (`previous` or `year`), for tables.
    func timeVerdict(_ group: MetricGroup, compare: ComparisonMode) -> String {
        switch ChartMark(group.comparison) {
        case .up: t(SignificanceText.significantRise)
        case .down: t(SignificanceText.significantFall)
        case .unchanged: t(SignificanceText.noSignificantChange)
        case .none: noComparison(group, compare: compare)
        }
    }

    /// The verdict of a group's comparison with the rest, for tables; low samples are never called above or below.
    func restVerdict(_ group: MetricGroup) -> String {
        let verdict =
            switch ChartMark(group.comparison) {
            case .up: t(SignificanceText.aboveRest)
            case .down: t(SignificanceText.belowRest)
            case .unchanged: t(SignificanceText.noClearDifference)
            case .none: noComparison(group, compare: .rest)
            }
        let figure = group.figure
        return figure.lowSample ? "\(lowSample(figure.n)): \(t(SignificanceText.notRanked)). \(verdict)" : verdict
    }

    /// Why a group has no comparison, naming what it was to be compared with: no answers there at all, too
    /// few, or answers that cannot be tested. A result without `baselineAnswers` says only "too few answers".
    func noComparison(_ group: MetricGroup, compare: ComparisonMode) -> String {
        guard let answers = group.baselineAnswers, compare != .none else { return t(SignificanceText.noComparisonTooFew) }
        if answers == 0 {
            switch compare {
            case .previous, .none: return t(SignificanceText.noAnswersPrevious)
            case .year: return t(SignificanceText.noAnswersYearEarlier)
            case .rest: return t(SignificanceText.noAnswersRest)
            }
        }
        guard answers >= options.minimumSample else {
            switch compare {
            case .previous, .none: return t(SignificanceText.tooFewPrevious)
            case .year: return t(SignificanceText.tooFewYearEarlier)
            case .rest: return t(SignificanceText.tooFewRest)
            }
        }
        return t(SignificanceText.noComparisonUntestable)
    }
}

/// A time series laid out on every period of its range, so periods without a figure become visible gaps.
struct PeriodSeries {
    struct Entry {
        var period: Period
        var group: MetricGroup?
    }

    var grain: TimeGrain
    var entries: [Entry]

    /// Nil when the result is not grouped by time.
    init?(_ result: MetricResult) {
        guard let grouping = result.groupBy.first(where: { $0.timeGrain != nil }), let grain = grouping.timeGrain else {
            return nil
        }
        var byLabel: [String: MetricGroup] = [:]
        for group in result.groups {
            if let id = group.value(for: grouping)?.id, byLabel[id] == nil { byLabel[id] = group }
        }
        self.grain = grain
        entries = grain.periods(from: result.from, to: result.to.adding(days: 1)).map {
            Entry(period: $0, group: byLabel[$0.label])
        }
    }
}
