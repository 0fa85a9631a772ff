import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Identity reviews in one status, oldest first.
    public func identityReviews(status: IdentityReview.Status = .open, page: PageRequest) async throws -> Page<IdentityReview> {
        try await database.read { sql in
            let total = try await count(
                sql, "SELECT COUNT(*) AS n FROM identity_reviews WHERE status = \(bind: status.rawValue)")
            let rows = try await sql.raw(
                """
                SELECT * FROM identity_reviews WHERE status = \(bind: status.rawValue) ORDER BY created_at, id
                LIMIT \(literal: page.limit) OFFSET \(literal: page.offset)
                """
            ).all()
            return Page(items: try rows.map(Self.identityReview), total: total, offset: page.offset, limit: page.limit)
        }
    }

    public func identityReview(_ id: String) async throws -> IdentityReview {
        try await database.read { sql in try await self.identityReview(sql, id) }
    }

    /// Links the review's record to one of its candidates.
    public func linkIdentityReview(_ id: String, to customerID: String, by actor: AuditActor) async throws -> IdentityReview {
        try await database.write { sql in
            let review = try await self.identityReview(sql, id)
            guard review.status == .open else { throw StoreError.conflict("review '\(id)' is \(review.status.rawValue) already") }
            guard review.candidates.contains(customerID) else {
                throw StoreError.invalid(
                    "customerID", "must be one of the candidates (\(review.candidates.joined(separator: ", ")))")
            }
            try await self.requireExists(sql, table: "customers", id: customerID, field: "customerID", entity: "customer")
            try await sql.raw(
                "UPDATE \(ident: SignalRows.table(review.kind)) SET customer_id = \(bind: customerID) WHERE id = \(bind: review.recordID)"
            ).run()
            try await self.resolve(sql, review, status: .linked, customerID: customerID, by: actor)
            try await self.refreshSignalAttributes(sql, customers: [customerID])
            return try await self.identityReview(sql, id)
        }
    }

    /// Leaves the review's record without a customer, on purpose.
    public func dismissIdentityReview(_ id: String, by actor: AuditActor) async throws -> IdentityReview {
        try await database.write { sql in
            let review = try await self.identityReview(sql, id)
            guard review.status == .open else { throw StoreError.conflict("review '\(id)' is \(review.status.rawValue) already") }
            try await self.resolve(sql, review, status: .dismissed, customerID: nil, by: actor)
            return try await self.identityReview(sql, id)
        }
    }

    private func resolve(
        _ sql: any SQLDatabase, _ review: IdentityReview, status: IdentityReview.Status, customerID: String?, by actor: AuditActor
    ) async throws {
        try await sql.raw(
            """
            UPDATE identity_reviews SET status = \(bind: status.rawValue), customer_id = \(bind: customerID),
                resolved_at = \(bind: Timestamp.now), resolved_by = \(bind: actor.name)
            WHERE id = \(bind: review.id)
            """
        ).run()
        try await audit(
            sql, actor, status == .linked ? "link" : "dismiss", "identity_review", review.id,
            "\(review.kind.rawValue) \(review.recordID) \(status == .linked ? "linked to customer \(customerID ?? "")" : "left unlinked")"
        )
    }

    private func identityReview(_ sql: any SQLDatabase, _ id: String) async throws -> IdentityReview {
        guard let row = try await sql.raw("SELECT * FROM identity_reviews WHERE id = \(bind: id)").first() else {
            throw StoreError.notFound(entity: "identity review", id: id)
        }
        return try Self.identityReview(row)
    }

    static func identityReview(_ row: any SQLRow) throws -> IdentityReview {
        IdentityReview(
            id: try row.string("id"), createdAt: try row.date("created_at"),
            kind: SignalKind(rawValue: try row.string("kind")) ?? .ticket, recordID: try row.string("record_id"),
            sourceID: try row.string("source_id"), identifiers: try row.json("identifiers", as: [String].self),
            candidates: try row.json("candidates", as: [String].self),
            status: IdentityReview.Status(rawValue: try row.string("status")) ?? .open,
            customerID: try row.optionalString("customer_id"), resolvedAt: try row.optionalDate("resolved_at"),
            resolvedBy: try row.optionalString("resolved_by"))
    }
}
