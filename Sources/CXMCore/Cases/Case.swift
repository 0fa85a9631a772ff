import Foundation

/// A piece of follow-up work with one customer: a detractor to call back, a complaint to sort
/// out. It belongs to a unit's queue, may be assigned to a person, and runs against two targets:
/// first contact and resolution, both in the unit's business hours.
public struct Case: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// A short number people can say on the phone ("case 1042"), given by the store.
    public var number: Int
    public var title: String
    public var status: CaseStatus
    public var priority: CasePriority
    public var source: CaseSource
    /// The rule that opened it, for cases a rule opened.
    public var ruleID: String?
    public var responseID: String?
    public var complaintID: String?
    public var customerID: String?
    public var surveyID: String?
    public var touchpointID: String?
    /// The unit whose queue holds the case.
    public var unitID: String
    /// The user working it, if anyone is.
    public var assigneeID: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// The first-contact and resolution targets; nil for a case opened without any.
    public var targets: CaseTargets?
    public var firstContactAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    /// How far the case has been escalated for a missed target.
    public var escalation: CaseEscalation
    /// Why it went wrong, from the workspace's list of root causes, and where in the journey.
    public var rootCause: String?
    public var rootCauseTouchpointID: String?
    /// How it ended, from the workspace's list of resolution codes.
    public var resolutionCode: String?
    /// Raised by every change; a change made against an older version is refused.
    public var version: Int

    public init(
        id: String = Identifier.make(), number: Int = 0, title: String, status: CaseStatus = .new,
        priority: CasePriority = .normal, source: CaseSource, ruleID: String? = nil, responseID: String? = nil,
        complaintID: String? = nil, customerID: String? = nil, surveyID: String? = nil, touchpointID: String? = nil,
        unitID: String, assigneeID: String? = nil, createdAt: Date, targets: CaseTargets? = nil
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.status = status
        self.priority = priority
        self.source = source
        self.ruleID = ruleID
        self.responseID = responseID
        self.complaintID = complaintID
        self.customerID = customerID
        self.surveyID = surveyID
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.assigneeID = assigneeID
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.targets = targets
        self.escalation = .none
        self.version = 1
    }

    public var firstContactDue: Date? { targets?.firstContact.due }
    public var resolutionDue: Date? { targets?.resolution.due }

    /// The target the case runs against now: first contact until someone has reached the
    /// customer, then resolution; none once resolved.
    public var currentTarget: CaseTargets.Target? {
        guard status.isOpen, let targets else { return nil }
        return firstContactAt == nil ? targets.firstContact : targets.resolution
    }

    /// Moves the case to another status, stamping the times the reports measure. Refused, with
    /// the statuses allowed from here, when the move is not one of them; resolving needs a
    /// resolution code.
    public mutating func transition(to next: CaseStatus, at time: Date) throws(CaseError) {
        guard next != status else { return }
        guard status.allowedNext.contains(next) else {
            throw .illegalTransition(from: status, to: next, allowed: status.allowedNext)
        }
        if next == .resolved || (next == .closed && resolvedAt == nil), resolutionCode == nil {
            throw .resolutionCodeRequired
        }
        switch next {
        case .contacted:
            if firstContactAt == nil { firstContactAt = time }
        case .resolved:
            resolvedAt = time
        case .closed:
            if resolvedAt == nil { resolvedAt = time }
            closedAt = time
        case .inProgress where !status.isOpen:
            // Reopened: the case runs again, and its resolution is history.
            resolvedAt = nil
            closedAt = nil
        case .new, .inProgress, .waitingForCustomer:
            break
        }
        status = next
        updatedAt = time
    }

    /// Records that someone reached the customer: the first-contact target is met, and a new case
    /// counts as contacted.
    public mutating func recordContact(at time: Date, reached: Bool) {
        guard reached else { return }
        if firstContactAt == nil { firstContactAt = time }
        if status == .new { status = .contacted }
        updatedAt = time
    }
}

/// How far an overdue case has gone up.
public enum CaseEscalation: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case none
    /// The team lead of the case's unit has been told.
    case teamLead = "team_lead"
    /// The case has moved to the next unit up the tree.
    case parentUnit = "parent_unit"

    public var level: Int {
        switch self {
        case .none: 0
        case .teamLead: 1
        case .parentUnit: 2
        }
    }

    public static func < (lhs: CaseEscalation, rhs: CaseEscalation) -> Bool { lhs.level < rhs.level }
}

/// Why a change to a case was refused.
public enum CaseError: Error, Sendable, Hashable, CustomStringConvertible {
    case illegalTransition(from: CaseStatus, to: CaseStatus, allowed: [CaseStatus])
    case resolutionCodeRequired
    /// Someone else changed the case first.
    case versionConflict(expected: Int, current: Int)

    public var description: String {
        switch self {
        case .illegalTransition(let from, let to, let allowed):
            "a case cannot go from \(from.rawValue) to \(to.rawValue); from \(from.rawValue) it can go to "
                + allowed.map(\.rawValue).joined(separator: ", ")
        case .resolutionCodeRequired:
            "a case needs a resolution code before it is resolved or closed; set resolutionCode"
        case .versionConflict(let expected, let current):
            "the case changed since you read it (you sent version \(expected), it is now at version \(current)); "
                + "read it again and repeat your change"
        }
    }
}
