import CXMCore
import Foundation
import SQLKit

/// Teams' action plans: started by a lead for a unit, with the team's suggestions and comments and the actions
/// decided. A unit-bound reader sees the plans of their units.
extension Store {
    @discardableResult
    public func startActionPlan(
        _ submitted: ActionPlanDraft, visibleUnits: Set<String>?, by actor: AuditActor, at time: Date = Date()
    ) async throws -> ActionPlan {
        let draft: ActionPlanDraft
        do { draft = try submitted.validated() } catch { throw StoreError.invalid(error) }
        let unit = draft.unitID!
        if let units = visibleUnits, !units.contains(unit) {
            throw StoreError.invalid("unitID", "'\(unit)' is not one of your units; start the plan for a team you lead")
        }
        return try await database.write { sql in
            try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            let plan = ActionPlan(
                number: try await self.nextNumbers(sql, count: 1, counter: "action_plan").lowerBound, unitID: unit,
                title: draft.title, focus: draft.focus ?? "", sourcePath: draft.sourcePath, leadID: actor.id,
                leadName: actor.name, createdAt: Timestamp.date(Timestamp.from(time)))
            try await sql.raw(
                """
                INSERT INTO action_plans (id, number, unit_id, title, focus, source_path, status, lead_id, lead_name,
                                          created_at)
                VALUES (\(bind: plan.id), \(bind: plan.number), \(bind: plan.unitID), \(bind: plan.title),
                        \(bind: plan.focus), \(bind: plan.sourcePath), \(bind: plan.status.rawValue), \(bind: plan.leadID),
                        \(bind: plan.leadName), \(bind: Timestamp.from(plan.createdAt)))
                """
            ).run()
            try await audit(sql, actor, "create", "action_plan", plan.id, "\(plan.number) \(plan.title)")
            return plan
        }
    }

    /// Plans newest first, with their actions and counts; `unitID` narrows to one unit's subtree-free own plans.
    public func actionPlans(visibleUnits: Set<String>?, unitID: String? = nil) async throws -> [ActionPlan] {
        var conditions: [SQLQueryString] = ["1 = 1"]
        if let units = visibleUnits {
            conditions.append(units.isEmpty ? "1 = 0" : "p.unit_id IN (\(binds: Array(units).sorted()))")
        }
        if let unitID { conditions.append("p.unit_id = \(bind: unitID)") }
        let filter = conditions.joined(separator: " AND ")
        return try await database.read { sql in
            var plans = try await sql.raw(Self.planColumns + filter + " ORDER BY p.created_at DESC, p.number DESC")
                .all().map(Self.actionPlan)
            let actions = try await self.planActions(sql, planIDs: plans.map(\.id))
            for index in plans.indices { plans[index].actions = actions[plans[index].id] ?? [] }
            return plans
        }
    }

    public func actionPlan(_ id: String, visibleUnits: Set<String>?) async throws -> ActionPlan {
        try await database.read { sql in try await self.actionPlan(sql, id, visibleUnits: visibleUnits) }
    }

    func actionPlan(_ sql: any SQLDatabase, _ id: String, visibleUnits: Set<String>?) async throws -> ActionPlan {
        guard let row = try await sql.raw(Self.planColumns + "p.id = \(bind: id)").first() else {
            throw StoreError.notFound(entity: "action plan", id: id)
        }
        var plan = try Self.actionPlan(row)
        if let units = visibleUnits, !units.contains(plan.unitID) { throw StoreError.notFound(entity: "action plan", id: id) }
        plan.actions = try await planActions(sql, planIDs: [id])[id] ?? []
        return plan
    }

    /// A suggestion or comment from anyone who sees the plan, while it is open.
    @discardableResult
    public func addPlanEntry(
        _ kind: PlanEntry.Kind, text: String, to planID: String, visibleUnits: Set<String>?, by actor: AuditActor,
        at time: Date = Date()
    ) async throws -> PlanEntry {
        var check = Validator()
        let text = check.text(text, field: "text", maxLength: PlanEntry.maxLength)
        if text.isEmpty {
            check.add(
                "text",
                kind == .suggestion ? "must not be empty; say what you would do" : "must not be empty; write your comment",
                code: .required)
        }
        do { try check.finish() } catch { throw StoreError.invalid(error) }
        let entry = PlanEntry(
            planID: planID, kind: kind, text: text, authorID: actor.id, authorName: actor.name,
            createdAt: Timestamp.date(Timestamp.from(time)))
        try await database.write { sql in
            let plan = try await self.actionPlan(sql, planID, visibleUnits: visibleUnits)
            guard plan.status == .open else {
                throw StoreError.invalid("text", "plan \(plan.number) is closed; ask its lead to reopen it")
            }
            try await sql.raw(
                """
                INSERT INTO plan_entries (id, plan_id, kind, text, author_id, author_name, created_at)
                VALUES (\(bind: entry.id), \(bind: planID), \(bind: kind.rawValue), \(bind: text), \(bind: actor.id),
                        \(bind: actor.name), \(bind: Timestamp.from(entry.createdAt)))
                """
            ).run()
        }
        return entry
    }

    /// A plan's suggestions and comments, oldest first.
    public func planEntries(_ planID: String, visibleUnits: Set<String>?) async throws -> [PlanEntry] {
        try await database.read { sql in
            _ = try await self.actionPlan(sql, planID, visibleUnits: visibleUnits)
            return try await sql.raw(
                "SELECT * FROM plan_entries WHERE plan_id = \(bind: planID) ORDER BY created_at, id"
            ).all().map { row in
                PlanEntry(
                    id: try row.string("id"), planID: planID,
                    kind: PlanEntry.Kind(rawValue: try row.string("kind")) ?? .comment, text: try row.string("text"),
                    authorID: try row.optionalString("author_id"), authorName: try row.string("author_name"),
                    createdAt: try row.date("created_at"), actionID: try row.optionalString("action_id"))
            }
        }
    }

    /// Adds an action; one taken from a suggestion marks the suggestion as taken up.
    @discardableResult
    public func addPlanAction(
        _ submitted: PlanActionDraft, to planID: String, visibleUnits: Set<String>?, by actor: AuditActor,
        at time: Date = Date()
    ) async throws -> PlanAction {
        let draft: PlanActionDraft
        do { draft = try submitted.validated(isNew: true) } catch { throw StoreError.invalid(error) }
        let now = Timestamp.date(Timestamp.from(time))
        let action = PlanAction(
            planID: planID, title: draft.title!, ownerID: draft.ownerID, due: draft.due, status: draft.status ?? .planned,
            suggestionID: draft.suggestionID, createdAt: now, updatedAt: now)
        let tree = try await unitTree()
        try await database.write { sql in
            let plan = try await self.actionPlan(sql, planID, visibleUnits: visibleUnits)
            guard plan.status == .open else {
                throw StoreError.invalid("title", "plan \(plan.number) is closed; reopen it to add actions")
            }
            if let owner = action.ownerID { try await self.requireActionOwner(sql, owner, of: plan, tree: tree) }
            if let suggestion = action.suggestionID {
                let found = try await sql.raw(
                    """
                    SELECT action_id FROM plan_entries
                     WHERE id = \(bind: suggestion) AND plan_id = \(bind: planID) AND kind = 'suggestion'
                    """
                ).first()
                guard let found else {
                    throw StoreError.invalid("suggestionID", "'\(suggestion)' is not a suggestion on plan \(plan.number)")
                }
                guard try found.optionalString("action_id") == nil else {
                    throw StoreError.invalid("suggestionID", "this suggestion already became an action; change that one instead")
                }
                try await sql.raw("UPDATE plan_entries SET action_id = \(bind: action.id) WHERE id = \(bind: suggestion)")
                    .run()
            }
            try await sql.raw(
                """
                INSERT INTO plan_actions (id, plan_id, title, owner_id, due, status, suggestion_id, created_at, updated_at)
                VALUES (\(bind: action.id), \(bind: planID), \(bind: action.title), \(bind: action.ownerID),
                        \(bind: action.due?.number), \(bind: action.status.rawValue), \(bind: action.suggestionID),
                        \(bind: Timestamp.from(now)), \(bind: Timestamp.from(now)))
                """
            ).run()
            try await audit(sql, actor, "create", "plan_action", action.id, "plan \(plan.number): \(action.title)")
        }
        return action
    }

    /// Changes an action: nil fields keep their value; `clearOwner`/`clearDue` empty them. Only the fields given
    /// are written, so that an owner's status and a lead's new due day, sent at once, both stay.
    @discardableResult
    public func updatePlanAction(
        _ actionID: String, in planID: String, _ submitted: PlanActionDraft, clearOwner: Bool = false,
        clearDue: Bool = false, visibleUnits: Set<String>?, by actor: AuditActor, at time: Date = Date()
    ) async throws -> PlanAction {
        let draft: PlanActionDraft
        do { draft = try submitted.validated(isNew: false) } catch { throw StoreError.invalid(error) }
        let tree = try await unitTree()
        return try await database.write { sql in
            let plan = try await self.actionPlan(sql, planID, visibleUnits: visibleUnits)
            guard plan.actions.contains(where: { $0.id == actionID }) else {
                throw StoreError.notFound(entity: "action", id: actionID)
            }
            guard plan.status == .open else {
                throw StoreError.invalid("status", "plan \(plan.number) is closed; reopen it to change its actions")
            }
            var changes: [SQLQueryString] = ["updated_at = \(bind: Timestamp.from(time))"]
            if let title = draft.title { changes.append("title = \(bind: title)") }
            if let owner = draft.ownerID {
                try await self.requireActionOwner(sql, owner, of: plan, tree: tree)
                changes.append("owner_id = \(bind: owner)")
            } else if clearOwner {
                changes.append("owner_id = NULL")
            }
            if let due = draft.due {
                changes.append("due = \(bind: due.number)")
            } else if clearDue {
                changes.append("due = NULL")
            }
            if let status = draft.status { changes.append("status = \(bind: status.rawValue)") }
            try await sql.raw(
                "UPDATE plan_actions SET " + changes.joined(separator: ", ") + " WHERE id = \(bind: actionID)"
            ).run()
            guard let action = try await self.planActions(sql, planIDs: [planID])[planID]?.first(where: { $0.id == actionID })
            else { throw StoreError.notFound(entity: "action", id: actionID) }
            try await audit(sql, actor, "update", "plan_action", actionID, "\(action.title): \(action.status.rawValue)")
            return action
        }
    }

    /// An action's owner is a person who works the plan's unit: active, allowed to take part, and seeing the unit.
    private func requireActionOwner(_ sql: any SQLDatabase, _ owner: String, of plan: ActionPlan, tree: UnitTree) async throws {
        guard let row = try await sql.raw("SELECT role, unit_id, disabled FROM users WHERE id = \(bind: owner)").first()
        else { throw StoreError.invalid("ownerID", "unknown user '\(owner)'") }
        guard
            PlanAction.mayOwn(
                role: Role(rawValue: try row.string("role")) ?? .viewer, unitID: try row.optionalString("unit_id"),
                disabled: try row.bool("disabled"), planUnit: plan.unitID, tree: tree)
        else {
            throw StoreError.invalid(
                "ownerID", "the owner must be an active colleague who works with this team's unit; choose someone from the list")
        }
    }

    /// Closes a plan or opens it again.
    @discardableResult
    public func setActionPlanStatus(
        _ planID: String, _ status: ActionPlan.Status, visibleUnits: Set<String>?, by actor: AuditActor,
        at time: Date = Date()
    ) async throws -> ActionPlan {
        try await database.write { sql in
            let plan = try await self.actionPlan(sql, planID, visibleUnits: visibleUnits)
            try await sql.raw(
                """
                UPDATE action_plans SET status = \(bind: status.rawValue),
                       closed_at = \(bind: status == .closed ? Timestamp.from(time) : nil)
                 WHERE id = \(bind: planID)
                """
            ).run()
            try await audit(sql, actor, status == .closed ? "close" : "reopen", "action_plan", planID, plan.title)
            return try await self.actionPlan(sql, planID, visibleUnits: visibleUnits)
        }
    }

    private func planActions(_ sql: any SQLDatabase, planIDs: [String]) async throws -> [String: [PlanAction]] {
        var byPlan: [String: [PlanAction]] = [:]
        for chunk in planIDs.chunked(maxRows: 1_000) {
            for row in try await sql.raw(
                "SELECT * FROM plan_actions WHERE plan_id IN (\(binds: Array(chunk))) ORDER BY created_at, id"
            ).all() {
                let due = try row.decode(column: "due", as: Int64?.self)
                let action = PlanAction(
                    id: try row.string("id"), planID: try row.string("plan_id"), title: try row.string("title"),
                    ownerID: try row.optionalString("owner_id"), due: due.map { LocalDay(Int($0)) },
                    status: PlanAction.Status(rawValue: try row.string("status")) ?? .planned,
                    suggestionID: try row.optionalString("suggestion_id"), createdAt: try row.date("created_at"),
                    updatedAt: try row.date("updated_at"))
                byPlan[action.planID, default: []].append(action)
            }
        }
        return byPlan
    }

    private static let planColumns: SQLQueryString = """
        SELECT p.*,
               (SELECT COUNT(*) FROM plan_entries e WHERE e.plan_id = p.id AND e.kind = 'suggestion') AS suggestions,
               (SELECT COUNT(*) FROM plan_entries e WHERE e.plan_id = p.id AND e.kind = 'comment') AS comments
          FROM action_plans p WHERE 
        """

    static func actionPlan(_ row: any SQLRow) throws -> ActionPlan {
        ActionPlan(
            id: try row.string("id"), number: try row.int("number"), unitID: try row.string("unit_id"),
            title: try row.string("title"), focus: try row.string("focus"), sourcePath: try row.optionalString("source_path"),
            status: ActionPlan.Status(rawValue: try row.string("status")) ?? .open, leadID: try row.optionalString("lead_id"),
            leadName: try row.string("lead_name"), createdAt: try row.date("created_at"),
            closedAt: try row.optionalDate("closed_at"), suggestions: try row.int("suggestions"),
            comments: try row.int("comments"))
    }
}
