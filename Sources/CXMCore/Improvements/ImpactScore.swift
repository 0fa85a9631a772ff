import Foundation

/// What one piece of evidence says about a problem's size: the customers it stands for and how badly they
/// fared (0: not at all, 1: as badly as can be measured), with what each figure was read from.
public struct EvidenceReach: Sendable, Hashable, Codable {
    /// What the severity was read from.
    public enum Basis: Sendable, Hashable, Codable {
        /// An answer's 0–10 score: (10 − score) / 10.
        case score(value: Double)
        /// The negative mentions of a theme among all its mentions.
        case negativeMentions(negative: Int, mentions: Int)
        /// An alert's change for the worse (1) or not (0.5).
        case alert(worse: Bool)
        /// A case's priority: low 0.25, normal 0.5, high 0.75, urgent 1.
        case casePriority(priority: CasePriority)
        /// An incident's minutes of impact against a full day, at least 0.25.
        case incidentMinutes(minutes: Int)
        /// Visitors who reached the step before and not this one, among those who reached the step before.
        case dropOff(dropped: Int, reached: Int)
        /// Staff report no measure of how bad it is: 0.5.
        case reported
        /// The evidence holds nothing to read (gone, or outside what the reader sees): it counts nothing.
        case unavailable

        /// The severity, 0 (not at all) to 1 (as bad as can be measured).
        public var severity: Double {
            switch self {
            case .score(let score): min(1, max(0, (10 - score) / 10))
            case .negativeMentions(let negative, let mentions): mentions == 0 ? 0 : Double(negative) / Double(mentions)
            case .alert(let worse): worse ? 1 : 0.5
            case .casePriority(let priority): Double(priority.rank + 1) / 4
            case .incidentMinutes(let minutes): min(1, max(0.25, Double(minutes) / 1_440))
            case .dropOff(let dropped, let reached): reached == 0 ? 0 : Double(dropped) / Double(reached)
            case .reported: 0.5
            case .unavailable: 0
            }
        }
    }

    public var link: EvidenceLink
    /// What the evidence is, for people ("Queue, waiting time: 41 mentions").
    public var label: String
    public var customers: Int
    /// Whether `customers` is an estimate (staff's "daily", an incident's share of customers).
    public var estimated: Bool
    public var basis: Basis
    /// True where the reader may not open this piece: its label and id are left out, its figures still count.
    public var hidden: Bool?

    public init(link: EvidenceLink, label: String, customers: Int, estimated: Bool = false, basis: Basis) {
        self.link = link
        self.label = label
        self.customers = basis == .unavailable ? 0 : max(0, customers)
        self.estimated = estimated
        self.basis = basis
    }

    public var severity: Double { basis.severity }
}

/// How much the touchpoint matters to customers' overall judgement: its driver weight in the journey's kept
/// driver analysis, against the average driver's.
public struct ImpactImportance: Sendable, Hashable, Codable {
    /// The driver's share of the explained variance (0–1) and how many drivers share it; nil when no kept
    /// analysis has the touchpoint as a driver (the factor is then 1, as for an average driver).
    public var share: Double?
    public var drivers: Int
    public var significant: Bool
    /// The outcome the analysis explains ("NPS").
    public var outcome: String?

    public init(share: Double? = nil, drivers: Int = 0, significant: Bool = false, outcome: String? = nil) {
        self.share = share
        self.drivers = drivers
        self.significant = significant
        self.outcome = outcome
    }

    /// The factor in the score: the driver's share times the number of drivers (1 for an average driver).
    public var factor: Double {
        guard let share, drivers > 0, share.isFinite else { return 1 }
        return max(0, share) * Double(drivers)
    }
}

/// An improvement's impact score: customers affected × driver importance × severity, with every factor and
/// where it came from, so that the score can be read and argued with.
public struct ImpactScore: Sendable, Hashable, Codable {
    /// The most customers any one piece of evidence stands for: evidence of one problem describes, in large
    /// part, the same customers, so adding them up would count people twice.
    public var customers: Int
    public var customersEstimated: Bool
    public var importance: ImpactImportance
    /// The mean severity of the evidence, weighted by the customers each stands for.
    public var severity: Double
    public var score: Double
    public var evidence: [EvidenceReach]

    public init(evidence: [EvidenceReach], importance: ImpactImportance) {
        self.evidence = evidence
        self.importance = importance
        let counted = evidence.filter { $0.basis != .unavailable }
        // The widest reach; of two equal, a measured one before an estimate.
        let widest = counted.max { ($0.customers, $0.estimated ? 0 : 1) < ($1.customers, $1.estimated ? 0 : 1) }
        customers = widest?.customers ?? 0
        customersEstimated = widest?.estimated ?? false
        let weight = counted.reduce(0) { $0 + max(1, $1.customers) }
        severity = weight == 0 ? 0 : counted.reduce(0) { $0 + Double(max(1, $1.customers)) * $1.severity } / Double(weight)
        score = (Double(customers) * importance.factor * severity * 10).rounded() / 10
    }
}
