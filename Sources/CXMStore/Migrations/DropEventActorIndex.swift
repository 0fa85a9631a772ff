import SQLKit

/// Drops `behaviour_events_actor` on `(actor_id, at)`. Visitors act at random moments, so every stored event
/// went to a random page of that index too, and each batch's commit wrote nearly all of its pages again:
/// it cost as much as the rest of the table's upkeep together, and halved the rate events could be stored
/// at. A visitor's events are found along `behaviour_events_funnel` instead, by seeking each event name's
/// part of it for the visitor (`VisitorEvents.condition`).
struct DropEventActorIndex: Migration {
    let name = "025_drop_event_actor_index"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(["DROP INDEX behaviour_events_actor"], on: sql)
    }
}
