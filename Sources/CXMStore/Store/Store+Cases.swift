import CXMCore
import Foundation
import SQLKit

/// What a case list shows: filters and order.
public struct CaseQuery: Sendable, Hashable {
    public enum Order: String, Sendable, CaseIterable {
        /// The nearest target first; cases without one last.
        case due
        case newest, oldest
        /// The most urgent first, then the nearest target.
        case priority
    }

    /// Cases in these units (a team's queue and those under it); nil for all.
    public var units: Set<String>?
    public var assigneeID: String?
    /// Only cases nobody has taken.
    public var unassigned: Bool
    public var statuses: Set<CaseStatus>
    public var priorities: Set<CasePriority>
    public var customerID: String?
    /// Only cases past their current target at `now`.
    public var overdueAt: Date?
    public var order: Order

    public init(
        units: Set<String>? = nil, assigneeID: String? = nil, unassigned: Bool = false,
        statuses: Set<CaseStatus> = Set(CaseStatus.allCases.filter(\.isOpen)), priorities: Set<CasePriority> = [],
        customerID: String? = nil, overdueAt: Date? = nil, order: Order = .due
    ) {
        self.units = units
        self.assigneeID = assigneeID
        self.unassigned = unassigned
        self.statuses = statuses
        self.priorities = priorities
        self.customerID = customerID
        self.overdueAt = overdueAt
        self.order = order
    }
}

extension Store {
    /// The current target's due time, in SQL: first contact until the customer is reached.
    static let currentDueSQL = "(CASE WHEN first_contact_at IS NULL THEN first_contact_due ELSE resolution_due END)"
    static let currentWarnSQL = "(CASE WHEN first_contact_at IS NULL THEN first_contact_warn_at ELSE resolution_warn_at END)"
    static let currentEscalateSQL =
        "(CASE WHEN first_contact_at IS NULL THEN first_contact_escalate_at ELSE resolution_escalate_at END)"
    static let openSQL = "status NOT IN ('resolved', 'closed')"

    public func caseRecord(_ id: String) async throws -> Case {
        try await database.read { sql in try await caseRecord(sql, id) }
    }

    func caseRecord(_ sql: any SQLDatabase, _ id: String) async throws -> Case {
        guard let row = try await sql.raw("SELECT * FROM cases WHERE id = \(bind: id)").first() else {
            throw StoreError.notFound(entity: "case", id: id)
        }
        return try Self.caseRecord(row)
    }

    /// One page of cases.
    public func cases(_ query: CaseQuery, page: PageRequest) async throws -> Page<Case> {
        try await database.read { sql in
            var conditions: [SQLQueryString] = []
            if let units = query.units {
                guard !units.isEmpty else { return Page(items: [], total: 0, offset: page.offset, limit: page.limit) }
                conditions.append("unit_id IN (\(binds: units.sorted()))")
            }
            if let assignee = query.assigneeID { conditions.append("assignee_id = \(bind: assignee)") }
            if query.unassigned { conditions.append("assignee_id IS NULL") }
            if !query.statuses.isEmpty {
                conditions.append("status IN (\(binds: query.statuses.map(\.rawValue).sorted()))")
            }
            if !query.priorities.isEmpty {
                conditions.append("priority IN (\(binds: query.priorities.map(\.rawValue).sorted()))")
            }
            if let customer = query.customerID { conditions.append("customer_id = \(bind: customer)") }
            if let now = query.overdueAt {
                conditions.append(
                    "\(unsafeRaw: Self.openSQL) AND \(unsafeRaw: Self.currentDueSQL) <= \(bind: Timestamp.from(now))")
            }
            var whereClause: SQLQueryString = ""
            for (index, condition) in conditions.enumerated() {
                whereClause = index == 0 ? " WHERE " + condition : whereClause + " AND " + condition
            }
            let order: String =
                switch query.order {
                case .due: "\(Self.currentDueSQL) IS NULL, \(Self.currentDueSQL), number"
                case .newest: "created_at DESC, number DESC"
                case .oldest: "created_at, number"
                case .priority:
                    "CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, "
                        + "\(Self.currentDueSQL) IS NULL, \(Self.currentDueSQL), number"
                }
            let total = try await count(sql, "SELECT COUNT(*) AS n FROM cases" + whereClause)
            let rows = try await sql.raw(
                "SELECT * FROM cases" + whereClause
                    + " ORDER BY \(unsafeRaw: order) LIMIT \(bind: page.limit) OFFSET \(bind: page.offset)"
            ).all()
            return Page(items: try rows.map(Self.caseRecord), total: total, offset: page.offset, limit: page.limit)
        }
    }

    /// The case's timeline, oldest first.
    public func caseEvents(_ caseID: String) async throws -> [CaseEvent] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM case_events WHERE case_id = \(bind: caseID) ORDER BY at, seq").all()
                .map(Self.caseEvent)
        }
    }

    /// Open cases per assignee in the units, for a team lead's view of the workload.
    public func caseWorkload(units: Set<String>?) async throws -> [(assigneeID: String?, open: Int, overdue: Int)] {
        try await database.read { sql in
            var query: SQLQueryString =
                """
                SELECT assignee_id, COUNT(*) AS n,
                       SUM(CASE WHEN \(unsafeRaw: Self.currentDueSQL) <= \(bind: Timestamp.now) THEN 1 ELSE 0 END) AS late
                  FROM cases WHERE \(unsafeRaw: Self.openSQL)
                """
            if let units {
                guard !units.isEmpty else { return [] }
                query = query + " AND unit_id IN (\(binds: units.sorted()))"
            }
            let rows = try await sql.raw(query + " GROUP BY assignee_id").all()
            return try rows.map { row in
                (
                    try row.optionalString("assignee_id"), try row.int("n"),
                    Int(try row.decode(column: "late", as: Double?.self) ?? 0)
                )
            }
        }
    }

    /// Opens a case by hand (from a response, a customer or an observation), with targets in the
    /// queue unit's business hours.
    @discardableResult
    public func openCase(
        _ draft: Case, firstContactHours: Double, resolutionHours: Double, note: String? = nil, by actor: AuditActor
    ) async throws -> Case {
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(title.unicodeScalars.count) else {
            throw StoreError.invalid("title", "must be 1 to 200 characters")
        }
        return try await database.write { sql in
            var record = draft
            record.title = title
            record.createdAt = Timestamp.date(Timestamp.from(draft.createdAt))
            record.updatedAt = record.createdAt
            try await requireExists(sql, table: "units", id: record.unitID, field: "unitID", entity: "unit")
            if let customer = record.customerID {
                try await requireExists(sql, table: "customers", id: customer, field: "customerID", entity: "customer")
            }
            if let response = record.responseID {
                let row = try await sql.raw(
                    "SELECT customer_id, survey_id, touchpoint_id FROM responses WHERE id = \(bind: response)"
                )
                .first()
                guard let row else { throw StoreError.invalid("responseID", "unknown response '\(response)'") }
                let customer = try row.optionalString("customer_id")
                let touchpoint = try row.string("touchpoint_id")
                record.customerID = record.customerID ?? customer
                record.surveyID = try row.string("survey_id")
                record.touchpointID = record.touchpointID ?? touchpoint
            }
            let tree = UnitTree(try await sql.raw("SELECT * FROM units").all().map(Self.unit))
            let calendar = Self.calendar(
                for: record.unitID, tree: tree, own: try await unitCalendars(sql), timeZone: try await workspaceTimeZone(sql))
            record.targets = CaseTargets.make(
                from: record.createdAt, firstContactHours: firstContactHours, resolutionHours: resolutionHours,
                calendar: calendar)
            record.number = try await nextNumbers(sql, count: 1).lowerBound
            var opened = CaseEvent(
                caseID: record.id, at: record.createdAt, actorID: actor.id, actorName: actor.name, kind: .opened,
                text: note?.trimmingCharacters(in: .whitespacesAndNewlines))
            opened.toStatus = record.status
            try await insertCases(sql, [record], events: [opened])
            try await audit(sql, actor, "create", "case", record.id, "case \(record.number): \(record.title)")
            return record
        }
    }

    /// Applies a person's change to the version of the case they read. Someone else's change in
    /// between is refused (`CaseError.versionConflict`), never overwritten. Assigning to a person
    /// checks that the case's unit is within what they may see. Closing a case sends the customer
    /// the follow-up survey (see `CaseFollowUp`) unless `followUp` is false.
    @discardableResult
    public func changeCase(
        _ id: String, version: Int, _ change: CaseChange, by actor: AuditActor, at time: Date = Date(),
        followUp: Bool = true
    ) async throws -> (case: Case, events: [CaseEvent]) {
        // Stored to the millisecond: the case returned equals the case read back.
        let time = Timestamp.date(Timestamp.from(time))
        return try await database.write { sql in
            var record = try await caseRecord(sql, id)
            guard record.version == version else { throw CaseError.versionConflict(expected: version, current: record.version) }
            if case .assign(let userID, let unitID, _) = change {
                let unit = unitID ?? record.unitID
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
                if let userID { try await requireAssignable(sql, userID: userID, unitID: unit) }
            }
            if case .update(let edit) = change, let touchpoint = edit.rootCauseTouchpointID, !touchpoint.isEmpty {
                try await requireExists(
                    sql, table: "touchpoints", id: touchpoint, field: "rootCauseTouchpointID", entity: "touchpoint")
            }
            let hadContact = record.firstContactAt != nil
            let caseActor = CaseActor(id: actor.id, name: actor.name)
            let wasClosed = record.status == .closed
            var events = try record.apply(change, at: time, by: caseActor)
            guard !events.isEmpty else { return (record, []) }
            if followUp, case .transition(to: .closed, _) = change,
                let invited = try await scheduleFollowUp(sql, for: record, at: time, by: caseActor)
            {
                events.append(invited)
            }
            if wasClosed, record.status != .closed,
                let held = try await holdFollowUp(sql, for: record, at: time, by: caseActor)
            {
                events.append(held)
            }
            // A new target (the customer was reached) starts without warnings or escalation.
            let newTarget = !hadContact && record.firstContactAt != nil
            if newTarget, record.escalation == .teamLead { record.escalation = .none }
            let updated = try await sql.raw(
                """
                UPDATE cases SET title = \(bind: record.title), status = \(bind: record.status.rawValue),
                       priority = \(bind: record.priority.rawValue), unit_id = \(bind: record.unitID),
                       assignee_id = \(bind: record.assigneeID), updated_at = \(bind: Timestamp.from(record.updatedAt)),
                       first_contact_at = \(bind: record.firstContactAt.map(Timestamp.from)),
                       resolved_at = \(bind: record.resolvedAt.map(Timestamp.from)),
                       closed_at = \(bind: record.closedAt.map(Timestamp.from)), escalation = \(bind: record.escalation.rawValue),
                       root_cause = \(bind: record.rootCause), root_cause_touchpoint_id = \(bind: record.rootCauseTouchpointID),
                       resolution_code = \(bind: record.resolutionCode), version = \(bind: record.version)
                       \(unsafeRaw: newTarget ? ", warned_at = NULL" : "")
                 WHERE id = \(bind: id) AND version = \(bind: version) RETURNING id
                """
            ).first()
            guard updated != nil else {
                let current = try await caseRecord(sql, id)
                throw CaseError.versionConflict(expected: version, current: current.version)
            }
            try await insertEvents(sql, events)
            try await queueWebhooks(sql, WebhookEvent.events(for: record, history: events), now: time)
            return (record, events)
        }
    }

    /// Refuses a person the case's unit is outside of (a team lead of another region, say).
    private func requireAssignable(_ sql: any SQLDatabase, userID: String, unitID: String) async throws {
        guard
            let row = try await sql.raw("SELECT role, unit_id, disabled FROM users WHERE id = \(bind: userID)").first(),
            let role = Role(rawValue: try row.string("role"))
        else { throw StoreError.invalid("userID", "unknown user '\(userID)'") }
        guard !(try row.bool("disabled")) else {
            throw StoreError.invalid("userID", "the user '\(userID)' is disabled; choose someone who can sign in")
        }
        let tree = UnitTree(try await sql.raw("SELECT * FROM units").all().map(Self.unit))
        let scope = Principal.scope(for: role, unitID: try row.optionalString("unit_id"), in: tree)
        guard scope?.contains(unitID) ?? true else {
            throw StoreError.invalid(
                "userID",
                "the user's units do not include the case's unit '\(tree.units[unitID]?.name ?? unitID)'; assign the "
                    + "case to someone in that unit or above it, or move it to the user's unit")
        }
    }
}
