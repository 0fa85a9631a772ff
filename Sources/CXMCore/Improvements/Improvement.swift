import Foundation

/// Where an improvement stands on the board. Accepted and in-progress items take the improvement capacity;
/// a delivered one waits for its effect to be measured; a declined one stays as a decision.
public enum ImprovementStage: String, Sendable, Codable, CaseIterable, Hashable {
    case proposed
    case accepted
    case inProgress = "in_progress"
    case delivered
    case measured
    case declined

    /// The board's columns, left to right.
    public static let board: [ImprovementStage] = [.proposed, .accepted, .inProgress, .delivered, .measured]

    /// The stages an item may move to from here: one step on, one step back, or out (declined).
    public var moves: [ImprovementStage] {
        switch self {
        case .proposed: [.accepted, .declined]
        case .accepted: [.inProgress, .proposed, .declined]
        case .inProgress: [.delivered, .accepted]
        case .delivered: [.measured, .inProgress]
        case .measured: [.delivered]
        case .declined: [.proposed]
        }
    }

    /// Whether an item here has a WIP limit to respect.
    public var isLimited: Bool { self == .accepted || self == .inProgress }

    /// Whether a move from here to `stage` takes work back or off the board: it needs a reason, so that the
    /// improvement list is never drained in silence by other work.
    public func isSetback(to stage: ImprovementStage) -> Bool {
        guard let from = Self.board.firstIndex(of: self) else { return false }
        guard let to = Self.board.firstIndex(of: stage) else { return self != .proposed }
        return to < from
    }
}

/// What an improvement is based on: something cxm holds that the proposer could see.
public struct EvidenceLink: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable, Hashable {
        case response, theme, alert, `case`, observation, incident
        /// A step of a funnel where visitors drop off: the id is `funnelID:step` (step from 1).
        case funnelStep = "funnel_step"
    }

    public var kind: Kind
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// The funnel and step a `funnelStep` link names.
    public var funnelStep: (funnelID: String, step: Int)? {
        guard kind == .funnelStep, let colon = id.lastIndex(of: ":"), let step = Int(id[id.index(after: colon)...]),
            step >= 1
        else { return nil }
        return (String(id[..<colon]), step)
    }

    /// Checks the id's shape (whether the thing exists and may be seen is the store's to check).
    public func validated(field: String) throws(ValidationFailure) -> EvidenceLink {
        switch kind {
        case .theme:
            guard !id.isEmpty, id.count <= 120, id.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
                throw ValidationFailure(field: field, "'\(id)' is not a theme id (such as queue.waiting)")
            }
        case .funnelStep:
            guard let step = funnelStep, Identifier.isValid(step.funnelID) else {
                throw ValidationFailure(field: field, "'\(id)' is not a funnel step; write funnelID:step, such as f1:3")
            }
        default:
            guard Identifier.isValid(id) else { throw ValidationFailure(field: field, "'\(id)' is not a valid id") }
        }
        return self
    }
}

/// A change to the experience worked on the improvement list, separate from development work: the problem,
/// what should happen if it is fixed, the evidence, where, who owns it and how much work it is.
public struct Improvement: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// A short number people can say ("improvement 12").
    public var number: Int
    public var title: String
    public var problem: String
    /// What should change for customers when it is done, and how one would see it.
    public var hypothesis: String
    public var touchpointID: String?
    /// The units it is for; empty: the whole company.
    public var unitIDs: [String]
    public var ownerID: String?
    /// The work it takes, in person-days; nil until estimated.
    public var effortDays: Double?
    public var stage: ImprovementStage
    public var stageChangedAt: Date
    /// When it was delivered (the effect is measured from here).
    public var deliveredAt: Date?
    public var evidence: [EvidenceLink]
    /// The impact score as last worked out from the evidence, and when.
    public var impact: ImpactScore?
    public var impactAt: Date?
    /// What it did, once measured after its delivery.
    public var effect: ImprovementEffect?
    public var createdBy: String
    /// The user who proposed it (nil for the system or a token).
    public var proposerID: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// Raised by every change; a change made against an older version is refused.
    public var version: Int

    public init(
        id: String = Identifier.make(), number: Int = 0, title: String, problem: String = "", hypothesis: String = "",
        touchpointID: String? = nil, unitIDs: [String] = [], ownerID: String? = nil, effortDays: Double? = nil,
        stage: ImprovementStage = .proposed, evidence: [EvidenceLink] = [], createdBy: String, createdAt: Date
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.problem = problem
        self.hypothesis = hypothesis
        self.touchpointID = touchpointID
        self.unitIDs = unitIDs
        self.ownerID = ownerID
        self.effortDays = effortDays
        self.stage = stage
        self.stageChangedAt = createdAt
        self.evidence = evidence
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.version = 1
    }

    /// The item as a reader who may open only `visible` of its evidence sees it: the other links left out,
    /// and their lines in the impact score kept (the score is the score) but marked hidden, without label or id.
    public func redacted(visible: Set<EvidenceLink>) -> Improvement {
        var item = self
        item.evidence = evidence.filter(visible.contains)
        if var impact = item.impact {
            impact.evidence = impact.evidence.map { reach in
                guard !visible.contains(reach.link) else { return reach }
                var hidden = reach
                hidden.label = ""
                hidden.link = EvidenceLink(kind: reach.link.kind, id: "")
                hidden.hidden = true
                return hidden
            }
            item.impact = impact
        }
        return item
    }

    /// Whether a reader who sees `visibleUnits` (nil: all) sees it: company-wide items are everyone's.
    public func isVisible(to visibleUnits: Set<String>?) -> Bool {
        guard let visibleUnits, !unitIDs.isEmpty else { return true }
        return unitIDs.contains(where: visibleUnits.contains)
    }
}

/// The fields of an improvement a person writes (form or API).
public struct ImprovementDraft: Sendable, Codable, Hashable {
    public var title: String
    public var problem: String?
    public var hypothesis: String?
    public var touchpointID: String?
    public var unitIDs: [String]?
    public var ownerID: String?
    public var effortDays: Double?
    public var evidence: [EvidenceLink]?

    public init(
        title: String, problem: String? = nil, hypothesis: String? = nil, touchpointID: String? = nil,
        unitIDs: [String]? = nil, ownerID: String? = nil, effortDays: Double? = nil, evidence: [EvidenceLink]? = nil
    ) {
        self.title = title
        self.problem = problem
        self.hypothesis = hypothesis
        self.touchpointID = touchpointID
        self.unitIDs = unitIDs
        self.ownerID = ownerID
        self.effortDays = effortDays
        self.evidence = evidence
    }

    public static let maxEvidence = 200

    /// The draft trimmed and checked field by field.
    public func validated() throws(ValidationFailure) -> ImprovementDraft {
        var check = Validator()
        var draft = self
        draft.title = check.name(title, field: "title", maxLength: 200)
        draft.problem = check.text(problem ?? "", field: "problem")
        draft.hypothesis = check.text(hypothesis ?? "", field: "hypothesis")
        draft.touchpointID = touchpointID?.trimmedWhitespace.nilIfEmpty
        draft.ownerID = ownerID?.trimmedWhitespace.nilIfEmpty
        for (field, value) in [("touchpointID", draft.touchpointID), ("ownerID", draft.ownerID)] {
            guard let value else { continue }
            check.check(Identifier.isValid(value), field, "'\(value)' is not a valid id")
        }
        var units: [String] = []
        for (index, unit) in (unitIDs ?? []).enumerated() {
            let unit = unit.trimmedWhitespace
            guard !unit.isEmpty, !units.contains(unit) else { continue }
            check.check(Identifier.isValid(unit), "unitIDs[\(index)]", "'\(unit)' is not a valid id")
            units.append(unit)
        }
        check.check(units.count <= 100, "unitIDs", "may name at most 100 units")
        // Left out (nil) stays left out: a change that does not name them keeps what the item has.
        draft.unitIDs = unitIDs == nil ? nil : units
        if let effort = effortDays {
            check.check(
                effort.isFinite && effort > 0 && effort <= 1_000, "effortDays",
                "must be a number of person-days above 0 and at most 1000 (got \(effort))")
        }
        var links: [EvidenceLink] = []
        for (index, link) in (evidence ?? []).enumerated() {
            do {
                let link = try link.validated(field: "evidence[\(index)].id")
                if !links.contains(link) { links.append(link) }
            } catch { check.merge(error, prefix: "") }
        }
        check.check(
            links.count <= Self.maxEvidence, "evidence", "may hold at most \(Self.maxEvidence) links (got \(links.count))")
        draft.evidence = evidence == nil ? nil : links
        try check.finish()
        return draft
    }
}

extension Principal {
    /// Whether the principal may change the item's fields: those who manage the list, and its owner or proposer
    /// while it is still open; a unit-bound person never a company-wide item (that would decide who sees it).
    public func mayEdit(_ item: Improvement) -> Bool {
        if may(.manageImprovements) { return true }
        guard may(.proposeImprovements), case .user(let id) = kind, item.ownerID == id || item.proposerID == id else {
            return false
        }
        guard visibleUnits == nil || !item.unitIDs.isEmpty else { return false }
        return item.stage != .measured && item.stage != .declined
    }

    /// Whether the principal may name `ownerID` as an item's owner where it was `current`: those who manage the
    /// list name anyone; others leave it as it was or name themselves on an item without an owner.
    public func mayAssignOwner(_ ownerID: String?, current: String?) -> Bool {
        if may(.manageImprovements) || ownerID == current { return true }
        guard case .user(let id) = kind else { return false }
        return current == nil && ownerID == id
    }

    /// Whether the principal may move the item to the stage: those who manage the list move anything; the
    /// item's owner moves their accepted work along, but neither accepts nor declines.
    public func mayMove(_ item: Improvement, to stage: ImprovementStage) -> Bool {
        if may(.manageImprovements) { return true }
        guard may(.proposeImprovements), case .user(let id) = kind, item.ownerID == id else { return false }
        let decisions: Set<ImprovementStage> = [.proposed, .declined]
        return !decisions.contains(item.stage) && !decisions.contains(stage)
    }
}
