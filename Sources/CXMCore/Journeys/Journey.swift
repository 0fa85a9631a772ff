import Foundation

/// A customer journey: an ordered list of stages, each with its touchpoints.
public struct Journey: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    /// The journey's place in lists, lowest first.
    public var position: Int

    public init(id: String = Identifier.make(), name: String, description: String = "", position: Int = 0) {
        self.id = id
        self.name = name
        self.description = description
        self.position = position
    }

    public func validated() throws(ValidationFailure) -> Journey {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        result.description = check.text(description, field: "description")
        check.check(position >= 0, "position", "must be zero or more")
        try check.finish()
        return result
    }
}

/// Where a stage sits in the purchase cycle; `custom` for journeys that are not about buying.
public enum StagePhase: String, Sendable, Codable, CaseIterable, Hashable {
    case before, during, after, custom
}

/// One step of a journey, such as "Choose a subscription".
public struct Stage: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var journeyID: String
    public var name: String
    public var phase: StagePhase
    public var position: Int

    public init(id: String = Identifier.make(), journeyID: String, name: String, phase: StagePhase, position: Int) {
        self.id = id
        self.journeyID = journeyID
        self.name = name
        self.phase = phase
        self.position = position
    }

    public func validated() throws(ValidationFailure) -> Stage {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        check.check(position >= 0, "position", "must be zero or more")
        try check.finish()
        return result
    }
}
