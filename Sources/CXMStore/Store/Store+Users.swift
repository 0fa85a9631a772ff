import CXMCore
import Foundation
import SQLKit

/// A stored web session, found by the hash of its cookie token.
public struct SessionRecord: Sendable, Hashable {
    public var user: User
    public var csrfToken: String
    public var expiresAt: Date
}

extension Store {
    public func users() async throws -> [User] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM users ORDER BY email").all().map(Self.user)
        }
    }

    public func user(_ id: String) async throws -> User {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM users WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "user", id: id)
            }
            return try Self.user(row)
        }
    }

    /// Whether any user exists (a new installation has none).
    public func userCount() async throws -> Int {
        try await database.read { sql in try await count(sql, "SELECT COUNT(*) AS n FROM users") }
    }

    /// Creates a user with an already hashed password.
    @discardableResult
    public func createUser(_ user: User, passwordHash: String, by actor: AuditActor) async throws -> User {
        let valid: User
        do { valid = try user.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            if let unit = valid.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            if try await sql.raw("SELECT 1 AS one FROM users WHERE email = \(bind: valid.email)").first() != nil {
                throw StoreError.invalid(
                    ValidationFailure([
                        FieldError("email", "a user with the email \(valid.email) exists already", code: .alreadyInUse)
                    ]))
            }
            try await sql.raw(
                """
                INSERT INTO users (id, email, display_name, password_hash, role, unit_id, language, created_at,
                    last_login_at, disabled)
                VALUES (\(bind: valid.id), \(bind: valid.email), \(bind: valid.displayName), \(bind: passwordHash),
                    \(bind: valid.role.rawValue), \(bind: valid.unitID), \(bind: valid.language?.rawValue),
                    \(bind: Timestamp.from(valid.createdAt)), NULL, \(bind: valid.disabled))
                """
            ).run()
            try await audit(sql, actor, "create", "user", valid.id, "\(valid.email) as \(valid.role.rawValue)")
            return valid
        }
    }

    /// Updates a user's role, unit, name, language or disabled flag (not the password).
    @discardableResult
    public func updateUser(_ user: User, by actor: AuditActor) async throws -> User {
        let valid: User
        do { valid = try user.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            try await requireRow(sql, "users", valid.id, "user")
            if let unit = valid.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            try await sql.raw(
                """
                UPDATE users SET display_name = \(bind: valid.displayName), role = \(bind: valid.role.rawValue),
                    unit_id = \(bind: valid.unitID), language = \(bind: valid.language?.rawValue),
                    disabled = \(bind: valid.disabled)
                WHERE id = \(bind: valid.id)
                """
            ).run()
            if valid.disabled { try await sql.raw("DELETE FROM sessions WHERE user_id = \(bind: valid.id)").run() }
            try await audit(sql, actor, "update", "user", valid.id, "\(valid.email) as \(valid.role.rawValue)")
            return valid
        }
    }

    /// Saves the interface language a user picked (not audited: a preference, not a change of data).
    public func setLanguage(_ language: Language, forUser id: String) async throws {
        try await database.write { sql in
            try await sql.raw("UPDATE users SET language = \(bind: language.rawValue) WHERE id = \(bind: id)").run()
        }
    }

    /// The user and password hash for an email, for signing in.
    public func credentials(email: String) async throws -> (user: User, passwordHash: String)? {
        let normalised = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM users WHERE email = \(bind: normalised)").first() else {
                return nil
            }
            return (try Self.user(row), try row.string("password_hash"))
        }
    }

    /// Starts a session after a successful sign-in and records the login. The session the browser
    /// presented before (`replacing`, a token hash) ends in the same transaction: every sign-in
    /// rotates the session, so a token known before sign-in is worth nothing after it.
    public func createSession(
        tokenHash: String, csrfToken: String, userID: String, expiresAt: Date, replacing previous: String? = nil
    ) async throws {
        try await database.write { sql in
            let now = Timestamp.now
            try await sql.raw("DELETE FROM sessions WHERE expires_at < \(bind: now)").run()
            if let previous { try await sql.raw("DELETE FROM sessions WHERE token_hash = \(bind: previous)").run() }
            try await sql.raw(
                """
                INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
                VALUES (\(bind: tokenHash), \(bind: userID), \(bind: csrfToken), \(bind: now), \(bind: Timestamp.from(expiresAt)))
                """
            ).run()
            try await sql.raw("UPDATE users SET last_login_at = \(bind: now) WHERE id = \(bind: userID)").run()
            let email = try await sql.raw("SELECT email FROM users WHERE id = \(bind: userID)").first()?.string("email") ?? ""
            try await audit(sql, AuditActor(id: userID, name: email), "login", "user", userID, "signed in")
        }
    }

    /// The live session for a token hash, if it exists, has not expired and its user is enabled.
    public func session(tokenHash: String, now: Date = Date()) async throws -> SessionRecord? {
        try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT s.csrf_token, s.expires_at AS session_expires, u.* FROM sessions s JOIN users u ON u.id = s.user_id
                    WHERE s.token_hash = \(bind: tokenHash) AND s.expires_at > \(bind: Timestamp.from(now)) AND u.disabled = \(bind: false)
                    """
                ).first()
            else { return nil }
            return SessionRecord(
                user: try Self.user(row), csrfToken: try row.string("csrf_token"),
                expiresAt: try row.date("session_expires"))
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await database.write { sql in
            try await sql.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
        }
    }

    static func user(_ row: any SQLRow) throws -> User {
        User(
            id: try row.string("id"), email: try row.string("email"), displayName: try row.string("display_name"),
            role: Role(rawValue: try row.string("role")) ?? .viewer, unitID: try row.optionalString("unit_id"),
            language: try row.optionalString("language").flatMap(Language.init(rawValue:)),
            createdAt: try row.date("created_at"), lastLoginAt: try row.optionalDate("last_login_at"),
            disabled: try row.bool("disabled"))
    }
}
