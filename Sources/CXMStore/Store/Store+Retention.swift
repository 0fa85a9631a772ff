import CXMCore
import Foundation
import SQLKit

/// Which run of the retention job this is: the day's scheduled run (once per day, whichever server
/// gets there first) or one started by hand.
public enum RetentionRun: Sendable, Hashable {
    case scheduled(LocalDay)
    case manual

    /// The run's key in `maintenance_runs`: the day, or a new id for each manual run (so call it once).
    func makePeriod() -> String {
        switch self {
        case .scheduled(let day): day.iso
        case .manual: "manual " + Identifier.make()
        }
    }
}

extension Store {
    static let retentionJob = "retention"

    /// Applies the workspace's retention policy in one transaction: deletes responses past their
    /// time (taking them out of the rollups of the workspace and of the segments), anonymises those
    /// past the customer-link time (out of the segments' rollups, which follow customers), deletes
    /// open text past its time, then deletes inactive customers who have no response left. Every other
    /// figure is unchanged. Returns nil when the day's scheduled run was done already (by this or
    /// another server). A dry run counts and changes nothing.
    public func applyRetention(
        _ run: RetentionRun, now: Date = Date(), dryRun: Bool = false, by actor: AuditActor
    ) async throws -> RetentionReport? {
        let settings = try await workspaceSettings()
        let policy = settings.retention
        let cutoffs = policy.cutoffs(now: now, timeZone: TimeZone(identifier: settings.timeZone) ?? .gmt)
        let empty = RetentionReport(
            ranAt: now, dryRun: dryRun, policy: policy, openTextBefore: cutoffs.openText,
            customerLinkBefore: cutoffs.customerLink, responsesBefore: cutoffs.responses,
            inactiveCustomersBefore: cutoffs.inactiveCustomers, openTextAnswersDeleted: 0, responsesAnonymised: 0,
            responsesDeleted: 0, answersDeleted: 0, customersDeleted: 0)
        let start = {
            var report = empty
            report.siteActivityBefore = cutoffs.siteActivity
            report.siteEventsDeleted = cutoffs.siteActivity == nil ? nil : 0
            return report
        }()
        if dryRun {
            return try await database.read { sql in
                try await Self.retain(cutoffs, report: start, apply: false, on: sql, dialect: dialect)
            }
        }
        let period = run.makePeriod()
        let zone = TimeZone(identifier: settings.timeZone) ?? .gmt
        let responsesDone: RetentionReport? = try await database.write { sql in
            // The claim first: a second server waits here until the first commits, then finds the row.
            let claimed = try await sql.raw(
                """
                INSERT INTO maintenance_runs (job, period, ran_at, report)
                VALUES (\(bind: Self.retentionJob), \(bind: period), \(bind: Timestamp.from(now)), '{}')
                ON CONFLICT (job, period) DO NOTHING RETURNING job
                """
            ).all()
            guard !claimed.isEmpty else { return nil }
            let report = try await Self.retain(cutoffs, report: start, apply: true, zone: zone, on: sql, dialect: dialect)
            try await Self.saveReport(report, period: period, on: sql)
            return report
        }
        guard let done = responsesDone else { return nil }
        // Inactive customers in a transaction of their own, which does not hold the rollup queue:
        // a response arriving for one of them meanwhile keeps them (see `deleteInactiveCustomers`).
        return try await database.write { sql in
            var report = done
            if let before = cutoffs.inactiveCustomers.map(Timestamp.from) {
                report.customersDeleted = try await Self.deleteInactiveCustomers(
                    before: before, on: sql, dialect: dialect, store: self)
                try await Self.saveReport(report, period: period, on: sql)
            }
            if !report.changedNothing {
                try await audit(sql, actor, "retention", "workspace", "default", report.summary)
            }
            return report
        }
    }

    private static func saveReport(_ report: RetentionReport, period: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE maintenance_runs SET report = \(bind: try JSONColumn.encode(report))
             WHERE job = \(bind: retentionJob) AND period = \(bind: period)
            """
        ).run()
    }

    /// Deletes customers whose record has not changed since `before` and who have no response. The
    /// candidates are locked first (on PostgreSQL a response for one of them waits until the end),
    /// then checked again by a statement that sees every response committed meanwhile.
    private static func deleteInactiveCustomers(
        before: Int64, on sql: any SQLDatabase, dialect: Dialect, store: Store
    ) async throws -> Int {
        let inactive: SQLQueryString = """
            c.updated_at < \(bind: before) AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.customer_id = c.id)
            """
        let candidates = try await sql.raw(
            "SELECT c.id FROM customers c WHERE \(inactive) ORDER BY c.id\(unsafeRaw: dialect.forUpdate)"
        ).all().map { try $0.string("id") }
        var deleted = 0
        for chunk in candidates.chunked(maxRows: 1_000) {
            // Their site visitors are found by their identifiers, which go with the record.
            let visitors = try await store.visitors(sql, ofCustomers: Array(chunk))
            // Identifiers and segment memberships go with the record (ON DELETE CASCADE); the
            // customers have no responses, so no rollup changes.
            let gone = try await sql.raw(
                "DELETE FROM customers AS c WHERE c.id IN (\(binds: Array(chunk))) AND \(inactive) RETURNING id"
            ).all().map { try $0.string("id") }
            deleted += gone.count
            try await store.deleteVisitors(sql, Set(gone.flatMap { visitors[$0] ?? [] }))
            // Events about them that wait to be posted, or were.
            if !gone.isEmpty {
                try await sql.raw(
                    """
                    DELETE FROM webhook_attempts
                     WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE customer_id IN (\(binds: gone)))
                    """
                ).run()
                try await sql.raw("DELETE FROM webhook_deliveries WHERE customer_id IN (\(binds: gone))").run()
            }
        }
        return deleted
    }

    /// The latest runs of the retention job, newest first.
    public func retentionRuns(limit: Int = 10) async throws -> [RetentionReport] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT report FROM maintenance_runs WHERE job = \(bind: Self.retentionJob) AND report <> '{}'
                 ORDER BY ran_at DESC LIMIT \(bind: limit)
                """
            ).all().map { try JSONColumn.decode(RetentionReport.self, from: try $0.string("report")) }
        }
    }

    /// Applies (or counts) the rules on responses; a dry run also counts inactive customers, which a
    /// real run deletes afterwards in a transaction of their own.
    private static func retain(
        _ cutoffs: RetentionPolicy.Cutoffs, report: RetentionReport, apply: Bool, zone: TimeZone = .gmt,
        on sql: any SQLDatabase, dialect: Dialect
    ) async throws -> RetentionReport {
        var report = report
        func count(_ query: SQLQueryString) async throws -> Int {
            try await sql.raw(query).first().map { try $0.int("n") } ?? 0
        }
        if apply { try await RollupSQL.foldEverything(on: sql, dialect: dialect) }
        if let before = cutoffs.responses.map(Timestamp.from) {
            let old: SQLQueryString = "SELECT id FROM responses WHERE submitted_at < \(bind: before)"
            report.responsesDeleted = try await count("SELECT COUNT(*) AS n FROM responses WHERE submitted_at < \(bind: before)")
            report.answersDeleted = try await count("SELECT COUNT(*) AS n FROM answers WHERE response_id IN (\(old))")
            if apply && report.responsesDeleted > 0 {
                // Rows emptied lie on the days before the cutoff (a day later at most, by the zone).
                let lastDay = LocalDay(cutoffs.responses!, in: zone).number + 1
                try await removeFromSegments(
                    where: "r.submitted_at < \(bind: before)", lastDay: lastDay, on: sql, dialect: dialect)
                let rows = RollupSQL.answerRows { _, _ in "r.submitted_at < \(bind: before)" }
                try await sql.raw(RollupSQL.upsertDelta(into: .workspace, rows: rows, sign: -1, dialect: dialect)).run()
                try await sql.raw(
                    "DELETE FROM rollups WHERE day <= \(bind: lastDay) AND answered = 0 AND skipped = 0"
                ).run()
                try await sql.raw("DELETE FROM answers WHERE response_id IN (\(old))").run()
                try await sql.raw("DELETE FROM responses WHERE submitted_at < \(bind: before)").run()
            }
        }
        // A dry run deletes nothing: the later rules count only responses the first would keep.
        var kept: SQLQueryString = ""
        if !apply, let responses = cutoffs.responses.map(Timestamp.from) {
            kept = " AND submitted_at >= \(bind: responses)"
        }
        if let before = cutoffs.customerLink.map(Timestamp.from) {
            let linked: SQLQueryString = "customer_id IS NOT NULL AND submitted_at < \(bind: before)\(kept)"
            report.responsesAnonymised = try await count("SELECT COUNT(*) AS n FROM responses WHERE \(linked)")
            if apply && report.responsesAnonymised > 0 {
                try await removeFromSegments(
                    where: "r.customer_id IS NOT NULL AND r.submitted_at < \(bind: before)",
                    lastDay: LocalDay(cutoffs.customerLink!, in: zone).number + 1, on: sql, dialect: dialect)
                try await sql.raw("UPDATE responses SET customer_id = NULL WHERE \(linked)").run()
            }
        }
        if let before = cutoffs.openText.map(Timestamp.from) {
            let texts: SQLQueryString = """
                value_kind = 'text' AND response_id IN (SELECT id FROM responses WHERE submitted_at < \(bind: before)\(kept))
                """
            report.openTextAnswersDeleted = try await count("SELECT COUNT(*) AS n FROM answers WHERE \(texts)")
            if apply && report.openTextAnswersDeleted > 0 { try await sql.raw("DELETE FROM answers WHERE \(texts)").run() }
        }
        if let before = cutoffs.siteActivity.map(Timestamp.from) {
            report.siteEventsDeleted = try await count("SELECT COUNT(*) AS n FROM behaviour_events WHERE at < \(bind: before)")
            if apply && report.siteEventsDeleted ?? 0 > 0 {
                try await sql.raw("DELETE FROM behaviour_events WHERE at < \(bind: before)").run()
            }
            // Visitors first seen before the cutoff who have no event left go too: their user and device ids.
            if apply {
                let idle: SQLQueryString = """
                    SELECT a.id FROM event_actors a WHERE a.first_at < \(bind: before)
                    AND NOT EXISTS (SELECT 1 FROM behaviour_events e WHERE \(VisitorEvents.of("a.id", table: "e")))
                    """
                try await sql.raw("UPDATE event_actors SET alias_of = NULL WHERE alias_of IN (\(idle))").run()
                try await sql.raw("DELETE FROM event_actors WHERE id IN (\(idle))").run()
            }
        }
        if !apply, let before = cutoffs.inactiveCustomers.map(Timestamp.from) {
            // In a dry run the responses due for deletion or anonymisation are still there: they count as gone.
            var gone: SQLQueryString = "r.customer_id = c.id"
            if let responses = cutoffs.responses.map(Timestamp.from) {
                gone = "\(gone) AND r.submitted_at >= \(bind: responses)"
            }
            if let link = cutoffs.customerLink.map(Timestamp.from) {
                gone = "\(gone) AND r.submitted_at >= \(bind: link)"
            }
            let inactive: SQLQueryString = """
                SELECT c.id FROM customers c
                 WHERE c.updated_at < \(bind: before) AND NOT EXISTS (SELECT 1 FROM responses r WHERE \(gone))
                """
            report.customersDeleted = try await sql.raw(inactive).all().count
        }
        return report
    }

    /// Takes the tallies of the identified responses that match `condition` (on `r.`) out of the
    /// rollups of every segment their customer belongs to; rows left with nothing are deleted.
    private static func removeFromSegments(
        where condition: SQLQueryString, lastDay: Int, on sql: any SQLDatabase, dialect: Dialect
    ) async throws {
        let rows = RollupSQL.answerRows { _, _ in "r.customer_id IS NOT NULL AND \(condition)" }
        let members: SQLQueryString = """
            SELECT m.segment_id, q.* FROM (\(rows)) q JOIN segment_members m ON m.customer_id = q.customer_id
            """
        try await sql.raw(RollupSQL.upsertDelta(into: .segments, rows: members, sign: -1, dialect: dialect)).run()
        try await sql.raw(
            "DELETE FROM segment_rollups WHERE day <= \(bind: lastDay) AND answered = 0 AND skipped = 0"
        ).run()
    }
}
