import CXMCore
import Foundation
import SQLKit

/// A source as an administrator sees it: the key its webhook must sign with is shown only when it is
/// created or replaced.
public struct SignalSourceSecret: Sendable, Hashable {
    public var source: SignalSource
    public var webhookSecret: String
}

extension Store {
    /// Every signal source, by name.
    public func signalSources() async throws -> [SignalSource] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM signal_sources ORDER BY name, id").all().map(Self.signalSource)
        }
    }

    public func signalSource(_ id: String) async throws -> SignalSource {
        try await database.read { sql in try await self.signalSource(sql, id) }
    }

    func signalSource(_ sql: any SQLDatabase, _ id: String) async throws -> SignalSource {
        guard let row = try await sql.raw("SELECT * FROM signal_sources WHERE id = \(bind: id)").first() else {
            throw StoreError.notFound(entity: "signal source", id: id)
        }
        return try Self.signalSource(row)
    }

    /// The source and the secret its webhook deliveries are signed with.
    public func signalSourceForWebhook(_ id: String) async throws -> SignalSourceSecret {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM signal_sources WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "signal source", id: id)
            }
            return SignalSourceSecret(source: try Self.signalSource(row), webhookSecret: try row.string("webhook_secret"))
        }
    }

    /// Creates a source with a new webhook secret; a source with the same key is a conflict.
    public func createSignalSource(_ source: SignalSource, by actor: AuditActor) async throws -> SignalSourceSecret {
        let valid: SignalSource
        do { valid = try source.validated() } catch { throw StoreError.invalid(error) }
        let secret = WebhookSecret.make()
        return try await database.write { sql in
            if try await sql.raw("SELECT 1 AS one FROM signal_sources WHERE id = \(bind: valid.id)").first() != nil {
                throw StoreError.conflict("a signal source with id '\(valid.id)' exists; choose another id or edit it")
            }
            let now = Timestamp.now
            try await sql.raw(
                """
                INSERT INTO signal_sources (id, name, kinds, identifier_map, unknown_customers, webhook_secret, created_at, updated_at)
                VALUES (\(bind: valid.id), \(bind: valid.name), \(bind: try JSONColumn.encode(valid.kinds)),
                        \(bind: try JSONColumn.encode(valid.identifierMap)), \(bind: valid.unknownCustomers.rawValue),
                        \(bind: secret), \(bind: now), \(bind: now))
                """
            ).run()
            try await audit(sql, actor, "create", "signal_source", valid.id, "created signal source \(valid.name)")
            return SignalSourceSecret(source: valid, webhookSecret: secret)
        }
    }

    /// Changes a source's name, kinds, identifier map or policy; its key and secret stay.
    public func updateSignalSource(_ source: SignalSource, by actor: AuditActor) async throws -> SignalSource {
        let valid: SignalSource
        do { valid = try source.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            _ = try await self.signalSource(sql, valid.id)
            try await sql.raw(
                """
                UPDATE signal_sources SET name = \(bind: valid.name), kinds = \(bind: try JSONColumn.encode(valid.kinds)),
                    identifier_map = \(bind: try JSONColumn.encode(valid.identifierMap)),
                    unknown_customers = \(bind: valid.unknownCustomers.rawValue), updated_at = \(bind: Timestamp.now)
                WHERE id = \(bind: valid.id)
                """
            ).run()
            try await audit(sql, actor, "update", "signal_source", valid.id, "changed signal source \(valid.name)")
            return valid
        }
    }

    /// Replaces a source's webhook secret; deliveries signed with the old one are refused from now on.
    public func replaceSignalSourceSecret(_ id: String, by actor: AuditActor) async throws -> SignalSourceSecret {
        let secret = WebhookSecret.make()
        return try await database.write { sql in
            let source = try await self.signalSource(sql, id)
            try await sql.raw(
                "UPDATE signal_sources SET webhook_secret = \(bind: secret), updated_at = \(bind: Timestamp.now) WHERE id = \(bind: id)"
            ).run()
            try await audit(sql, actor, "update", "signal_source", id, "replaced the webhook secret of \(source.name)")
            return SignalSourceSecret(source: source, webhookSecret: secret)
        }
    }

    /// The earliest time a signal may carry: the start an administrator set, else 1 January 2000 (which
    /// still catches the 1900 and 1970 dates of spreadsheets and unset clocks).
    func workspaceBegan(_ sql: any SQLDatabase) async throws -> Date {
        let set = try await sql.raw("SELECT began_at FROM workspace WHERE id = 'default'").first()?
            .decode(column: "began_at", as: Int64?.self)
        return set.map(Timestamp.date) ?? Self.earliestSignal
    }

    static let earliestSignal = Date(timeIntervalSince1970: 946_684_800)

    static func signalSource(_ row: any SQLRow) throws -> SignalSource {
        SignalSource(
            id: try row.string("id"), name: try row.string("name"), kinds: try row.json("kinds", as: [SignalKind].self),
            identifierMap: try row.json("identifier_map", as: [String: String].self),
            unknownCustomers: UnknownCustomerPolicy(rawValue: try row.string("unknown_customers")) ?? .reject)
    }
}
