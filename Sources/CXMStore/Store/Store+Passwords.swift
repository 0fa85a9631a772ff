import CXMCore
import SQLKit

extension Store {
    /// Replaces a user's password hash and ends all their sessions, so the old password and any stolen
    /// session stop working at once.
    public func setPasswordHash(userID: String, hash: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await requireRow(sql, "users", userID, "user")
            try await sql.raw("UPDATE users SET password_hash = \(bind: hash) WHERE id = \(bind: userID)").run()
            try await sql.raw("DELETE FROM sessions WHERE user_id = \(bind: userID)").run()
            let email = try await sql.raw("SELECT email FROM users WHERE id = \(bind: userID)").first()?.string("email") ?? ""
            try await audit(sql, actor, "reset_password", "user", userID, "password reset for \(email)")
        }
    }
}
