import CXMCore
import Foundation
import SQLKit

/// How a subscription's deliveries are going: what waits, what failed lately, the last success.
public struct WebhookHealth: Sendable, Hashable {
    public var pending = 0
    public var failed = 0
    public var lastDeliveredAt: Date?
}

extension Store {
    /// Every subscription, by name.
    public func webhookSubscriptions() async throws -> [WebhookSubscription] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM webhook_subscriptions ORDER BY name, id").all().map(Self.webhookSubscription)
        }
    }

    public func webhookSubscription(_ id: String) async throws -> WebhookSubscription {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM webhook_subscriptions WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "webhook", id: id)
            }
            return try Self.webhookSubscription(row)
        }
    }

    /// Adds a subscription with a new signing secret, returned once: cxm shows it again to nobody.
    public func createWebhookSubscription(
        _ subscription: WebhookSubscription, by actor: AuditActor, now: Date = Date()
    ) async throws -> (subscription: WebhookSubscription, secret: String) {
        var valid: WebhookSubscription
        do { valid = try subscription.validated() } catch { throw StoreError.invalid(error) }
        let secret = WebhookSecret.make()
        valid.secretHint = WebhookSecret.hint(of: secret)
        valid.createdAt = Timestamp.date(Timestamp.from(now))
        try await database.write { [valid] sql in
            try await sql.raw(
                """
                INSERT INTO webhook_subscriptions (id, name, url, format, events, secret, active, created_at, updated_at)
                VALUES (\(bind: valid.id), \(bind: valid.name), \(bind: valid.url), \(bind: valid.format.rawValue),
                        \(bind: try JSONColumn.encode(valid.events)), \(bind: secret), \(bind: valid.active),
                        \(bind: Timestamp.from(now)), \(bind: Timestamp.from(now)))
                """
            ).run()
            try await audit(
                sql, actor, "create", "webhook", valid.id, "webhook \(valid.name) → \(WebhookSubscription.origin(of: valid.url))")
        }
        return (valid, secret)
    }

    /// Saves a subscription's name, address, format, events and whether it is active.
    @discardableResult
    public func updateWebhookSubscription(
        _ subscription: WebhookSubscription, by actor: AuditActor, now: Date = Date()
    ) async throws -> WebhookSubscription {
        let valid: WebhookSubscription
        do { valid = try subscription.validated() } catch { throw StoreError.invalid(error) }
        try await database.write { sql in
            let updated = try await sql.raw(
                """
                UPDATE webhook_subscriptions SET name = \(bind: valid.name), url = \(bind: valid.url),
                       format = \(bind: valid.format.rawValue), events = \(bind: try JSONColumn.encode(valid.events)),
                       active = \(bind: valid.active), updated_at = \(bind: Timestamp.from(now))
                 WHERE id = \(bind: valid.id) RETURNING id
                """
            ).first()
            guard updated != nil else { throw StoreError.notFound(entity: "webhook", id: valid.id) }
            try await audit(
                sql, actor, "update", "webhook", valid.id,
                "webhook \(valid.name) → \(WebhookSubscription.origin(of: valid.url))\(valid.active ? "" : " (paused)")")
        }
        return try await webhookSubscription(valid.id)
    }

    /// A new signing secret; the old one stops working at once.
    public func rotateWebhookSecret(_ id: String, by actor: AuditActor, now: Date = Date()) async throws -> String {
        let secret = WebhookSecret.make()
        try await database.write { sql in
            let updated = try await sql.raw(
                """
                UPDATE webhook_subscriptions SET secret = \(bind: secret), updated_at = \(bind: Timestamp.from(now))
                 WHERE id = \(bind: id) RETURNING id
                """
            ).first()
            guard updated != nil else { throw StoreError.notFound(entity: "webhook", id: id) }
            try await audit(sql, actor, "update", "webhook", id, "new signing secret")
        }
        return secret
    }

    /// Removes a subscription with its delivery log.
    public func deleteWebhookSubscription(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            let subscription = try await sql.raw("SELECT name FROM webhook_subscriptions WHERE id = \(bind: id)").first()
            guard let subscription else { throw StoreError.notFound(entity: "webhook", id: id) }
            try await sql.raw(
                "DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE subscription_id = \(bind: id))"
            ).run()
            try await sql.raw("DELETE FROM webhook_deliveries WHERE subscription_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM webhook_subscriptions WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "delete", "webhook", id, "webhook \(try subscription.string("name"))")
        }
    }

    /// Per subscription: deliveries waiting, deliveries failed in the last 30 days, the last success.
    public func webhookHealth(now: Date = Date()) async throws -> [String: WebhookHealth] {
        try await database.read { sql in
            var health: [String: WebhookHealth] = [:]
            for row in try await sql.raw(
                """
                SELECT subscription_id,
                       COUNT(CASE WHEN state = 'pending' THEN 1 END) AS pending,
                       COUNT(CASE WHEN state = 'failed' AND created_at >= \(bind: Timestamp.from(now) - 30 * 86_400_000)
                                  THEN 1 END) AS failed,
                       MAX(delivered_at) AS last_delivered
                  FROM webhook_deliveries GROUP BY subscription_id
                """
            ).all() {
                health[try row.string("subscription_id")] = WebhookHealth(
                    pending: try row.int("pending"), failed: try row.int("failed"),
                    lastDeliveredAt: try row.optionalDate("last_delivered"))
            }
            return health
        }
    }

    static func webhookSubscription(_ row: any SQLRow) throws -> WebhookSubscription {
        WebhookSubscription(
            id: try row.string("id"), name: try row.string("name"), url: try row.string("url"),
            format: WebhookFormat(rawValue: try row.string("format")) ?? .json,
            events: try Self.eventTypes(row), active: try row.bool("active"),
            createdAt: try row.date("created_at"), secretHint: WebhookSecret.hint(of: try row.string("secret")))
    }

    /// A subscription's events; a name this version does not know (written by a newer one) is
    /// skipped, so that it never fails the changes that queue events.
    static func eventTypes(_ row: any SQLRow) throws -> [WebhookEventType] {
        try row.json("events", as: [String].self).compactMap(WebhookEventType.init(rawValue:))
    }

}
