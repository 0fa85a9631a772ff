/// Where the engine reads tallies; the store in production, an in-memory double in tests.
public protocol TallySource: Sendable {
    func tallies(_ request: TallyRequest) async throws -> [TallyCell]
    /// Respondents who answered all three NKI items, with the request's filters and grouped cell values.
    func nkiRespondents(_ request: TallyRequest) async throws -> [NKIRespondent]
}

/// What the engine needs to know about the workspace to resolve filters, roll units up and label
/// groups, and what the asker may see.
public struct MetricContext: Sendable {
    public var journeys: [Journey]
    public var stages: [Stage]
    public var touchpoints: [Touchpoint]
    public var units: UnitTree
    public var channels: [Channel]
    /// The current version of every survey.
    public var surveys: [Survey]
    public var segments: [Segment]
    /// The digital funnels, whose abandonment a driver analysis offers as drivers.
    public var funnels: [Funnel]
    /// The units the asker may see (a team lead's subtree); nil for all.
    public var visibleUnits: Set<String>?

    public init(
        journeys: [Journey], stages: [Stage], touchpoints: [Touchpoint], units: UnitTree, channels: [Channel],
        surveys: [Survey], segments: [Segment], funnels: [Funnel] = [], visibleUnits: Set<String>? = nil
    ) {
        self.journeys = journeys
        self.stages = stages
        self.touchpoints = touchpoints
        self.units = units
        self.channels = channels
        self.surveys = surveys
        self.segments = segments
        self.funnels = funnels
        self.visibleUnits = visibleUnits
    }

    var touchpointsByID: [String: Touchpoint] { Dictionary(touchpoints.map { ($0.id, $0) }) { a, _ in a } }
    var stagesByID: [String: Stage] { Dictionary(stages.map { ($0.id, $0) }) { a, _ in a } }

    /// The questions with the key across surveys.
    func questions(_ key: String) -> [Question] { surveys.compactMap { $0.question(key) } }
}
