import CXMCore
import Foundation
import SQLKit

/// The rollup queue: how stored responses' scores are queued in the insert transaction, and how a
/// fold adds them to every grain of the workspace's and the segments' rollups.
extension RollupSQL {
    /// The columns of a queued score, in the order `appendQueued` writes them: the finest cell,
    /// whether the question was answered, and the score (null when skipped), as the row stream of
    /// `answerRows` has them; the fold sums them with the same aggregates as raw queries.
    static let queuedColumns = cellColumns + ["answered", "score", "customer_id"]

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

    /// Folds the oldest queued rows, up to about `maxResponses` responses, into the rollups of every
    /// grain (the workspace's, and those of the saved segments their customers belong to) and deletes
    /// them, in the caller's transaction. Returns the responses folded (0: nothing queued, or every
    /// queued row is being folded by another transaction).
    /// Responses folded per transaction: bounds the delta a fold sorts in memory.
    static let responsesPerFold = 250_000

    static func foldQueue(on sql: any SQLDatabase, dialect: Dialect, maxResponses: Int) async throws -> Int {
        let queued = try await sql.raw(
            "SELECT id, responses, identified FROM rollup_queue ORDER BY id LIMIT 500\(unsafeRaw: dialect.lockForConsumer)"
        ).all()
        var ids: [Int] = []
        var responses = 0
        var identified = 0
        for row in queued {
            let count = try row.int("responses")
            if !ids.isEmpty && responses + count > maxResponses { break }
            ids.append(try row.int("id"))
            responses += count
            identified += try row.int("identified")
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
        // Scores of anonymous responses belong to no segment: the queue is read again only for named ones.
        if identified > 0 {
            let members: SQLQueryString = """
                SELECT m.segment_id, q.* FROM (\(rows)) q
                  JOIN segment_members m ON m.customer_id = q.customer_id
                """
            try await sql.raw(upsertDelta(into: .segments, rows: members, dialect: dialect)).run()
        }
        try await sql.raw("DELETE FROM rollup_queue WHERE id IN (\(binds: ids))").run()
        return responses
    }

    /// Folds every queued tally in the caller's transaction, with the queue locked against concurrent
    /// folders and producers: after it, rollups hold every stored response.
    static func foldEverything(on sql: any SQLDatabase, dialect: Dialect) async throws {
        if let lock = dialect.lockQueue("rollup_queue") { try await sql.raw(SQLQueryString(lock)).run() }
        while try await foldQueue(on: sql, dialect: dialect, maxResponses: responsesPerFold) > 0 {}
    }

    /// Takes the tallies of one customer's responses out of the workspace's rollups (rows left with
    /// nothing are deleted), before the responses themselves are deleted. The queue must be folded.
    static func removeTallies(ofCustomer id: String, on sql: any SQLDatabase, dialect: Dialect) async throws {
        let rows = answerRows { _, _ in "r.customer_id = \(bind: id)" }
        try await sql.raw(upsertDelta(into: .workspace, rows: rows, sign: -1, dialect: dialect)).run()
        // Only the days they answered on (and their weeks' Mondays, for weekly grains), every grain and
        // kind listed so that the key finds the rows.
        let grains = RollupGrain.allCases.map { "\($0.rawValue)" }.joined(separator: ", ")
        let kinds = ScoreKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try await sql.raw(
            """
            DELETE FROM rollups
             WHERE grain IN (\(unsafeRaw: grains)) AND kind IN (\(unsafeRaw: kinds))
               AND day IN (SELECT local_day FROM responses WHERE customer_id = \(bind: id)
                           UNION SELECT \(unsafeRaw: weekStart("local_day")) FROM responses WHERE customer_id = \(bind: id))
               AND answered = 0 AND skipped = 0
            """
        ).run()
    }

    /// Adds (or, with `sign` -1, takes away) the tallies of `rows` to every grain of the target.
    /// The rows carry the finest cell, `answered` and `score` (and `segment_id` for segments), as the
    /// row stream and the queue do.
    ///
    /// The database sums the rows once per finest cell into a materialised delta, sums each coarser
    /// grain from the smallest grain already summed that keeps its dimensions (as a rebuild derives
    /// them: touchpoints within units from the delta, the rest from those), and upserts each grain in
    /// key order, so that each rollup page is visited once (and concurrent PostgreSQL writers lock rows
    /// in one order).
    static func upsertDelta(
        into target: RollupTarget, rows: SQLQueryString, sign: Int = 1, dialect: Dialect
    ) -> SQLQueryString {
        let segment = target.segmentColumns
        let cells = (segment + cellColumns).joined(separator: ", ")
        // The delta has no index, so every grouping sorts: the most varied columns first end most
        // comparisons early; each grain still arrives day by day (a weekly one week by week).
        let variedFirst = { (columns: [String]) in
            let ordered = sortOrder.compactMap { column in columns.first { $0 == column || $0 == weekStart(column) } }
            return ordered + columns.filter { !ordered.contains($0) }
        }
        let sums = aggregates(fromRollups: false, dialect: dialect, sign: sign)
        let grouping = (segment + variedFirst(cellColumns)).joined(separator: ", ")
        // The grains that coarser ones are summed from, as named common table expressions after the delta.
        var summed: [String] = []
        var branches: [String] = [
            "SELECT \((segment + ["0"] + cellColumns + tallyColumns).joined(separator: ", ")) FROM delta"
        ]
        for (grain, source) in derivations {
            let (select, groups) = coarsened(to: grain)
            let from = source == .full ? "delta" : "grain\(source.rawValue)"
            let query =
                "SELECT \((segment + select).joined(separator: ", ")), \(aggregates(fromRollups: true, dialect: dialect)) "
                + "FROM \(from) GROUP BY \((segment + variedFirst(groups)).joined(separator: ", "))"
            if derivations.contains(where: { $0.source == grain }) {
                // Summed once and read by the coarser grains as well as inserted.
                summed.append("grain\(grain.rawValue) AS MATERIALIZED (\(query))")
                branches.append(
                    "SELECT \((segment + ["\(grain.rawValue)"] + cellColumns + tallyColumns).joined(separator: ", ")) "
                        + "FROM grain\(grain.rawValue)")
            } else {
                branches.append(
                    "SELECT \((segment + ["\(grain.rawValue)"] + select).joined(separator: ", ")), "
                        + "\(aggregates(fromRollups: true, dialect: dialect)) FROM \(from) "
                        + "GROUP BY \((segment + variedFirst(groups)).joined(separator: ", "))")
            }
        }
        let positions = target.keyColumns.indices.map { "\($0 + 1)" }.joined(separator: ", ")
        // SQLite writes each branch in its GROUP BY order already; PostgreSQL may hash, so it sorts.
        let order = dialect.writersLockRows ? " ORDER BY \(positions)" : ""
        let inserted = (target.keyColumns + tallyColumns).joined(separator: ", ")
        let selected = branches.joined(separator: " UNION ALL ") + order
        let coarser = summed.map { ",\n    " + $0 }.joined()
        return """
            WITH delta AS MATERIALIZED (
                SELECT \(unsafeRaw: cells), \(unsafeRaw: sums) FROM (\(rows)) e GROUP BY \(unsafeRaw: grouping))\(unsafeRaw: coarser)
            INSERT INTO \(unsafeRaw: target.table) (\(unsafeRaw: inserted))
            \(unsafeRaw: selected)
            \(unsafeRaw: addingOnConflict(target))
            """
    }

    /// The upsert clause that adds an inserted tally to the row already kept under the same key.
    static func addingOnConflict(_ target: RollupTarget) -> String {
        let table = target.table
        let updates = tallyColumns.map { "\($0) = \(table).\($0) + excluded.\($0)" }.joined(separator: ", ")
        return "ON CONFLICT (\(target.keyColumns.joined(separator: ", "))) DO UPDATE SET \(updates)"
    }
}
