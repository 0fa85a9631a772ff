import CXMCore
import Foundation
import SQLKit

/// Keeps `segment_members` and `segment_rollups` true to the customers' current attributes: a saved
/// segment's members are recomputed and its rollups rebuilt when the segment changes; a customer's
/// responses move between segments' rollups when their attributes change; new customers join the
/// segments they match. Each runs in the caller's transaction, after folding the rollup queue, so
/// that a response is counted once whether it was queued or stored before the change.
enum SegmentMembership {
    /// Recomputes the segment's members and rebuilds its rollups from the raw rows.
    static func refresh(_ segment: Segment, on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await RollupSQL.foldEverything(on: sql, dialect: dialect)
        try await sql.raw("DELETE FROM segment_members WHERE segment_id = \(bind: segment.id)").run()
        var members: [String] = []
        for row in try await sql.raw("SELECT id, attributes FROM customers").all() {
            let attributes = try row.json("attributes", as: [String: AttributeValue].self)
            if segment.contains(attributes: attributes) { members.append(try row.string("id")) }
        }
        try await insert(members.map { (segment.id, $0) }, on: sql, dialect: dialect)
        try await sql.raw("DELETE FROM segment_rollups WHERE segment_id = \(bind: segment.id)").run()
        try await RollupSQL.rebuildGrains(of: [segment.id], on: sql, dialect: dialect)
    }

    /// Drops a segment's members and rollups.
    static func remove(segment id: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM segment_rollups WHERE segment_id = \(bind: id)").run()
        try await sql.raw("DELETE FROM segment_members WHERE segment_id = \(bind: id)").run()
    }

    /// New customers (who have no responses yet) join the segments they match.
    static func admit(_ customers: [Customer], on sql: any SQLDatabase, dialect: Dialect) async throws {
        let segments = try await sql.raw("SELECT * FROM segments").all().map(Store.segment)
        guard !segments.isEmpty else { return }
        let pairs = customers.flatMap { customer in segments.filter { $0.contains(customer) }.map { ($0.id, customer.id) } }
        try await insert(pairs, on: sql, dialect: dialect)
    }

    /// After customers' attributes changed, or before they are erased (`erased`: they leave every
    /// segment), moves the tallies of their responses into the segments they joined and out of those
    /// they left.
    static func update(
        customers ids: [String], erased: Bool = false, on sql: any SQLDatabase, dialect: Dialect
    )
        async throws
    {
        let segments = try await sql.raw("SELECT * FROM segments").all().map(Store.segment)
        guard !segments.isEmpty, !ids.isEmpty else { return }
        try await RollupSQL.foldEverything(on: sql, dialect: dialect)
        var current: Set<[String]> = []
        var wanted: Set<[String]> = []
        for chunk in ids.chunked(maxRows: 1_000) {
            for row in try await sql.raw(
                "SELECT segment_id, customer_id FROM segment_members WHERE customer_id IN (\(binds: Array(chunk)))"
            ).all() {
                current.insert([try row.string("segment_id"), try row.string("customer_id")])
            }
            guard !erased else { continue }
            for row in try await sql.raw("SELECT id, attributes FROM customers WHERE id IN (\(binds: Array(chunk)))").all() {
                let attributes = try row.json("attributes", as: [String: AttributeValue].self)
                let id = try row.string("id")
                for segment in segments where segment.contains(attributes: attributes) { wanted.insert([segment.id, id]) }
            }
        }
        for segment in segments {
            let joined = wanted.subtracting(current).filter { $0[0] == segment.id }.map { $0[1] }.sorted()
            let left = current.subtracting(wanted).filter { $0[0] == segment.id }.map { $0[1] }.sorted()
            if !joined.isEmpty {
                try await insert(joined.map { (segment.id, $0) }, on: sql, dialect: dialect)
                try await move(joined, segment: segment.id, sign: 1, on: sql, dialect: dialect)
            }
            if !left.isEmpty {
                try await move(left, segment: segment.id, sign: -1, on: sql, dialect: dialect)
                for chunk in left.chunked(maxRows: 1_000) {
                    try await sql.raw(
                        "DELETE FROM segment_members WHERE segment_id = \(bind: segment.id) AND customer_id IN (\(binds: Array(chunk)))"
                    ).run()
                }
            }
        }
    }

    /// Adds (`sign` 1) or takes away (-1) the tallies of the customers' responses in the segment's
    /// rollups; rows left with nothing are deleted.
    private static func move(
        _ customers: [String], segment: String, sign: Int, on sql: any SQLDatabase, dialect: Dialect
    ) async throws {
        for chunk in customers.chunked(maxRows: 1_000) {
            let rows = RollupSQL.answerRows { _, _ in "r.customer_id IN (\(binds: Array(chunk)))" }
            let tagged: SQLQueryString = "SELECT CAST(\(bind: segment) AS TEXT) AS segment_id, u.* FROM (\(rows)) u"
            try await sql.raw(RollupSQL.upsertDelta(into: .segments, rows: tagged, sign: sign, dialect: dialect)).run()
        }
        if sign < 0 {
            try await sql.raw(
                "DELETE FROM segment_rollups WHERE segment_id = \(bind: segment) AND answered = 0 AND skipped = 0"
            ).run()
        }
    }

    private static func insert(_ pairs: [(String, String)], on sql: any SQLDatabase, dialect: Dialect) async throws {
        for chunk in pairs.chunked(maxRows: dialect.maxBinds / 2) {
            let insert = sql.insert(into: "segment_members").columns("segment_id", "customer_id")
            for (segment, customer) in chunk { insert.values([SQLBind(segment), SQLBind(customer)]) }
            try await insert.run()
        }
    }
}
