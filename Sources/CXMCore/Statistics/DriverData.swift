import Foundation

/// What a driver measures, which decides how it is labelled and read.
public enum DriverKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// A scale question answered in the same response as the outcome (CES, CSAT, a rating).
    case rating
    /// One option of a choice question, as 1 when chosen and 0 when another option was.
    case choice
    /// A theme of the open text with a tone, as 1 when the answer mentions it so and 0 when it does not.
    case theme
    /// The customer's experience at a touchpoint (their mean score there, 0–100).
    case touchpoint
    /// A column of an imported table.
    case column
    /// A fact from other systems about the customer as of the answer (a recent ticket, an incident), as 1
    /// when it holds and 0 when it does not.
    case signal
}

/// One variable of a driver analysis: its values row by row, `nan` where it was not answered.
public struct DriverVariable: Sendable, Hashable {
    /// A stable id, such as a question key, `resolved=no` or `theme:price.fees:negative`.
    public var id: String
    /// What the pages show.
    public var label: String
    public var kind: DriverKind
    public var values: [Double]

    /// Creates a variable.
    public init(id: String, label: String, kind: DriverKind, values: [Double]) {
        self.id = id
        self.label = label
        self.kind = kind
        self.values = values
    }
}

/// The outcome and the candidate drivers of a driver analysis, aligned row by row.
public struct DriverData: Sendable, Hashable {
    public var outcome: DriverVariable
    public var drivers: [DriverVariable]

    /// Creates the data; every variable must have as many values as the outcome.
    public init(outcome: DriverVariable, drivers: [DriverVariable]) {
        self.outcome = outcome
        self.drivers = drivers
    }

    /// The number of rows.
    public var rows: Int { outcome.values.count }
}

/// How a driver analysis is run.
public struct DriverOptions: Sendable, Hashable, Codable {
    /// Pairwise or listwise handling of missing answers.
    public var missing: MissingAnswers
    /// The confidence level of every interval and of the significance of importance.
    public var confidence: Double
    /// Bootstrap replicates; 0 gives no intervals and calls no driver significant.
    public var replicates: Int
    /// The most rows one bootstrap replicate draws; larger samples are subsampled and the spread rescaled
    /// by √(m/n) (the m-out-of-n bootstrap), which keeps a million rows affordable.
    public var replicateRows: Int
    /// The seed of the bootstrap, so that the same data always give the same intervals.
    public var seed: UInt64
    /// The fewest answers a driver needs together with the outcome to be estimated at all.
    public var minimumPerDriver: Int
    /// The rows needed per driver in the model (the usual rule of ten).
    public var rowsPerDriver: Int
    /// Whether to run the Shapley decomposition (exact, so up to 15 drivers).
    public var shapley: Bool

    /// Creates options; the defaults suit survey data.
    public init(
        missing: MissingAnswers = .pairwise, confidence: Double = 0.95, replicates: Int = 200, replicateRows: Int = 20_000,
        seed: UInt64 = 20_251_126, minimumPerDriver: Int = 30, rowsPerDriver: Int = 10, shapley: Bool = true
    ) {
        self.missing = missing
        self.confidence = confidence
        self.replicates = replicates
        self.replicateRows = replicateRows
        self.seed = seed
        self.minimumPerDriver = minimumPerDriver
        self.rowsPerDriver = rowsPerDriver
        self.shapley = shapley
    }
}
