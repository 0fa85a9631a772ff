import Foundation

/// A question to driver analysis: which outcome, over which responses, at which level.
public struct DriverQuery: Sendable, Hashable {
    /// What a row is.
    public enum Level: String, Sendable, Codable, CaseIterable, Hashable {
        /// A response: drivers are the other questions of the same survey and the themes of its open text.
        case response
        /// A known customer: drivers are their experiences at the touchpoints, the outcome their answer
        /// in the relationship survey.
        case customer
    }

    /// A question key, or `nki` for the NKI index.
    public var outcome: String
    public var level: Level
    public var from: LocalDay
    public var to: LocalDay
    public var journey: String?
    public var touchpoints: [String]
    /// Units include their whole subtree.
    public var units: [String]
    public var channels: [String]
    public var surveys: [String]
    /// Driver ids to keep; empty keeps every candidate.
    public var drivers: [String]
    /// Customer level: the survey whose answers are the outcome; nil picks the one asking the full NKI.
    public var outcomeSurvey: String?
    public var options: DriverOptions

    /// Creates a query.
    public init(
        outcome: String, level: Level = .response, from: LocalDay, to: LocalDay, journey: String? = nil,
        touchpoints: [String] = [], units: [String] = [], channels: [String] = [], surveys: [String] = [],
        drivers: [String] = [], outcomeSurvey: String? = nil, options: DriverOptions = .init()
    ) {
        self.outcome = outcome
        self.level = level
        self.from = from
        self.to = to
        self.journey = journey
        self.touchpoints = touchpoints
        self.units = units
        self.channels = channels
        self.surveys = surveys
        self.drivers = drivers
        self.outcomeSurvey = outcomeSurvey
        self.options = options
    }

    /// The parameters understood; anything else is refused so that a typo is not silently ignored.
    public static let parameterNames: Set<String> = [
        "outcome", "level", "from", "to", "journey", "touchpoint", "unit", "channel", "survey", "drivers", "outcomeSurvey",
        "missing", "confidence", "replicates", "seed",
    ]

    /// How many days a query covers when `from` is left out: a year, as drivers need many answers.
    public static let defaultDays = 365

    /// Reads a query from named text parameters (the API's query string, the pages' forms, the CLI).
    public static func parse(_ parameters: [String: String], today: LocalDay) throws(ValidationFailure) -> DriverQuery {
        var read = QueryParameters(parameters, known: parameterNames, of: "driver analysis")
        let outcome = read.value("outcome")
        if outcome == nil {
            read.check.add("outcome", "is required: a question key such as nps, csat or ces, or nki for the NKI index")
        }
        let level = read.choice("level", Level.response) ?? .response
        var options = DriverOptions()
        options.missing = read.choice("missing", options.missing) ?? options.missing
        if let text = read.value("confidence") {
            if let number = Double(text), (0.5...0.999).contains(number) {
                options.confidence = number
            } else {
                read.check.add("confidence", "'\(text)' must be a number between 0.5 and 0.999, such as 0.95")
            }
        }
        if let text = read.value("replicates") {
            if let number = Int(text), (0...2_000).contains(number) {
                options.replicates = number
            } else {
                read.check.add("replicates", "'\(text)' must be a whole number from 0 to 2000 (0 skips the intervals)")
            }
        }
        if let text = read.value("seed") {
            if let number = UInt64(text) {
                options.seed = number
            } else {
                read.check.add("seed", "'\(text)' must be a whole number of 0 or more")
            }
        }
        let to = read.day("to") ?? today
        let from = read.day("from") ?? to.adding(days: -(defaultDays - 1))
        read.check.check(from <= to, "from", "must not be after 'to' (\(from.iso) > \(to.iso))")
        read.check.check(to.number - from.number <= 3_660, "to", "the period may span at most 10 years; narrow 'from'…'to'")
        try read.check.finish()
        return DriverQuery(
            outcome: outcome ?? "", level: level, from: from, to: to, journey: read.value("journey"),
            touchpoints: read.list("touchpoint"), units: read.list("unit"), channels: read.list("channel"),
            surveys: read.list("survey"),
            drivers: read.list("drivers"), outcomeSurvey: read.value("outcomeSurvey"), options: options)
    }
}
