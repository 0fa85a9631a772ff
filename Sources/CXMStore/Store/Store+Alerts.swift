import CXMCore
import Foundation
import SQLKit

/// What recording a check changed.
public struct AlertCheckOutcome: Sendable, Hashable {
    /// Alerts raised by this check (new series).
    public var raised: [Alert]
    /// Alerts already raised whose figures were brought up to date.
    public var updated: Int
    /// Alerts whose series no longer signal.
    public var resolved: Int
}

/// Alerts: what a check raises, updates and resolves, and what people do about them. The series a check
/// reads are in `Store+AlertSeries.swift`.
extension Store {
    /// Records a check in one transaction: a finding on a series without a live alert raises one; a live
    /// alert's figures are brought up to date (its status kept, so a muted alert stays quiet); live alerts
    /// whose series no longer signal are resolved, so that a later change raises a new alert.
    public func recordAlertCheck(_ check: AlertCheck, at now: Date) async throws -> AlertCheckOutcome {
        let lock = dialect.alertCheckLock
        return try await database.write { sql in
            if let lock { try await sql.raw(SQLQueryString(lock)).run() }
            var live: [String: String] = [:]
            for row in try await sql.raw("SELECT id, series_key FROM alerts WHERE status <> 'resolved'").all() {
                live[try row.string("series_key")] = try row.string("id")
            }
            var raised: [Alert] = []
            var updated = 0
            let stamp = Timestamp.from(now)
            for finding in check.findings {
                let snapshot = AlertSnapshot(
                    periods: check.periods, assessment: finding.assessment, qValue: finding.qValue, isWorse: finding.isWorse,
                    falseDiscoveryRate: check.falseDiscoveryRate)
                let json = try JSONColumn.encode(snapshot)
                if let id = live.removeValue(forKey: finding.key.id) {
                    try await sql.raw(
                        """
                        UPDATE alerts SET snapshot = \(bind: json), q_value = \(bind: finding.qValue),
                        worse = \(bind: finding.isWorse), updated_at = \(bind: stamp) WHERE id = \(bind: id)
                        """
                    ).run()
                    updated += 1
                } else {
                    let alert = Alert(
                        id: Identifier.make(at: now), key: finding.key, status: .open, snapshot: snapshot, raisedAt: now,
                        updatedAt: now)
                    let key = finding.key
                    try await sql.raw(
                        """
                        INSERT INTO alerts (id, series_key, metric, question_key, touchpoint_id, unit_id, theme_id, status,
                            worse, q_value, snapshot, raised_at, updated_at)
                        VALUES (\(bind: alert.id), \(bind: key.id), \(bind: key.metric.rawValue), \(bind: key.question),
                            \(bind: key.touchpointID), \(bind: key.unitID), \(bind: key.themeID), 'open', \(bind: finding.isWorse),
                            \(bind: finding.qValue), \(bind: json), \(bind: stamp), \(bind: stamp))
                        """
                    ).run()
                    raised.append(alert)
                }
            }
            let announced = raised
            try await queueWebhooks(sql, of: [.alertRaised], now: now) {
                announced.map { WebhookEvent.alertRaised($0, at: now) }
            }
            let ended = live.values.sorted()
            if !ended.isEmpty {
                try await sql.raw(
                    """
                    UPDATE alerts SET status = 'resolved', resolved_at = \(bind: stamp), updated_at = \(bind: stamp)
                    WHERE id IN (\(binds: ended))
                    """
                ).run()
            }
            return AlertCheckOutcome(raised: raised, updated: updated, resolved: ended.count)
        }
    }

    /// Alerts, newest first, within the units the reader may see (a reader limited to some units sees no
    /// workspace-wide alerts: those span units they may not see).
    public func alerts(
        statuses: Set<Alert.Status> = [], visibleUnits: Set<String>?, limit: Int = 200
    ) async throws -> [Alert] {
        var conditions: [SQLQueryString] = []
        if !statuses.isEmpty { conditions.append("status IN (\(binds: statuses.map(\.rawValue).sorted()))") }
        if let visible = visibleUnits {
            if visible.isEmpty { return [] }
            conditions.append("unit_id IN (\(binds: visible.sorted()))")
        }
        let filter: SQLQueryString = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM alerts" + filter + " ORDER BY raised_at DESC, id DESC LIMIT \(bind: Swift.max(1, limit))"
            ).all().map(Self.alert)
        }
    }

    /// One alert, if it exists and the reader may see it.
    public func alert(_ id: String, visibleUnits: Set<String>?) async throws -> Alert? {
        let found = try await database.read { sql in
            try await sql.raw("SELECT * FROM alerts WHERE id = \(bind: id)").first().map(Self.alert)
        }
        guard let found else { return nil }
        if let visible = visibleUnits, !(found.key.unitID.map(visible.contains) ?? false) { return nil }
        return found
    }

    /// Applies what a person did to an alert. A resolved alert's status stays as it is (a later change on the
    /// same series raises a new alert): acknowledging, muting or reopening it throws `StoreError.conflict`.
    public func applyAlertAction(_ action: AlertAction, to id: String, by actor: String, at now: Date) async throws {
        try await applyAlertActions([action], to: id, by: actor, visibleUnits: nil, at: now)
    }

    /// Applies what a person did in one go, in one transaction: a refused part (an unknown case, a resolved
    /// alert) leaves the alert as it was. A linked case must lie in `visibleUnits` (nil: anywhere).
    public func applyAlertActions(
        _ actions: [AlertAction], to id: String, by actor: String, visibleUnits: Set<String>?, at now: Date
    ) async throws {
        let stamp = Timestamp.from(now)
        try await database.write { sql in
            for action in actions {
                let change: SQLQueryString
                let changesStatus: Bool
                switch action {
                case .acknowledge:
                    change =
                        "status = 'acknowledged', acknowledged_by = \(bind: actor), acknowledged_at = \(bind: stamp), mute_reason = NULL, muted_by = NULL"
                    changesStatus = true
                case .mute(let reason):
                    change = "status = 'muted', mute_reason = \(bind: reason), muted_by = \(bind: actor)"
                    changesStatus = true
                case .reopen:
                    change = "status = 'open', mute_reason = NULL, muted_by = NULL"
                    changesStatus = true
                case .linkCase(let given):
                    change = "case_id = \(bind: try await Self.caseID(given, within: visibleUnits, on: sql))"
                    changesStatus = false
                case .linkImprovement(let improvement):
                    change = "improvement = \(bind: improvement)"
                    changesStatus = false
                }
                let guarded: SQLQueryString = changesStatus ? " AND status <> 'resolved'" : ""
                let updated = try await sql.raw(
                    "UPDATE alerts SET " + change + ", updated_at = \(bind: stamp) WHERE id = \(bind: id)" + guarded
                        + " RETURNING id"
                ).all()
                if updated.isEmpty {
                    throw StoreError.conflict(
                        "alert '\(id)' is resolved: its series no longer signals; a new change raises a new alert")
                }
            }
        }
    }

    /// The id of the case a person linked, given by its id or by its number ("42" or "#42"), among the cases
    /// in the units they may see (so that the answer tells nothing of others); nil unlinks.
    private static func caseID(
        _ given: String?, within visibleUnits: Set<String>?, on sql: any SQLDatabase
    ) async throws -> String? {
        guard let given = given?.trimmingCharacters(in: .whitespaces), !given.isEmpty else { return nil }
        let number = Int(given.hasPrefix("#") ? String(given.dropFirst()) : given) ?? -1
        var query: SQLQueryString = "SELECT id FROM cases WHERE (id = \(bind: given) OR number = \(bind: number))"
        if let visibleUnits {
            query = query + " AND unit_id IN (\(binds: visibleUnits.sorted()))"
        }
        guard !(visibleUnits?.isEmpty ?? false), let row = try await sql.raw(query).first() else {
            throw StoreError.invalid("case", "there is no case '\(given)' you may see; give its number (such as 42) or its id")
        }
        return try row.string("id")
    }

    static func alert(_ row: any SQLRow) throws -> Alert {
        Alert(
            id: try row.string("id"),
            key: AlertSeriesKey(
                metric: AlertMetric(rawValue: try row.string("metric")) ?? .nps, question: try row.optionalString("question_key"),
                touchpointID: try row.optionalString("touchpoint_id"), unitID: try row.optionalString("unit_id"),
                themeID: try row.optionalString("theme_id")),
            status: Alert.Status(rawValue: try row.string("status")) ?? .open,
            snapshot: try row.json("snapshot", as: AlertSnapshot.self), raisedAt: try row.date("raised_at"),
            updatedAt: try row.date("updated_at"), resolvedAt: try row.optionalDate("resolved_at"),
            acknowledgedBy: try row.optionalString("acknowledged_by"), acknowledgedAt: try row.optionalDate("acknowledged_at"),
            muteReason: try row.optionalString("mute_reason"), mutedBy: try row.optionalString("muted_by"),
            caseID: try row.optionalString("case_id"), improvement: try row.optionalString("improvement"))
    }

    /// Alerts for the worse that are open and nobody has been told of yet.
    public func alertsAwaitingNotice() async throws -> [Alert] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM alerts WHERE status = 'open' AND worse = \(bind: true) AND notified_at IS NULL
                ORDER BY raised_at, id
                """
            ).all().map(Self.alert)
        }
    }

    /// Records that the people concerned have been told of these alerts.
    public func markAlertsNoticed(_ ids: [String], at now: Date) async throws {
        guard !ids.isEmpty else { return }
        try await database.write { sql in
            try await sql.raw(
                "UPDATE alerts SET notified_at = \(bind: Timestamp.from(now)) WHERE id IN (\(binds: ids))"
            ).run()
        }
    }

    /// Each person's digest choice and when their last digest went out (people without a row have the default).
    public func alertDigests() async throws -> [String: (digest: AlertDigest, lastSent: Date?)] {
        try await database.read { sql in
            var result: [String: (digest: AlertDigest, lastSent: Date?)] = [:]
            for row in try await sql.raw("SELECT user_id, digest, last_sent_at FROM alert_digests").all() {
                result[try row.string("user_id")] = (
                    AlertDigest(rawValue: try row.string("digest")) ?? .standard, try row.optionalDate("last_sent_at")
                )
            }
            return result
        }
    }

    /// Sets a person's digest choice.
    public func setAlertDigest(_ digest: AlertDigest, for userID: String) async throws {
        try await database.write { sql in
            let updated = try await sql.raw(
                "UPDATE alert_digests SET digest = \(bind: digest.rawValue) WHERE user_id = \(bind: userID) RETURNING user_id"
            ).all()
            if updated.isEmpty {
                try await sql.raw(
                    "INSERT INTO alert_digests (user_id, digest) VALUES (\(bind: userID), \(bind: digest.rawValue))"
                ).run()
            }
        }
    }

    /// Records that a person's digest went out.
    public func markDigestSent(to userIDs: [String], at now: Date) async throws {
        guard !userIDs.isEmpty else { return }
        try await database.write { sql in
            for userID in userIDs {
                let stamp = Timestamp.from(now)
                let updated = try await sql.raw(
                    "UPDATE alert_digests SET last_sent_at = \(bind: stamp) WHERE user_id = \(bind: userID) RETURNING user_id"
                ).all()
                if updated.isEmpty {
                    try await sql.raw(
                        """
                        INSERT INTO alert_digests (user_id, digest, last_sent_at)
                        VALUES (\(bind: userID), \(bind: AlertDigest.standard.rawValue), \(bind: stamp))
                        """
                    ).run()
                }
            }
        }
    }
}
