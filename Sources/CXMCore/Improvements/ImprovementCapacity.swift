import Foundation

/// The improvement list's own capacity: a share of the team's person-days each month reserved for it, and
/// limits on how many items may be accepted and in progress at once. Work beyond either, and any setback,
/// needs a reason that is kept: the list cannot be drained in silence by the new-development list.
public struct ImprovementCapacity: Sendable, Codable, Hashable {
    /// The person-days the teams have in a month, for all their work.
    public var teamDaysPerMonth: Double
    /// The share of them reserved for improvements (0.2: one day in five).
    public var improvementShare: Double
    public var acceptedLimit: Int
    public var inProgressLimit: Int

    public init(teamDaysPerMonth: Double = 100, improvementShare: Double = 0.2, acceptedLimit: Int = 10, inProgressLimit: Int = 5)
    {
        self.teamDaysPerMonth = teamDaysPerMonth
        self.improvementShare = improvementShare
        self.acceptedLimit = acceptedLimit
        self.inProgressLimit = inProgressLimit
    }

    /// The person-days a month reserved for improvements.
    public var reservedDays: Double { teamDaysPerMonth * improvementShare }

    public func limit(of stage: ImprovementStage) -> Int? {
        switch stage {
        case .accepted: acceptedLimit
        case .inProgress: inProgressLimit
        default: nil
        }
    }

    public func validated() throws(ValidationFailure) -> ImprovementCapacity {
        var check = Validator()
        check.check(
            teamDaysPerMonth.isFinite && teamDaysPerMonth > 0 && teamDaysPerMonth <= 1_000_000, "teamDaysPerMonth",
            "must be the teams' person-days in a month, above 0 (got \(teamDaysPerMonth))")
        check.check(
            improvementShare.isFinite && improvementShare > 0 && improvementShare <= 1, "improvementShare",
            "must be a share above 0 and at most 1, such as 0.2 for one day in five (got \(improvementShare))")
        for (field, limit) in [("acceptedLimit", acceptedLimit), ("inProgressLimit", inProgressLimit)] {
            check.check((1...1_000).contains(limit), field, "must be a whole number from 1 to 1000 (got \(limit))")
        }
        try check.finish()
        return self
    }

    /// Whether these settings give improvements less room than `earlier` did (that needs a reason).
    public func isSmaller(than earlier: ImprovementCapacity) -> Bool {
        reservedDays < earlier.reservedDays - 1e-9 || acceptedLimit < earlier.acceptedLimit
            || inProgressLimit < earlier.inProgressLimit
    }
}

/// Why a move needs a reason before it is made.
public enum ReasonNeeded: Sendable, Hashable, Codable {
    /// The stage already holds its limit of items.
    case wipLimit(stage: ImprovementStage, limit: Int, count: Int)
    /// The effort in progress would pass the person-days reserved for a month.
    case capacity(reservedDays: Double, committedDays: Double)
    /// Work taken back or off the board.
    case setback(from: ImprovementStage, to: ImprovementStage)
}

extension ReasonNeeded: CustomStringConvertible {
    public var description: String {
        switch self {
        case .wipLimit(let stage, let limit, let count):
            "\(stage.rawValue) holds \(count) items and its limit is \(limit)"
        case .capacity(let reserved, let committed):
            "work in progress would take \(Self.days(committed)) person-days of the \(Self.days(reserved)) reserved a month"
        case .setback(let from, let to): "the item goes back from \(from.rawValue) to \(to.rawValue)"
        }
    }

    /// Person-days as messages write them: whole days without decimals.
    public static func days(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// The board: the items at each stage and what they take of the capacity.
public struct ImprovementBoard: Sendable, Hashable {
    public var capacity: ImprovementCapacity
    /// Every item (of every reader's units: limits and capacity are the whole list's).
    public var items: [Improvement]

    public init(capacity: ImprovementCapacity, items: [Improvement]) {
        self.capacity = capacity
        self.items = items
    }

    public func count(at stage: ImprovementStage) -> Int { items.filter { $0.stage == stage }.count }

    /// The person-days of the items in progress (items not estimated count nothing, and are shown as such).
    public var committedDays: Double {
        items.filter { $0.stage == .inProgress }.reduce(0) { $0 + ($1.effortDays ?? 0) }
    }

    public var unestimatedInProgress: Int { items.filter { $0.stage == .inProgress && $0.effortDays == nil }.count }

    /// What a move of `item` to `stage` would pass or undo; empty when it may simply be made.
    public func reasonsNeeded(moving item: Improvement, to stage: ImprovementStage) -> [ReasonNeeded] {
        var reasons: [ReasonNeeded] = []
        if item.stage.isSetback(to: stage) { reasons.append(.setback(from: item.stage, to: stage)) }
        if let limit = capacity.limit(of: stage) {
            let count = items.filter { $0.stage == stage && $0.id != item.id }.count
            if count >= limit { reasons.append(.wipLimit(stage: stage, limit: limit, count: count)) }
        }
        if stage == .inProgress, item.stage != .inProgress {
            let committed = committedDays + (item.effortDays ?? 0)
            if committed > capacity.reservedDays + 1e-9 {
                reasons.append(.capacity(reservedDays: capacity.reservedDays, committedDays: committed))
            }
        }
        return reasons
    }
}

/// A move on the board that was made, and the reason given where one was needed.
public struct ImprovementMove: Sendable, Codable, Hashable {
    public var improvementID: String
    public var from: ImprovementStage
    public var to: ImprovementStage
    public var reasonsNeeded: [ReasonNeeded]
    public var reason: String?
    public var by: String
    public var at: Date

    public init(
        improvementID: String, from: ImprovementStage, to: ImprovementStage, reasonsNeeded: [ReasonNeeded],
        reason: String?, by: String, at: Date
    ) {
        self.improvementID = improvementID
        self.from = from
        self.to = to
        self.reasonsNeeded = reasonsNeeded
        self.reason = reason
        self.by = by
        self.at = at
    }
}
