import Foundation

/// The four lanes of a service blueprint behind one touchpoint.
public struct ServiceBlueprint: Sendable, Codable, Hashable {
    /// What the customer does.
    public var customerActions: [String]
    /// What the customer sees the company do.
    public var frontstage: [String]
    /// What staff do out of the customer's sight.
    public var backstage: [String]
    /// Systems and processes that make it possible.
    public var supportProcesses: [String]

    public init(
        customerActions: [String] = [], frontstage: [String] = [], backstage: [String] = [],
        supportProcesses: [String] = []
    ) {
        self.customerActions = customerActions
        self.frontstage = frontstage
        self.backstage = backstage
        self.supportProcesses = supportProcesses
    }

    private enum CodingKeys: String, CodingKey {
        case customerActions, frontstage, backstage, supportProcesses
    }

    /// A lane left out is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        customerActions = try container.decodeIfPresent([String].self, forKey: .customerActions) ?? []
        frontstage = try container.decodeIfPresent([String].self, forKey: .frontstage) ?? []
        backstage = try container.decodeIfPresent([String].self, forKey: .backstage) ?? []
        supportProcesses = try container.decodeIfPresent([String].self, forKey: .supportProcesses) ?? []
    }
}

/// A moment where the customer meets the company, measured by surveys and owned by a unit.
public struct Touchpoint: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var stageID: String
    public var name: String
    public var position: Int
    public var channelID: String
    public var ownerUnitID: String
    /// The feeling the company wants the customer to leave with ("safe", "welcome").
    public var feeling: String
    public var functionalNeeds: [String]
    public var emotionalNeeds: [String]
    /// What must always work; failing it spoils the touchpoint whatever else goes well.
    public var hygieneFactors: [String]
    public var blueprint: ServiceBlueprint

    public init(
        id: String = Identifier.make(), stageID: String, name: String, position: Int, channelID: String,
        ownerUnitID: String, feeling: String = "", functionalNeeds: [String] = [], emotionalNeeds: [String] = [],
        hygieneFactors: [String] = [], blueprint: ServiceBlueprint = ServiceBlueprint()
    ) {
        self.id = id
        self.stageID = stageID
        self.name = name
        self.position = position
        self.channelID = channelID
        self.ownerUnitID = ownerUnitID
        self.feeling = feeling
        self.functionalNeeds = functionalNeeds
        self.emotionalNeeds = emotionalNeeds
        self.hygieneFactors = hygieneFactors
        self.blueprint = blueprint
    }

    /// Checks and normalises the touchpoint's own fields; references are checked by the store.
    public func validated() throws(ValidationFailure) -> Touchpoint {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        result.feeling = check.text(feeling, field: "feeling", maxLength: 500)
        check.check(position >= 0, "position", "must be zero or more")
        check.check(!channelID.isEmpty, "channelID", "is required: the id of a channel")
        check.check(!ownerUnitID.isEmpty, "ownerUnitID", "is required: the id of the owning unit")
        result.functionalNeeds = check.items(functionalNeeds, field: "functionalNeeds")
        result.emotionalNeeds = check.items(emotionalNeeds, field: "emotionalNeeds")
        result.hygieneFactors = check.items(hygieneFactors, field: "hygieneFactors")
        result.blueprint = ServiceBlueprint(
            customerActions: check.items(blueprint.customerActions, field: "blueprint.customerActions"),
            frontstage: check.items(blueprint.frontstage, field: "blueprint.frontstage"),
            backstage: check.items(blueprint.backstage, field: "blueprint.backstage"),
            supportProcesses: check.items(blueprint.supportProcesses, field: "blueprint.supportProcesses"))
        try check.finish()
        return result
    }
}
