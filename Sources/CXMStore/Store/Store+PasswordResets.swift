import CXMCore
import Foundation
import SQLKit

/// A message claimed from the outbox for sending.
public struct QueuedMail: Sendable, Hashable {
    public var id: String
    public var mail: OutgoingMail
    /// Including this one.
    public var attempts: Int
    /// The invitation the message carries, if it is one.
    public var invitationID: String?
}

extension Store {
    /// Reset links asked for per account and hour; more are silently not sent, so that the form
    /// cannot be used to flood someone's inbox.
    public static let maxPasswordResetsPerHour = 3

    /// Starts a password reset for the enabled user with this e-mail address, if there is one: the
    /// token's hash is stored (older unused links of the user stop working) and the mail that
    /// `compose` writes for the user is queued in the same transaction. Returns whether a mail was
    /// queued; the caller answers alike either way.
    @discardableResult
    public func requestPasswordReset(
        email: String, tokenHash: String, now: Date = Date(), lifetime: TimeInterval,
        compose: @Sendable (User) -> OutgoingMail
    ) async throws -> Bool {
        let normalised = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let dialect = self.dialect
        return try await database.write { sql in
            let at = Timestamp.from(now)
            // Spent and expired links are kept a day (the hourly limit counts them), then go.
            try await sql.raw("DELETE FROM password_resets WHERE expires_at < \(bind: at - 86_400_000)").run()
            // The user's row is locked, so that concurrent requests count each other against the limit.
            guard
                let row = try await sql.raw(
                    "SELECT * FROM users WHERE email = \(bind: normalised) AND disabled = \(bind: false)\(unsafeRaw: dialect.forUpdate)"
                ).first()
            else { return false }
            let user = try Self.user(row)
            let recent =
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM password_resets
                     WHERE user_id = \(bind: user.id) AND created_at > \(bind: at - 3_600_000)
                    """
                ).first().map { try $0.int("n") } ?? 0
            guard recent < Self.maxPasswordResetsPerHour else { return false }
            try await sql.raw(
                "UPDATE password_resets SET expires_at = \(bind: at) WHERE user_id = \(bind: user.id) AND used_at IS NULL AND expires_at > \(bind: at)"
            ).run()
            let expires = Timestamp.from(now.addingTimeInterval(lifetime))
            try await sql.raw(
                """
                INSERT INTO password_resets (token_hash, user_id, created_at, expires_at)
                VALUES (\(bind: tokenHash), \(bind: user.id), \(bind: at), \(bind: expires))
                """
            ).run()
            let mail = compose(user)
            try await sql.raw(
                """
                INSERT INTO outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at, expires_at)
                VALUES (\(bind: Identifier.make(at: now)), \(bind: mail.to), \(bind: mail.subject), \(bind: mail.body),
                        \(bind: at), 0, \(bind: at), \(bind: expires))
                """
            ).run()
            // Asked for by someone who has not signed in: the audit names the form, not the account holder.
            try await audit(
                sql, AuditActor(id: "password-reset-form", name: "password reset form (not signed in)"),
                "request_password_reset", "user", user.id, "password reset link sent to \(user.email)")
            return true
        }
    }

    /// The enabled user a reset token belongs to, while it is unused and unexpired.
    public func passwordResetUser(tokenHash: String, now: Date = Date()) async throws -> User? {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT u.* FROM password_resets p JOIN users u ON u.id = p.user_id
                 WHERE p.token_hash = \(bind: tokenHash) AND p.used_at IS NULL AND p.expires_at > \(bind: Timestamp.from(now))
                   AND u.disabled = \(bind: false)
                """
            ).first().map(Self.user)
        }
    }

    /// Sets the new password with a reset token, which works once: the token is spent in the same
    /// transaction, every other link of the user stops working and every session ends. Returns the
    /// user, or nil when the token is unknown, spent or expired (nothing changes then).
    public func completePasswordReset(tokenHash: String, passwordHash: String, now: Date = Date()) async throws -> User? {
        try await database.write { sql in
            let at = Timestamp.from(now)
            // Spending the token is the guard: of two concurrent uses, one updates the row.
            guard
                let spent = try await sql.raw(
                    """
                    UPDATE password_resets SET used_at = \(bind: at)
                     WHERE token_hash = \(bind: tokenHash) AND used_at IS NULL AND expires_at > \(bind: at)
                    RETURNING user_id
                    """
                ).first()
            else { return nil }
            let userID = try spent.string("user_id")
            guard
                let row = try await sql.raw("SELECT * FROM users WHERE id = \(bind: userID) AND disabled = \(bind: false)")
                    .first()
            else { return nil }
            let user = try Self.user(row)
            try await sql.raw("UPDATE users SET password_hash = \(bind: passwordHash) WHERE id = \(bind: userID)").run()
            try await sql.raw("DELETE FROM sessions WHERE user_id = \(bind: userID)").run()
            try await sql.raw(
                "UPDATE password_resets SET expires_at = \(bind: at) WHERE user_id = \(bind: userID) AND used_at IS NULL"
            ).run()
            try await audit(
                sql, AuditActor(id: user.id, name: user.email), "reset_password", "user", user.id,
                "password set with an e-mailed reset link")
            return user
        }
    }

    /// Claims up to `limit` messages that are due and not claimed by anyone else, for `lease`. On
    /// PostgreSQL, rows another server is claiming are skipped, not waited for.
    public func claimMail(limit: Int, lease: TimeInterval, now: Date = Date()) async throws -> [QueuedMail] {
        try await database.write { sql in
            let at = Timestamp.from(now)
            // Messages whose link has expired go unsent; those given up go after 30 days.
            try await sql.raw(
                "DELETE FROM outbox WHERE expires_at <= \(bind: at) OR failed_at < \(bind: at - 30 * 86_400_000)"
            ).run()
            return try await sql.raw(
                """
                UPDATE outbox SET claimed_until = \(bind: Timestamp.from(now.addingTimeInterval(lease))), attempts = attempts + 1
                 WHERE id IN (
                    SELECT id FROM outbox
                     WHERE failed_at IS NULL AND next_attempt_at <= \(bind: at)
                       AND (claimed_until IS NULL OR claimed_until < \(bind: at))
                     ORDER BY next_attempt_at, id LIMIT \(bind: limit)\(unsafeRaw: dialect.lockForConsumer))
                RETURNING id, recipient, subject, body, html, headers, attempts, invitation_id
                """
            ).all().map { row in
                QueuedMail(
                    id: try row.string("id"),
                    mail: OutgoingMail(
                        to: try row.string("recipient"), subject: try row.string("subject"), body: try row.string("body"),
                        html: try row.optionalString("html"),
                        headers: try row.optionalString("headers").map { try JSONColumn.decode([String: String].self, from: $0) }
                            ?? [:]),
                    attempts: try row.int("attempts"), invitationID: try row.optionalString("invitation_id"))
            }
        }
    }

    /// A message was handed to the mail system: it leaves the outbox (with the link it carried).
    public func markMailSent(_ id: String) async throws {
        try await database.write { sql in try await sql.raw("DELETE FROM outbox WHERE id = \(bind: id)").run() }
    }

    /// Sending failed: tried again at `retryAt`, or given up (kept 30 days with the error, without
    /// its body). A retry after the message's link expires is not made: the message is deleted.
    public func markMailFailed(_ id: String, error: String, retryAt: Date?) async throws {
        try await database.write { sql in
            if let retryAt {
                let at = Timestamp.from(retryAt)
                try await sql.raw(
                    "DELETE FROM outbox WHERE id = \(bind: id) AND expires_at IS NOT NULL AND expires_at <= \(bind: at)"
                ).run()
                try await sql.raw(
                    """
                    UPDATE outbox SET claimed_until = NULL, next_attempt_at = \(bind: at),
                           last_error = \(bind: String(error.prefix(1000))) WHERE id = \(bind: id)
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    UPDATE outbox SET claimed_until = NULL, failed_at = \(bind: Timestamp.now), body = '', html = NULL,
                           last_error = \(bind: String(error.prefix(1000))) WHERE id = \(bind: id)
                    """
                ).run()
            }
        }
    }

    /// Messages waiting to be sent, and those given up.
    public func outboxState() async throws -> (waiting: Int, failed: Int) {
        try await database.read { sql in
            let row = try await sql.raw(
                """
                SELECT COALESCE(SUM(CASE WHEN failed_at IS NULL THEN 1 ELSE 0 END), 0) AS waiting,
                       COALESCE(SUM(CASE WHEN failed_at IS NULL THEN 0 ELSE 1 END), 0) AS failed FROM outbox
                """
            ).first()
            return (
                try row.map { try $0.decode(column: "waiting", as: Int64.self) }.map(Int.init) ?? 0,
                try row.map { try $0.decode(column: "failed", as: Int64.self) }.map(Int.init) ?? 0
            )
        }
    }
}
