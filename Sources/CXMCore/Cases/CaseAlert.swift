import Foundation

/// Something the escalation sweep did that people must hear about.
public struct CaseAlert: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A new case in a queue (announced once).
        case opened
        /// The current target is near (the owners are warned once per target).
        case dueSoon = "due_soon"
        /// The target passed: the team lead of the case's unit is told.
        case breached
        /// Still missed long after: the case moved to the next unit up.
        case movedUp = "moved_up"
    }

    public var kind: Kind
    public var caseID: String
    public var number: Int
    public var title: String
    /// The unit whose queue holds the case now.
    public var unitID: String
    public var assigneeID: String?
    public var due: Date?

    public init(
        kind: Kind, caseID: String, number: Int, title: String, unitID: String, assigneeID: String?, due: Date?
    ) {
        self.kind = kind
        self.caseID = caseID
        self.number = number
        self.title = title
        self.unitID = unitID
        self.assigneeID = assigneeID
        self.due = due
    }
}

/// Who hears of an alert: the person working the case; else the people of its queue unit who work
/// cases. A missed target also goes to the team leads over the unit, and a case moved up to the team
/// leads of the unit it moved to. Disabled users and those without an e-mail hear nothing.
public enum CaseAlertRouting {
    public static func recipients(of alert: CaseAlert, users: [User], tree: UnitTree) -> [User] {
        let active = users.filter { !$0.disabled && $0.role.allows(.workCases) && $0.email.contains("@") }
        var chosen: [User] = []
        if let assignee = alert.assigneeID, let user = active.first(where: { $0.id == assignee }) {
            chosen.append(user)
        } else if alert.kind == .opened || alert.kind == .dueSoon {
            chosen += active.filter { $0.unitID == alert.unitID }
        }
        if alert.kind == .breached || alert.kind == .movedUp {
            let above = Set(tree.ancestors(of: alert.unitID).map(\.id))
            chosen += active.filter { $0.role == .teamLead && $0.unitID.map(above.contains) == true }
        }
        var seen: Set<String> = []
        return chosen.filter { seen.insert($0.id).inserted }
    }
}
