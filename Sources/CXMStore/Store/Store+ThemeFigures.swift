import CXMCore
import Foundation
import SQLKit

/// Themes as data: how often each comes up among the answers a query selects, in what tone, and how the
/// customers who mention it score (NPS, CES); per period, and by touchpoint or unit.
extension Store {
    /// Where a theme's mentions are counted: by touchpoint or by unit.
    public enum ThemeBreakdown: String, Sendable, CaseIterable {
        case touchpoint, unit
    }

    /// Every theme's counts among the answers the query selects (its `themeID` is ignored), with the number
    /// of analysed answers they are a share of.
    public func themeCounts(_ query: FeedbackQuery) async throws -> (texts: Int, themes: [ThemeCounts]) {
        var query = query
        query.themeID = nil
        query.unthemed = false
        guard let filter = Self.feedbackFilter(query) else { return (0, []) }
        return try await database.read { sql in
            let texts = try await count(
                sql,
                """
                SELECT COUNT(*) AS n FROM text_analyses t JOIN responses r ON r.id = t.response_id
                LEFT JOIN text_annotations n ON n.response_id = t.response_id AND n.question_key = t.question_key
                """ + filter)
            let rows = try await sql.raw(Self.mentions(key: "m.theme_id", filter, dialect)).all()
            return (texts, try rows.map { try Self.themeCounts($0, id: try $0.string("key")) })
        }
    }

    /// One theme's counts split by touchpoint or unit (keys are their ids).
    public func themeCounts(
        _ themeID: String, by breakdown: ThemeBreakdown, _ query: FeedbackQuery
    ) async throws -> [(key: String, texts: Int, counts: ThemeCounts)] {
        var query = query
        query.themeID = nil
        query.unthemed = false
        guard let filter = Self.feedbackFilter(query),
            let themed = Self.feedbackFilter(query, and: ["m.theme_id = \(bind: themeID)"])
        else { return [] }
        let column = breakdown == .touchpoint ? "r.touchpoint_id" : "r.unit_id"
        return try await database.read { sql in
            var texts: [String: Int] = [:]
            for row in try await sql.raw(
                """
                SELECT \(unsafeRaw: column) AS key, COUNT(*) AS n FROM text_analyses t
                JOIN responses r ON r.id = t.response_id
                LEFT JOIN text_annotations n ON n.response_id = t.response_id AND n.question_key = t.question_key
                """ + filter + " GROUP BY \(unsafeRaw: column)"
            ).all() {
                texts[try row.string("key")] = try row.int("n")
            }
            let rows = try await sql.raw(Self.mentions(key: column, themed, dialect)).all()
            return try rows.map { row in
                let key = try row.string("key")
                return (key, texts[key] ?? 0, try Self.themeCounts(row, id: themeID))
            }.sorted { $0.counts.mentions > $1.counts.mentions }
        }
    }

    /// One theme per period of the grain: mentions, tone and the analysed answers of each period, oldest
    /// first, with periods without answers included between the first and the last.
    public func themeTrend(
        _ themeID: String, grain: TimeGrain, _ query: FeedbackQuery
    ) async throws -> [ThemePeriodCounts] {
        var query = query
        query.themeID = nil
        query.unthemed = false
        guard let filter = Self.feedbackFilter(query),
            let themed = Self.feedbackFilter(query, and: ["m.theme_id = \(bind: themeID)"])
        else { return [] }
        return try await database.read { sql in
            var texts: [Int: Int] = [:]
            for row in try await sql.raw(
                """
                SELECT r.local_day AS day, COUNT(*) AS n FROM text_analyses t JOIN responses r ON r.id = t.response_id
                LEFT JOIN text_annotations n ON n.response_id = t.response_id AND n.question_key = t.question_key
                """ + filter + " GROUP BY r.local_day"
            ).all() {
                texts[try row.int("day")] = try row.int("n")
            }
            var mentions: [Int: (Int, Int, Int)] = [:]
            for row in try await sql.raw(
                """
                SELECT r.local_day AS day, COUNT(*) AS n,
                       \(unsafeRaw: dialect.integer("SUM(CASE WHEN m.sentiment = 'positive' THEN 1 ELSE 0 END)")) AS positive,
                       \(unsafeRaw: dialect.integer("SUM(CASE WHEN m.sentiment = 'negative' THEN 1 ELSE 0 END)")) AS negative
                """ + Self.mentionsFrom + themed + " GROUP BY r.local_day"
            ).all() {
                mentions[try row.int("day")] = (try row.int("n"), try row.int("positive"), try row.int("negative"))
            }
            guard let first = texts.keys.min(), let last = texts.keys.max() else { return [] }
            var byPeriod: [Period: ThemePeriodCounts] = [:]
            for period in grain.periods(from: LocalDay(first), to: LocalDay(last)) {
                byPeriod[period] = ThemePeriodCounts(period: period, texts: 0, mentions: 0, positive: 0, negative: 0)
            }
            for (day, n) in texts {
                let period = grain.period(of: LocalDay(day))
                byPeriod[period, default: ThemePeriodCounts(period: period, texts: 0, mentions: 0, positive: 0, negative: 0)]
                    .texts += n
            }
            for (day, counts) in mentions {
                let period = grain.period(of: LocalDay(day))
                byPeriod[period]?.mentions += counts.0
                byPeriod[period]?.positive += counts.1
                byPeriod[period]?.negative += counts.2
            }
            return byPeriod.values.sorted { $0.period < $1.period }
        }
    }

    /// The theme rows `m` with their answers, responses and annotations, each with the NPS and CES given in
    /// its response (one value each, however many such questions the survey had: no row is repeated).
    private static let mentionsFrom: SQLQueryString = """
         FROM text_themes m
        JOIN text_analyses t ON t.response_id = m.response_id AND t.question_key = m.question_key
        JOIN responses r ON r.id = m.response_id
        LEFT JOIN text_annotations n ON n.response_id = m.response_id AND n.question_key = m.question_key
        """

    /// The score columns of one mention row: the response's (first) NPS and CES answers.
    private static let scoreColumns = """
        (SELECT MIN(s.score) FROM answers s WHERE s.response_id = m.response_id AND s.kind = 'nps') AS nps,
        (SELECT MIN(c.score) FROM answers c WHERE c.response_id = m.response_id AND c.kind = 'ces') AS ces
        """

    /// The counted columns over the rows `x` of `mentions(_:)`; sums cast to BIGINT, as PostgreSQL's
    /// SUM(bigint) is numeric.
    private static func countColumns(_ dialect: Dialect) -> SQLQueryString {
        let sums = [
            ("positive", "x.sentiment = 'positive'"), ("neutral", "x.sentiment = 'neutral'"),
            ("negative", "x.sentiment = 'negative'"), ("promoters", "x.nps >= 9"),
            ("passives", "x.nps BETWEEN 7 AND 8"), ("detractors", "x.nps <= 6"),
        ].map { "\(dialect.integer("SUM(CASE WHEN \($0.1) THEN 1 ELSE 0 END)")) AS \($0.0)" }
        let columns =
            [" COUNT(*) AS mentions"] + sums + [
                "COUNT(x.ces) AS ces_n", "\(dialect.integer("SUM(x.ces)")) AS ces_sum",
                "\(dialect.integer("SUM(x.ces * x.ces)")) AS ces_squares",
            ]
        return "\(unsafeRaw: columns.joined(separator: ", "))"
    }

    /// The mention rows selected by `filter`, grouped by `key` (an expression over `m`, `t` and `r`), counted.
    private static func mentions(key: String, _ filter: SQLQueryString, _ dialect: Dialect) -> SQLQueryString {
        "SELECT x.key AS key," + countColumns(dialect)
            + " FROM (SELECT \(unsafeRaw: key) AS key, m.sentiment, \(unsafeRaw: scoreColumns)" + mentionsFrom + filter
            + ") x GROUP BY x.key"
    }

    private static func themeCounts(_ row: any SQLRow, id: String) throws -> ThemeCounts {
        func whole(_ column: String) throws -> Int { Int(try row.decode(column: column, as: Int64?.self) ?? 0) }
        let cesN = try row.int("ces_n")
        return ThemeCounts(
            themeID: id, mentions: try row.int("mentions"), positive: try whole("positive"),
            neutral: try whole("neutral"), negative: try whole("negative"),
            nps: NPSCounts(
                promoters: try whole("promoters"), passives: try whole("passives"), detractors: try whole("detractors")),
            ces: cesN > 0
                ? MeanSummary(
                    n: cesN, sum: Double(try whole("ces_sum")), sumOfSquares: Double(try whole("ces_squares"))) : nil)
    }
}
