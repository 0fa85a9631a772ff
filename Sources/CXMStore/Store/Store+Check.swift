import CXMCore
import Foundation
import SQLKit

/// What `checkDatabase` found: the database's own check, and every rollup grain compared with the raw rows.
public struct DatabaseCheckReport: Sendable, Hashable {
    /// Problems the database's own check reported (SQLite: `integrity_check` and `foreign_key_check`).
    public var integrityProblems: [String]
    /// Whether the database has such a check (PostgreSQL checks its pages itself).
    public var integrityChecked: Bool
    /// Responses whose queued tallies were folded before comparing.
    public var folded: Int
    public var responses: Int
    /// Cells compared over every grain, of the workspace and of each saved segment.
    public var cellsCompared: Int
    public var segmentsCompared: Int
    /// Cells whose rollup tally differs from the raw rows', described (at most `maxListed`).
    public var rollupMismatches: [String]
    public var rollupMismatchCount: Int

    public static let maxListed = 20

    public var isSound: Bool { integrityProblems.isEmpty && rollupMismatchCount == 0 }
}

extension Store {
    /// Checks the database as a whole: its own integrity check, then folds the queue and compares
    /// every grain of the rollups (the workspace's and each saved segment's) with the raw rows, cell
    /// by cell. A lost queued tally shows as a rollup below the raw rows, a tally folded twice as one above.
    /// Reads every response several times: minutes for millions.
    public func checkDatabase() async throws -> DatabaseCheckReport {
        var report = DatabaseCheckReport(
            integrityProblems: try await integrityProblems() + foreignKeyProblems(),
            integrityChecked: dialect.integrityCheck != nil, folded: try await foldRollups(),
            responses: try await database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM responses").first().map { try $0.int("n") } ?? 0
            }, cellsCompared: 0, segmentsCompared: 0, rollupMismatches: [], rollupMismatchCount: 0)
        let segments: [Segment?] = [nil] + (try await self.segments()).map { $0 }
        for segment in segments {
            // The raw rows are read once, per finest cell, and summed into each coarser grain here.
            let finest = Set(CellDimension.allCases)
            var fromRows = TallyRequest(kinds: Set(ScoreKind.allCases), segment: segment, groupBy: finest)
            fromRows.forceRaw = true
            let raw = Self.byKey(try await tallies(fromRows))
            for grain in RollupGrain.allCases {
                let kept = grain.dimensions.union([.day, .survey, .question])
                var request = TallyRequest(kinds: Set(ScoreKind.allCases), segment: segment, groupBy: kept)
                request.grain = grain
                let rolled = Self.byKey(try await tallies(request))
                let rawGrain = grain == .full ? raw : Self.coarsened(raw, keeping: kept, weekly: grain.isWeekly)
                for key in Set(rolled.keys).union(rawGrain.keys) {
                    report.cellsCompared += 1
                    let (fromRollups, fromRows) = (rolled[key] ?? .empty, rawGrain[key] ?? .empty)
                    guard fromRollups != fromRows else { continue }
                    report.rollupMismatchCount += 1
                    if report.rollupMismatches.count < DatabaseCheckReport.maxListed {
                        report.rollupMismatches.append(
                            Self.describe(key, grain: grain, segment: segment, rollups: fromRollups, raw: fromRows))
                    }
                }
            }
            if segment != nil { report.segmentsCompared += 1 }
        }
        return report
    }

    private func foreignKeyProblems() async throws -> [String] {
        guard dialect.kind == .sqlite else { return [] }
        return try await database.read { sql in
            try await sql.raw("PRAGMA foreign_key_check").all().map { row in
                let table = try row.decode(column: "table", as: String.self)
                let parent = try row.decode(column: "parent", as: String.self)
                return "a row of \(table) refers to a missing row of \(parent)"
            }
        }
    }

    private static func byKey(_ cells: [TallyCell]) -> [TallyCell: ScoreTally] {
        var result: [TallyCell: ScoreTally] = [:]
        for cell in cells {
            var key = cell
            key.tally = .empty
            result[key, default: .empty] += cell.tally
        }
        return result
    }

    /// Cells summed over the dimensions not kept (and into weeks, starting on Mondays, when `weekly`).
    private static func coarsened(
        _ cells: [TallyCell: ScoreTally], keeping kept: Set<CellDimension>, weekly: Bool
    ) -> [TallyCell: ScoreTally] {
        var result: [TallyCell: ScoreTally] = [:]
        for (cell, tally) in cells {
            var key = cell
            key.values = cell.values.filter { kept.contains($0.key) }
            if !kept.contains(.day) { key.day = nil }
            if weekly { key.day = key.day.map { $0.adding(days: -$0.weekday) } }
            result[key, default: .empty] += tally
        }
        return result
    }

    private static func describe(
        _ cell: TallyCell, grain: RollupGrain, segment: Segment?, rollups: ScoreTally, raw: ScoreTally
    ) -> String {
        let values = CellDimension.allCases.compactMap { dimension in cell[dimension].map { "\(dimension)=\($0)" } }
        let place = ([cell.day.map { "day=\($0)" }].compactMap { $0 } + values).joined(separator: " ")
        let owner = segment.map { "segment \($0.id)" } ?? "workspace"
        return "\(owner), grain \(grain), \(cell.kind.rawValue) \(place): rollups answered \(rollups.answered) "
            + "skipped \(rollups.skipped) sum \(rollups.sum), raw rows answered \(raw.answered) skipped \(raw.skipped) "
            + "sum \(raw.sum)"
    }
}
