import CXMCore
import Foundation
import SQLKit

/// What an erasure removed.
public struct Erasure: Sendable, Hashable, Codable {
    public var customerID: String
    public var responses: Int
    public var answers: Int
}

/// Everything cxm holds about one person: what a data-subject access request (GDPR articles 15 and
/// 20) is answered with, as JSON.
public struct PersonalData: Sendable, Hashable, Codable {
    /// A saved segment the person belongs to now.
    public struct SegmentMembership: Sendable, Hashable, Codable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var exportedAt: Date
    /// The record: name, identifiers in other systems, attributes, consent, unit, language.
    public var customer: Customer
    public var segments: [SegmentMembership]
    /// Every response that names the person, oldest first, with every answer.
    public var responses: [SurveyResponse]
    /// Every survey invitation decided for the person, newest first, with why unsent ones were not sent.
    public var invitations: [Invitation]
    /// Who created, changed or exported the record, and when.
    public var auditTrail: [AuditEntry]
}

extension Store {
    /// Everything about one customer, read in one transaction; the export is itself recorded in the
    /// audit log.
    public func personalData(of id: String, by actor: AuditActor) async throws -> PersonalData {
        let customer = try await customer(id)
        let export = try await database.write { sql in
            let segments = try await sql.raw(
                """
                SELECT s.id, s.name FROM segment_members m JOIN segments s ON s.id = m.segment_id
                 WHERE m.customer_id = \(bind: id) ORDER BY s.name, s.id
                """
            ).all().map { PersonalData.SegmentMembership(id: try $0.string("id"), name: try $0.string("name")) }
            let responses = try await self.responses(sql, ofCustomer: id)
            try await audit(sql, actor, "export", "customer", id, "personal data exported: \(responses.count) responses")
            return (segments, responses)
        }
        var trail: [AuditEntry] = []
        var page = PageRequest(offset: 0, limit: PageRequest.maximumLimit)
        while true {
            let entries = try await auditLog(entityType: "customer", entityID: id, page: page)
            trail += entries.items
            guard entries.items.count == page.limit else { break }
            page.offset += page.limit
        }
        return PersonalData(
            exportedAt: Date(), customer: customer, segments: export.0, responses: export.1,
            invitations: try await invitations(customer: id, limit: 100_000),
            auditTrail: trail.sorted { ($0.at, $0.id) < ($1.at, $1.id) })
    }
}
