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

    /// The case with this number, for "case 1042" typed into a search box.
    public func caseRecord(number: Int) async throws -> Case? {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM cases WHERE number = \(bind: number)").first().map(Self.caseRecord)
        }
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
        guard (1...200).contains(title.count) else { throw StoreError.invalid("title", "must be 1 to 200 characters") }
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
    /// checks that the case's unit is within what they may see.
    @discardableResult
    public func changeCase(
        _ id: String, version: Int, _ change: CaseChange, by actor: AuditActor, at time: Date = Date()
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
            let events = try record.apply(change, at: time, by: CaseActor(id: actor.id, name: actor.name))
            guard !events.isEmpty else { return (record, []) }
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

    // MARK: Opening cases from responses

    /// Opens the cases the rules call for among responses just stored, in the same transaction:
    /// a response and its case are stored together or not at all.
    func openCases(
        for responses: [SurveyResponse], surveys: [SurveyVersionKey: Survey], receivedAt: Date, on sql: any SQLDatabase
    ) async throws {
        let rules = try await caseRules(sql).filter(\.enabled)
        guard !rules.isEmpty else { return }
        var matches: [(SurveyResponse, CaseRuleMatch, Survey)] = []
        for response in responses {
            guard let survey = surveys[SurveyVersionKey(id: response.surveyID, version: response.surveyVersion)],
                let match = CaseRules.match(response, survey: survey, rules: rules, receivedAt: receivedAt)
            else { continue }
            matches.append((response, match, survey))
        }
        guard !matches.isEmpty else { return }
        let tree = UnitTree(try await sql.raw("SELECT * FROM units").all().map(Self.unit))
        var owners: [String: String] = [:]
        let touchpoints = Array(Set(matches.map(\.0.touchpointID)))
        for row in try await sql.raw(
            "SELECT id, owner_unit_id FROM touchpoints WHERE id IN (\(binds: touchpoints))"
        ).all() {
            owners[try row.string("id")] = try row.string("owner_unit_id")
        }
        let queues = matches.map { response, match, _ in
            CaseRouting.queueUnit(
                route: match.rule.routeTo, ruleUnit: match.rule.unitID, responseUnit: response.unitID,
                touchpointOwner: owners[response.touchpointID], tree: tree) ?? tree.roots.first?.id
        }
        // Only the hours of the queue units and those above them are read: decoding is what costs.
        let calendars = try await unitCalendars(
            sql, of: Set(queues.compactMap { $0 }.flatMap { tree.ancestors(of: $0).map(\.id) }))
        let timeZone = try await workspaceTimeZone(sql)
        let numbers = try await nextNumbers(sql, count: matches.count)
        var records: [Case] = []
        var events: [CaseEvent] = []
        for (((response, match, survey), number), queue) in zip(zip(matches, numbers), queues) {
            guard let unit = queue else { continue }
            let calendar = Self.calendar(for: unit, tree: tree, own: calendars, timeZone: timeZone)
            // The customer has waited since they answered; an import that arrives later finds the case older.
            let opened = min(response.submittedAt, receivedAt)
            var record = Case(
                number: number, title: "\(match.reason) · \(survey.name)", priority: match.rule.priority,
                source: .response, ruleID: match.rule.id, responseID: response.id, customerID: response.customerID,
                surveyID: response.surveyID, touchpointID: response.touchpointID, unitID: unit, createdAt: opened,
                targets: CaseTargets.make(
                    from: opened, firstContactHours: match.rule.firstContactHours,
                    resolutionHours: match.rule.resolutionHours, calendar: calendar))
            var event = CaseEvent(
                caseID: record.id, at: opened, actorID: nil, actorName: "cxm", kind: .opened,
                text: "\(match.rule.name): \(match.reason)")
            event.toStatus = .new
            records.append(record)
            events.append(event)
        }
        try await insertCases(sql, records, events: events)
    }

    /// Reserves consecutive case numbers; the counter row serialises concurrent writers.
    func nextNumbers(_ sql: any SQLDatabase, count: Int) async throws -> ClosedRange<Int> {
        try await sql.raw("INSERT INTO counters (name, value) VALUES ('case', 0) ON CONFLICT (name) DO NOTHING").run()
        let row = try await sql.raw(
            "UPDATE counters SET value = value + \(bind: count) WHERE name = 'case' RETURNING value"
        ).first()
        let last = Int(try row?.decode(column: "value", as: Int64.self) ?? Int64(count))
        return (last - count + 1)...last
    }

    func insertCases(_ sql: any SQLDatabase, _ records: [Case], events: [CaseEvent]) async throws {
        for record in records {
            let t = record.targets
            let ms = { (date: Date?) in date.map(Timestamp.from) }
            try await sql.raw(
                """
                INSERT INTO cases (id, number, title, status, priority, source, rule_id, response_id, complaint_id,
                                   customer_id, survey_id, touchpoint_id, unit_id, assignee_id, created_at, updated_at,
                                   first_contact_warn_at, first_contact_due, first_contact_escalate_at,
                                   resolution_warn_at, resolution_due, resolution_escalate_at, first_contact_at,
                                   resolved_at, closed_at, escalation, warned_at, root_cause, root_cause_touchpoint_id,
                                   resolution_code, version)
                VALUES (\(bind: record.id), \(bind: record.number), \(bind: record.title), \(bind: record.status.rawValue),
                        \(bind: record.priority.rawValue), \(bind: record.source.rawValue), \(bind: record.ruleID),
                        \(bind: record.responseID), \(bind: record.complaintID), \(bind: record.customerID),
                        \(bind: record.surveyID), \(bind: record.touchpointID), \(bind: record.unitID),
                        \(bind: record.assigneeID), \(bind: Timestamp.from(record.createdAt)),
                        \(bind: Timestamp.from(record.updatedAt)), \(bind: ms(t?.firstContact.warnAt)),
                        \(bind: ms(t?.firstContact.due)), \(bind: ms(t?.firstContact.escalateAt)),
                        \(bind: ms(t?.resolution.warnAt)), \(bind: ms(t?.resolution.due)),
                        \(bind: ms(t?.resolution.escalateAt)), \(bind: ms(record.firstContactAt)),
                        \(bind: ms(record.resolvedAt)), \(bind: ms(record.closedAt)), \(bind: record.escalation.rawValue),
                        NULL, \(bind: record.rootCause), \(bind: record.rootCauseTouchpointID), \(bind: record.resolutionCode),
                        \(bind: record.version))
                """
            ).run()
        }
        try await insertEvents(sql, events)
    }

    func insertEvents(_ sql: any SQLDatabase, _ events: [CaseEvent]) async throws {
        // Entries one change makes share a time; `seq` keeps them in the order they happened.
        for (offset, chunk) in events.chunked(maxRows: 1_000).enumerated() {
            var values: [SQLQueryString] = []
            for (index, event) in chunk.enumerated() {
                values.append(
                    """
                    (\(bind: event.id), \(bind: event.caseID), \(bind: Timestamp.from(event.at)), \(bind: offset * 1_000 + index),
                     \(bind: event.actorID),
                     \(bind: event.actorName), \(bind: event.kind.rawValue), \(bind: EventDetails(event).json))
                    """)
            }
            guard var joined = values.first else { continue }
            for value in values.dropFirst() { joined = joined + ", " + value }
            try await sql.raw(
                "INSERT INTO case_events (id, case_id, at, seq, actor_id, actor_name, kind, details) VALUES " + joined
            ).run()
        }
    }

    /// The parts of an event that vary by kind, kept as JSON.
    struct EventDetails: Codable {
        var fromStatus: CaseStatus?
        var toStatus: CaseStatus?
        var fromAssigneeID: String?
        var toAssigneeID: String?
        var fromUnitID: String?
        var toUnitID: String?
        var text: String?
        var contact: CaseContact?
        var escalation: CaseEscalation?

        /// The same JSON JSONEncoder writes (sorted keys, nulls left out), written directly: the sweep
        /// writes one per escalated case, and the generic encoder costs more than the insert.
        var json: String {
            var out = JSONText()
            out.object { fields in
                fields.optional("contact", contact) { out, contact in
                    out.object {
                        $0.field("channel") { $0.string(contact.channel.rawValue) }
                        $0.field("outcome") { $0.string(contact.outcome.rawValue) }
                    }
                }
                fields.optional("escalation", escalation) { $0.string($1.rawValue) }
                fields.optional("fromAssigneeID", fromAssigneeID) { $0.string($1) }
                fields.optional("fromStatus", fromStatus) { $0.string($1.rawValue) }
                fields.optional("fromUnitID", fromUnitID) { $0.string($1) }
                fields.optional("text", text) { $0.string($1) }
                fields.optional("toAssigneeID", toAssigneeID) { $0.string($1) }
                fields.optional("toStatus", toStatus) { $0.string($1.rawValue) }
                fields.optional("toUnitID", toUnitID) { $0.string($1) }
            }
            return out.text
        }

        init(_ event: CaseEvent) {
            fromStatus = event.fromStatus
            toStatus = event.toStatus
            fromAssigneeID = event.fromAssigneeID
            toAssigneeID = event.toAssigneeID
            fromUnitID = event.fromUnitID
            toUnitID = event.toUnitID
            text = event.text
            contact = event.contact
            escalation = event.escalation
        }
    }

    static func caseEvent(_ row: any SQLRow) throws -> CaseEvent {
        let details = try row.json("details", as: EventDetails.self)
        var event = CaseEvent(
            id: try row.string("id"), caseID: try row.string("case_id"), at: try row.date("at"),
            actorID: try row.optionalString("actor_id"), actorName: try row.string("actor_name"),
            kind: CaseEvent.Kind(rawValue: try row.string("kind")) ?? .note, text: details.text)
        event.fromStatus = details.fromStatus
        event.toStatus = details.toStatus
        event.fromAssigneeID = details.fromAssigneeID
        event.toAssigneeID = details.toAssigneeID
        event.fromUnitID = details.fromUnitID
        event.toUnitID = details.toUnitID
        event.contact = details.contact
        event.escalation = details.escalation
        return event
    }

    static func caseRecord(_ row: any SQLRow) throws -> Case {
        var record = Case(
            id: try row.string("id"), number: try row.int("number"), title: try row.string("title"),
            status: CaseStatus(rawValue: try row.string("status")) ?? .new,
            priority: CasePriority(rawValue: try row.string("priority")) ?? .normal,
            source: CaseSource(rawValue: try row.string("source")) ?? .manual, ruleID: try row.optionalString("rule_id"),
            responseID: try row.optionalString("response_id"), complaintID: try row.optionalString("complaint_id"),
            customerID: try row.optionalString("customer_id"), surveyID: try row.optionalString("survey_id"),
            touchpointID: try row.optionalString("touchpoint_id"), unitID: try row.string("unit_id"),
            assigneeID: try row.optionalString("assignee_id"), createdAt: try row.date("created_at"))
        if let due = try row.optionalDate("first_contact_due"), let resolution = try row.optionalDate("resolution_due") {
            record.targets = CaseTargets(
                firstContact: .init(
                    warnAt: try row.optionalDate("first_contact_warn_at") ?? due, due: due,
                    escalateAt: try row.optionalDate("first_contact_escalate_at") ?? due),
                resolution: .init(
                    warnAt: try row.optionalDate("resolution_warn_at") ?? resolution, due: resolution,
                    escalateAt: try row.optionalDate("resolution_escalate_at") ?? resolution))
        }
        record.updatedAt = try row.date("updated_at")
        record.firstContactAt = try row.optionalDate("first_contact_at")
        record.resolvedAt = try row.optionalDate("resolved_at")
        record.closedAt = try row.optionalDate("closed_at")
        record.escalation = CaseEscalation(rawValue: try row.string("escalation")) ?? .none
        record.rootCause = try row.optionalString("root_cause")
        record.rootCauseTouchpointID = try row.optionalString("root_cause_touchpoint_id")
        record.resolutionCode = try row.optionalString("resolution_code")
        record.version = try row.int("version")
        return record
    }
}

extension Store {
    /// The cases opened in [from, to) within the units, each with the NPS score that opened it (if an
    /// NPS answer did) and the customer's next NPS answer after the case was resolved, for the report.
    public func caseReportItems(from: Date, to: Date, units: Set<String>?) async throws -> [CaseReport.Item] {
        try await database.read { sql in
            var query: SQLQueryString =
                """
                SELECT c.*,
                       (SELECT a.score FROM answers a WHERE a.response_id = c.response_id AND a.kind = 'nps'
                         ORDER BY a.question_key LIMIT 1) AS opening_score,
                       (SELECT a.score FROM responses r JOIN answers a ON a.response_id = r.id AND a.kind = 'nps'
                         WHERE r.customer_id = c.customer_id AND c.resolved_at IS NOT NULL AND r.submitted_at > c.resolved_at
                         ORDER BY r.submitted_at, a.question_key LIMIT 1) AS next_score
                  FROM cases c
                 WHERE c.created_at >= \(bind: Timestamp.from(from)) AND c.created_at < \(bind: Timestamp.from(to))
                """
            if let units {
                guard !units.isEmpty else { return [] }
                query = query + " AND c.unit_id IN (\(binds: units.sorted()))"
            }
            return try await sql.raw(query + " ORDER BY c.number").all().map { row in
                CaseReport.Item(
                    record: try Self.caseRecord(row),
                    openingScore: try row.decode(column: "opening_score", as: Int?.self),
                    nextScore: try row.decode(column: "next_score", as: Int?.self))
            }
        }
    }
}
