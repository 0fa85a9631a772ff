import CXMCore
import SQLKit

extension Store {
    public func channels() async throws -> [Channel] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM channels ORDER BY name").all().map(Self.channel)
        }
    }

    public func channel(_ id: String) async throws -> Channel {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM channels WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "channel", id: id)
            }
            return try Self.channel(row)
        }
    }

    /// Creates or updates a channel; keys stay unique.
    @discardableResult
    public func saveChannel(_ channel: Channel, by actor: AuditActor) async throws -> Channel {
        let valid: Channel
        do { valid = try channel.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { sql in
            let clash = try await sql.raw(
                "SELECT id FROM channels WHERE key = \(bind: valid.key) AND id <> \(bind: valid.id)"
            ).first()
            if clash != nil { throw StoreError.invalid("key", "the key '\(valid.key)' is used by another channel") }
            let exists = try await sql.raw("SELECT 1 AS one FROM channels WHERE id = \(bind: valid.id)").first() != nil
            if exists {
                try await sql.raw(
                    """
                    UPDATE channels SET key = \(bind: valid.key), name = \(bind: valid.name), kind = \(bind: valid.kind)
                    WHERE id = \(bind: valid.id)
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    INSERT INTO channels (id, key, name, kind)
                    VALUES (\(bind: valid.id), \(bind: valid.key), \(bind: valid.name), \(bind: valid.kind))
                    """
                ).run()
            }
            try await audit(sql, actor, exists ? "update" : "create", "channel", valid.id, valid.name)
            return valid
        }
    }

    /// Deletes a channel no touchpoint or response uses.
    public func deleteChannel(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            guard try await sql.raw("SELECT 1 AS one FROM channels WHERE id = \(bind: id)").first() != nil else {
                throw StoreError.notFound(entity: "channel", id: id)
            }
            for table in ["touchpoints", "responses"] {
                let n = try await count(sql, "SELECT COUNT(*) AS n FROM \(ident: table) WHERE channel_id = \(bind: id)")
                if n > 0 { throw StoreError.conflict("channel '\(id)' is still used by \(n) \(table)") }
            }
            try await sql.raw("DELETE FROM channels WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "delete", "channel", id, "")
        }
    }

    static func channel(_ row: any SQLRow) throws -> Channel {
        Channel(id: try row.string("id"), key: try row.string("key"), name: try row.string("name"), kind: try row.string("kind"))
    }
}
