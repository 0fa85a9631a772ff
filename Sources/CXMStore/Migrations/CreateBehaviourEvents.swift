import SQLKit

/// Behavioural events for digital funnels. Event names (`event_names`) and the visitors who act
/// (`event_actors`: a source's signed-in user or anonymous device, linked to a customer when the
/// source's identifier map finds one, and to the user an anonymous device turned out to be) are coded
/// as integers, so that `behaviour_events` stays narrow: a funnel step is a seek along
/// `(name_id, actor_id, at)`, which also holds the channel, and a customer's events are read along
/// `(actor_id, at)`. A `message_id` a source sends makes a resent event recognisable. `funnels` holds
/// the definitions, their steps as JSON.
struct CreateBehaviourEvents: Migration {
    let name = "023_create_behaviour_events"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                "CREATE TABLE event_names (id \(dialect.serialKey), name TEXT NOT NULL UNIQUE)",
                """
                CREATE TABLE event_actors (
                    id \(dialect.serialKey), source_id TEXT NOT NULL REFERENCES signal_sources(id), actor_key TEXT NOT NULL,
                    customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL, alias_of BIGINT, first_at BIGINT NOT NULL,
                    UNIQUE (source_id, actor_key))
                """,
                "CREATE INDEX event_actors_customer ON event_actors (customer_id) WHERE customer_id IS NOT NULL",
                """
                CREATE TABLE behaviour_events (
                    id \(dialect.serialKey), actor_id BIGINT NOT NULL, name_id BIGINT NOT NULL, at BIGINT NOT NULL,
                    channel TEXT, session_id TEXT, source_id TEXT NOT NULL, message_id TEXT)
                """,
                "CREATE INDEX behaviour_events_funnel ON behaviour_events (name_id, actor_id, at, channel)",
                "CREATE INDEX behaviour_events_actor ON behaviour_events (actor_id, at)",
                """
                CREATE UNIQUE INDEX behaviour_events_message ON behaviour_events (source_id, message_id)
                WHERE message_id IS NOT NULL
                """,
                """
                CREATE TABLE funnels (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, steps TEXT NOT NULL, window_minutes INTEGER NOT NULL,
                    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
                """,
            ], on: sql)
    }
}
