import CXMCore
import Foundation
import SQLKit

/// Which rollups a statement reads or writes: the workspace's, or those of saved segments (keyed by
/// the segment first).
enum RollupTarget {
    case workspace, segments

    var table: String { self == .workspace ? "rollups" : "segment_rollups" }
    var segmentColumns: [String] { self == .workspace ? [] : ["segment_id"] }
    var keyColumns: [String] { segmentColumns + RollupSQL.keyColumns }
}

/// The SQL behind rollups: the per-answer row stream that raw queries, folds and rebuilds aggregate,
/// and the aggregate columns they share, so that they cannot drift apart. The queue and its fold are
/// in `RollupSQL+Queue.swift`, rebuilding from raw rows in `RollupSQL+Rebuild.swift`.
enum RollupSQL {
    static let slots = 0..<ScoreTally.distributionSlots
    static let tallyColumns = ["answered", "skipped", "total", "total_squares"] + slots.map { "c\($0)" }
    static let keyColumns = [
        "grain", "kind", "day", "survey_id", "question_key", "touchpoint_id", "unit_id", "channel_id", "language",
    ]
    /// The weekly grain's index in series order (kind, survey, question, touchpoint, unit, then week),
    /// covering every column, for the alert check; partial, so that other grains do not pay for it.
    static let weeklySeriesIndex = "rollups_weekly_series"
    static let nkiItemKinds = ScoreKind.nkiItems.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The column a dimension is stored in (rollups and the row stream use the same names).
    static func column(_ dimension: CellDimension) -> String {
        switch dimension {
        case .day: "day"
        case .survey: "survey_id"
        case .question: "question_key"
        case .touchpoint: "touchpoint_id"
        case .unit: "unit_id"
        case .channel: "channel_id"
        case .language: "language"
        }
    }

    /// The day of a row, or the start of its bucket when buckets are given (their first days, ascending).
    static func dayExpression(buckets: [LocalDay]?) -> String {
        guard let buckets, let last = buckets.last else { return "day" }
        guard buckets.count > 1 else { return "\(last.number)" }
        var expression = "CASE"
        for (start, next) in zip(buckets, buckets.dropFirst()) {
            expression += " WHEN day < \(next.number) THEN \(start.number)"
        }
        return expression + " ELSE \(last.number) END"
    }

    static func dayColumn(buckets: [LocalDay]?) -> String {
        buckets == nil ? "day" : dayExpression(buckets: buckets) + " AS day"
    }

    /// Aggregates over rows that each carry `answered` (1 or 0) and `score` (null when skipped), or
    /// over rollup rows (`fromRollups`), into the tally columns.
    static func aggregates(fromRollups: Bool, dialect: Dialect, sign: Int = 1) -> String {
        zip(sums(fromRollups: fromRollups), tallyColumns).map { sum, column in
            sign < 0 ? "-(\(dialect.integer(sum))) AS \(column)" : "\(dialect.integer(sum)) AS \(column)"
        }.joined(separator: ", ")
    }

    /// The same aggregates as one text column `tally` of comma-separated whole numbers, in
    /// `tallyColumns` order: reading one text per row is far cheaper than fifteen numbers.
    static func packedAggregates(fromRollups: Bool, dialect: Dialect) -> String {
        sums(fromRollups: fromRollups).map { "CAST(\(dialect.integer($0)) AS TEXT)" }.joined(separator: " || ',' || ")
            + " AS tally"
    }

    /// A rollup row's tally columns as one text `tally`, in `tallyColumns` order, as `unpack` reads it.
    static let packedColumns = "concat_ws(',', \(tallyColumns.joined(separator: ", ")))"

    /// The start of the bucket a day falls in (the first bucket also takes earlier days), or the day
    /// itself without buckets: `dayExpression` in Swift.
    static func bucket(of day: LocalDay, in buckets: [LocalDay]?) -> LocalDay {
        guard let buckets, let first = buckets.first else { return day }
        var (low, high) = (0, buckets.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if buckets[middle] <= day { low = middle } else { high = middle - 1 }
        }
        return day < first ? first : buckets[low]
    }

    private static func sums(fromRollups: Bool) -> [String] {
        if fromRollups { return tallyColumns.map { "SUM(\($0))" } }
        return [
            "SUM(answered)", "COUNT(*) - SUM(answered)", "COALESCE(SUM(score), 0)", "COALESCE(SUM(score * score), 0)",
        ] + slots.map { "SUM(CASE WHEN score = \($0) THEN 1 ELSE 0 END)" }
    }

    /// Reads a packed tally.
    static func unpack(_ text: String) -> ScoreTally? {
        guard let numbers = IntegerList.parse(text, capacity: tallyColumns.count) else { return nil }
        guard numbers.count == tallyColumns.count else { return nil }
        return ScoreTally(
            answered: numbers[0], skipped: numbers[1], sum: numbers[2], sumOfSquares: numbers[3],
            counts: Array(numbers[4...]))
    }

    /// Every scale question asked (answered or skipped) and every NKI index of the responses that
    /// match `condition`, one row each. The condition may use `r.` response columns and gets the
    /// expressions that hold each row's kind and question key.
    ///
    /// The rows are driven by the questions each response's survey version asks, each looked up in the
    /// answers' key: a question without an answer, or with an answer that has no score, is skipped.
    /// Answers to other questions are never read.
    static func answerRows(where condition: (_ kind: String, _ question: String) -> SQLQueryString) -> SQLQueryString {
        let response: SQLQueryString =
            "r.local_day AS day, r.survey_id, r.touchpoint_id, r.unit_id, r.channel_id, r.language, r.customer_id"
        return """
            SELECT \(response), q.question_key, q.kind,
                   CASE WHEN a.score IS NULL THEN 0 ELSE 1 END AS answered, a.score AS score
              FROM responses r JOIN survey_questions q ON q.survey_id = r.survey_id AND q.version = r.survey_version
              LEFT JOIN answers a ON a.response_id = r.id AND a.question_key = q.question_key
             WHERE q.kind <> 'nki_index' AND \(condition("q.kind", "q.question_key"))
            UNION ALL
            SELECT \(response), q.question_key, q.kind,
                   CASE WHEN COUNT(n.score) = 3 THEN 1 ELSE 0 END AS answered,
                   CASE WHEN COUNT(n.score) = 3 THEN SUM(n.score) END AS score
              FROM responses r JOIN survey_questions q ON q.survey_id = r.survey_id AND q.version = r.survey_version
              LEFT JOIN answers n
                     ON n.response_id = r.id AND n.kind IN (\(unsafeRaw: nkiItemKinds)) AND n.score IS NOT NULL
             WHERE q.kind = 'nki_index' AND \(condition("q.kind", "q.question_key"))
             GROUP BY r.id, q.question_key, q.kind
            """
    }

    /// Records which scale questions a survey version asks (and whether it yields an NKI index).
    static func recordQuestions(of survey: Survey, id: String, version: Int, on sql: any SQLDatabase) async throws {
        var rows = survey.questions.compactMap { q in q.scoreKind.map { (q.key, $0) } }
        if survey.asksFullNKI { rows.append((ScoreKind.nkiIndexKey, .nkiIndex)) }
        guard !rows.isEmpty else { return }
        let insert = sql.insert(into: "survey_questions").columns("survey_id", "version", "question_key", "kind")
        for (key, kind) in rows { insert.values([SQLBind(id), SQLBind(version), SQLBind(key), SQLBind(kind.rawValue)]) }
        try await insert.ignoringConflicts(with: ["survey_id", "version", "question_key"]).run()
    }

    /// The key columns of a finest cell, most varied first: the order to sort them in.
    static let sortOrder = ["day", "unit_id", "touchpoint_id", "channel_id", "language", "kind", "question_key", "survey_id"]

    /// The key columns of a finest cell (a rollup key without its grain).
    static let cellColumns = Array(keyColumns.dropFirst())

    /// The select list and grouping of a grain's rows summed from finer rows: the dimensions the
    /// grain drops are emptied, a weekly grain's day is its week's Monday; the grouping lists the kept
    /// key columns (or their expressions) in key order.
    static func coarsened(to grain: RollupGrain) -> (select: [String], groups: [String]) {
        var select: [String] = []
        var groups: [String] = []
        for column in keyColumns.dropFirst() {
            let dimension = CellDimension.allCases.first { Self.column($0) == column }
            if column == "day" && grain.isWeekly {
                select.append("\(weekStart("day")) AS day")
                groups.append(weekStart("day"))
            } else if let dimension, [.touchpoint, .unit, .channel, .language].contains(dimension),
                !grain.dimensions.contains(dimension)
            {
                select.append("'' AS \(column)")
            } else {
                select.append(column)
                groups.append(column)
            }
        }
        return (select, groups)
    }

    /// The Monday of the week of a day number (day 0, 1 January 1970, was a Thursday); the same in both
    /// dialects, whose `%` keeps the dividend's sign.
    static func weekStart(_ day: String) -> String {
        "(\(day) - ((\(day) % 7 + 10) % 7))"
    }
}
