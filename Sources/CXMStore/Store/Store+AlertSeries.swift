import CXMCore
import Foundation
import SQLKit

/// The series an alert check reads: every touchpoint × unit × question series from the weekly rollups,
/// and every theme series from the open-text rows, over whole weeks.
extension Store {
    /// Every touchpoint × unit × question series and every theme series over the periods, one sample per
    /// period. The periods must be whole weeks, Monday to Sunday (as `AlertEngine.weeks` cuts them): the
    /// weekly rollups are read through their series-ordered index, summed per series by the database,
    /// and the open-text rows are counted by their own days, so that two years of every series cost a
    /// fraction of a second.
    public func alertSeries(periods: [Period]) async throws -> [AlertSeries] {
        guard let first = periods.first, let last = periods.last else { return [] }
        guard periods.allSatisfy({ $0.start.weekday == 0 && $0.end.weekday == 0 }) else {
            throw StoreError.invalid("periods", "the alert check reads whole weeks: periods must start and end on Mondays")
        }
        try await foldQueuedRollups()
        let position: @Sendable (Int) -> Int? = { day in
            periods.lastIndex { $0.start.number <= day }.flatMap { day < periods[$0].end.number ? $0 : nil }
        }
        // The open texts are counted on a second connection while the rollups are read.
        async let themes = themeCounts(days: first.start..<last.end, periods: periods.count, position: position)
        let query = Self.weeklySeriesQuery(days: first.start..<last.end, dialect: dialect)
        let cells = try await database.read { sql in
            try await sql.raw(query).all().compactMap { row -> (key: AlertSeriesKey, samples: [PeriodSample])? in
                guard let kind = ScoreKind(rawValue: try row.string("kind")), let metric = AlertSeries.metric(of: kind)
                else { return nil }
                let key = AlertSeriesKey(
                    metric: metric, question: try row.string("question_key"),
                    touchpointID: try row.string("touchpoint_id"), unitID: try row.string("unit_id"))
                let weeks = try row.string("weeks")
                guard let samples = Self.weeklySamples(weeks, metric: metric, periods: periods.count, position: position)
                else { throw StoreError.schema("a weekly alert series read '\(weeks.prefix(80))'") }
                return (key, samples)
            }
        }
        let (texts, negative) = try await themes
        return AlertSeries.fromCells(cells, periods: periods.count) + AlertSeries.themes(texts: texts, negative: negative)
    }

    /// The analysed open-text answers per period, and the negative mentions of each main theme per period,
    /// counted by the rows' own days through their indexes.
    private func themeCounts(
        days: Range<LocalDay>, periods: Int, position: @Sendable (Int) -> Int?
    ) async throws -> (texts: [Int], negative: [String: [Int]]) {
        try await database.read { sql in
            var texts = Array(repeating: 0, count: periods)
            var negative: [String: [Int]] = [:]
            for row in try await sql.raw(
                """
                SELECT local_day AS day, COUNT(*) AS n FROM text_analyses
                 WHERE local_day >= \(bind: days.lowerBound.number) AND local_day < \(bind: days.upperBound.number)
                 GROUP BY local_day
                """
            ).all() {
                if let index = position(try row.int("day")) { texts[index] += try row.int("n") }
            }
            for row in try await sql.raw(
                """
                SELECT local_day AS day, theme_id, COUNT(*) AS n FROM text_themes
                 WHERE sentiment = 'negative' AND local_day >= \(bind: days.lowerBound.number)
                   AND local_day < \(bind: days.upperBound.number) AND theme_id NOT LIKE '%.%'
                 GROUP BY local_day, theme_id
                """
            ).all() {
                guard let index = position(try row.int("day")) else { continue }
                negative[try row.string("theme_id"), default: Array(repeating: 0, count: periods)][index] += try row.int("n")
            }
            return (texts, negative)
        }
    }

    /// Each touchpoint × unit × question × survey cell of the weekly rollups over the days, with its weeks
    /// as one text `weeks`: "monday,answers,first,second" per week, separated by ";", where the two sums
    /// are those `AlertSeries.countedScores` names (the sum and the sum of squares for a mean). SQLite reads
    /// the rows in series order from the weekly grain's own index, so grouping needs no sort.
    static func weeklySeriesQuery(days: Range<LocalDay>, dialect: Dialect) -> SQLQueryString {
        func counted(_ range: ClosedRange<Int>?) -> String {
            guard let range else { return "0" }
            return range.map { "c\($0)" }.joined(separator: " + ")
        }
        var firstSum = "CASE kind"
        var secondSum = "CASE kind"
        var kinds: [String] = []
        for kind in ScoreKind.allCases {
            guard let metric = AlertSeries.metric(of: kind) else { continue }
            kinds.append("'\(kind.rawValue)'")
            let (first, second) =
                AlertSeries.countedScores(metric).map { (counted($0.first), counted($0.second)) }
                ?? ("total", "total_squares")
            firstSum += " WHEN '\(kind.rawValue)' THEN \(first)"
            secondSum += " WHEN '\(kind.rawValue)' THEN \(second)"
        }
        let week = "concat_ws(',', day, answered, \(firstSum) END, \(secondSum) END)"
        let table = dialect.kind == .sqlite ? "rollups INDEXED BY \(RollupSQL.weeklySeriesIndex)" : "rollups"
        return """
            SELECT kind, question_key, touchpoint_id, unit_id, string_agg(\(unsafeRaw: week), ';') AS weeks
              FROM \(unsafeRaw: table)
             WHERE grain = \(literal: RollupGrain.touchpointUnitWeek.rawValue) AND kind IN (\(unsafeRaw: kinds.joined(separator: ", ")))
               AND day >= \(bind: days.lowerBound.number) AND day < \(bind: days.upperBound.number)
             GROUP BY kind, survey_id, question_key, touchpoint_id, unit_id
            """
    }

    /// The largest number a week's field may hold: far above any real count or sum (answers are bounded
    /// by `PeriodSample.maximumN`, scores by 10), far below overflow when weeks and units are added up.
    static let largestWeeklyField = 1 << 52

    /// The samples per period of a cell's `weeks` text; nil when it is not in that form (or a number is
    /// negative or out of bounds).
    static func weeklySamples(
        _ text: String, metric: AlertMetric, periods: Int, position: (Int) -> Int?
    ) -> [PeriodSample]? {
        var samples = Array(repeating: PeriodSample.empty, count: periods)
        var numbers = [0, 0, 0, 0]
        var field = 0
        var current = 0
        var digits = 0
        func endWeek() -> Bool {
            guard field == 3, numbers[1] <= PeriodSample.maximumN else { return false }
            if let index = position(numbers[0]) {
                samples[index] += AlertSeries.sample(metric, n: numbers[1], first: numbers[2], second: numbers[3])
            }
            return true
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                current = current * 10 + Int(byte &- UInt8(ascii: "0"))
                digits += 1
                guard current <= largestWeeklyField else { return nil }
            case UInt8(ascii: ","), UInt8(ascii: ";"):
                guard digits > 0, field < 4 else { return nil }
                numbers[field] = current
                (current, digits) = (0, 0)
                if byte == UInt8(ascii: ";") {
                    guard endWeek() else { return nil }
                    field = 0
                } else {
                    field += 1
                }
            default:
                return nil
            }
        }
        guard digits > 0, field == 3 else { return nil }
        numbers[3] = current
        guard endWeek() else { return nil }
        return samples
    }
}
