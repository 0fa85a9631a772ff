/// Where a case stands. A case starts `new`, is worked (`contacted`, `inProgress`,
/// `waitingForCustomer`), is `resolved` when the customer's problem is sorted out, and `closed`
/// when nothing more will happen (the re-survey goes out then). Resolved and closed cases can be
/// reopened: a customer who calls back is the same case.
public enum CaseStatus: String, Sendable, Codable, Hashable, CaseIterable {
    case new
    case contacted
    case inProgress = "in_progress"
    case waitingForCustomer = "waiting_for_customer"
    case resolved
    case closed

    /// The statuses a case may move to from this one.
    public var allowedNext: [CaseStatus] {
        switch self {
        case .new: [.contacted, .inProgress, .resolved, .closed]
        case .contacted: [.inProgress, .waitingForCustomer, .resolved]
        case .inProgress: [.contacted, .waitingForCustomer, .resolved]
        case .waitingForCustomer: [.contacted, .inProgress, .resolved]
        case .resolved: [.closed, .inProgress]
        case .closed: [.inProgress]
        }
    }

    /// Open cases are in someone's queue and run against their targets.
    public var isOpen: Bool { self != .resolved && self != .closed }
}

/// How urgent a case is; it orders queues and chooses the targets a rule gives.
public enum CasePriority: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case low, normal, high, urgent

    public var rank: Int {
        switch self {
        case .low: 0
        case .normal: 1
        case .high: 2
        case .urgent: 3
        }
    }

    public static func < (lhs: CasePriority, rhs: CasePriority) -> Bool { lhs.rank < rhs.rank }
}

/// What a case was opened from.
public enum CaseSource: String, Sendable, Codable, Hashable, CaseIterable {
    /// A survey response a rule matched.
    case response
    /// A complaint through the public form or the API.
    case complaint
    /// Opened by a person (from a response, a customer or an observation).
    case manual
}
