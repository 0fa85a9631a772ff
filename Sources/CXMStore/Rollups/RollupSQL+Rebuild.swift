import CXMCore
import Foundation
import SQLKit

/// Rebuilding rollups from the raw rows: days in the workspace zone, then every grain a month at a
/// time, summed from the month's row stream as a fold sums the queue.
///
/// A month's rows are aggregated either where they are inserted (`rebuild`, `rebuildGrains`: one
/// connection, inside the caller's transaction) or by workers on other connections that hand each
/// month's rows over as one JSON document (`aggregated`, `insert(aggregated:)`), so that a full rebuild
/// uses every core; `Store.rebuildRollups` runs the latter.
extension RollupSQL {
    /// Recomputes every response's day in the zone and every rollup (the workspace's and each saved
    /// segment's) from the raw rows, on one connection. Queued tallies are dropped (the raw rows
    /// already hold them); on PostgreSQL the queue stays locked until the rebuild commits, so responses
    /// stored meanwhile are folded afterwards, not lost or counted twice.
    /// `stampingTexts` false leaves the open-text rows alone (the migration that first builds rollups runs
    /// before those tables exist).
    static func rebuild(
        on sql: any SQLDatabase, dialect: Dialect, timeZone identifier: String, clearingQueue: Bool = true,
        segments: Bool = true, stampingTexts: Bool = true
    ) async throws {
        try await assignDays(on: sql, timeZone: identifier, stampingTexts: stampingTexts)
        let segmentIDs = try await clearForRebuild(
            on: sql, dialect: dialect, clearingQueue: clearingQueue, segments: segments)
        try await rebuildGrains(of: nil, on: sql, dialect: dialect)
        if !segmentIDs.isEmpty { try await rebuildGrains(of: segmentIDs, on: sql, dialect: dialect) }
        try await markRebuilt(timeZone: identifier, on: sql)
    }

    /// Locks and empties the queue (unless told not to) and empties the workspace's rollups and (unless
    /// told not to) the segments'; returns the saved segments' ids (none when segments are left alone).
    /// With the queue locked, no other transaction can commit responses with scores until the caller
    /// commits (on PostgreSQL they wait at the queue; on SQLite for the write lock).
    static func clearForRebuild(
        on sql: any SQLDatabase, dialect: Dialect, clearingQueue: Bool = true, segments: Bool = true
    ) async throws -> [String] {
        if clearingQueue {
            if let lock = dialect.lockQueue("rollup_queue") { try await sql.raw(SQLQueryString(lock)).run() }
            try await sql.raw("DELETE FROM rollup_queue").run()
        }
        try await sql.raw("DELETE FROM rollups").run()
        guard segments else { return [] }
        try await sql.raw("DELETE FROM segment_rollups").run()
        return try await sql.raw("SELECT id FROM segments ORDER BY id").all().map { try $0.string("id") }
    }

    /// Records the zone rollups are now cut in.
    static func markRebuilt(timeZone identifier: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM rollup_state").run()
        try await sql.raw(
            "INSERT INTO rollup_state (id, time_zone, rebuilt_at) VALUES ('default', \(bind: identifier), \(bind: Timestamp.now))"
        ).run()
    }

    /// Builds every grain of the workspace's rollups (`segments` nil) or of the segments', from the raw
    /// rows of their responses, into a target that holds no rows for them, month by month on this
    /// connection. Days must be assigned.
    static func rebuildGrains(of segments: [String]?, on sql: any SQLDatabase, dialect: Dialect) async throws {
        for month in try await monthsOfResponses(on: sql) {
            let job = RebuildJob(month: month, segments: segments)
            let columns = job.finestColumns.joined(separator: ", ")
            try await sql.raw(
                """
                INSERT INTO \(unsafeRaw: job.target.table) (grain, \(unsafeRaw: columns))
                SELECT 0, \(unsafeRaw: columns) FROM (\(job.finest(dialect: dialect))) g
                """
            ).run()
            try await job.deriveCoarserGrains(on: sql, dialect: dialect)
        }
    }

    /// One month of one target's rollups, to aggregate from the raw rows.
    struct RebuildJob: Sendable {
        /// The month's first day and the next month's.
        var month: (first: LocalDay, next: LocalDay)
        /// The saved segments whose rollups to build; nil: the workspace's.
        var segments: [String]?

        var target: RollupTarget { segments == nil ? .workspace : .segments }

        /// The columns of the finest grain's rows, in `finest`'s order: the key without its grain.
        var finestColumns: [String] { target.segmentColumns + cellColumns + tallyColumns }

        /// The month's finest cells, summed from its row stream, grouped with the most varied columns
        /// first (a third faster than key order; the rows then land in key order within each day).
        /// For segments only members' rows count, once per segment; the month's rows drive the lookup
        /// of members (driving it from the members would read every month of their responses).
        func finest(dialect: Dialect) -> SQLQueryString {
            // The responses whose stored day falls in the month, found by the index on `submitted_at`:
            // no zone is more than a day from UTC, so two days either side hold them all.
            let margin: Int64 = 2 * 86_400_000
            let (first, next) = (month.first.number, month.next.number)
            let inMonth: SQLQueryString = """
                r.submitted_at >= \(bind: Int64(first) * 86_400_000 - margin) AND r.submitted_at < \(bind: Int64(next) * 86_400_000 + margin)
                AND r.local_day >= \(bind: first) AND r.local_day < \(bind: next)
                """
            let sums = aggregates(fromRollups: false, dialect: dialect)
            let cells = cellColumns.map { "u.\($0)" }.joined(separator: ", ")
            let sortOrder = RollupSQL.sortOrder.joined(separator: ", ")
            guard let segments else {
                return
                    "SELECT \(unsafeRaw: cells), \(unsafeRaw: sums) FROM (\(answerRows { _, _ in inMonth })) u GROUP BY \(unsafeRaw: sortOrder)"
            }
            let customer = dialect.withoutIndex("r.customer_id")
            let rows = answerRows { _, _ in
                "\(inMonth) AND \(unsafeRaw: customer) IN (SELECT customer_id FROM segment_members WHERE segment_id IN (\(binds: segments)))"
            }
            return """
                SELECT m.segment_id, \(unsafeRaw: cells), \(unsafeRaw: sums) FROM (\(rows)) u
                  JOIN segment_members m
                    ON m.customer_id = \(unsafeRaw: dialect.withoutIndex("u.customer_id")) AND m.segment_id IN (\(binds: segments))
                 GROUP BY m.segment_id, \(unsafeRaw: sortOrder)
                """
        }

        /// Sums every coarser grain of the month from the smallest grain already built that keeps its
        /// dimensions, per segment, so that the key's prefix finds the rows; each grouped in key order,
        /// so that reading the source in key order needs no sort.
        func deriveCoarserGrains(on sql: any SQLDatabase, dialect: Dialect) async throws {
            let columns = (target.keyColumns + tallyColumns).joined(separator: ", ")
            // Every kind listed, so that the key's (grain, kind, day) prefix finds the month's rows.
            let kinds = ScoreKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            for segment in segments.map({ $0.map(Optional.some) }) ?? [nil] {
                let ofSegment: SQLQueryString = segment.map { "segment_id = \(bind: $0) AND " } ?? ""
                for (grain, source) in derivations {
                    let (kept, grouping) = coarsened(to: grain)
                    let selected = (target.segmentColumns + ["\(grain.rawValue)"] + kept).joined(separator: ", ")
                    let groups = (target.segmentColumns + grouping).joined(separator: ", ")
                    // A week that began in the month before already has a row: the month's days add to it.
                    let upsert = grain.isWeekly ? " " + addingOnConflict(target) : ""
                    try await sql.raw(
                        """
                        INSERT INTO \(unsafeRaw: target.table) (\(unsafeRaw: columns))
                        SELECT \(unsafeRaw: selected), \(unsafeRaw: aggregates(fromRollups: true, dialect: dialect))
                          FROM \(unsafeRaw: target.table)
                         WHERE \(ofSegment)grain = \(literal: source.rawValue) AND kind IN (\(unsafeRaw: kinds))
                           AND day >= \(bind: month.first.number) AND day < \(bind: month.next.number)
                         GROUP BY \(unsafeRaw: groups)\(unsafeRaw: upsert)
                        """
                    ).run()
                }
            }
        }
    }

    /// The coarser grains in the order a rebuild derives them, each with the grain it is summed
    /// from: the smallest daily one already built that keeps all of its dimensions (days sum into
    /// weeks, never the other way).
    static let derivations: [(grain: RollupGrain, source: RollupGrain)] = {
        var built: [RollupGrain] = [.full]
        var result: [(grain: RollupGrain, source: RollupGrain)] = []
        let coarser = RollupGrain.allCases.filter { $0 != .full }.sorted { a, b in
            a.dimensions.count != b.dimensions.count ? a.dimensions.count > b.dimensions.count : !a.isWeekly && b.isWeekly
        }
        for grain in coarser {
            let candidates = built.filter { !$0.isWeekly && grain.dimensions.isSubset(of: $0.dimensions) }
            let source = candidates.min { $0.dimensions.count < $1.dimensions.count } ?? .full
            result.append((grain, source))
            built.append(grain)
        }
        return result
    }()

    /// The jobs of a full rebuild: every month of the workspace's rollups, then (when segments are
    /// saved) every month of theirs.
    static func rebuildJobs(segments: [String], on sql: any SQLDatabase) async throws -> [RebuildJob] {
        let months = try await monthsOfResponses(on: sql)
        let workspace = months.map { RebuildJob(month: $0, segments: nil) }
        guard !segments.isEmpty else { return workspace }
        return workspace + months.map { RebuildJob(month: $0, segments: segments) }
    }

    /// A worker's part of a job: the month's finest cells as one JSON document (SQLite's binary JSON),
    /// rows in `finestColumns` order (an empty array or nil when the month has none for the target).
    static func aggregated(_ job: RebuildJob, on sql: any SQLDatabase, dialect: Dialect) async throws -> JSONDocument? {
        let query: SQLQueryString = """
            SELECT \(unsafeRaw: dialect.jsonArrayAggregate(of: job.finestColumns)) AS rows FROM (\(job.finest(dialect: dialect))) g
            """
        guard let row = try await sql.raw(query).first() else { return nil }
        return try dialect.jsonDocument(row, column: "rows")
    }

    /// The writer's part of a job: inserts the finest cells `aggregated` made into the target (which
    /// holds none of the month's rows) and derives the coarser grains from them.
    static func insert(
        aggregated document: JSONDocument, of job: RebuildJob, on sql: any SQLDatabase, dialect: Dialect
    ) async throws {
        let columns = job.finestColumns
        let values = columns.enumerated().map { index, column in
            tallyColumns.contains(column) || column == "day"
                ? dialect.jsonInteger(element: index) : dialect.jsonText(element: index)
        }.joined(separator: ", ")
        try await sql.raw(
            """
            INSERT INTO \(unsafeRaw: job.target.table) (grain, \(unsafeRaw: columns.joined(separator: ", ")))
            SELECT 0, \(unsafeRaw: values) FROM \(dialect.jsonArrayRows(document))
            """
        ).run()
        try await job.deriveCoarserGrains(on: sql, dialect: dialect)
    }

    /// The months (first day, first day of the next) that responses' days fall in, oldest first.
    static func monthsOfResponses(on sql: any SQLDatabase) async throws -> [(first: LocalDay, next: LocalDay)] {
        guard
            let row = try await sql.raw("SELECT MIN(local_day) AS low, MAX(local_day) AS high FROM responses").first(),
            let low = try row.decode(column: "low", as: Int64?.self),
            let high = try row.decode(column: "high", as: Int64?.self)
        else { return [] }
        return TimeGrain.month.periods(from: LocalDay(Int(low)), to: LocalDay(Int(high) + 1)).map { ($0.start, $0.end) }
    }

    /// The workspace's time zone, as this transaction sees it.
    static func workspaceTimeZone(on sql: any SQLDatabase) async throws -> String {
        try await sql.raw("SELECT time_zone FROM workspace WHERE id = 'default'").first()
            .map { try $0.string("time_zone") } ?? WorkspaceSettings.initial.timeZone
    }

    /// Sets `local_day` of every response in the zone: all of them when rollups were last cut in
    /// another zone, otherwise those stored without one.
    static func assignDays(on sql: any SQLDatabase, timeZone identifier: String, stampingTexts: Bool = true) async throws {
        let zone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
        let cutIn = try await sql.raw("SELECT time_zone FROM rollup_state WHERE id = 'default'").first()
            .map { try $0.string("time_zone") }
        try await assignDays(on: sql, timeZone: zone, onlyMissing: cutIn == identifier, stampingTexts: stampingTexts)
    }

    /// Sets `local_day` of every response: within each stretch of constant UTC offset, one update.
    static func assignDays(
        on sql: any SQLDatabase, timeZone: TimeZone, onlyMissing: Bool, stampingTexts: Bool = true
    ) async throws {
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
        // Open-text rows carry their response's day (the alert check counts them by day). All of them are
        // stamped again, so that a rebuild also repairs rows a concurrent writer stamped in the old zone.
        guard stampingTexts else { return }
        for table in ["text_analyses", "text_themes"] {
            try await sql.raw(
                """
                UPDATE \(unsafeRaw: table)
                   SET local_day = (SELECT r.local_day FROM responses r WHERE r.id = \(unsafeRaw: table).response_id)
                """
            ).run()
        }
    }
}
