import SQLKit

/// Outgoing webhooks: `webhook_subscriptions` (where to post, in what shape, which events, and the
/// signing secret), `webhook_deliveries` (one event on its way to one subscription, queued in the
/// transaction that made the event, so that none is lost and none blocks the request) and
/// `webhook_attempts` (every try, the delivery log). A delivery names the customer its event is
/// about, so that erasing the customer takes the delivery too.
struct CreateWebhooks: Migration {
    let name = "016_create_webhooks"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE webhook_subscriptions (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, url TEXT NOT NULL, format TEXT NOT NULL,
                    events TEXT NOT NULL, secret TEXT NOT NULL, active BOOLEAN NOT NULL,
                    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE webhook_deliveries (
                    id TEXT PRIMARY KEY,
                    subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
                    event_id TEXT NOT NULL, event_type TEXT NOT NULL, event TEXT NOT NULL, customer_id TEXT,
                    state TEXT NOT NULL, attempts INTEGER NOT NULL, created_at BIGINT NOT NULL,
                    next_attempt_at BIGINT, lease_until BIGINT, last_attempt_at BIGINT, last_status INTEGER,
                    last_error TEXT, delivered_at BIGINT)
                """,
                "CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending'",
                "CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, created_at)",
                "CREATE INDEX webhook_deliveries_customer ON webhook_deliveries (customer_id)",
                """
                CREATE TABLE webhook_attempts (
                    delivery_id TEXT NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL, at BIGINT NOT NULL, status INTEGER, error TEXT,
                    milliseconds INTEGER NOT NULL, response_excerpt TEXT,
                    PRIMARY KEY (delivery_id, number))
                """,
            ], on: sql)
    }
}
