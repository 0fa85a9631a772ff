import CXMCore
import Foundation
import SQLKit

/// What became of a trigger: the invitation (scheduled or suppressed), and whether it was made by an
/// earlier trigger with the same idempotency key.
public struct TriggerOutcome: Sendable, Hashable {
    public var invitation: Invitation
    public var duplicate: Bool
}

extension Store {
    /// The workspace's contact rules; the defaults until someone saves them.
    public func contactRules() async throws -> ContactRules {
        try await database.read { sql in try await Self.contactRules(sql) }
    }

    static func contactRules(_ sql: any SQLDatabase) async throws -> ContactRules {
        let row = try await sql.raw("SELECT contact_rules FROM workspace WHERE id = 'default'").first()
        return try row?.optionalString("contact_rules").map { try JSONColumn.decode(ContactRules.self, from: $0) }
            ?? ContactRules()
    }

    /// Validates and saves the contact rules.
    @discardableResult
    public func saveContactRules(_ rules: ContactRules, by actor: AuditActor) async throws -> ContactRules {
        let valid: ContactRules
        do { valid = try rules.validated() } catch { throw StoreError.invalid(error) }
        let settings = try await workspaceSettings()
        try await database.write { sql in
            try await ensureWorkspaceRow(sql, settings)
            try await sql.raw(
                "UPDATE workspace SET contact_rules = \(bind: try JSONColumn.encode(valid)) WHERE id = 'default'"
            ).run()
            try await audit(
                sql, actor, "update", "workspace", "default",
                "contact rules: cooldown \(valid.cooldownDays) days, quarantine \(valid.quarantineDays) days")
        }
        return valid
    }

    /// How a survey is sent; the defaults until someone saves them.
    public func distributionSettings(survey surveyID: String) async throws -> DistributionSettings {
        try await database.read { sql in try await Self.distributionSettings(sql, survey: surveyID) }
    }

    static func distributionSettings(_ sql: any SQLDatabase, survey surveyID: String) async throws -> DistributionSettings {
        let row = try await sql.raw("SELECT settings FROM survey_distribution WHERE survey_id = \(bind: surveyID)").first()
        return try row.map { try $0.json("settings", as: DistributionSettings.self) } ?? DistributionSettings()
    }

    /// Validates and saves how a survey is sent.
    @discardableResult
    public func saveDistributionSettings(
        _ settings: DistributionSettings, survey surveyID: String, by actor: AuditActor
    ) async throws -> DistributionSettings {
        let valid: DistributionSettings
        do { valid = try settings.validated() } catch { throw StoreError.invalid(error) }
        try await database.write { sql in
            try await requireExists(sql, table: "surveys", id: surveyID, field: "surveyID", entity: "survey")
            try await sql.raw("DELETE FROM survey_distribution WHERE survey_id = \(bind: surveyID)").run()
            try await sql.raw(
                "INSERT INTO survey_distribution (survey_id, settings) VALUES (\(bind: surveyID), \(bind: try JSONColumn.encode(valid)))"
            ).run()
            try await audit(
                sql, actor, "update", "survey", surveyID,
                "sending: \(valid.delayMinutes) min delay, \(valid.reminders) reminders every \(valid.reminderSpacingDays) days, links for \(valid.expiryDays) days"
            )
        }
        return valid
    }

    /// Decides a trigger under the contact rules and stores the invitation, scheduled or suppressed
    /// with its reason, in one transaction (a batch of one: see `triggerBatch`).
    public func trigger(_ request: TriggerRequest, now: Date = Date()) async throws -> TriggerOutcome {
        let result = try await triggerBatch([request], now: now)
        if let rejected = result.rejected.first { throw StoreError.invalid(rejected.failure) }
        guard let outcome = result.outcomes.first?.outcome else { throw StoreError.conflict("the trigger was not decided") }
        return outcome
    }

    static func invitation(_ row: any SQLRow) throws -> Invitation {
        Invitation(
            id: try row.string("id"), surveyID: try row.string("survey_id"), touchpointID: try row.string("touchpoint_id"),
            unitID: try row.optionalString("unit_id"), customerID: try row.string("customer_id"),
            channel: Invitation.Channel(rawValue: try row.string("channel")) ?? .email,
            language: Language(rawValue: try row.string("language")) ?? .en, triggerKey: try row.string("trigger_key"),
            eventAt: try row.date("event_at"), createdAt: try row.date("created_at"), sendAt: try row.date("send_at"),
            expiresAt: try row.date("expires_at"),
            status: Invitation.Status(rawValue: try row.string("status")) ?? .scheduled,
            reason: try row.optionalString("reason").map { try JSONColumn.decode(SuppressionReason.self, from: $0) },
            sentAt: try row.optionalDate("sent_at"), openedAt: try row.optionalDate("opened_at"),
            respondedAt: try row.optionalDate("responded_at"), responseID: try row.optionalString("response_id"),
            remindersSent: try row.int("reminders_sent"), nextReminderAt: try row.optionalDate("next_reminder_at"))
    }

    /// One invitation.
    public func invitation(_ id: String) async throws -> Invitation {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM invitations WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "invitation", id: id)
            }
            return try Self.invitation(row)
        }
    }

    /// A survey's invitations, newest first, optionally of one status.
    public func invitations(
        survey surveyID: String, status: Invitation.Status? = nil, limit: Int = 100
    ) async throws
        -> [Invitation]
    {
        try await database.read { sql in
            let statusFilter: SQLQueryString = status.map { "AND status = \(bind: $0.rawValue)" } ?? ""
            return try await sql.raw(
                """
                SELECT * FROM invitations WHERE survey_id = \(bind: surveyID) \(statusFilter)
                 ORDER BY created_at DESC, id DESC LIMIT \(bind: limit)
                """
            ).all().map(Self.invitation)
        }
    }

    /// A customer's invitations, newest first.
    public func invitations(customer customerID: String, limit: Int = 50) async throws -> [Invitation] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM invitations WHERE customer_id = \(bind: customerID)
                 ORDER BY created_at DESC, id DESC LIMIT \(bind: limit)
                """
            ).all().map(Self.invitation)
        }
    }
}

extension Store {
    /// Makes the workspace row with the settings in force, if nobody saved any yet: the settings
    /// kept in columns of it (contact rules, the case follow-up) need a row to be kept in.
    func ensureWorkspaceRow(_ sql: any SQLDatabase, _ settings: WorkspaceSettings) async throws {
        guard try await sql.raw("SELECT id FROM workspace WHERE id = 'default'").first() == nil else { return }
        try await sql.raw(
            """
            INSERT INTO workspace (id, name, default_language, time_zone, enabled_languages, retention)
            VALUES ('default', \(bind: settings.name), \(bind: settings.defaultLanguage.rawValue),
                    \(bind: settings.timeZone), \(bind: try JSONColumn.encode(settings.enabledLanguages)),
                    \(bind: try JSONColumn.encode(settings.retention)))
            """
        ).run()
    }
}
