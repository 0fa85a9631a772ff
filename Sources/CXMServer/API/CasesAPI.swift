import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Cases under /api/v1: the queues, one case with its timeline, and the changes people make to
/// them, each against the version they read. Everything is limited to the principal's units.
struct CasesAPI {
    let store: Store

    struct OpenInput: Decodable {
        var title: String
        var unitID: String?
        var customerID: String?
        var responseID: String?
        var touchpointID: String?
        var priority: CasePriority?
        var firstContactHours: Double?
        var resolutionHours: Double?
        var note: String?
    }

    struct TransitionInput: Decodable {
        var version: Int
        var to: CaseStatus
        var resolutionCode: String?
        /// On closing: false holds back the follow-up survey (the customer asked for no more contact, say).
        var followUp: Bool?
    }

    struct AssignmentInput: Decodable {
        var version: Int
        var userID: String?
        var unitID: String?
        var reason: String?
    }

    struct NoteInput: Decodable {
        /// Optional: a note adds to the timeline and cannot undo anyone's change.
        var version: Int?
        var text: String
    }

    struct ContactInput: Decodable {
        var version: Int?
        var channel: ContactChannel
        var outcome: ContactOutcome
        var note: String?
    }

    struct EditInput: Decodable {
        var version: Int
        var title: String?
        var priority: CasePriority?
        var rootCause: String?
        var rootCauseTouchpointID: String?
        var resolutionCode: String?
    }

    struct ComplaintInput: Decodable {
        var text: String
        var name: String?
        var email: String?
        var phone: String?
        var consentToContact: Bool?
        var touchpointID: String?
        var unitID: String?
        var customerID: String?
        var language: Language?
    }

    /// A complaint and the case it opened.
    struct ComplaintBody: Encodable {
        var complaint: Complaint
        var `case`: Case
    }

    /// A case and the timeline entries a change made.
    struct ChangeBody: Encodable {
        var `case`: Case
        var events: [CaseEvent]
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/cases", .requires(.readCases)) { request, context in
            let query = try Self.query(request, principal: try context.actor)
            return try JSONOutput.response(PageBody(try await store.cases(query, page: try request.page())))
        }
        routes.post("/api/v1/cases", .requires(.workCases)) { request, context in
            let input = try await JSONInput.decode(OpenInput.self, from: request, context: context)
            let principal = try context.actor
            let unit = try await unitForNewCase(input, principal: principal)
            try principal.requireVisible(unit: unit, "unit '\(unit)'")
            let draft = Case(
                title: input.title, priority: input.priority ?? .normal, source: .manual, responseID: input.responseID,
                customerID: input.customerID, touchpointID: input.touchpointID, unitID: unit, createdAt: Date())
            let opened = try await store.openCase(
                draft, firstContactHours: try Self.hours(input.firstContactHours, "firstContactHours", default: 8),
                resolutionHours: try Self.hours(input.resolutionHours, "resolutionHours", default: 40), note: input.note,
                by: principal.auditActor)
            return try JSONOutput.created(opened, in: "/api/v1/cases")
        }
        routes.get("/api/v1/cases/{id}", .requires(.readCases)) { _, context in
            try JSONOutput.response(try await visibleCase(context))
        }
        routes.get("/api/v1/cases/{id}/events", .requires(.readCases)) { _, context in
            let record = try await visibleCase(context)
            return try JSONOutput.response(ListBody(items: try await store.caseEvents(record.id)))
        }
        routes.post("/api/v1/cases/{id}/transitions", .requires(.workCases)) { request, context in
            let input = try await JSONInput.decode(TransitionInput.self, from: request, context: context)
            return try await change(
                context, version: input.version, .transition(to: input.to, resolutionCode: input.resolutionCode),
                followUp: input.followUp ?? true)
        }
        routes.post("/api/v1/cases/{id}/assignment", .requires(.workCases)) { request, context in
            let input = try await JSONInput.decode(AssignmentInput.self, from: request, context: context)
            if let unit = input.unitID { try context.actor.requireVisible(unit: unit, "unit '\(unit)'") }
            return try await change(
                context, version: input.version, .assign(userID: input.userID, unitID: input.unitID, reason: input.reason))
        }
        routes.post("/api/v1/cases/{id}/notes", .requires(.workCases)) { request, context in
            let input = try await JSONInput.decode(NoteInput.self, from: request, context: context)
            return try await change(context, version: input.version, .note(input.text), status: .created)
        }
        routes.post("/api/v1/cases/{id}/contacts", .requires(.workCases)) { request, context in
            let input = try await JSONInput.decode(ContactInput.self, from: request, context: context)
            return try await change(
                context, version: input.version,
                .contact(CaseContact(channel: input.channel, outcome: input.outcome), note: input.note), status: .created)
        }
        routes.patch("/api/v1/cases/{id}", .requires(.workCases)) { request, context in
            let input = try await JSONInput.decode(EditInput.self, from: request, context: context)
            let edit = CaseEdit(
                title: input.title, priority: input.priority, rootCause: input.rootCause,
                rootCauseTouchpointID: input.rootCauseTouchpointID, resolutionCode: input.resolutionCode)
            return try await change(context, version: input.version, .update(edit))
        }
        routes.post("/api/v1/complaints", .requires(.submitResponses)) { request, context in
            let input = try await JSONInput.decode(ComplaintInput.self, from: request, context: context)
            let complaint = Complaint(
                createdAt: Date(), language: input.language ?? .en, text: input.text, name: input.name, email: input.email,
                phone: input.phone, consentToContact: input.consentToContact ?? false, touchpointID: input.touchpointID,
                unitID: input.unitID, customerID: input.customerID)
            let stored = try await store.submitComplaint(complaint, by: try context.actor.auditActor)
            var response = try JSONOutput.response(
                ComplaintBody(complaint: stored.complaint, case: stored.case), status: .created)
            response.headers[.location] = "/api/v1/complaints/\(stored.complaint.id)"
            return response
        }
        routes.get("/api/v1/complaints/{id}", .requires(.readCases)) { _, context in
            let complaint = try await store.complaint(try context.id())
            guard let caseID = complaint.caseID, let record = try? await store.caseRecord(caseID) else {
                throw AppError.notFound("complaint '\(complaint.id)' does not exist or is outside your units")
            }
            try context.actor.requireVisible(unit: record.unitID, "complaint '\(complaint.id)'")
            return try JSONOutput.response(ComplaintBody(complaint: complaint, case: record))
        }
        routes.get("/api/v1/case-report", .requires(.readCases)) { request, context in
            let report = try await Self.report(request, principal: try context.actor, store: store, by: request.query("by"))
            return try JSONOutput.response(report)
        }
        routes.get("/api/v1/person-statistics", .requires(.readCases)) { _, _ in
            try JSONOutput.response(PersonStatisticsBody(try await store.personStatistics()))
        }
        routes.put("/api/v1/person-statistics", .requires(.manageWorkspace)) { request, context in
            let input = try await JSONInput.decode(PersonStatisticsInput.self, from: request, context: context)
            return try JSONOutput.response(
                PersonStatisticsBody(try await store.setPersonStatistics(input.enabled, by: try context.actor.auditActor)))
        }
        routes.get("/api/v1/case-workload", .requires(.readCases)) { request, context in
            let principal = try context.actor
            var units = principal.visibleUnits
            if let unit = request.query("unit") {
                try principal.requireVisible(unit: unit, "unit '\(unit)'")
                let below = try await store.unitTree().subtree(of: unit)
                units = units.map { $0.intersection(below) } ?? below
            }
            let rows = try await store.caseWorkload(units: units)
            return try JSONOutput.response(
                ListBody(items: rows.map { WorkloadRow(assigneeID: $0.assigneeID, open: $0.open, overdue: $0.overdue) }))
        }
    }

    struct WorkloadRow: Encodable {
        var assigneeID: String?
        var open: Int
        var overdue: Int
    }

    /// The case in the path, if the principal's units include it.
    private func visibleCase(_ context: AppContext) async throws -> Case {
        let record = try await store.caseRecord(try context.id())
        try context.actor.requireVisible(unit: record.unitID, "case '\(record.id)'")
        return record
    }

    /// Applies a change to the version the client read (or, for additions, to the current one).
    private func change(
        _ context: AppContext, version: Int?, _ change: CaseChange, status: HTTPResponse.Status = .ok,
        followUp: Bool = true
    ) async throws -> Response {
        let record = try await visibleCase(context)
        let result = try await store.changeCase(
            record.id, version: version ?? record.version, change, by: try context.actor.auditActor, followUp: followUp)
        return try JSONOutput.response(ChangeBody(case: result.case, events: result.events), status: status)
    }

    /// The unit a hand-opened case goes to: the one given, else the response's or customer's, else
    /// the touchpoint's owner.
    private func unitForNewCase(_ input: OpenInput, principal: Principal) async throws -> String {
        if let unit = input.unitID { return unit }
        if let response = input.responseID {
            guard let found = try? await store.response(response) else {
                throw AppError.unprocessable(ValidationFailure(field: "responseID", "unknown response '\(response)'"))
            }
            return found.unitID
        }
        if let customer = input.customerID, let unit = try? await store.customer(customer).unitID { return unit }
        if let touchpoint = input.touchpointID, let found = try? await store.touchpoint(touchpoint) {
            return found.ownerUnitID
        }
        throw AppError.unprocessable(
            ValidationFailure(field: "unitID", "is required when neither the response nor the customer gives a unit"))
    }

    static func hours(_ value: Double?, _ field: String, default fallback: Double) throws -> Double {
        guard let value else { return fallback }
        guard value.isFinite, value > 0, value <= CaseRule.maxHours else {
            throw AppError.unprocessable(
                ValidationFailure(field: field, "must be business hours above 0 and at most \(Int(CaseRule.maxHours))"))
        }
        return value
    }

    /// The list's filters from the query string, within the principal's units.
    static func query(_ request: Request, principal: Principal) throws -> CaseQuery {
        var query = CaseQuery(units: principal.visibleUnits)
        if let unit = request.query("unit") {
            try principal.requireVisible(unit: unit, "unit '\(unit)'")
            query.units = [unit]
        }
        if let assignee = request.query("assignee") {
            if assignee == "none" { query.unassigned = true } else { query.assigneeID = assignee }
        }
        if let statuses = request.query("status") {
            var chosen: Set<CaseStatus> = []
            for text in statuses.split(separator: ",") {
                if text == "open" {
                    chosen.formUnion(CaseStatus.allCases.filter(\.isOpen))
                } else if text == "all" {
                    chosen.formUnion(CaseStatus.allCases)
                } else if let status = CaseStatus(rawValue: String(text)) {
                    chosen.insert(status)
                } else {
                    throw AppError.badRequest(
                        ValidationFailure(
                            field: "status",
                            "'\(text)' is not a status; use open, all or "
                                + CaseStatus.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            }
            query.statuses = chosen
        }
        if let priorities = request.query("priority") {
            query.priorities = Set(
                try priorities.split(separator: ",").map { text in
                    guard let priority = CasePriority(rawValue: String(text)) else {
                        throw AppError.badRequest(
                            ValidationFailure(field: "priority", "'\(text)' is not low, normal, high or urgent"))
                    }
                    return priority
                })
        }
        if let customer = request.query("customer") { query.customerID = customer }
        if request.query("overdue") == "true" { query.overdueAt = Date() }
        if let order = request.query("order") {
            guard let chosen = CaseQuery.Order(rawValue: order) else {
                throw AppError.badRequest(
                    ValidationFailure(
                        field: "order",
                        "'\(order)' is not an order; use " + CaseQuery.Order.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            query.order = chosen
        }
        return query
    }

    /// The report the query asks for: cases opened `from`–`to` (days in the workspace's zone; the
    /// last 90 days by default), grouped `by` unit or touchpoint, within the principal's units.
    struct PersonStatisticsInput: Decodable { var enabled: Bool }

    /// Whether the case report may be grouped by person, and who allowed it.
    struct PersonStatisticsBody: Encodable, Sendable {
        var enabled: Bool
        var enabledBy: String?
        var enabledAt: Date?

        init(_ statistics: PersonStatistics?) {
            enabled = statistics != nil
            enabledBy = statistics?.enabledBy
            enabledAt = statistics?.enabledAt
        }
    }

    static func report(
        _ request: Request, principal: Principal, store: Store, by grouping: String?, now: Date = Date()
    ) async throws -> CaseReport {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        // A day includes itself; an instant is taken as it is.
        let wholeDay = request.query("to")?.count == 10
        let to = try request.date("to", dayIn: zone).map { wholeDay ? $0.addingTimeInterval(86_400) : $0 } ?? now
        let from = try request.date("from", dayIn: zone) ?? to.addingTimeInterval(-90 * 86_400)
        guard from < to else {
            throw AppError.badRequest(ValidationFailure(field: "from", "must be before to"))
        }
        let key: ((Case) -> String?)?
        switch grouping {
        case nil: key = nil
        case "unit": key = { $0.unitID }
        case "touchpoint": key = { $0.touchpointID }
        case "assignee":
            // Results are read at team and unit level unless an administrator chose otherwise.
            guard try await store.personStatistics() != nil else {
                throw AppError.badRequest(
                    ValidationFailure(
                        field: "by",
                        "per-person statistics are off; group by unit or touchpoint, or ask an administrator to switch them on (PUT /api/v1/person-statistics)"
                    ))
            }
            key = { $0.assigneeID }
        case let other?:
            throw AppError.badRequest(
                ValidationFailure(
                    field: "by", "'\(other)' is not a grouping; use unit or touchpoint (or assignee when switched on)"))
        }
        let items = try await store.caseReportItems(from: from, to: to, units: principal.visibleUnits)
        return CaseReport.make(items, from: from, to: to, now: now, key: key)
    }
}
