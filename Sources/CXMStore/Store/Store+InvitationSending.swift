import CXMCore
import Foundation
import SQLKit

/// An invitation whose mail (first or reminder) is due, with what composing it needs.
public struct DueInvitation: Sendable, Hashable {
    public var invitation: Invitation
    /// The address to send to; nil when the customer no longer has one.
    public var email: String?
    /// Whether the customer may still be surveyed (consent given, not unsubscribed).
    public var maySurvey: Bool
    public var optedOut: Bool
    /// The survey's current version.
    public var survey: Survey
    public var settings: DistributionSettings
    /// A reminder rather than the first mail.
    public var isReminder: Bool
}

extension Store {
    /// Invitations whose first mail or next reminder is due, oldest first.
    public func dueInvitations(limit: Int, now: Date = Date()) async throws -> [DueInvitation] {
        try await database.read { sql in
            let at = Timestamp.from(now)
            let rows = try await sql.raw(
                """
                SELECT i.*, c.may_survey, c.unsubscribed_at,
                       (SELECT MIN(value) FROM customer_identifiers e WHERE e.customer_id = i.customer_id AND e.system = 'email')
                         AS email
                  FROM invitations i JOIN customers c ON c.id = i.customer_id
                 WHERE (i.status = 'scheduled' AND i.send_at <= \(bind: at) AND i.expires_at > \(bind: at))
                    OR (i.status IN ('sent', 'opened') AND i.next_reminder_at <= \(bind: at) AND i.expires_at > \(bind: at))
                 ORDER BY i.send_at, i.id LIMIT \(bind: limit)
                """
            ).all()
            var surveys: [String: Survey] = [:]
            var settings: [String: DistributionSettings] = [:]
            var due: [DueInvitation] = []
            for row in rows {
                let invitation = try Self.invitation(row)
                if surveys[invitation.surveyID] == nil {
                    surveys[invitation.surveyID] = try await sql.raw(
                        """
                        SELECT v.definition FROM surveys s
                          JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version
                         WHERE s.id = \(bind: invitation.surveyID)
                        """
                    ).first().map { try $0.json("definition", as: Survey.self) }
                    settings[invitation.surveyID] = try await Self.distributionSettings(sql, survey: invitation.surveyID)
                }
                guard let survey = surveys[invitation.surveyID], let setting = settings[invitation.surveyID] else { continue }
                due.append(
                    DueInvitation(
                        invitation: invitation, email: try row.optionalString("email"), maySurvey: try row.bool("may_survey"),
                        optedOut: try row.optionalDate("unsubscribed_at") != nil, survey: survey, settings: setting,
                        isReminder: invitation.status != .scheduled))
            }
            return due
        }
    }

    /// Marks the invitation sent (or one more reminder sent) and queues its mail with the personal
    /// link's hash, in one transaction. Returns false, queuing nothing, when another server did it
    /// first or the invitation has moved on (answered, expired): no invitation is mailed twice.
    @discardableResult
    public func queueInvitationMail(
        _ due: DueInvitation, mail: OutgoingMail, tokenHash: String, now: Date = Date()
    ) async throws -> Bool {
        let invitation = due.invitation
        let spacing = TimeInterval(due.settings.reminderSpacingDays) * 86_400
        return try await database.write { sql in
            let at = Timestamp.from(now)
            let claimed: (any SQLRow)?
            if due.isReminder {
                let more = invitation.remindersSent + 1 < due.settings.reminders
                let next = more ? Timestamp.from(now.addingTimeInterval(spacing)) : nil
                claimed = try await sql.raw(
                    """
                    UPDATE invitations SET reminders_sent = reminders_sent + 1, next_reminder_at = \(bind: next)
                     WHERE id = \(bind: invitation.id) AND status IN ('sent', 'opened') AND next_reminder_at IS NOT NULL
                       AND reminders_sent = \(bind: invitation.remindersSent) AND expires_at > \(bind: at)
                       AND customer_id NOT IN (SELECT id FROM customers WHERE unsubscribed_at IS NOT NULL)
                    RETURNING id
                    """
                ).first()
            } else {
                let next = due.settings.reminders > 0 ? Timestamp.from(now.addingTimeInterval(spacing)) : nil
                claimed = try await sql.raw(
                    """
                    UPDATE invitations SET status = 'sent', sent_at = \(bind: at), next_reminder_at = \(bind: next)
                     WHERE id = \(bind: invitation.id) AND status = 'scheduled' AND expires_at > \(bind: at)
                    RETURNING id
                    """
                ).first()
            }
            guard claimed != nil else { return false }
            try await sql.raw(
                """
                INSERT INTO invitation_tokens (token_hash, invitation_id, created_at)
                VALUES (\(bind: tokenHash), \(bind: invitation.id), \(bind: at))
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO outbox (id, recipient, subject, body, html, headers, invitation_id, created_at, attempts,
                                    next_attempt_at, expires_at)
                VALUES (\(bind: Identifier.make(at: now)), \(bind: mail.to), \(bind: mail.subject), \(bind: mail.body),
                        \(bind: mail.html), \(bind: try JSONColumn.encode(mail.headers)), \(bind: invitation.id), \(bind: at), 0,
                        \(bind: at), \(bind: Timestamp.from(invitation.expiresAt)))
                """
            ).run()
            return true
        }
    }

    /// An invitation found unsendable when its time came (the customer unsubscribed or lost the address meanwhile).
    public func suppressDueInvitation(_ id: String, reason: SuppressionReason) async throws {
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE invitations SET status = 'suppressed', reason_code = \(bind: reason.code),
                       reason = \(bind: try JSONColumn.encode(reason)), next_reminder_at = NULL
                 WHERE id = \(bind: id) AND status = 'scheduled'
                """
            ).run()
            // A reminder no longer allowed ends the reminders; the invitation itself was sent.
            try await sql.raw(
                "UPDATE invitations SET next_reminder_at = NULL WHERE id = \(bind: id) AND status IN ('sent', 'opened')"
            ).run()
        }
    }

    /// Invitations unanswered when their link ran out become expired; returns how many.
    @discardableResult
    public func expireInvitations(now: Date = Date()) async throws -> Int {
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE invitations SET status = 'expired', next_reminder_at = NULL
                 WHERE status IN ('scheduled', 'sent', 'opened') AND expires_at <= \(bind: Timestamp.from(now))
                RETURNING id
                """
            ).all().count
        }
    }

    /// The mail server refused the address for good: the message is given up and its invitation
    /// bounced (no reminders follow).
    public func markMailBounced(_ id: String, error: String) async throws {
        try await database.write { sql in
            let row = try await sql.raw("SELECT invitation_id FROM outbox WHERE id = \(bind: id)").first()
            try await sql.raw(
                """
                UPDATE outbox SET claimed_until = NULL, failed_at = \(bind: Timestamp.now), body = '', html = NULL,
                       last_error = \(bind: String(error.prefix(1000))) WHERE id = \(bind: id)
                """
            ).run()
            if let invitation = try row?.optionalString("invitation_id") {
                try await sql.raw(
                    """
                    UPDATE invitations SET status = 'bounced', next_reminder_at = NULL
                     WHERE id = \(bind: invitation) AND status IN ('sent', 'opened')
                    """
                ).run()
            }
        }
    }

    // MARK: The personal link

    /// The invitation a personal link's token belongs to, or nil.
    public func invitation(tokenHash: String) async throws -> Invitation? {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT i.* FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id
                 WHERE t.token_hash = \(bind: tokenHash)
                """
            ).first().map(Self.invitation)
        }
    }

    /// The customer opened the survey (the first time counts).
    public func markInvitationOpened(_ id: String, now: Date = Date()) async throws {
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE invitations SET status = 'opened', opened_at = \(bind: Timestamp.from(now))
                 WHERE id = \(bind: id) AND status IN ('sent', 'bounced')
                """
            ).run()
        }
    }

    /// The customer unsubscribed from survey invitations through a link in one: no invitation is sent
    /// to them again (until they give consent anew), and scheduled ones are suppressed.
    @discardableResult
    public func unsubscribe(tokenHash: String, now: Date = Date()) async throws -> Bool {
        try await database.write { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT i.customer_id FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id
                     WHERE t.token_hash = \(bind: tokenHash)
                    """
                ).first()
            else { return false }
            let customer = try row.string("customer_id")
            try await sql.raw(
                """
                UPDATE customers SET unsubscribed_at = \(bind: Timestamp.from(now)), updated_at = \(bind: Timestamp.from(now))
                 WHERE id = \(bind: customer) AND unsubscribed_at IS NULL
                """
            ).run()
            let reason = SuppressionReason.optedOut
            try await sql.raw(
                """
                UPDATE invitations SET status = 'suppressed', reason_code = \(bind: reason.code),
                       reason = \(bind: try JSONColumn.encode(reason))
                 WHERE customer_id = \(bind: customer) AND status = 'scheduled'
                """
            ).run()
            try await sql.raw(
                "UPDATE invitations SET next_reminder_at = NULL WHERE customer_id = \(bind: customer)"
            ).run()
            // Mail not yet handed over (a retry after a temporary failure) is not sent either.
            try await sql.raw(
                """
                DELETE FROM outbox WHERE failed_at IS NULL
                   AND invitation_id IN (SELECT id FROM invitations WHERE customer_id = \(bind: customer))
                """
            ).run()
            try await audit(
                sql, AuditActor(id: "unsubscribe-link", name: "unsubscribe link in an invitation"), "unsubscribe", "customer",
                customer, "unsubscribed from survey invitations")
            return true
        }
    }
}
