import Foundation

/// A team's plan in answer to its results: a team lead starts it for their unit from a result page, asks the
/// team "what would be the best action plan for you?", and turns suggestions into actions with owners, due
/// dates and status. Plans roll up so that the CX lead sees every unit's.
public struct ActionPlan: Sendable, Codable, Hashable, Identifiable {
    public enum Status: String, Sendable, Codable, CaseIterable { case open, closed }

    public var id: String
    public var number: Int
    public var unitID: String
    public var title: String
    /// What in the results it answers, in the lead's words ("Waiting at lunch: NPS 18, down 9").
    public var focus: String
    /// The result page it was started from (a path within cxm), to read the numbers again.
    public var sourcePath: String?
    public var status: Status
    public var leadID: String?
    public var leadName: String
    public var createdAt: Date
    public var closedAt: Date?
    public var actions: [PlanAction]
    public var suggestions: Int
    public var comments: Int

    public init(
        id: String = Identifier.make(), number: Int, unitID: String, title: String, focus: String,
        sourcePath: String? = nil, status: Status = .open, leadID: String?, leadName: String, createdAt: Date,
        closedAt: Date? = nil, actions: [PlanAction] = [], suggestions: Int = 0, comments: Int = 0
    ) {
        self.id = id
        self.number = number
        self.unitID = unitID
        self.title = title
        self.focus = focus
        self.sourcePath = sourcePath
        self.status = status
        self.leadID = leadID
        self.leadName = leadName
        self.createdAt = createdAt
        self.closedAt = closedAt
        self.actions = actions
        self.suggestions = suggestions
        self.comments = comments
    }

    /// Where its actions stand on `today`.
    public func progress(today: LocalDay) -> PlanProgress { PlanProgress(actions, today: today) }
}

/// A team member's contribution to a plan: a suggestion for what to do, or a comment on the plan.
public struct PlanEntry: Sendable, Codable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case suggestion, comment }

    public var id: String
    public var planID: String
    public var kind: Kind
    public var text: String
    public var authorID: String?
    public var authorName: String
    public var createdAt: Date
    /// The action a suggestion became, once the lead took it up.
    public var actionID: String?

    public init(
        id: String = Identifier.make(), planID: String, kind: Kind, text: String, authorID: String?, authorName: String,
        createdAt: Date, actionID: String? = nil
    ) {
        self.id = id
        self.planID = planID
        self.kind = kind
        self.text = text
        self.authorID = authorID
        self.authorName = authorName
        self.createdAt = createdAt
        self.actionID = actionID
    }

    public static let maxLength = 2_000
}

/// One thing the team will do: who, by when, and how far it has come.
public struct PlanAction: Sendable, Codable, Hashable, Identifiable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case planned
        case doing
        case done
        /// Decided against; kept so that the plan shows what was tried and left.
        case dropped
    }

    public var id: String
    public var planID: String
    public var title: String
    public var ownerID: String?
    public var due: LocalDay?
    public var status: Status
    /// The suggestion it came from.
    public var suggestionID: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String = Identifier.make(), planID: String, title: String, ownerID: String? = nil, due: LocalDay? = nil,
        status: Status = .planned, suggestionID: String? = nil, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.planID = planID
        self.title = title
        self.ownerID = ownerID
        self.due = due
        self.status = status
        self.suggestionID = suggestionID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether a person may own an action of a plan for `unit`: active, taking part (not a viewer), and seeing the
    /// unit.
    public static func mayOwn(role: Role, unitID: String?, disabled: Bool, planUnit unit: String, tree: UnitTree) -> Bool {
        !disabled && role.allows(.recordObservations)
            && (Principal.scope(for: role, unitID: unitID, in: tree)?.contains(unit) ?? true)
    }

    /// Whether it is not done (nor dropped) and its due day has passed.
    public func isOverdue(today: LocalDay) -> Bool {
        guard let due, status == .planned || status == .doing else { return false }
        return due < today
    }
}

/// How far a plan's actions have come: the roll-up the CX lead reads.
public struct PlanProgress: Sendable, Codable, Hashable {
    public var planned: Int
    public var doing: Int
    public var done: Int
    public var dropped: Int
    public var overdue: Int

    public init(_ actions: [PlanAction], today: LocalDay) {
        planned = actions.count { $0.status == .planned }
        doing = actions.count { $0.status == .doing }
        done = actions.count { $0.status == .done }
        dropped = actions.count { $0.status == .dropped }
        overdue = actions.count { $0.isOverdue(today: today) }
    }

    /// Actions still meant to happen or done (dropped ones are not counted against the plan).
    public var total: Int { planned + doing + done }

    /// Done of those meant to happen; nil for a plan without actions yet.
    public var share: Double? { total == 0 ? nil : Double(done) / Double(total) }
}

/// A plan as its lead starts it.
public struct ActionPlanDraft: Sendable, Codable, Hashable {
    public var unitID: String?
    public var title: String
    public var focus: String?
    public var sourcePath: String?

    public init(unitID: String?, title: String, focus: String? = nil, sourcePath: String? = nil) {
        self.unitID = unitID
        self.title = title
        self.focus = focus
        self.sourcePath = sourcePath
    }

    public func validated() throws(ValidationFailure) -> ActionPlanDraft {
        var check = Validator()
        var draft = self
        draft.title = check.text(title, field: "title", maxLength: 200)
        if draft.title.isEmpty {
            check.add("title", "must say what the plan is about, e.g. 'Shorter queues at lunch'", code: .required)
        }
        draft.focus = check.text(focus ?? "", field: "focus", maxLength: 2_000)
        draft.unitID = unitID?.trimmedWhitespace.nilIfEmpty
        if let unit = draft.unitID {
            check.check(Identifier.isValid(unit), "unitID", "'\(unit)' is not a valid id")
        } else {
            check.add("unitID", "name the unit the plan is for: a plan belongs to one team", code: .required)
        }
        draft.sourcePath = sourcePath?.trimmedWhitespace.nilIfEmpty
        if let path = draft.sourcePath {
            check.check(
                Self.isLocalPath(path), "sourcePath",
                "must be a path within cxm starting with '/', such as '/dashboards/units?unit=…'")
        }
        try check.finish()
        return draft
    }

    /// A path on this site: starts with one slash, no scheme, no backslash, no control characters.
    public static func isLocalPath(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasPrefix("//") && path.count <= 1_000
            && !path.unicodeScalars.contains { $0 == "\\" || $0.properties.generalCategory == .control }
    }
}

/// An action as the lead adds or changes it; nil fields of a change keep what was there.
public struct PlanActionDraft: Sendable, Codable, Hashable {
    public var title: String?
    public var ownerID: String?
    public var due: LocalDay?
    public var status: PlanAction.Status?
    public var suggestionID: String?

    public init(
        title: String? = nil, ownerID: String? = nil, due: LocalDay? = nil, status: PlanAction.Status? = nil,
        suggestionID: String? = nil
    ) {
        self.title = title
        self.ownerID = ownerID
        self.due = due
        self.status = status
        self.suggestionID = suggestionID
    }

    /// Checks a new action (`isNew`: a title is required) or a change.
    public func validated(isNew: Bool) throws(ValidationFailure) -> PlanActionDraft {
        var check = Validator()
        var draft = self
        if let title {
            draft.title = check.text(title, field: "title", maxLength: 300)
            if draft.title!.isEmpty { check.add("title", "must say what will be done", code: .required) }
        } else if isNew {
            check.add("title", "is required: say what will be done", code: .required)
        }
        draft.ownerID = ownerID?.trimmedWhitespace.nilIfEmpty
        draft.suggestionID = suggestionID?.trimmedWhitespace.nilIfEmpty
        for (field, value) in [("ownerID", draft.ownerID), ("suggestionID", draft.suggestionID)] {
            if let value { check.check(Identifier.isValid(value), field, "'\(value)' is not a valid id") }
        }
        try check.finish()
        return draft
    }
}
