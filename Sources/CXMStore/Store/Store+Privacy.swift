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
    /// What other systems sent about the person, oldest first: support tickets, churn, orders, and the
    /// incidents that hit them (each naming only this person among those affected).
    public var tickets: [Ticket]
    public var churn: [ChurnEvent]
    public var orders: [BusinessEvent]
    public var incidents: [Incident]
    /// The ids the company's sites and apps knew the person by (signed-in user ids and devices), and
    /// what they did there, oldest first.
    public var siteVisitors: [SiteVisitor]
    public var siteActivity: [SiteActivity]
    /// What staff recorded about the person (frontline observations naming them), oldest first.
    public var observations: [Observation]
    /// Who created, changed or exported the record, and when.
    public var auditTrail: [AuditEntry]

    /// A user id or device id a site or app sent, as cxm keeps it.
    public struct SiteVisitor: Sendable, Hashable, Codable {
        public var sourceID: String
        public var userID: String?
        public var anonymousID: String?
        public var firstSeenAt: Date
    }
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
            let signals = try await self.personalSignals(sql, of: id)
            try await audit(sql, actor, "export", "customer", id, "personal data exported: \(responses.count) responses")
            return (segments, responses, signals)
        }
        var trail: [AuditEntry] = []
        var page = PageRequest(offset: 0, limit: PageRequest.maximumLimit)
        while true {
            let entries = try await auditLog(entityType: "customer", entityID: id, page: page)
            trail += entries.items
            guard entries.items.count == page.limit else { break }
            page.offset += page.limit
        }
        let signals = export.2
        return PersonalData(
            exportedAt: Date(), customer: customer, segments: export.0, responses: export.1,
            invitations: try await invitations(customer: id, limit: 100_000), tickets: signals.tickets,
            churn: signals.churn, orders: signals.orders, incidents: signals.incidents, siteVisitors: signals.visitors,
            siteActivity: signals.activity,
            observations: try await observations(.init(visibleUnits: nil, customerID: id, limit: 10_000)).reversed(),
            auditTrail: trail.sorted { ($0.at, $0.id) < ($1.at, $1.id) })
    }

    /// The signal records that name the customer, oldest first.
    private func personalSignals(
        _ sql: any SQLDatabase, of id: String
    ) async throws -> (
        tickets: [Ticket], churn: [ChurnEvent], orders: [BusinessEvent], incidents: [Incident],
        visitors: [PersonalData.SiteVisitor], activity: [SiteActivity]
    ) {
        func records(_ kind: SignalKind, time: String) async throws -> [SignalRecord] {
            try await sql.raw(
                "SELECT * FROM \(ident: SignalRows.table(kind)) WHERE customer_id = \(bind: id) ORDER BY \(ident: time), id"
            ).all().map { try SignalRows.record(kind, $0) }
        }
        let tickets = try await records(.ticket, time: "opened_at").map(Self.ticket)
        let churn = try await records(.churn, time: "at").map(Self.churn)
        let orders = try await records(.order, time: "at").map(Self.order)
        var incidents: [Incident] = []
        for row in try await sql.raw(
            """
            SELECT * FROM incidents WHERE id IN (SELECT incident_id FROM incident_customers WHERE customer_id = \(bind: id))
            ORDER BY started_at, id
            """
        ).all() {
            guard case .incident(var incident) = try SignalRows.record(.incident, row) else { continue }
            incident.customerIDs = [id]
            incidents.append(incident)
        }
        // Their user ids, and the devices that signed in as them (which name no customer themselves).
        let visitors = try await sql.raw(
            """
            SELECT source_id, actor_key, first_at FROM event_actors
            WHERE customer_id = \(bind: id) OR alias_of IN (SELECT id FROM event_actors WHERE customer_id = \(bind: id))
            ORDER BY first_at, id
            """
        ).all().map { row -> PersonalData.SiteVisitor in
            let key = try row.string("actor_key")
            let value = String(key.dropFirst(2))
            return PersonalData.SiteVisitor(
                sourceID: try row.string("source_id"), userID: key.hasPrefix("u:") ? value : nil,
                anonymousID: key.hasPrefix("a:") ? value : nil, firstSeenAt: try row.date("first_at"))
        }
        let activity = try await sql.raw(VisitorEvents.activity(ofCustomer: id) + " ORDER BY e.at, e.id").all()
            .map(Self.siteActivity)
        return (tickets, churn, orders, incidents, visitors, activity)
    }
}
