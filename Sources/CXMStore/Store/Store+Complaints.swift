import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Stores a complaint and opens its case (urgent enough to be high priority, with a first
    /// contact due within a business day) in one transaction. The customer is recognised by the
    /// e-mail or phone given, when they consented to be contacted; the queue is the unit named,
    /// else the touchpoint's owner, else the top of the organisation.
    public func submitComplaint(
        _ complaint: Complaint, by actor: AuditActor
    ) async throws -> (complaint: Complaint, case: Case) {
        var valid: Complaint
        do { valid = try complaint.validated() } catch { throw StoreError.invalid(error) }
        valid.createdAt = Timestamp.date(Timestamp.from(valid.createdAt))
        let recorded = valid
        return try await database.write { sql in
            var complaint = recorded
            var owner: String?
            if let touchpoint = complaint.touchpointID {
                guard
                    let row = try await sql.raw("SELECT owner_unit_id FROM touchpoints WHERE id = \(bind: touchpoint)").first()
                else { throw StoreError.invalid("touchpointID", "unknown touchpoint '\(touchpoint)'") }
                owner = try row.string("owner_unit_id")
            }
            if let unit = complaint.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            if let customer = complaint.customerID {
                try await requireExists(sql, table: "customers", id: customer, field: "customerID", entity: "customer")
            } else if complaint.consentToContact {
                let known = [("email", complaint.email), ("phone", complaint.phone)].compactMap { system, value in
                    value.map { (system, $0) }
                }
                for (system, value) in known where complaint.customerID == nil {
                    complaint.customerID = try await sql.raw(
                        "SELECT customer_id FROM customer_identifiers WHERE system = \(bind: system) AND value = \(bind: value)"
                    ).first().map { try $0.string("customer_id") }
                }
            }
            let tree = UnitTree(try await sql.raw("SELECT * FROM units").all().map(Self.unit))
            guard let unit = complaint.unitID ?? owner ?? tree.roots.first?.id else {
                throw StoreError.invalid("unitID", "the organisation has no units yet; create one before taking complaints")
            }
            let calendar = Self.calendar(
                for: unit, tree: tree, own: try await unitCalendars(sql, of: Set(tree.ancestors(of: unit).map(\.id))),
                timeZone: try await workspaceTimeZone(sql))
            var record = Case(
                number: try await nextNumbers(sql, count: 1).lowerBound, title: complaint.caseTitle, priority: .high,
                source: .complaint, complaintID: complaint.id, customerID: complaint.customerID,
                touchpointID: complaint.touchpointID, unitID: unit, createdAt: complaint.createdAt,
                targets: CaseTargets.make(
                    from: complaint.createdAt, firstContactHours: 8, resolutionHours: 40, calendar: calendar))
            record.updatedAt = complaint.createdAt
            complaint.caseID = record.id
            var opened = CaseEvent(
                caseID: record.id, at: complaint.createdAt, actorID: nil, actorName: "cxm", kind: .opened,
                text: complaint.text)
            opened.toStatus = .new
            try await insertCases(sql, [record], events: [opened])
            try await sql.raw(
                """
                INSERT INTO complaints (id, created_at, language, text, name, email, phone, consent_to_contact,
                                        touchpoint_id, unit_id, customer_id, case_id)
                VALUES (\(bind: complaint.id), \(bind: Timestamp.from(complaint.createdAt)), \(bind: complaint.language.rawValue),
                        \(bind: complaint.text), \(bind: complaint.name), \(bind: complaint.email), \(bind: complaint.phone),
                        \(bind: complaint.consentToContact), \(bind: complaint.touchpointID), \(bind: complaint.unitID),
                        \(bind: complaint.customerID), \(bind: complaint.caseID))
                """
            ).run()
            // The audit names the case, never what the customer wrote or who they are.
            try await audit(sql, actor, "create", "complaint", complaint.id, "complaint opened case \(record.number)")
            return (complaint, record)
        }
    }

    public func complaint(_ id: String) async throws -> Complaint {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM complaints WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(entity: "complaint", id: id)
            }
            var complaint = Complaint(
                id: try row.string("id"), createdAt: try row.date("created_at"),
                language: Language(rawValue: try row.string("language")) ?? .en, text: try row.string("text"),
                name: try row.optionalString("name"), email: try row.optionalString("email"),
                phone: try row.optionalString("phone"), consentToContact: try row.bool("consent_to_contact"),
                touchpointID: try row.optionalString("touchpoint_id"), unitID: try row.optionalString("unit_id"),
                customerID: try row.optionalString("customer_id"))
            complaint.caseID = try row.optionalString("case_id")
            return complaint
        }
    }
}
