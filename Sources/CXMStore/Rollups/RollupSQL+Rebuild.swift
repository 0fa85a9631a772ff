import CXMCore
import Foundation
import SQLKit

/// Rebuilding rollups from the raw rows: days in the workspace zone, the finest grain a month at a
/// time, every coarser grain from the smallest finer one.
extension RollupSQL {
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
        let sortOrder = Self.sortOrder.joined(separator: ", ")
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
