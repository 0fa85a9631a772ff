import CXMCore
import Foundation
import SQLKit

/// A delivery that is due, with what the sender needs to post it.
public struct DueWebhook: Sendable {
    public var delivery: WebhookDelivery
    public var url: String
    public var format: WebhookFormat
    public var secret: String
}

/// Webhook deliveries: queued in the transaction of their event, claimed by a dispatcher with a
/// lease, their tries logged, sent again by hand, purged after 30 days.
extension Store {
    /// Queues the events for every active subscription that wants them, in the caller's
    /// transaction: the event and the thing that made it are stored together. Sending is the
    /// dispatcher's, later; nothing here waits for a receiver.
    func queueWebhooks(_ sql: any SQLDatabase, _ events: [WebhookEvent], now: Date = Date()) async throws {
        guard !events.isEmpty else { return }
        try await queueWebhooks(sql, of: Set(events.map(\.type)), now: now) { events }
    }

    /// The same, building the events only when an active subscription wants one of `types`: the
    /// subscriptions are read once, and a workspace without webhooks pays that one read.
    func queueWebhooks(
        _ sql: any SQLDatabase, of types: Set<WebhookEventType>, now: Date, _ make: () async throws -> [WebhookEvent]
    ) async throws {
        let subscriptions = try await sql.raw(
            "SELECT id, events FROM webhook_subscriptions WHERE active = \(bind: true)"
        ).all().map { (id: try $0.string("id"), events: Set(try Self.eventTypes($0))) }
        guard subscriptions.contains(where: { !$0.events.isDisjoint(with: types) }) else { return }
        let events = try await make()
        let at = Timestamp.from(now)
        var rows: [SQLQueryString] = []
        for event in events {
            let wanting = subscriptions.filter { $0.events.contains(event.type) }
            guard !wanting.isEmpty else { continue }
            let json = try event.json()
            let customer = event.data.case?.customerID ?? event.data.response?.customerID
            for subscription in wanting {
                rows.append(
                    """
                    (\(bind: Identifier.make()), \(bind: subscription.id), \(bind: event.id), \(bind: event.type.rawValue),
                     \(bind: json), \(bind: customer), 'pending', 0, \(bind: at), \(bind: at))
                    """)
            }
        }
        for chunk in rows.chunked(maxRows: 500) {
            guard var values = chunk.first else { continue }
            for row in chunk.dropFirst() { values = values + ", " + row }
            try await sql.raw(
                """
                INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, event, customer_id, state,
                                                attempts, created_at, next_attempt_at)
                VALUES
                """ + " " + values
            ).run()
        }
    }

    /// Responses older than this when they arrive post no `response.created`.
    static let webhookResponseMaxAge: TimeInterval = 7 * 86_400

    /// Queues a test event for one subscription (active or not), to be sent within seconds.
    public func queueTestWebhook(_ id: String, now: Date = Date()) async throws -> WebhookDelivery {
        try await database.write { sql in
            guard try await sql.raw("SELECT id FROM webhook_subscriptions WHERE id = \(bind: id)").first() != nil else {
                throw StoreError.notFound(entity: "webhook", id: id)
            }
            let event = WebhookEvent.test(at: now)
            let delivery = WebhookDelivery(
                subscriptionID: id, eventType: .test, event: try event.json(), createdAt: Timestamp.date(Timestamp.from(now)),
                nextAttemptAt: Timestamp.date(Timestamp.from(now)))
            try await sql.raw(
                """
                INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, event, state, attempts,
                                                created_at, next_attempt_at)
                VALUES (\(bind: delivery.id), \(bind: id), \(bind: event.id), \(bind: event.type.rawValue),
                        \(bind: delivery.event), 'pending', 0, \(bind: Timestamp.from(now)), \(bind: Timestamp.from(now)))
                """
            ).run()
            return delivery
        }
    }

    /// Takes up to `limit` due deliveries for `lease` seconds, so that two servers never send one
    /// delivery at once; a sender that dies leaves its deliveries to be taken again when the lease ends.
    /// With `subscription`, only that subscription's deliveries.
    public func claimDueWebhooks(
        subscription: String? = nil, now: Date = Date(), limit: Int = 50, lease: TimeInterval = 120
    ) async throws -> [DueWebhook] {
        let at = Timestamp.from(now)
        return try await database.write { sql in
            let only: SQLQueryString = subscription.map { " AND d.subscription_id = \(bind: $0)" } ?? ""
            let ids = try await sql.raw(
                "SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE "
                    + Self.dueDeliverySQL(at) + only + " ORDER BY d.next_attempt_at, d.id LIMIT \(bind: limit)"
            ).all().map { try $0.string("id") }
            guard !ids.isEmpty else { return [] }
            let claimed = try await sql.raw(
                """
                UPDATE webhook_deliveries SET lease_until = \(bind: at + Int64(lease * 1000))
                 WHERE id IN (\(binds: ids)) AND state = 'pending' AND next_attempt_at <= \(bind: at)
                   AND (lease_until IS NULL OR lease_until <= \(bind: at)) RETURNING id
                """
            ).all().map { try $0.string("id") }
            guard !claimed.isEmpty else { return [] }
            return try await sql.raw(
                """
                SELECT d.*, s.url, s.format, s.secret FROM webhook_deliveries d
                  JOIN webhook_subscriptions s ON s.id = d.subscription_id
                 WHERE d.id IN (\(binds: claimed)) ORDER BY d.next_attempt_at, d.id
                """
            ).all().map { row in
                DueWebhook(
                    delivery: try Self.webhookDelivery(row), url: try row.string("url"),
                    format: WebhookFormat(rawValue: try row.string("format")) ?? .json, secret: try row.string("secret"))
            }
        }
    }

    /// The subscriptions with deliveries due at `now` and not being sent, those due longest first.
    public func subscriptionsWithDueWebhooks(now: Date = Date()) async throws -> [String] {
        try await database.read { sql in
            try await sql.raw(
                "SELECT d.subscription_id, MIN(d.next_attempt_at) AS first FROM webhook_deliveries d "
                    + "JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE "
                    + Self.dueDeliverySQL(Timestamp.from(now)) + " GROUP BY d.subscription_id ORDER BY first"
            ).all().map { try $0.string("subscription_id") }
        }
    }

    /// Deliveries (`d`, joined with their subscription `s`) waiting, due and not leased; a paused
    /// subscription's wait, except a test.
    static func dueDeliverySQL(_ at: Int64) -> SQLQueryString {
        """
        d.state = 'pending' AND d.next_attempt_at <= \(bind: at) AND (d.lease_until IS NULL OR d.lease_until <= \(bind: at))
        AND (s.active = \(bind: true) OR d.event_type = 'webhook.test')
        """
    }

    /// Logs a try and moves the delivery on: delivered, due again after the back-off, or failed
    /// after the last try (or at once when the receiver says the address is gone).
    @discardableResult
    public func recordWebhookAttempt(
        _ attempt: WebhookAttempt, retryAfter: TimeInterval? = nil
    ) async throws -> WebhookDelivery.State {
        try await recordWebhookAttempts([(attempt, retryAfter)])[0]
    }

    /// Logs a batch of tries in one transaction (one commit, not one per delivery) and hands the
    /// `deferred` deliveries back untried and uncounted, each due again at its time: the
    /// dispatcher's whole round.
    @discardableResult
    public func recordWebhookAttempts(
        _ tries: [(attempt: WebhookAttempt, retryAfter: TimeInterval?)], deferred: [(id: String, until: Date)] = []
    ) async throws -> [WebhookDelivery.State] {
        try await database.write { sql in
            let states = try await Self.record(sql, tries)
            for (until, group) in Dictionary(grouping: deferred, by: \.until) {
                for chunk in group.map(\.id).chunked(maxRows: 1_000) {
                    try await sql.raw(
                        """
                        UPDATE webhook_deliveries SET lease_until = NULL, next_attempt_at = \(bind: Timestamp.from(until))
                         WHERE id IN (\(binds: Array(chunk))) AND state = 'pending'
                        """
                    ).run()
                }
            }
            return states
        }
    }

    /// The tries of a round in a few statements whatever their number (the server's one writer is
    /// shared with the requests): one to count them, one to log them, one per kind of outcome.
    static func record(
        _ sql: any SQLDatabase, _ tries: [(attempt: WebhookAttempt, retryAfter: TimeInterval?)]
    ) async throws -> [WebhookDelivery.State] {
        // Counted only while the delivery waits: a try that lost its lease to another server, or
        // one for a delivery sent meanwhile, changes nothing.
        var counted: [String: Int] = [:]
        for chunk in tries.map(\.attempt.deliveryID).chunked(maxRows: 1_000) {
            for row in try await sql.raw(
                """
                UPDATE webhook_deliveries SET attempts = attempts + 1
                 WHERE id IN (\(binds: Array(chunk))) AND state = 'pending' RETURNING id, attempts
                """
            ).all() {
                counted[try row.string("id")] = try row.int("attempts")
            }
        }
        var current: [String: WebhookDelivery.State] = [:]
        let uncounted = tries.map(\.attempt.deliveryID).filter { counted[$0] == nil }
        for chunk in uncounted.chunked(maxRows: 1_000) {
            for row in try await sql.raw(
                "SELECT id, state FROM webhook_deliveries WHERE id IN (\(binds: Array(chunk)))"
            ).all() {
                current[try row.string("id")] = WebhookDelivery.State(rawValue: try row.string("state"))
            }
        }
        struct Outcome: Hashable {
            var state: WebhookDelivery.State
            var at: Int64
            var status: Int?
            var error: String?
            var next: Int64?
        }
        var states: [WebhookDelivery.State] = []
        var logged: [SQLQueryString] = []
        var outcomes: [Outcome: [String]] = [:]
        for (attempt, retryAfter) in tries {
            guard let attempts = counted[attempt.deliveryID] else {
                states.append(current[attempt.deliveryID] ?? .failed)
                continue
            }
            let at = Timestamp.from(attempt.at)
            let error = attempt.error.map { String($0.prefix(500)) }
            logged.append(
                """
                (\(bind: attempt.deliveryID), \(bind: attempts), \(bind: at), \(bind: attempt.status), \(bind: error),
                 \(bind: attempt.milliseconds), \(bind: attempt.responseExcerpt.map { String($0.prefix(500)) }))
                """)
            let state: WebhookDelivery.State
            var next: Date?
            if attempt.succeeded {
                state = .delivered
            } else if let status = attempt.status, WebhookRetry.isPermanent(status: status) {
                state = .failed
            } else if let due = WebhookRetry.nextAttempt(after: attempts, failedAt: attempt.at, retryAfter: retryAfter) {
                (state, next) = (.pending, due)
            } else {
                state = .failed
            }
            states.append(state)
            outcomes[
                Outcome(state: state, at: at, status: attempt.status, error: error, next: next.map(Timestamp.from)),
                default: []
            ].append(attempt.deliveryID)
        }
        for chunk in logged.chunked(maxRows: 500) {
            guard var values = chunk.first else { continue }
            for row in chunk.dropFirst() { values = values + ", " + row }
            try await sql.raw(
                "INSERT INTO webhook_attempts (delivery_id, number, at, status, error, milliseconds, response_excerpt) VALUES "
                    + values
            ).run()
        }
        for (outcome, ids) in outcomes {
            for chunk in ids.chunked(maxRows: 1_000) {
                try await sql.raw(
                    """
                    UPDATE webhook_deliveries SET state = \(bind: outcome.state.rawValue),
                           last_attempt_at = \(bind: outcome.at), last_status = \(bind: outcome.status),
                           last_error = \(bind: outcome.error), next_attempt_at = \(bind: outcome.next), lease_until = NULL,
                           delivered_at = \(bind: outcome.state == .delivered ? outcome.at : nil)
                     WHERE id IN (\(binds: Array(chunk)))
                    """
                ).run()
            }
        }
        return states
    }

    /// Sends a failed (or waiting) delivery again now: one more try, with the body it had. One being
    /// sent keeps its lease: it is tried again once that try is over, not twice at once.
    @discardableResult
    public func retryWebhookDelivery(_ id: String, now: Date = Date()) async throws -> WebhookDelivery {
        try await database.write { sql in
            let updated = try await sql.raw(
                """
                UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = \(bind: Timestamp.from(now))
                 WHERE id = \(bind: id) AND state <> 'delivered' RETURNING *
                """
            ).first()
            if let updated { return try Self.webhookDelivery(updated) }
            guard try await sql.raw("SELECT id FROM webhook_deliveries WHERE id = \(bind: id)").first() != nil else {
                throw StoreError.notFound(entity: "webhook delivery", id: id)
            }
            throw StoreError.conflict("the delivery '\(id)' was delivered; there is nothing to send again")
        }
    }

    /// One page of a subscription's deliveries, newest first.
    public func webhookDeliveries(
        subscription id: String, state: WebhookDelivery.State? = nil, page: PageRequest
    ) async throws -> Page<WebhookDelivery> {
        try await database.read { sql in
            var condition: SQLQueryString = " WHERE subscription_id = \(bind: id)"
            if let state { condition = condition + " AND state = \(bind: state.rawValue)" }
            let total = try await count(sql, "SELECT COUNT(*) AS n FROM webhook_deliveries" + condition)
            let rows = try await sql.raw(
                "SELECT * FROM webhook_deliveries" + condition
                    + " ORDER BY created_at DESC, id DESC LIMIT \(bind: page.limit) OFFSET \(bind: page.offset)"
            ).all()
            return Page(items: try rows.map(Self.webhookDelivery), total: total, offset: page.offset, limit: page.limit)
        }
    }

    public func webhookDelivery(_ id: String) async throws -> WebhookDelivery {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM webhook_deliveries WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "webhook delivery", id: id)
            }
            return try Self.webhookDelivery(row)
        }
    }

    /// A delivery's tries, first first.
    public func webhookAttempts(delivery id: String) async throws -> [WebhookAttempt] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM webhook_attempts WHERE delivery_id = \(bind: id) ORDER BY number").all().map {
                WebhookAttempt(
                    deliveryID: try $0.string("delivery_id"), number: try $0.int("number"), at: try $0.date("at"),
                    status: try $0.decode(column: "status", as: Int?.self), error: try $0.optionalString("error"),
                    milliseconds: try $0.int("milliseconds"), responseExcerpt: try $0.optionalString("response_excerpt"))
            }
        }
    }

    /// Forgets deliveries (and their tries) queued before `before`; returns how many. Retries end
    /// within two days, so what still waits then belongs to a paused subscription: it goes too.
    @discardableResult
    public func purgeWebhookDeliveries(before: Date) async throws -> Int {
        try await database.write { sql in
            let ids = try await sql.raw(
                "SELECT id FROM webhook_deliveries WHERE created_at < \(bind: Timestamp.from(before))"
            ).all().map { try $0.string("id") }
            for chunk in ids.chunked(maxRows: 1_000) {
                try await sql.raw("DELETE FROM webhook_attempts WHERE delivery_id IN (\(binds: Array(chunk)))").run()
                try await sql.raw("DELETE FROM webhook_deliveries WHERE id IN (\(binds: Array(chunk)))").run()
            }
            return ids.count
        }
    }

    static func webhookDelivery(_ row: any SQLRow) throws -> WebhookDelivery {
        WebhookDelivery(
            id: try row.string("id"), subscriptionID: try row.string("subscription_id"),
            eventType: WebhookEventType(rawValue: try row.string("event_type")) ?? .test, event: try row.string("event"),
            state: WebhookDelivery.State(rawValue: try row.string("state")) ?? .pending, attempts: try row.int("attempts"),
            createdAt: try row.date("created_at"), nextAttemptAt: try row.optionalDate("next_attempt_at"),
            lastAttemptAt: try row.optionalDate("last_attempt_at"),
            lastStatus: try row.decode(column: "last_status", as: Int?.self), lastError: try row.optionalString("last_error"),
            deliveredAt: try row.optionalDate("delivered_at"))
    }
}
