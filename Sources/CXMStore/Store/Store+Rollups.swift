import CXMCore
import Foundation
import SQLKit

/// What a rollup rebuild did.
public struct RollupRebuildReport: Sendable, Hashable {
    public var responses: Int
    public var rows: Int
    /// Rows of the saved segments' rollups, and how many segments.
    public var segmentRows: Int
    public var segments: Int
    public var timeZone: String
}

extension Store {
    /// The tallies a metric needs, from the coarsest rollup grain that keeps every dimension the request
    /// uses (a saved segment's own rollups when it names one), or from raw rows when it names customers
    /// or asks for them. Queued scores are folded first, so rollups include every stored response.
    public func tallies(_ request: TallyRequest) async throws -> [TallyCell] {
        if request.kinds.isEmpty || request.surveyIDs?.isEmpty == true || request.touchpointIDs?.isEmpty == true
            || request.unitIDs?.isEmpty == true || request.channelIDs?.isEmpty == true
            || request.languages?.isEmpty == true || request.questionKeys?.isEmpty == true
            || request.customerIDs?.isEmpty == true
        {
            return []
        }
        let groups = CellDimension.allCases.filter { request.groupBy.contains($0) }
        let selected =
            (groups.map { dimension in
                dimension == .day ? RollupSQL.dayColumn(buckets: request.dayBuckets) : RollupSQL.column(dimension)
            } + ["kind"]).joined(separator: ", ")
        let grouped =
            (groups.map { dimension in
                dimension == .day ? RollupSQL.dayExpression(buckets: request.dayBuckets) : RollupSQL.column(dimension)
            } + ["kind"]).joined(separator: ", ")
        if request.rollupsSuffice { try await foldQueuedRollups() }
        let kept = request.rollupGrain.dimensions.union([.day, .survey, .question])
        guard !request.rollupsSuffice || request.dimensionsUsed.isSubset(of: kept) else {
            throw StoreError.invalid(
                "grain", "the rollup grain \(request.rollupGrain) does not keep every dimension the request uses")
        }
        return try await database.read { sql in
            if request.rollupsSuffice {
                let grain = request.rollupGrain
                var conditions: [SQLQueryString] = ["grain = \(literal: grain.rawValue)"]
                if let segment = request.segment { conditions.insert("segment_id = \(bind: segment.id)", at: 0) }
                conditions += Self.conditions(request, responseAlias: "", kind: "kind", question: "question_key")
                let table = request.segment == nil ? RollupTarget.workspace.table : RollupTarget.segments.table
                if grain.isWeekly && groups.contains(.day) {
                    // One row per week and cell already: the rows are read as they are and summed here
                    // (SQLite sums fifteen columns over a sort slower than the rows are read).
                    let columns = (groups.map(RollupSQL.column) + ["kind"]).joined(separator: ", ")
                    let query: SQLQueryString = """
                        SELECT \(unsafeRaw: columns), \(unsafeRaw: RollupSQL.packedColumns) AS tally
                          FROM \(unsafeRaw: table) WHERE \(conditions.joined(separator: " AND "))
                        """
                    let cells = try await sql.raw(query).all().map { row in
                        var cell = try Self.cell(row, groups)
                        cell.day = cell.day.map { RollupSQL.bucket(of: $0, in: request.dayBuckets) }
                        return cell
                    }
                    return Self.combined(cells)
                }
                let query: SQLQueryString = """
                    SELECT \(unsafeRaw: selected), \(unsafeRaw: RollupSQL.packedAggregates(fromRollups: true, dialect: dialect))
                      FROM \(unsafeRaw: table) WHERE \(conditions.joined(separator: " AND "))
                     GROUP BY \(unsafeRaw: grouped)
                    """
                return try await sql.raw(query).all().map { try Self.cell($0, groups) }
            }
            var merged: [TallyCell] = []
            let customerChunks: [Set<String>?] =
                request.customerIDs.map { ids in
                    Array(ids).sorted().chunked(maxRows: dialect.maxBinds - 1000).map { Set($0) }
                } ?? [nil]
            for customers in customerChunks {
                var chunk = request
                chunk.customerIDs = customers
                let rows = RollupSQL.answerRows { kind, question in
                    Self.conditions(chunk, responseAlias: "r.", kind: kind, question: question)
                        .joined(separator: " AND ")
                }
                let query: SQLQueryString = """
                    SELECT \(unsafeRaw: selected), \(unsafeRaw: RollupSQL.packedAggregates(fromRollups: false, dialect: dialect))
                      FROM (\(rows)) u GROUP BY \(unsafeRaw: grouped)
                    """
                merged += try await sql.raw(query).all().map { try Self.cell($0, groups) }
            }
            return customerChunks.count == 1 ? merged : Self.combined(merged)
        }
    }

    /// Recomputes rollups (and each response's day) from the raw rows, in the current time zone, with
    /// `workers` connections aggregating months side by side (default: one per core, at least two).
    ///
    /// Days are assigned in the workspace zone and committed first (the workers read them). Then one
    /// transaction empties the queue and the rollups and inserts every month the workers hand over. It
    /// holds the write lock (SQLite) or the queue's lock (PostgreSQL) before any worker starts, so no
    /// response with scores commits until it does: the workers read exactly the rows the emptied queue
    /// held or the old rollups counted.
    public func rebuildRollups(workers: Int? = nil) async throws -> RollupRebuildReport {
        let workers = max(1, workers ?? max(2, ProcessInfo.processInfo.activeProcessorCount))
        let (database, dialect) = (self.database, self.dialect)
        let zone = try await database.write { sql in
            let zone = try await RollupSQL.workspaceTimeZone(on: sql)
            try await RollupSQL.assignDays(on: sql, timeZone: zone)
            return zone
        }
        return try await database.write { sql in
            let segments = try await RollupSQL.clearForRebuild(on: sql, dialect: dialect)
            // A time-zone change in between re-cut the days and the rollups itself.
            let current = try await RollupSQL.workspaceTimeZone(on: sql)
            if current != zone {
                throw StoreError.conflict(
                    "the workspace time zone changed from \(zone) to \(current) during the rebuild (which re-cut the rollups already); run the rebuild again if needed"
                )
            }
            var jobs = try await RollupSQL.rebuildJobs(segments: segments, on: sql).makeIterator()
            try await withThrowingTaskGroup(of: (RollupSQL.RebuildJob, JSONDocument?).self) { group in
                func start(_ job: RollupSQL.RebuildJob) {
                    group.addTask {
                        (
                            job,
                            try await database.readOnOwnConnection {
                                try await RollupSQL.aggregated(job, on: $0, dialect: dialect)
                            }
                        )
                    }
                }
                for _ in 0..<workers { if let job = jobs.next() { start(job) } }
                while let (done, rows) = try await group.next() {
                    if let job = jobs.next() { start(job) }
                    if let rows { try await RollupSQL.insert(aggregated: rows, of: done, on: sql, dialect: dialect) }
                }
            }
            try await RollupSQL.markRebuilt(timeZone: zone, on: sql)
            return RollupRebuildReport(
                responses: try await count(sql, "SELECT COUNT(*) AS n FROM responses"),
                rows: try await count(sql, "SELECT COUNT(*) AS n FROM rollups"),
                segmentRows: try await count(sql, "SELECT COUNT(*) AS n FROM segment_rollups"),
                segments: segments.count, timeZone: zone)
        }
    }

    /// The time zone rollups were cut in, when they were last rebuilt.
    public func rollupTimeZone() async throws -> String? {
        try await database.read { sql in
            try await sql.raw("SELECT time_zone FROM rollup_state WHERE id = 'default'").first()
                .map { try $0.string("time_zone") }
        }
    }

    /// Queues every score (or skip) of newly stored responses with its finest cell, in the caller's
    /// transaction: one row of JSON instead of thousands of upserts. The fold tallies them.
    func queueRollups(
        of responses: [SurveyResponse], surveys: [SurveyVersionKey: Survey], timeZone: TimeZone, on sql: any SQLDatabase
    ) async throws {
        var rows = JSONRows(reservingBytes: responses.count * 300)
        var identified = 0
        RollupTally.forEachScore(of: responses, timeZone: timeZone) { id, version in
            surveys[SurveyVersionKey(id: id, version: version)]
        } _: { key, score, customer in
            RollupSQL.appendQueued(key, score: score, customerID: customer, to: &rows)
            if customer != nil { identified += 1 }
        }
        guard rows.count > 0 else { return }
        try await sql.raw(
            """
            INSERT INTO rollup_queue (responses, identified, cells, queued_at)
            VALUES (\(bind: responses.count), \(bind: identified), \(bind: rows.json), \(bind: Timestamp.now))
            """
        ).run()
    }

    /// Folds every queued tally into the rollups, oldest first, in transactions of a bounded number
    /// of responses. Returns the number of responses folded. Safe to run from several servers at
    /// once: each queued row is folded exactly once, in the transaction that deletes it.
    /// Stops after `atMost` responses (a fold takes whole queued batches, so it may pass the number).
    @discardableResult
    public func foldRollups(atMost limit: Int = .max) async throws -> Int {
        var folded = 0
        while folded < limit {
            let step = try await database.write { sql in
                try await RollupSQL.foldQueue(on: sql, dialect: dialect, maxResponses: RollupSQL.responsesPerFold)
            }
            guard step > 0 else { return folded }
            folded += step
        }
        return folded
    }

    /// How many responses a bulk load (import, generator) stores between two folds, so that the queue
    /// stays short while it runs.
    public static let bulkLoadFoldEvery = 250_000

    /// Responses stored but not yet folded into rollups, and how long the oldest has waited.
    public func rollupBacklog() async throws -> (responses: Int, oldestQueuedAt: Date?) {
        try await database.read { sql in
            let row = try await sql.raw(
                "SELECT COALESCE(SUM(responses), 0) AS n, MIN(queued_at) AS oldest FROM rollup_queue"
            ).first()
            let oldest = try row?.decode(column: "oldest", as: Int64?.self)
            return (try row.map { try $0.int("n") } ?? 0, oldest.map(Timestamp.date))
        }
    }

    /// Folds the queue when it holds anything: reads from rollups then include every stored response.
    func foldQueuedRollups() async throws {
        let queued = try await database.read { sql in
            try await sql.raw("SELECT id FROM rollup_queue LIMIT 1").first() != nil
        }
        if queued { try await foldRollups() }
    }

    private static func conditions(
        _ request: TallyRequest, responseAlias r: String, kind: String, question: String
    ) -> [SQLQueryString] {
        let day = r.isEmpty ? "day" : "\(r)local_day"
        var result: [SQLQueryString] = [
            "\(unsafeRaw: kind) IN (\(binds: request.kinds.map(\.rawValue).sorted()))"
        ]
        if let keys = request.questionKeys { result.append("\(unsafeRaw: question) IN (\(binds: keys.sorted()))") }
        if let days = request.days {
            result.append("\(unsafeRaw: day) >= \(bind: days.lowerBound.number)")
            result.append("\(unsafeRaw: day) < \(bind: days.upperBound.number)")
        }
        let sets: [(String, Set<String>?)] = [
            ("survey_id", request.surveyIDs), ("touchpoint_id", request.touchpointIDs), ("unit_id", request.unitIDs),
            ("channel_id", request.channelIDs), ("language", request.languages), ("customer_id", request.customerIDs),
        ]
        for (column, values) in sets {
            guard let values else { continue }
            result.append("\(unsafeRaw: r)\(unsafeRaw: column) IN (\(binds: values.sorted()))")
        }
        if let segment = request.segment, !r.isEmpty {
            result.append(
                "\(unsafeRaw: r)customer_id IN (SELECT customer_id FROM segment_members WHERE segment_id = \(bind: segment.id))")
        }
        return result
    }

    private static func cell(_ row: any SQLRow, _ groups: [CellDimension]) throws -> TallyCell {
        let packed = try row.string("tally")
        guard let tally = RollupSQL.unpack(packed) else { throw StoreError.schema("a tally read '\(packed)'") }
        var cell = TallyCell(kind: ScoreKind(rawValue: try row.string("kind")) ?? .rating, tally: tally)
        for dimension in groups {
            if dimension == .day {
                cell.day = LocalDay(try row.int("day"))
            } else {
                cell.values[dimension] = try row.string(RollupSQL.column(dimension))
            }
        }
        return cell
    }

    /// Cells of several partial queries added up by key.
    private static func combined(_ cells: [TallyCell]) -> [TallyCell] {
        var merged: [TallyCell] = []
        var index: [TallyCell: Int] = [:]
        for cell in cells {
            var key = cell
            key.tally = .empty
            if let at = index[key] {
                merged[at].tally += cell.tally
            } else {
                index[key] = merged.count
                merged.append(cell)
            }
        }
        return merged
    }
}

extension Store: TallySource {}

extension Store {
    /// Respondents who answered all three NKI items within the request's filters, with the cell
    /// values it groups by and their recommendation score when the same response gave one.
    public func nkiRespondents(_ request: TallyRequest) async throws -> [NKIRespondent] {
        if request.customerIDs?.isEmpty == true { return [] }
        var scope = request
        scope.kinds = Set([.nps] + ScoreKind.nkiItems)
        scope.questionKeys = nil
        let itemsOnly = scope
        let groups = CellDimension.allCases.filter { request.groupBy.contains($0) && $0 != .question }
        let columns = groups.map { $0 == .day ? "r.local_day AS day" : "r.\(RollupSQL.column($0))" }
        let selected = columns.isEmpty ? "" : columns.joined(separator: ", ") + ", "
        let grouped = groups.map { $0 == .day ? "r.local_day" : "r.\(RollupSQL.column($0))" }
        let item: @Sendable (ScoreKind) -> String = { "MAX(CASE WHEN a.kind = '\($0.rawValue)' THEN a.score END)" }
        let chunks: [Set<String>?] =
            request.customerIDs.map { ids in
                Array(ids).sorted().chunked(maxRows: dialect.maxBinds - 1000).map { Set($0) }
            } ?? [nil]
        return try await database.read { sql in
            var result: [NKIRespondent] = []
            for customers in chunks {
                var chunk = itemsOnly
                chunk.customerIDs = customers
                let conditions = Self.conditions(chunk, responseAlias: "r.", kind: "a.kind", question: "a.question_key")
                let query: SQLQueryString = """
                    SELECT \(unsafeRaw: selected)\(unsafeRaw: item(.nkiOverall)) AS overall,
                           \(unsafeRaw: item(.nkiExpectations)) AS expectations, \(unsafeRaw: item(.nkiIdeal)) AS ideal,
                           \(unsafeRaw: item(.nps)) AS recommendation
                      FROM responses r JOIN answers a ON a.response_id = r.id
                     WHERE a.score IS NOT NULL AND \(conditions.joined(separator: " AND "))
                     GROUP BY \(unsafeRaw: (["r.id"] + grouped).joined(separator: ", "))
                    HAVING COUNT(CASE WHEN a.kind IN (\(unsafeRaw: RollupSQL.nkiItemKinds)) THEN 1 END) = 3
                    """
                for row in try await sql.raw(query).all() {
                    var cell = TallyCell(kind: .nkiIndex, tally: .empty)
                    for dimension in groups {
                        if dimension == .day {
                            cell.day = LocalDay(try row.int("day"))
                        } else {
                            cell.values[dimension] = try row.string(RollupSQL.column(dimension))
                        }
                    }
                    result.append(
                        NKIRespondent(
                            cell: cell,
                            items: [try row.int("overall"), try row.int("expectations"), try row.int("ideal")],
                            recommendation: try row.decode(column: "recommendation", as: Int64?.self).map(Int.init)))
                }
            }
            return result
        }
    }
}
