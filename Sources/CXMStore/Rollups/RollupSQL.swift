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

/// The SQL behind rollups: the per-answer row stream that raw queries and rebuilds aggregate, and
/// the aggregate columns both paths share, so that they cannot drift apart.
enum RollupSQL {
    static let slots = 0..<ScoreTally.distributionSlots
    static let tallyColumns = ["answered", "skipped", "total", "total_squares"] + slots.map { "c\($0)" }
    static let keyColumns = [
        "grain", "kind", "day", "survey_id", "question_key", "touchpoint_id", "unit_id", "channel_id", "language",
    ]
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

    private static func sums(fromRollups: Bool) -> [String] {
        if fromRollups { return tallyColumns.map { "SUM(\($0))" } }
        return [
            "SUM(answered)", "COUNT(*) - SUM(answered)", "COALESCE(SUM(score), 0)", "COALESCE(SUM(score * score), 0)",
        ] + slots.map { "SUM(CASE WHEN score = \($0) THEN 1 ELSE 0 END)" }
    }

    /// Reads a packed tally.
    static func unpack(_ text: String) -> ScoreTally? {
        var numbers: [Int] = []
        numbers.reserveCapacity(tallyColumns.count)
        var current = 0
        var negative = false
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                current = current &* 10 &+ Int(byte &- UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "-") where digits == 0 && !negative:
                negative = true
            case UInt8(ascii: ","):
                guard digits > 0 else { return nil }
                numbers.append(negative ? -current : current)
                (current, negative, digits) = (0, false, 0)
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        numbers.append(negative ? -current : current)
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

    /// The columns of a queued score, in the order `appendQueued` writes them: the finest cell,
    /// whether the question was answered, and the score (null when skipped), as the row stream of
    /// `answerRows` has them; the fold sums them with the same aggregates as raw queries.
    static let queuedColumns = cellColumns + ["answered", "score", "customer_id"]

    /// The key columns of a finest cell (a rollup key without its grain).
    static let cellColumns = Array(keyColumns.dropFirst())

    /// Writes a score (nil: skipped), its finest cell and its customer as a row in `queuedColumns` order.
    static func appendQueued(_ key: RollupKey, score: Int?, customerID: String?, to rows: inout JSONRows) {
        rows.startRow()
        rows.text(key.kind.rawValue)
        rows.integer(key.day.number)
        for text in [key.surveyID, key.questionKey, key.touchpointID, key.unitID, key.channelID, key.language] {
            rows.text(text)
        }
        rows.integer(score == nil ? 0 : 1)
        rows.integer(score)
        rows.text(customerID)
        rows.endRow()
    }

    /// The select list and grouping of a grain's rows summed from finer rows: the dimensions the
    /// grain drops are emptied; the grouping lists the kept key columns in key order.
    static func coarsened(to grain: RollupGrain) -> (select: [String], groups: [String]) {
        let select = keyColumns.dropFirst().map { column in
            let dimension = CellDimension.allCases.first { Self.column($0) == column }
            if let dimension, [.touchpoint, .unit, .channel, .language].contains(dimension),
                !grain.dimensions.contains(dimension)
            {
                return "'' AS \(column)"
            }
            return column
        }
        return (select, select.filter { !$0.hasPrefix("''") })
    }

    /// Folds the oldest queued rows, up to about `maxResponses` responses, into the rollups of every
    /// grain (the workspace's, and those of the saved segments their customers belong to) and deletes
    /// them, in the caller's transaction. Returns the responses folded (0: nothing queued, or every
    /// queued row is being folded by another transaction).
    static func foldQueue(on sql: any SQLDatabase, dialect: Dialect, maxResponses: Int) async throws -> Int {
        let queued = try await sql.raw(
            "SELECT id, responses FROM rollup_queue ORDER BY id LIMIT 500\(unsafeRaw: dialect.lockForConsumer)"
        ).all()
        var ids: [Int] = []
        var responses = 0
        for row in queued {
            let count = try row.int("responses")
            if !ids.isEmpty && responses + count > maxResponses { break }
            ids.append(try row.int("id"))
            responses += count
        }
        guard !ids.isEmpty else { return 0 }
        let expanded = queuedColumns.enumerated().map { index, column -> String in
            let value =
                ["day", "answered", "score"].contains(column)
                ? dialect.jsonInteger(element: index) : dialect.jsonText(element: index)
            return "\(value) AS \(column)"
        }.joined(separator: ", ")
        let elements = dialect.jsonArrayRows(column: "p.cells")
        let rows: SQLQueryString =
            "SELECT \(unsafeRaw: expanded) FROM rollup_queue p, \(unsafeRaw: elements) WHERE p.id IN (\(binds: ids))"
        try await sql.raw(upsertDelta(into: .workspace, rows: rows, dialect: dialect)).run()
        let members: SQLQueryString = """
            SELECT m.segment_id, q.* FROM (\(rows)) q
              JOIN segment_members m ON m.customer_id = q.customer_id
            """
        try await sql.raw(upsertDelta(into: .segments, rows: members, dialect: dialect)).run()
        try await sql.raw("DELETE FROM rollup_queue WHERE id IN (\(binds: ids))").run()
        return responses
    }

    /// Adds (or, with `sign` -1, takes away) the tallies of `rows` to every grain of the target.
    /// The rows carry the finest cell, `answered` and `score` (and `segment_id` for segments), as the
    /// row stream and the queue do.
    ///
    /// The database sums the rows once per finest cell into a materialised delta, sums each coarser
    /// grain from that delta, and upserts each grain in key order, so that each rollup page is visited
    /// once (and concurrent PostgreSQL writers lock rows in one order).
    static func upsertDelta(
        into target: RollupTarget, rows: SQLQueryString, sign: Int = 1, dialect: Dialect
    ) -> SQLQueryString {
        let segment = target.segmentColumns
        let cells = (segment + cellColumns).joined(separator: ", ")
        var branches: [String] = [
            "SELECT \((segment + ["0"] + cellColumns + tallyColumns).joined(separator: ", ")) FROM delta"
        ]
        for grain in RollupGrain.allCases where grain != .full {
            let (select, groups) = coarsened(to: grain)
            branches.append(
                "SELECT \((segment + ["\(grain.rawValue)"] + select).joined(separator: ", ")), "
                    + "\(aggregates(fromRollups: true, dialect: dialect)) FROM delta "
                    + "GROUP BY \((segment + groups).joined(separator: ", "))"
            )
        }
        let positions = target.keyColumns.indices.map { "\($0 + 1)" }.joined(separator: ", ")
        // SQLite writes each branch in its GROUP BY order already; PostgreSQL may hash, so it sorts.
        let order = dialect.writersLockRows ? " ORDER BY \(positions)" : ""
        let table = target.table
        let updates = tallyColumns.map { "\($0) = \(table).\($0) + excluded.\($0)" }.joined(separator: ", ")
        let sums = aggregates(fromRollups: false, dialect: dialect, sign: sign)
        let inserted = (target.keyColumns + tallyColumns).joined(separator: ", ")
        let selected = branches.joined(separator: " UNION ALL ") + order
        let conflict = target.keyColumns.joined(separator: ", ")
        return """
            WITH delta AS MATERIALIZED (
                SELECT \(unsafeRaw: cells), \(unsafeRaw: sums) FROM (\(rows)) e GROUP BY \(unsafeRaw: cells))
            INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: inserted))
            \(unsafeRaw: selected)
            ON CONFLICT (\(unsafeRaw: conflict)) DO UPDATE SET \(unsafeRaw: updates)
            """
    }

    /// Recomputes every response's day in the zone and every rollup (the workspace's and each saved
    /// segment's) from the raw rows. Queued tallies are dropped (the raw rows already hold them); on
    /// PostgreSQL the queue stays locked until the rebuild commits, so responses stored meanwhile are
    /// folded afterwards, not lost or counted twice.
    static func rebuild(
        on sql: any SQLDatabase, dialect: Dialect, timeZone identifier: String, clearingQueue: Bool = true,
        segments: Bool = true
    ) async throws {
        if clearingQueue {
            if let lock = dialect.lockQueue("rollup_queue") { try await sql.raw(SQLQueryString(lock)).run() }
            try await sql.raw("DELETE FROM rollup_queue").run()
        }
        let zone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
        // Days only move when the zone does; otherwise only rows stored without one get theirs.
        let cutIn = try await sql.raw("SELECT time_zone FROM rollup_state WHERE id = 'default'").first()
            .map { try $0.string("time_zone") }
        try await assignDays(on: sql, timeZone: zone, onlyMissing: cutIn == identifier)
        try await sql.raw("DELETE FROM rollups").run()
        try await rebuildGrains(of: nil, on: sql, dialect: dialect, zone: zone)
        if segments {
            try await sql.raw("DELETE FROM segment_rollups").run()
            let ids = try await sql.raw("SELECT id FROM segments ORDER BY id").all().map { try $0.string("id") }
            if !ids.isEmpty { try await rebuildGrains(of: ids, on: sql, dialect: dialect, zone: zone) }
        }
        try await sql.raw("DELETE FROM rollup_state").run()
        try await sql.raw(
            "INSERT INTO rollup_state (id, time_zone, rebuilt_at) VALUES ('default', \(bind: identifier), \(bind: Timestamp.now))"
        ).run()
    }

    /// Builds every grain of the workspace's rollups (`segments` nil) or of the segments', from the raw
    /// rows of their responses, into a target that holds no rows for them. Days must be assigned.
    /// Each month's raw rows are read once for all the segments, joined with their members (the month's
    /// rows drive the join: driving it from the members would read every month of their responses).
    static func rebuildGrains(
        of segments: [String]?, on sql: any SQLDatabase, dialect: Dialect, zone: TimeZone
    )
        async throws
    {
        let target: RollupTarget = segments == nil ? .workspace : .segments
        let columns = (target.keyColumns + tallyColumns).joined(separator: ", ")
        // Sorting by the most varied columns first ends most comparisons early (a third faster than
        // key order); the rows then land in key order within each day of the month.
        let sortOrder = "day, unit_id, touchpoint_id, channel_id, language, kind, question_key, survey_id"
        // Every kind listed, so that the key's (grain, kind, day) prefix finds the month's rows.
        let kinds = ScoreKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let cells = cellColumns.map { "u.\($0)" }.joined(separator: ", ")
        let sums = aggregates(fromRollups: false, dialect: dialect)
        // A month at a time: each sort stays in memory.
        for (first, last) in try await monthsOfResponses(on: sql) {
            let from = Timestamp.from(first.start(in: zone))
            let to = Timestamp.from(last.start(in: zone))
            let statement: SQLQueryString
            if let segments {
                // Only members' responses enter the row stream; the month's rows still drive the lookup.
                let customer = dialect.withoutIndex("r.customer_id")
                let rows = answerRows { _, _ in
                    """
                    r.submitted_at >= \(bind: from) AND r.submitted_at < \(bind: to) AND \(unsafeRaw: customer) IN (
                    SELECT customer_id FROM segment_members WHERE segment_id IN (\(binds: segments)))
                    """
                }
                statement = """
                    INSERT INTO segment_rollups (\(unsafeRaw: columns))
                    SELECT m.segment_id, 0, \(unsafeRaw: cells), \(unsafeRaw: sums)
                      FROM (\(rows)) u
                      JOIN segment_members m
                        ON m.customer_id = \(unsafeRaw: dialect.withoutIndex("u.customer_id")) AND m.segment_id IN (\(binds: segments))
                     GROUP BY m.segment_id, \(unsafeRaw: sortOrder)
                    """
            } else {
                let rows = answerRows { _, _ in "r.submitted_at >= \(bind: from) AND r.submitted_at < \(bind: to)" }
                statement = """
                    INSERT INTO rollups (\(unsafeRaw: columns))
                    SELECT 0, \(unsafeRaw: cells), \(unsafeRaw: sums) FROM (\(rows)) u
                     GROUP BY \(unsafeRaw: sortOrder)
                    """
            }
            try await sql.raw(statement).run()
            // Each coarser grain from the smallest grain already built that keeps its dimensions,
            // per segment, so that the key's prefix finds the rows.
            for segment in segments.map({ $0.map(Optional.some) }) ?? [nil] {
                let ofSegment: SQLQueryString = segment.map { "segment_id = \(bind: $0) AND " } ?? ""
                for (grain, source) in derivations {
                    // Grouped in key order, so that reading the source in key order needs no sort.
                    let (kept, grouping) = coarsened(to: grain)
                    let selected = (target.segmentColumns + ["\(grain.rawValue)"] + kept).joined(separator: ", ")
                    let groups = (target.segmentColumns + grouping).joined(separator: ", ")
                    try await sql.raw(
                        """
                        INSERT INTO \(unsafeRaw: target.table) (\(unsafeRaw: columns))
                        SELECT \(unsafeRaw: selected), \(unsafeRaw: aggregates(fromRollups: true, dialect: dialect))
                          FROM \(unsafeRaw: target.table)
                         WHERE \(ofSegment)grain = \(literal: source.rawValue) AND kind IN (\(unsafeRaw: kinds))
                           AND day >= \(bind: first.number) AND day < \(bind: last.number)
                         GROUP BY \(unsafeRaw: groups)
                        """
                    ).run()
                }
            }
        }
    }

    /// The coarser grains in the order a rebuild derives them, each with the grain it is summed
    /// from: the smallest one already built that keeps all of its dimensions.
    static let derivations: [(grain: RollupGrain, source: RollupGrain)] = {
        var built: [RollupGrain] = [.full]
        var result: [(grain: RollupGrain, source: RollupGrain)] = []
        let coarser = RollupGrain.allCases.filter { $0 != .full }.sorted { $0.dimensions.count > $1.dimensions.count }
        for grain in coarser {
            let candidates = built.filter { grain.dimensions.isSubset(of: $0.dimensions) }
            let source = candidates.min { $0.dimensions.count < $1.dimensions.count } ?? .full
            result.append((grain, source))
            built.append(grain)
        }
        return result
    }()

    /// The months (first day, first day of the next) that responses' days fall in, oldest first.
    static func monthsOfResponses(on sql: any SQLDatabase) async throws -> [(LocalDay, LocalDay)] {
        guard
            let row = try await sql.raw("SELECT MIN(local_day) AS low, MAX(local_day) AS high FROM responses").first(),
            let low = try row.decode(column: "low", as: Int64?.self),
            let high = try row.decode(column: "high", as: Int64?.self)
        else { return [] }
        return TimeGrain.month.periods(from: LocalDay(Int(low)), to: LocalDay(Int(high) + 1)).map { ($0.start, $0.end) }
    }

    /// Sets `local_day` of every response: within each stretch of constant UTC offset, one update.
    static func assignDays(on sql: any SQLDatabase, timeZone: TimeZone, onlyMissing: Bool) async throws {
        let missing: SQLQueryString = onlyMissing ? " AND local_day IS NULL" : ""
        guard
            let row = try await sql.raw("SELECT MIN(submitted_at) AS low, MAX(submitted_at) AS high FROM responses")
                .first(),
            let low = try row.decode(column: "low", as: Int64?.self),
            let high = try row.decode(column: "high", as: Int64?.self)
        else { return }
        var start = Timestamp.date(low)
        let end = Timestamp.date(high)
        while start <= end {
            let next = timeZone.nextDaylightSavingTimeTransition(after: start) ?? end.addingTimeInterval(1)
            let offset = Int64(timeZone.secondsFromGMT(for: start)) * 1000
            let from = start == Timestamp.date(low) ? Int64.min : Timestamp.from(start)
            try await sql.raw(
                """
                UPDATE responses SET local_day = (submitted_at + \(bind: offset)) / 86400000
                 WHERE submitted_at >= \(bind: from) AND submitted_at < \(bind: Timestamp.from(next))
                """ + missing
            ).run()
            start = next
        }
    }
}
