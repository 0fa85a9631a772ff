import CXMCore
import Foundation
import SQLKit

/// What became of a batch of behavioural events.
public struct EventIngestion: Sendable, Hashable {
    public var stored: Int
    /// Positions (in the batch given) of events whose `messageId` was stored before or came twice.
    public var duplicates: [Int]
    /// Signed-in users the batch named that no customer holds (their events are kept, unlinked).
    public var unlinkedUsers: Int
    /// Anonymous devices found to be a signed-in user, whose earlier events now count as that user's.
    public var aliased: Int
}

extension Store {
    /// What incoming events are checked against: the channel keys and the workspace's start.
    public func eventCatalog() async throws -> (channelKeys: Set<String>, began: Date) {
        try await database.read { sql in
            (
                Set(try await sql.raw("SELECT key FROM channels").all().map { try $0.string("key") }),
                try await self.workspaceBegan(sql)
            )
        }
    }

    /// Stores checked events in one transaction. Names and visitors are coded as integers; a signed-in
    /// user is linked to the customer holding the user id in the system the source maps `userId` to;
    /// an event naming both a user and an anonymous device makes the device that user, earlier events
    /// included. Events whose `messageId` was seen before are left out and reported.
    public func ingestEvents(_ submitted: [BehaviourEvent], from source: SignalSource) async throws -> EventIngestion {
        guard !submitted.isEmpty else { return EventIngestion(stored: 0, duplicates: [], unlinkedUsers: 0, aliased: 0) }
        let zone = try await database.read { try await self.workspaceTimeZone($0) }
        // Batches wait for each other's transactions, so all that can be worked out before one is.
        let batch = EventBatch(submitted, source: source, phoneCountry: PhoneCountry(timeZone: zone))
        return try await database.write { sql in
            if let lock = self.dialect.signalSourceLock(source.id) { try await sql.raw(lock).run() }
            let duplicates = try await self.repeatedMessages(sql, batch)
            let kept = batch.events.indices.filter { !duplicates.contains($0) }
            let events = duplicates.isEmpty ? batch.events : kept.map { batch.events[$0] }
            let nameIDs = try await self.eventNameIDs(sql, Set(events.map(\.name)))
            var actors = try await EventActors.load(
                sql, source: source, firstSeen: duplicates.isEmpty ? batch.firstSeen : EventBatch.firstSeen(events),
                identifiers: batch.userIdentifiers, store: self)
            let aliased = try await actors.alias(sql, events: events)
            // One JSON document per 5,000 rows, as responses are stored: a VALUES list of that many rows costs
            // SQLite more to parse than to store.
            let columns = Self.eventColumns.map(\.name).joined(separator: ", ")
            for chunk in kept.chunked(maxRows: 5_000) {
                var rows = JSONRows(reservingBytes: chunk.count * 160)
                for position in chunk {
                    let event = batch.events[position]
                    rows.startRow()
                    rows.integer(actors.actor(of: event))
                    rows.integer(nameIDs[event.name]!)
                    rows.append(batch.tails, row: position)
                    rows.endRow()
                }
                try await sql.raw(
                    "INSERT INTO behaviour_events (\(unsafeRaw: columns)) "
                        + rows.select(Self.eventColumns, dialect: self.dialect)
                ).run()
            }
            return EventIngestion(
                stored: kept.count, duplicates: duplicates.sorted(), unlinkedUsers: actors.unlinkedUsers, aliased: aliased)
        }
    }

    /// Positions of events whose message id the source sent before with the same time, or sent earlier in
    /// the batch. A resent event carries the time it was first stamped with (analytics libraries stamp the
    /// time and the message id when the event happens), so the seek is along `(at, message_key)`, which
    /// new events enter near its end.
    private func repeatedMessages(_ sql: any SQLDatabase, _ batch: EventBatch) async throws -> Set<Int> {
        var stored = Set<EventBatch.Sent>()
        // One exact seek per event, driven from the pairs sent as JSON documents.
        for pairs in batch.sentDocuments {
            let rows = try await sql.raw(
                "SELECT b.at, b.message_id FROM " + dialect.jsonArrayRows(pairs)
                    + """
                     JOIN behaviour_events b ON b.at = \(unsafeRaw: dialect.jsonInteger(element: 0))
                     AND b.message_key = \(unsafeRaw: dialect.jsonInteger(element: 1))
                    WHERE b.message_key IS NOT NULL AND b.source_id = \(bind: batch.source)
                    """
            ).all()
            for row in rows {
                stored.insert(
                    EventBatch.Sent(at: try row.decode(column: "at", as: Int64.self), message: try row.string("message_id")))
            }
        }
        var seen = Set<EventBatch.Sent>()
        var repeated = Set<Int>()
        for (index, item) in batch.sent.enumerated() {
            guard let item else { continue }
            if stored.contains(item) || !seen.insert(item).inserted { repeated.insert(index) }
        }
        return repeated
    }

    /// The columns of a stored event, in the order `ingestEvents` writes them.
    static let eventColumns: [JSONRows.Column] = [
        ("actor_id", true), ("name_id", true), ("at", true), ("channel", false), ("session_id", false),
        ("source_id", false), ("message_id", false), ("message_key", true),
    ].map { JSONRows.Column(name: $0.0, integer: $0.1) }

    /// The integer code of each name, coding new names.
    func eventNameIDs(_ sql: any SQLDatabase, _ names: Set<String>) async throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        func load(_ names: [String]) async throws {
            for chunk in names.chunked(maxRows: 1_000) {
                for row in try await sql.raw("SELECT id, name FROM event_names WHERE name IN (\(binds: Array(chunk)))").all() {
                    ids[try row.string("name")] = try row.decode(column: "id", as: Int64.self)
                }
            }
        }
        try await load(Array(names))
        let missing = names.filter { ids[$0] == nil }.sorted()
        guard !missing.isEmpty else { return ids }
        for chunk in missing.chunked(maxRows: 1_000) {
            let insert = sql.insert(into: "event_names").columns("name")
            for name in chunk { insert.values(SQLBind(name)) }
            try await insert.ignoringConflicts(with: "name").run()
        }
        try await load(missing)
        return ids
    }
}

/// The visitors of one batch: each user's and anonymous device's integer code, found or created, and
/// the customer each user is.
struct EventActors {
    struct Actor {
        var id: Int64
        /// Whether the visitor is linked to a customer.
        var linked: Bool
        var aliasOf: Int64?
    }

    let source: SignalSource
    var byKey: [String: Actor]
    var unlinkedUsers: Int

    static func userKey(_ id: String) -> String { "u:" + id }
    static func anonymousKey(_ id: String) -> String { "a:" + id }

    /// The visitors `firstSeen` names (by key, with the time of their first event in the batch), found or
    /// created; `identifiers` holds the customer identifier each user key is, where it is one.
    static func load(
        _ sql: any SQLDatabase, source: SignalSource, firstSeen: [String: Int64],
        identifiers allIdentifiers: [String: CustomerIdentifier], store: Store
    ) async throws -> EventActors {
        var actors = EventActors(
            source: source, byKey: try await read(sql, source: source.id, keys: Array(firstSeen.keys), dialect: store.dialect),
            unlinkedUsers: 0)
        // Users matched to customers: new ones, and known ones nobody held before.
        let users = firstSeen.keys.filter { $0.hasPrefix("u:") && actors.byKey[$0]?.linked != true }
        var identifiers: [String: CustomerIdentifier] = [:]
        for key in users { identifiers[key] = allIdentifiers[key] }
        let owners = try await store.owners(sql, of: Set(identifiers.values))
        let customerOf = identifiers.compactMapValues { owners[$0] }
        actors.unlinkedUsers = users.filter { customerOf[$0] == nil }.count
        for (key, customer) in customerOf where actors.byKey[key] != nil {
            try await sql.raw("UPDATE event_actors SET customer_id = \(bind: customer) WHERE id = \(bind: actors.byKey[key]!.id)")
                .run()
            actors.byKey[key]?.linked = true
        }
        let missing = firstSeen.keys.filter { actors.byKey[$0] == nil }.sorted()
        for chunk in missing.chunked(maxRows: 1_000) {
            let insert = sql.insert(into: "event_actors").columns("source_id", "actor_key", "customer_id", "first_at")
            for key in chunk {
                insert.values(SQLBind(source.id), SQLBind(key), SQLBind(customerOf[key]), SQLBind(firstSeen[key]!))
            }
            try await insert.run()
        }
        if !missing.isEmpty {
            for (key, actor) in try await read(sql, source: source.id, keys: missing, dialect: store.dialect) {
                actors.byKey[key] = actor
            }
        }
        return actors
    }

    /// The stored visitors among `keys`. A batch names thousands, so each chunk of keys goes to the database as
    /// one JSON document and the visitors found come back as one text of numbers (position in the chunk, id,
    /// the user a device became or 0, linked or not): reading them as rows cost three times as much.
    private static func read(
        _ sql: any SQLDatabase, source: String, keys: [String], dialect: Dialect
    ) async throws -> [String: Actor] {
        var actors: [String: Actor] = [:]
        for chunk in keys.chunked(maxRows: 5_000) {
            var document = JSONRows(reservingBytes: chunk.count * 24)
            for key in chunk {
                document.startRow()
                document.text(key)
                document.endRow()
            }
            let entry = [
                dialect.jsonPosition, "a.id", "COALESCE(a.alias_of, 0)", "CASE WHEN a.customer_id IS NULL THEN 0 ELSE 1 END",
            ]
            .map { "CAST(\($0) AS TEXT)" }.joined(separator: " || ',' || ")
            let row = try await sql.raw(
                "SELECT \(unsafeRaw: dialect.textAggregate(entry, separator: " ")) AS found FROM "
                    + dialect.jsonArrayRows(withPositions: document.json)
                        + """
                         \(unsafeRaw: dialect.joinInOrder) event_actors a ON a.source_id = \(bind: source)
                         AND a.actor_key = \(unsafeRaw: dialect.jsonText(element: 0))
                        """
            ).first()
            guard let found = try row?.optionalString("found") else { continue }
            guard let numbers = IntegerList.parse(found, separators: [UInt8(ascii: ","), UInt8(ascii: " ")]),
                numbers.count % 4 == 0
            else { throw StoreError.schema("the visitors read back as '\(found.prefix(80))'") }
            for index in stride(from: 0, to: numbers.count, by: 4) {
                let position = numbers[index]
                guard (0..<chunk.count).contains(position) else {
                    throw StoreError.schema("a visitor read back at \(position) of \(chunk.count)")
                }
                actors[chunk[chunk.startIndex + position]] = Actor(
                    id: Int64(numbers[index + 1]), linked: numbers[index + 3] != 0,
                    aliasOf: numbers[index + 2] == 0 ? nil : Int64(numbers[index + 2]))
            }
        }
        return actors
    }

    /// Makes each anonymous device that signed in as a user that user: its events move to the user,
    /// and its later anonymous events count as the user's. A device keeps the first user it became.
    mutating func alias(_ sql: any SQLDatabase, events: [BehaviourEvent]) async throws -> Int {
        var becomes: [(device: Int64, user: Int64)] = []
        // In time order, so that a device becomes the first user it signed in as.
        for event in events.sorted(by: { $0.at < $1.at }) {
            guard let user = event.userID.flatMap({ byKey[Self.userKey($0)] }),
                let anonymousKey = event.anonymousID.map(Self.anonymousKey), let device = byKey[anonymousKey],
                device.aliasOf == nil, device.id != user.id
            else { continue }
            byKey[anonymousKey]?.aliasOf = user.id
            becomes.append((device.id, user.id))
        }
        // A few statements for the batch's devices, not two each.
        for chunk in becomes.chunked(maxRows: 1_000) {
            let cases = chunk.map { "WHEN \(bind: $0.device) THEN \(bind: $0.user)" as SQLQueryString }.joined(separator: " ")
            let devices = chunk.map(\.device)
            try await sql.raw(
                "UPDATE behaviour_events SET actor_id = CASE actor_id " + cases + " END WHERE "
                    + VisitorEvents.of("\(binds: devices)")
            ).run()
            try await sql.raw("UPDATE event_actors SET alias_of = CASE id " + cases + " END WHERE id IN (\(binds: devices))")
                .run()
        }
        return becomes.count
    }

    /// The visitor an event counts for: its user, else the user its device became, else the device.
    func actor(of event: BehaviourEvent) -> Int64 {
        if let user = event.userID, let actor = byKey[Self.userKey(user)] { return actor.id }
        let device = byKey[Self.anonymousKey(event.anonymousID ?? "")]!
        return device.aliasOf ?? device.id
    }
}

/// A batch of events with what its transaction needs that can be worked out before it: user ids written as
/// identifiers, message keys, the de-duplication seeks, each visitor's first time and the stored rows' values
/// after the visitor and the name.
struct EventBatch: Sendable {
    /// What makes an event a resend: its time and message id.
    struct Sent: Hashable, Sendable {
        var at: Int64
        var message: String
    }

    let source: String
    let events: [BehaviourEvent]
    /// Each event's time and message id, if it has one.
    let sent: [Sent?]
    /// The distinct (time, message key) pairs, 5,000 to a JSON document.
    let sentDocuments: [String]
    let firstSeen: [String: Int64]
    /// The customer identifier each user key is, in the system the source maps `userId` to.
    let userIdentifiers: [String: CustomerIdentifier]
    /// Each event's values from `at` on, in `Store.eventColumns` order.
    let tails: JSONRows.Tails

    init(_ submitted: [BehaviourEvent], source: SignalSource, phoneCountry: PhoneCountry?) {
        self.source = source.id
        // User ids written as the identifier system writes them (an e-mail in lower case, a phone number in
        // E.164), so that one person is one visitor and is found again by their identifiers.
        let system = source.system(forField: "userId")
        var identifiers: [String: CustomerIdentifier] = [:]
        var written: [String: String] = [:]
        events = submitted.map { event in
            guard let user = event.userID, let system else { return event }
            var event = event
            if let value = written[user] {
                event.userID = value
                return event
            }
            let identifier = try? CustomerIdentifier(system: system, value: user).validated(phoneCountry: phoneCountry)
            let value = identifier?.value ?? user
            written[user] = value
            if let identifier { identifiers[EventActors.userKey(value)] = identifier }
            event.userID = value
            return event
        }
        userIdentifiers = identifiers
        var tails = JSONRows.Tails(fields: Store.eventColumns.count - 2, reservingBytes: events.count * 140)
        var sent: [Sent?] = []
        sent.reserveCapacity(events.count)
        var keys: [Sent: Int64] = [:]
        for event in events {
            let at = Timestamp.from(event.at)
            let key = event.messageID.map { EventMessageKey.of(source: source.id, message: $0) }
            let item = event.messageID.map { Sent(at: at, message: $0) }
            sent.append(item)
            if let item, let key { keys[item] = key }
            tails.integer(at)
            for text in [event.channel, event.sessionID, source.id, event.messageID] { tails.text(text) }
            tails.integer(key)
            tails.endRow()
        }
        self.sent = sent
        self.tails = tails
        sentDocuments = Array(keys).chunked(maxRows: 5_000).map { chunk in
            var pairs = JSONRows(reservingBytes: chunk.count * 40)
            for (item, key) in chunk {
                pairs.startRow()
                pairs.integer(item.at)
                pairs.integer(key)
                pairs.endRow()
            }
            return pairs.json
        }
        firstSeen = Self.firstSeen(events)
    }

    /// The time of each visitor's (user's and device's) first event among these, by key.
    static func firstSeen(_ events: [BehaviourEvent]) -> [String: Int64] {
        var firstSeen: [String: Int64] = [:]
        for event in events {
            let at = Timestamp.from(event.at)
            for key in [event.userID.map(EventActors.userKey), event.anonymousID.map(EventActors.anonymousKey)] {
                guard let key else { continue }
                firstSeen[key] = min(firstSeen[key] ?? at, at)
            }
        }
        return firstSeen
    }
}
