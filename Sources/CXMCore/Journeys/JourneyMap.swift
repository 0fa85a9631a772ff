/// A journey with its stages in order and each stage's touchpoints in order.
public struct JourneyMap: Sendable, Codable, Hashable {
    public var journey: Journey
    public var stages: [StageMap]

    public init(journey: Journey, stages: [StageMap]) {
        self.journey = journey
        self.stages = stages
    }

    public var touchpointCount: Int { stages.reduce(0) { $0 + $1.touchpoints.count } }
}

/// A stage with its touchpoints in order.
public struct StageMap: Sendable, Codable, Hashable {
    public var stage: Stage
    public var touchpoints: [Touchpoint]

    public init(stage: Stage, touchpoints: [Touchpoint]) {
        self.stage = stage
        self.touchpoints = touchpoints
    }
}

/// A journey as lists show it: with the number of its stages and touchpoints.
public struct JourneySummary: Sendable, Codable, Hashable {
    public var journey: Journey
    public var stageCount: Int
    public var touchpointCount: Int

    public init(journey: Journey, stageCount: Int, touchpointCount: Int) {
        self.journey = journey
        self.stageCount = stageCount
        self.touchpointCount = touchpointCount
    }
}
