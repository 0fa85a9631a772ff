import Foundation

/// The result of a key-driver analysis: how much of the outcome the drivers explain, and each driver's
/// share, with intervals; drivers that could not be estimated are listed with the reason.
public struct DriverReport: Sendable, Hashable, Codable {
    public var outcome: DriverSummary
    public var missing: MissingAnswers
    public var confidence: Double
    /// Rows used: those with an outcome answer (pairwise) or those complete in every driver (listwise).
    public var n: Int
    /// Pairwise: the fewest rows behind any correlation in the model.
    public var smallestPairN: Int?
    /// The share of the outcome's variance the drivers explain together; nil when nothing could be estimated.
    public var rSquared: Double?
    public var rSquaredInterval: Interval?
    /// The estimated drivers, significant ones first by relative weight, then the rest by relative weight.
    public var drivers: [DriverImportance]
    /// Drivers left out, each with its reason.
    public var excluded: [ExcludedDriver]
    /// Why nothing could be estimated, if so.
    public var problem: DriverProblem?
    /// Bootstrap replicates run and the rows each drew.
    public var replicates: Int
    public var replicateRows: Int
    /// Whether the Shapley decomposition was run (not beyond 15 drivers, nor when switched off).
    public var shapleyComputed: Bool

    /// Creates a report.
    public init(
        outcome: DriverSummary, missing: MissingAnswers, confidence: Double, n: Int, smallestPairN: Int? = nil,
        rSquared: Double? = nil, rSquaredInterval: Interval? = nil, drivers: [DriverImportance] = [],
        excluded: [ExcludedDriver] = [], problem: DriverProblem? = nil, replicates: Int = 0, replicateRows: Int = 0,
        shapleyComputed: Bool = false
    ) {
        self.outcome = outcome
        self.missing = missing
        self.confidence = confidence
        self.n = n
        self.smallestPairN = smallestPairN
        self.rSquared = rSquared
        self.rSquaredInterval = rSquaredInterval
        self.drivers = drivers
        self.excluded = excluded
        self.problem = problem
        self.replicates = replicates
        self.replicateRows = replicateRows
        self.shapleyComputed = shapleyComputed
    }
}

/// A variable's identity and the answers behind it.
public struct DriverSummary: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var kind: DriverKind?
    /// Rows that answer it.
    public var n: Int
    /// Its mean over those rows (for a 0/1 driver, the share of rows where it applies).
    public var mean: Double?

    /// Creates a summary.
    public init(id: String, label: String, kind: DriverKind? = nil, n: Int, mean: Double? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.n = n
        self.mean = mean
    }
}

/// One driver's importance by three measures.
public struct DriverImportance: Sendable, Hashable, Codable {
    public var driver: DriverSummary
    /// Rows answering both the driver and the outcome.
    public var pairN: Int
    /// The Pearson correlation with the outcome, its interval (Fisher z) and p-value.
    public var correlation: Double
    public var correlationInterval: Interval
    public var correlationP: Double
    /// Johnson's relative weight: the driver's part of R².
    public var relativeWeight: Double
    public var relativeWeightInterval: Interval?
    /// The relative weight as a percentage of R².
    public var share: Double
    /// The Shapley (LMG) value, when computed.
    public var shapley: Double?
    public var shapleyInterval: Interval?
    /// Whether the driver carries more weight than a random variable would, at the report's confidence.
    public var significant: Bool
    /// 1 for the most important significant driver; nil for drivers not significant, which are not ranked.
    public var rank: Int?

    /// Creates an importance.
    public init(
        driver: DriverSummary, pairN: Int, correlation: Double, correlationInterval: Interval, correlationP: Double,
        relativeWeight: Double, relativeWeightInterval: Interval?, share: Double, shapley: Double?,
        shapleyInterval: Interval?, significant: Bool, rank: Int?
    ) {
        self.driver = driver
        self.pairN = pairN
        self.correlation = correlation
        self.correlationInterval = correlationInterval
        self.correlationP = correlationP
        self.relativeWeight = relativeWeight
        self.relativeWeightInterval = relativeWeightInterval
        self.share = share
        self.shapley = shapley
        self.shapleyInterval = shapleyInterval
        self.significant = significant
        self.rank = rank
    }
}

/// A driver that could not be part of the model.
public struct ExcludedDriver: Sendable, Hashable, Codable {
    /// Why a driver was left out.
    public enum Reason: String, Sendable, Codable, Hashable {
        /// Every answer is the same (or the outcome does not vary where it is answered).
        case noVariance
        /// Fewer answers together with the outcome than `needed`.
        case tooFewAnswers
        /// It is (almost) a linear combination of the drivers in `collinearWith`.
        case collinear
    }

    public var driver: DriverSummary
    public var reason: Reason
    /// The answers it has together with the outcome, and how many it needs (for `tooFewAnswers`).
    public var pairN: Int
    public var needed: Int?
    /// The ids of the drivers it duplicates (for `collinear`).
    public var collinearWith: [String]

    /// Creates an exclusion.
    public init(driver: DriverSummary, reason: Reason, pairN: Int, needed: Int? = nil, collinearWith: [String] = []) {
        self.driver = driver
        self.reason = reason
        self.pairN = pairN
        self.needed = needed
        self.collinearWith = collinearWith
    }
}

/// Why a driver analysis could not be estimated at all.
public struct DriverProblem: Sendable, Hashable, Codable {
    /// The kinds of problem.
    public enum Reason: String, Sendable, Codable, Hashable {
        /// No driver is left once those without variance, answers or independence are set aside.
        case noDrivers
        /// Fewer rows than the model needs (`needed`).
        case tooFewResponses
        /// The outcome has the same value in every row.
        case outcomeWithoutVariance
        /// The pairwise correlations contradict one another (not positive definite); listwise would do.
        case inconsistentPairwise
    }

    public var reason: Reason
    /// The rows there are and the rows needed.
    public var n: Int
    public var needed: Int?

    /// Creates a problem.
    public init(reason: Reason, n: Int, needed: Int? = nil) {
        self.reason = reason
        self.n = n
        self.needed = needed
    }
}
