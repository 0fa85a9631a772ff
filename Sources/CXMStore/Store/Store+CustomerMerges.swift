import CXMCore
import Foundation
import SQLKit

/// Both customers as they were before a merge, and what moved, for undoing it.
struct MergeSnapshot: Codable {
    struct Side: Codable {
        var customer: Customer
        var unsubscribedAt: Int64?
    }

    struct LinkedReview: Codable {
        var reviewID: String
        var kind: SignalKind
        var recordID: String
    }

    var survivor: Side
    var merged: Side
    /// Record ids per table that moved from the merged customer to the survivor.
    var moved: [String: [String]]
    /// Incidents that hit the merged customer alone (moved) or both (the merged customer's link dropped).
    var movedIncidents: [String]
    var droppedIncidents: [String]
    /// Reviews the merge settled, because every candidate was one of the two.
    var linkedReviews: [LinkedReview]
    /// The site and app visitors (`event_actors`) that were the merged customer; nil in merges made
    /// before behavioural events.
    var movedEventActors: [Int64]? = nil
}

extension Store {
    /// The tables whose rows name a customer and move with a merge.
    static let customerTables = [
        "responses", "invitations", "cases", "complaints", "tickets", "churn_events", "business_events", "identity_reviews",
        "webhook_deliveries", "observations",
    ]

    /// Makes two records of one person one: the merged customer's identifiers, responses, invitations,
    /// cases, complaints, tickets, churn, orders and incidents move to the survivor, whose attributes are
    /// filled from the other and whose consent becomes the stricter of the two (`CustomerMerge`). Segment
    /// rollups follow. Open identity reviews between the two are settled. Both customers are kept as they
    /// were, so that `undoCustomerMerge` can take it back.
    public func mergeCustomers(
        survivor survivorID: String, merged mergedID: String, by actor: AuditActor
    ) async throws
        -> CustomerMergeRecord
    {
        guard survivorID != mergedID else { throw StoreError.invalid("merged", "a customer cannot be merged with itself") }
        return try await database.write { sql in
            if let lock = self.dialect.lockingCustomers([survivorID, mergedID]) { try await sql.raw(lock).run() }
            let survivor = try await self.mergeSide(sql, survivorID)
            let merged = try await self.mergeSide(sql, mergedID)
            try await SegmentMembership.update(customers: [survivorID, mergedID], erased: true, on: sql, dialect: self.dialect)
            var moved: [String: [String]] = [:]
            for table in Self.customerTables {
                let ids = try await sql.raw("SELECT id FROM \(ident: table) WHERE customer_id = \(bind: mergedID)").all()
                    .map { try $0.string("id") }
                guard !ids.isEmpty else { continue }
                moved[table] = ids
                try await sql.raw(
                    "UPDATE \(ident: table) SET customer_id = \(bind: survivorID) WHERE customer_id = \(bind: mergedID)"
                ).run()
            }
            let movedActors = try await sql.raw("SELECT id FROM event_actors WHERE customer_id = \(bind: mergedID)").all()
                .map { try $0.decode(column: "id", as: Int64.self) }
            try await sql.raw("UPDATE event_actors SET customer_id = \(bind: survivorID) WHERE customer_id = \(bind: mergedID)")
                .run()
            let both = Set(
                try await sql.raw("SELECT incident_id FROM incident_customers WHERE customer_id = \(bind: survivorID)").all()
                    .map { try $0.string("incident_id") })
            let hit = try await sql.raw("SELECT incident_id FROM incident_customers WHERE customer_id = \(bind: mergedID)").all()
                .map { try $0.string("incident_id") }
            let dropped = hit.filter(both.contains)
            let movedIncidents = hit.filter { !both.contains($0) }
            for chunk in dropped.chunked(maxRows: 500) {
                try await sql.raw(
                    "DELETE FROM incident_customers WHERE customer_id = \(bind: mergedID) AND incident_id IN (\(binds: Array(chunk)))"
                ).run()
            }
            try await sql.raw(
                "UPDATE incident_customers SET customer_id = \(bind: survivorID) WHERE customer_id = \(bind: mergedID)"
            ).run()
            try await sql.raw(
                "UPDATE customer_identifiers SET customer_id = \(bind: survivorID) WHERE customer_id = \(bind: mergedID)"
            ).run()
            try await sql.raw("DELETE FROM customers WHERE id = \(bind: mergedID)").run()
            let combined = CustomerMerge.combined(survivor: survivor.customer, merged: merged.customer)
            let unsubscribed = [survivor.unsubscribedAt, merged.unsubscribedAt].compactMap { $0 }.min()
            try await self.restoreFields(sql, combined, unsubscribedAt: unsubscribed)
            let linked = try await self.settleReviews(sql, between: [survivorID, mergedID], linkingTo: survivorID, by: actor)
            try await SegmentMembership.update(customers: [survivorID], on: sql, dialect: self.dialect)
            try await self.refreshSignalAttributes(sql, customers: [survivorID])
            let snapshot = MergeSnapshot(
                survivor: survivor, merged: merged, moved: moved, movedIncidents: movedIncidents, droppedIncidents: dropped,
                linkedReviews: linked, movedEventActors: movedActors)
            var counts = moved.mapValues(\.count)
            if !hit.isEmpty { counts["incidents"] = hit.count }
            if !movedActors.isEmpty { counts["event_actors"] = movedActors.count }
            let record = CustomerMergeRecord(
                id: Identifier.make(), at: Timestamp.date(Timestamp.now), actorName: actor.name, survivorID: survivorID,
                mergedID: mergedID, mergedName: merged.customer.displayName, moved: counts)
            try await sql.raw(
                """
                INSERT INTO customer_merges (id, at, actor_id, actor_name, survivor_id, merged_id, merged_name, snapshot, moved_counts)
                VALUES (\(bind: record.id), \(bind: Timestamp.from(record.at)), \(bind: actor.id), \(bind: actor.name),
                        \(bind: survivorID), \(bind: mergedID), \(bind: record.mergedName), \(bind: try JSONColumn.encode(snapshot)),
                        \(bind: try JSONColumn.encode(counts)))
                """
            ).run()
            try await self.audit(
                sql, actor, "merge", "customer", survivorID, "merged customer \(mergedID) into it (merge \(record.id))")
            return record
        }
    }

    /// Takes a merge back: the merged customer returns with its identifiers and the records that moved,
    /// and both customers get back the attributes and consent they had before it. Records that arrived
    /// for the survivor since stay with it. A merge into a customer that was itself merged away since, or
    /// erased, cannot be undone.
    public func undoCustomerMerge(_ id: String, by actor: AuditActor) async throws -> CustomerMergeRecord {
        try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM customer_merges WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "customer merge", id: id)
            }
            var record = try Self.mergeRecord(row)
            guard record.undoneAt == nil else { throw StoreError.conflict("merge '\(id)' was undone already") }
            guard try await sql.raw("SELECT 1 AS one FROM customers WHERE id = \(bind: record.survivorID)").first() != nil else {
                throw StoreError.conflict(
                    "customer '\(record.survivorID)' no longer exists (merged into another or erased); undo that first")
            }
            let snapshot = try row.json("snapshot", as: MergeSnapshot.self)
            let survivorID = record.survivorID
            let mergedID = record.mergedID
            if let lock = self.dialect.lockingCustomers([survivorID]) { try await sql.raw(lock).run() }
            // Undone in the reverse order of the merges into the same customer, so that each restores what it changed.
            if let later = try await sql.raw(
                """
                SELECT id FROM customer_merges WHERE survivor_id = \(bind: survivorID) AND undone_at IS NULL
                    AND (at > \(bind: Timestamp.from(record.at)) OR (at = \(bind: Timestamp.from(record.at)) AND id > \(bind: id)))
                """
            ).first() {
                throw StoreError.conflict("a later merge into this customer ('\(try later.string("id"))') must be undone first")
            }
            let current = try await self.mergeSide(sql, survivorID)
            try await SegmentMembership.update(customers: [survivorID], erased: true, on: sql, dialect: self.dialect)
            var merged = snapshot.merged.customer
            merged.identifiers = []
            try await self.insertCustomers(sql, [merged], at: Timestamp.now, withIdentifiers: false)
            // Admitted to its segments while it has no responses yet; admitted again below, with them.
            try await SegmentMembership.update(customers: [mergedID], erased: true, on: sql, dialect: self.dialect)
            for identifier in snapshot.merged.customer.identifiers {
                let owner = try await sql.raw(
                    "SELECT customer_id FROM customer_identifiers WHERE system = \(bind: identifier.system) AND value = \(bind: identifier.value)"
                ).first()?.string("customer_id")
                if owner == survivorID && !snapshot.survivor.customer.identifiers.contains(identifier) {
                    try await sql.raw(
                        """
                        UPDATE customer_identifiers SET customer_id = \(bind: mergedID)
                        WHERE system = \(bind: identifier.system) AND value = \(bind: identifier.value)
                        """
                    ).run()
                } else if owner == nil {
                    merged.identifiers = [identifier]
                    try await self.insertIdentifiers(sql, [merged])
                }
            }
            for (table, ids) in snapshot.moved where Self.customerTables.contains(table) {
                for chunk in ids.chunked(maxRows: 500) {
                    try await sql.raw(
                        """
                        UPDATE \(ident: table) SET customer_id = \(bind: mergedID)
                        WHERE customer_id = \(bind: survivorID) AND id IN (\(binds: Array(chunk)))
                        """
                    ).run()
                }
            }
            for chunk in (snapshot.movedEventActors ?? []).chunked(maxRows: 500) {
                try await sql.raw(
                    """
                    UPDATE event_actors SET customer_id = \(bind: mergedID)
                    WHERE customer_id = \(bind: survivorID) AND id IN (\(binds: Array(chunk)))
                    """
                ).run()
            }
            // Visitors first seen while the two were one, named by the identifiers that went back.
            try await self.relinkVisitors(sql, to: mergedID, from: survivorID)
            for chunk in snapshot.movedIncidents.chunked(maxRows: 500) {
                try await sql.raw(
                    """
                    UPDATE incident_customers SET customer_id = \(bind: mergedID)
                    WHERE customer_id = \(bind: survivorID) AND incident_id IN (\(binds: Array(chunk)))
                    """
                ).run()
            }
            for incident in snapshot.droppedIncidents {
                if try await sql.raw("SELECT 1 AS one FROM incidents WHERE id = \(bind: incident)").first() != nil {
                    try await sql.raw(
                        "INSERT INTO incident_customers (incident_id, customer_id) VALUES (\(bind: incident), \(bind: mergedID))"
                    ).run()
                }
            }
            for review in snapshot.linkedReviews {
                try await sql.raw(
                    """
                    UPDATE \(ident: SignalRows.table(review.kind)) SET customer_id = NULL
                    WHERE id = \(bind: review.recordID) AND customer_id = \(bind: survivorID)
                    """
                ).run()
                try await sql.raw(
                    """
                    UPDATE identity_reviews SET status = 'open', customer_id = NULL, resolved_at = NULL, resolved_by = NULL
                    WHERE id = \(bind: review.reviewID)
                    """
                ).run()
            }
            let (survivor, restoredMerged) = Self.unmerged(
                current: current.customer, before: snapshot.survivor.customer, merged: snapshot.merged.customer)
            // An opt-out changed since the merge may have been either person's: both keep the change.
            let atMerge = [snapshot.survivor.unsubscribedAt, snapshot.merged.unsubscribedAt].compactMap { $0 }.min()
            let changed = current.unsubscribedAt != atMerge
            try await self.restoreFields(
                sql, survivor, unsubscribedAt: changed ? current.unsubscribedAt : snapshot.survivor.unsubscribedAt)
            try await self.restoreFields(
                sql, restoredMerged,
                unsubscribedAt: changed
                    ? current.unsubscribedAt ?? snapshot.merged.unsubscribedAt : snapshot.merged.unsubscribedAt)
            try await SegmentMembership.update(customers: [survivorID, mergedID], on: sql, dialect: self.dialect)
            try await self.refreshSignalAttributes(sql, customers: [survivorID, mergedID])
            let now = Timestamp.now
            try await sql.raw(
                "UPDATE customer_merges SET undone_at = \(bind: now), undone_by = \(bind: actor.name) WHERE id = \(bind: id)"
            ).run()
            try await self.audit(sql, actor, "unmerge", "customer", survivorID, "undid merge \(id): customer \(mergedID) is back")
            record.undoneAt = Timestamp.date(now)
            return record
        }
    }

    /// Both customers after an undo: the survivor loses what the merge filled in (unless edited since) and
    /// keeps later edits; each gets its consent from before the merge, except that a "no" said after the
    /// merge holds for both, since it may have been either person's.
    static func unmerged(current: Customer, before: Customer, merged: Customer) -> (survivor: Customer, merged: Customer) {
        var survivor = current
        survivor.identifiers = []
        for (key, value) in merged.attributes where before.attributes[key] == nil && current.attributes[key] == value {
            survivor.attributes[key] = nil
        }
        if before.unitID == nil && current.unitID == merged.unitID { survivor.unitID = nil }
        if before.preferredLanguage == nil && current.preferredLanguage == merged.preferredLanguage {
            survivor.preferredLanguage = nil
        }
        let combined = CustomerMerge.combined(survivor: before, merged: merged).consent
        let saidNo = { (now: Bool, then: Bool) in then && !now }
        survivor.consent = Consent(
            maySurvey: before.consent.maySurvey && !saidNo(current.consent.maySurvey, combined.maySurvey),
            mayContact: before.consent.mayContact && !saidNo(current.consent.mayContact, combined.mayContact))
        var other = merged
        other.identifiers = []
        other.consent = Consent(
            maySurvey: merged.consent.maySurvey && !saidNo(current.consent.maySurvey, combined.maySurvey),
            mayContact: merged.consent.mayContact && !saidNo(current.consent.mayContact, combined.mayContact))
        return (survivor, other)
    }

    /// The merges a customer took part in, newest first.
    public func customerMerges(of customerID: String) async throws -> [CustomerMergeRecord] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM customer_merges WHERE survivor_id = \(bind: customerID) OR merged_id = \(bind: customerID)
                ORDER BY at DESC, id DESC
                """
            ).all().map(Self.mergeRecord)
        }
    }

    private func mergeSide(_ sql: any SQLDatabase, _ id: String) async throws -> MergeSnapshot.Side {
        guard let row = try await sql.raw("SELECT * FROM customers WHERE id = \(bind: id)").first() else {
            throw StoreError.notFound(entity: "customer", id: id)
        }
        let customer = try Self.customer(row, identifiers: try await identifiers(sql, of: [id])[id] ?? [])
        return MergeSnapshot.Side(customer: customer, unsubscribedAt: try row.decode(column: "unsubscribed_at", as: Int64?.self))
    }

    private func restoreFields(_ sql: any SQLDatabase, _ customer: Customer, unsubscribedAt: Int64?) async throws {
        try await sql.raw(
            """
            UPDATE customers SET display_name = \(bind: customer.displayName),
                attributes = \(bind: try JSONColumn.encode(customer.attributes)),
                may_survey = \(bind: customer.consent.maySurvey), may_contact = \(bind: customer.consent.mayContact),
                unit_id = \(bind: customer.unitID), preferred_language = \(bind: customer.preferredLanguage?.rawValue),
                unsubscribed_at = \(bind: unsubscribedAt), updated_at = \(bind: Timestamp.now)
            WHERE id = \(bind: customer.id)
            """
        ).run()
    }

    /// Links the records of open reviews whose candidates are all among the customers.
    private func settleReviews(
        _ sql: any SQLDatabase, between customers: Set<String>, linkingTo survivor: String, by actor: AuditActor
    ) async throws -> [MergeSnapshot.LinkedReview] {
        var linked: [MergeSnapshot.LinkedReview] = []
        let rows = try await sql.raw("SELECT * FROM identity_reviews WHERE status = 'open'").all()
        for row in rows {
            let candidates = try row.json("candidates", as: [String].self)
            if !customers.isSuperset(of: candidates), !customers.isDisjoint(with: candidates) {
                // Still open, but the merged customer is now the survivor.
                let renamed = Array(Set(candidates.map { customers.contains($0) ? survivor : $0 })).sorted()
                try await sql.raw(
                    "UPDATE identity_reviews SET candidates = \(bind: try JSONColumn.encode(renamed)) WHERE id = \(bind: try row.string("id"))"
                ).run()
                continue
            }
            guard !candidates.isEmpty, customers.isSuperset(of: candidates),
                let kind = SignalKind(rawValue: try row.string("kind"))
            else { continue }
            let review = MergeSnapshot.LinkedReview(
                reviewID: try row.string("id"), kind: kind, recordID: try row.string("record_id"))
            try await sql.raw(
                "UPDATE \(ident: SignalRows.table(kind)) SET customer_id = \(bind: survivor) WHERE id = \(bind: review.recordID)"
            ).run()
            try await sql.raw(
                """
                UPDATE identity_reviews SET status = 'linked', customer_id = \(bind: survivor), resolved_at = \(bind: Timestamp.now),
                    resolved_by = \(bind: actor.name)
                WHERE id = \(bind: review.reviewID)
                """
            ).run()
            linked.append(review)
        }
        return linked
    }

    static func mergeRecord(_ row: any SQLRow) throws -> CustomerMergeRecord {
        CustomerMergeRecord(
            id: try row.string("id"), at: try row.date("at"), actorName: try row.string("actor_name"),
            survivorID: try row.string("survivor_id"), mergedID: try row.string("merged_id"),
            mergedName: try row.string("merged_name"), moved: try row.json("moved_counts", as: [String: Int].self),
            undoneAt: try row.optionalDate("undone_at"))
    }
}
