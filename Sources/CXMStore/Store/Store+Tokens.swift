import CXMCore
import Foundation
import SQLKit

extension Store {
    public func apiTokens() async throws -> [APIToken] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM api_tokens ORDER BY created_at DESC").all().map(Self.token)
        }
    }

    /// Stores a new token by the hash of its secret.
    public func createAPIToken(_ token: APIToken, secretHash: String, by actor: AuditActor) async throws {
        var check = Validator()
        let name = check.name(token.name, field: "name", maxLength: 100)
        if token.role.scopeRule != .everything, token.unitID == nil {
            check.add("unitID", "is required for a token with the role \(token.role.rawValue)")
        }
        do { try check.finish() } catch { throw StoreError.invalid(error) }
        try await database.write { sql in
            if let unit = token.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            try await sql.raw(
                """
                INSERT INTO api_tokens (id, name, token_hash, role, unit_id, created_at, created_by, last_used_at, revoked)
                VALUES (\(bind: token.id), \(bind: name), \(bind: secretHash), \(bind: token.role.rawValue),
                    \(bind: token.unitID), \(bind: Timestamp.from(token.createdAt)), \(bind: token.createdBy), NULL, \(bind: false))
                """
            ).run()
            try await audit(sql, actor, "create", "api_token", token.id, "\(name) as \(token.role.rawValue)")
        }
    }

    /// The live token with this secret hash; marks it used at most once a minute.
    public func apiToken(secretHash: String, now: Date = Date()) async throws -> APIToken? {
        let token = try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM api_tokens WHERE token_hash = \(bind: secretHash) AND revoked = \(bind: false)"
            ).first().map(Self.token)
        }
        if let token, (token.lastUsedAt.map { now.timeIntervalSince($0) > 60 } ?? true) {
            try await database.write { sql in
                try await sql.raw(
                    "UPDATE api_tokens SET last_used_at = \(bind: Timestamp.from(now)) WHERE id = \(bind: token.id)"
                ).run()
            }
        }
        return token
    }

    public func revokeAPIToken(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await requireRow(sql, "api_tokens", id, "API token")
            try await sql.raw("UPDATE api_tokens SET revoked = \(bind: true) WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "revoke", "api_token", id, "")
        }
    }

    static func token(_ row: any SQLRow) throws -> APIToken {
        APIToken(
            id: try row.string("id"), name: try row.string("name"), role: Role(rawValue: try row.string("role")) ?? .viewer,
            unitID: try row.optionalString("unit_id"), createdAt: try row.date("created_at"),
            createdBy: try row.string("created_by"), lastUsedAt: try row.optionalDate("last_used_at"),
            revoked: try row.bool("revoked"))
    }
}
