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
            if try await sql.raw("SELECT id FROM workspace WHERE id = 'default'").first() == nil {
                try await sql.raw(
                    """
                    INSERT INTO workspace (id, name, default_language, time_zone, enabled_languages, retention)
                    VALUES ('default', \(bind: settings.name), \(bind: settings.defaultLanguage.rawValue),
                            \(bind: settings.timeZone), \(bind: try JSONColumn.encode(settings.enabledLanguages)),
                            \(bind: try JSONColumn.encode(settings.retention)))
                    """
                ).run()
            }
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
    /// with its reason, in one transaction. The customer's row is locked, so that two triggers for
    /// one person decided at once (on two servers) see each other.
    public func trigger(_ sent: TriggerRequest, now: Date = Date()) async throws -> TriggerOutcome {
        let request: TriggerRequest
        do { request = try sent.validated(now: now) } catch { throw StoreError.invalid(error) }
        let dialect = self.dialect
        return try await database.write { sql in
            if let key = request.idempotencyKey,
                let row = try await sql.raw("SELECT * FROM invitations WHERE trigger_key = \(bind: key)").first()
            {
                return TriggerOutcome(invitation: try Self.invitation(row), duplicate: true)
            }
            let customerID = try await Self.resolveCustomer(sql, request)
            guard
                let customer = try await sql.raw(
                    "SELECT * FROM customers WHERE id = \(bind: customerID)\(unsafeRaw: dialect.forUpdate)"
                ).first()
            else { throw StoreError.invalid("customerID", "unknown customer '\(customerID)'") }
            let survey = try await Self.triggeredSurvey(sql, request)
            let touchpoint = try await sql.raw("SELECT owner_unit_id FROM touchpoints WHERE id = \(bind: request.touchpointID)")
                .first()
            guard touchpoint != nil else {
                throw StoreError.invalid("touchpointID", "unknown touchpoint '\(request.touchpointID)'")
            }
            let settings = try await Self.distributionSettings(sql, survey: survey.id)
            let rules = try await Self.contactRules(sql)
            let eventAt = request.eventAt ?? now
            let sendAt = max(now, eventAt.addingTimeInterval(TimeInterval((request.delayMinutes ?? settings.delayMinutes) * 60)))
            let email = try await sql.raw(
                "SELECT value FROM customer_identifiers WHERE customer_id = \(bind: customerID) AND system = 'email'"
            ).first()
            let preferred = try customer.optionalString("preferred_language").flatMap(Language.init(rawValue:))
            let language =
                [preferred, request.language].compactMap { $0 }.first { survey.languages.contains($0) }
                ?? survey.languages.first ?? .en
            let key = request.idempotencyKey ?? Identifier.make(at: now)
            let decision = ContactGovernor(rules: rules).decide(
                InvitationRequest(
                    key: key, customerID: customerID, surveyID: survey.id, touchpointID: request.touchpointID, at: sendAt,
                    consent: Consent(maySurvey: try customer.bool("may_survey"), mayContact: try customer.bool("may_contact")),
                    optedOut: try customer.optionalDate("unsubscribed_at") != nil, reachable: email != nil),
                history: try await Self.contactHistory(sql, customer: customerID))
            var invitation = Invitation(
                surveyID: survey.id, touchpointID: request.touchpointID, customerID: customerID, language: language,
                triggerKey: key, eventAt: eventAt, createdAt: now, sendAt: sendAt,
                expiresAt: sendAt.addingTimeInterval(TimeInterval(settings.expiryDays) * 86_400), status: .scheduled)
            if case .suppress(let reason) = decision {
                invitation.status = .suppressed
                invitation.reason = reason
            }
            try await Self.insert(invitation, on: sql)
            return TriggerOutcome(invitation: invitation, duplicate: false)
        }
    }

    private static func resolveCustomer(_ sql: any SQLDatabase, _ request: TriggerRequest) async throws -> String {
        if let id = request.customerID { return id }
        guard let text = request.customer, let identifier = CustomerIdentifier(text) else {
            throw StoreError.invalid("customerID", "name the customer with customerID or customer")
        }
        guard
            let row = try await sql.raw(
                "SELECT customer_id FROM customer_identifiers WHERE system = \(bind: identifier.system) AND value = \(bind: identifier.value)"
            ).first()
        else { throw StoreError.invalid("customer", "no customer has the identifier '\(text)'") }
        return try row.string("customer_id")
    }

    /// The survey named, which must measure the touchpoint, or the one survey that does.
    private static func triggeredSurvey(_ sql: any SQLDatabase, _ request: TriggerRequest) async throws -> Survey {
        let rows = try await sql.raw(
            """
            SELECT v.definition FROM survey_touchpoints t
              JOIN surveys s ON s.id = t.survey_id
              JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version
             WHERE t.touchpoint_id = \(bind: request.touchpointID)
            """
        ).all().map { try $0.json("definition", as: Survey.self) }
        if let id = request.surveyID {
            guard let survey = rows.first(where: { $0.id == id }) else {
                throw StoreError.invalid("surveyID", "survey '\(id)' does not measure touchpoint '\(request.touchpointID)'")
            }
            return survey
        }
        guard rows.count == 1 else {
            throw StoreError.invalid(
                "surveyID",
                rows.isEmpty
                    ? "no survey measures touchpoint '\(request.touchpointID)'"
                    : "\(rows.count) surveys measure touchpoint '\(request.touchpointID)'; name the one to send in surveyID")
        }
        return rows[0]
    }

    /// The person's last invitation (scheduled or sent, of any survey and per survey) and last response.
    static func contactHistory(_ sql: any SQLDatabase, customer: String) async throws -> ContactHistory {
        var history = ContactHistory()
        for row in try await sql.raw(
            """
            SELECT survey_id, MAX(send_at) AS last FROM invitations
             WHERE customer_id = \(bind: customer) AND status <> 'suppressed' GROUP BY survey_id
            """
        ).all() {
            let last = Timestamp.date(try row.decode(column: "last", as: Int64.self))
            history.lastInvitationBySurvey[try row.string("survey_id")] = last
            history.lastInvitation = max(history.lastInvitation ?? last, last)
        }
        let answered = try await sql.raw(
            "SELECT MAX(submitted_at) AS last FROM responses WHERE customer_id = \(bind: customer)"
        ).first()
        history.lastResponse = try answered?.decode(column: "last", as: Int64?.self).map(Timestamp.date)
        return history
    }

    static func insert(_ invitation: Invitation, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO invitations (id, survey_id, touchpoint_id, unit_id, customer_id, channel, language, trigger_key,
                                     event_at, created_at, send_at, expires_at, status, reason_code, reason, reminders_sent)
            VALUES (\(bind: invitation.id), \(bind: invitation.surveyID), \(bind: invitation.touchpointID),
                    \(bind: invitation.unitID), \(bind: invitation.customerID), \(bind: invitation.channel.rawValue),
                    \(bind: invitation.language.rawValue), \(bind: invitation.triggerKey),
                    \(bind: Timestamp.from(invitation.eventAt)), \(bind: Timestamp.from(invitation.createdAt)),
                    \(bind: Timestamp.from(invitation.sendAt)), \(bind: Timestamp.from(invitation.expiresAt)),
                    \(bind: invitation.status.rawValue), \(bind: invitation.reason?.code),
                    \(bind: try invitation.reason.map { try JSONColumn.encode($0) }), 0)
            """
        ).run()
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
