import SQLKit

/// De-duplicates behavioural events by their time and a 64-bit key of their source and message id
/// (`behaviour_events_message` on `(at, message_key)`) instead of by the message id's text. Message ids are
/// random (UUIDs), so the unique index on their text took every insert to a random page of a wide index,
/// which halved the rate events could be stored at; events arrive roughly in time order, so an index led
/// by the time takes them near its end. Events already stored get their key here.
struct KeyEventMessagesByTime: Migration {
    let name = "024_key_event_messages_by_time"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                "DROP INDEX behaviour_events_message",
                "ALTER TABLE behaviour_events ADD COLUMN message_key BIGINT",
            ], on: sql)
        var after: Int64 = 0
        while true {
            let rows = try await sql.raw(
                """
                SELECT id, source_id, message_id FROM behaviour_events
                WHERE message_id IS NOT NULL AND id > \(bind: after) ORDER BY id LIMIT 1000
                """
            ).all()
            guard !rows.isEmpty else { break }
            // One statement per page of rows: a CASE over their ids.
            var cases: [SQLQueryString] = []
            var ids: [Int64] = []
            for row in rows {
                let id = try row.decode(column: "id", as: Int64.self)
                let key = EventMessageKey.of(
                    source: try row.decode(column: "source_id", as: String.self),
                    message: try row.decode(column: "message_id", as: String.self))
                cases.append("WHEN \(bind: id) THEN \(bind: key)")
                ids.append(id)
            }
            try await sql.raw(
                "UPDATE behaviour_events SET message_key = CASE id " + cases.joined(separator: " ")
                    + " END WHERE id IN (\(binds: ids))"
            ).run()
            after = ids.last!
        }
        try await run(
            [
                """
                CREATE INDEX behaviour_events_message ON behaviour_events (at, message_key)
                WHERE message_key IS NOT NULL
                """
            ], on: sql)
    }
}

/// A behavioural event's message key: 64-bit FNV-1a of its source id, a NUL and its message id (UTF-8).
/// Stable across versions and machines (stored keys must stay comparable); two messages of one time
/// that share a key are told apart by their stored ids.
enum EventMessageKey {
    static func of(source: String, message: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for byte in source.utf8 { mix(byte) }
        mix(0)
        for byte in message.utf8 { mix(byte) }
        return Int64(bitPattern: hash)
    }
}
