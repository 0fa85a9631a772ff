import Testing

@testable import CXMCore

@Suite("Channels, journeys, stages and touchpoints")
struct JourneyValidationTests {
    @Test(
        "Channel keys are trimmed and lowercased",
        arguments: [("web", "web"), (" Field_Service ", "field_service"), ("B2B-portal", "b2b-portal"), ("x", "x")])
    func acceptsChannelKey(key: String, expected: String) throws {
        let channel = Channel(id: "c", key: key, name: "Channel", kind: "other")

        let result = try channel.validated()

        #expect(result.key == expected)
    }

    @Test(
        "Channel keys outside a–z, 0–9, '_' and '-'",
        arguments: ["", "   ", "field service", "kundtjänst", "web/app", "web.se", String(repeating: "k", count: 41)])
    func rejectsChannelKey(key: String) throws {
        let channel = Channel(id: "c", key: key, name: "Channel", kind: "web")

        let problem = try #require(failure { () throws(ValidationFailure) in try channel.validated() })

        #expect(problem.fields == ["key"])
    }

    @Test func channelNeedsNameAndKnownKind() throws {
        let channel = Channel(id: "c", key: "fax", name: " ", kind: "fax")

        let problem = try #require(failure { () throws(ValidationFailure) in try channel.validated() })

        #expect(problem.fields == ["name", "kind"])
    }

    @Test(arguments: Channel.defaults)
    func defaultChannelsAreValid(channel: Channel) throws {
        #expect(try channel.validated() == channel)
    }

    @Test func journeyTrimsNameAndDescription() throws {
        let journey = Journey(name: "  Move house ", description: " Moving a subscription to a new address\n", position: 2)

        let result = try journey.validated()

        #expect(result.name == "Move house")
        #expect(result.description == "Moving a subscription to a new address")
    }

    @Test func journeyCollectsAllErrors() throws {
        let journey = Journey(name: "", description: String(repeating: "d", count: 4001), position: -1)

        let problem = try #require(failure { () throws(ValidationFailure) in try journey.validated() })

        #expect(problem.fields == ["name", "description", "position"])
    }

    @Test func stageRejectsBlankNameAndNegativePosition() throws {
        let stage = Stage(journeyID: "j", name: "\t", phase: .before, position: -3)

        let problem = try #require(failure { () throws(ValidationFailure) in try stage.validated() })

        #expect(problem.fields == ["name", "position"])
        #expect(problem.error(for: "name")?.code == .required)
    }

    @Test func touchpointDropsBlankItemsAndCleansBlueprintLanes() throws {
        let touchpoint = Touchpoint(
            stageID: "s", name: " Delivery ", position: 0, channelID: "channel-web", ownerUnitID: "logistics",
            feeling: "  safe ", functionalNeeds: ["On time", " ", ""], emotionalNeeds: ["  Kept informed "],
            hygieneFactors: ["", "Parcel intact"],
            blueprint: ServiceBlueprint(
                customerActions: [" Opens the door ", ""], frontstage: ["  "], backstage: ["Route planning", "\n"],
                supportProcesses: ["", " Tracking system "]))

        let result = try touchpoint.validated()

        #expect(result.name == "Delivery")
        #expect(result.feeling == "safe")
        #expect(result.functionalNeeds == ["On time"])
        #expect(result.emotionalNeeds == ["Kept informed"])
        #expect(result.hygieneFactors == ["Parcel intact"])
        #expect(
            result.blueprint
                == ServiceBlueprint(
                    customerActions: ["Opens the door"], frontstage: [], backstage: ["Route planning"],
                    supportProcesses: ["Tracking system"]))
    }

    @Test(
        "Touchpoint problems name the field",
        arguments: [
            (Touchpoint(stageID: "s", name: "T", position: 0, channelID: "", ownerUnitID: "u"), ["channelID"]),
            (Touchpoint(stageID: "s", name: "T", position: 0, channelID: "c", ownerUnitID: ""), ["ownerUnitID"]),
            (
                Touchpoint(stageID: "s", name: "", position: -1, channelID: "", ownerUnitID: ""),
                ["name", "position", "channelID", "ownerUnitID"]
            ),
            (
                Touchpoint(
                    stageID: "s", name: "T", position: 0, channelID: "c", ownerUnitID: "u",
                    feeling: String(repeating: "f", count: 501)), ["feeling"]
            ),
            (
                Touchpoint(
                    stageID: "s", name: "T", position: 0, channelID: "c", ownerUnitID: "u",
                    blueprint: ServiceBlueprint(backstage: ["ok", String(repeating: "b", count: 501)])),
                ["blueprint.backstage[1]"]
            ),
            (
                Touchpoint(
                    stageID: "s", name: "T", position: 0, channelID: "c", ownerUnitID: "u",
                    hygieneFactors: Array(repeating: "h", count: 101)), ["hygieneFactors"]
            ),
        ] as [(Touchpoint, [String])])
    func rejectsTouchpoint(touchpoint: Touchpoint, fields: [String]) throws {
        let problem = try #require(failure { () throws(ValidationFailure) in try touchpoint.validated() })

        #expect(problem.fields == fields)
    }

    @Test func journeyMapCountsTouchpoints() {
        let journey = Journey(id: "j", name: "J")
        let stage = { (id: String) in Stage(id: id, journeyID: "j", name: id, phase: .during, position: 0) }
        let point = { (stageID: String) in
            Touchpoint(stageID: stageID, name: "T", position: 0, channelID: "c", ownerUnitID: "u")
        }

        let map = JourneyMap(
            journey: journey,
            stages: [
                StageMap(stage: stage("a"), touchpoints: [point("a"), point("a")]),
                StageMap(stage: stage("b"), touchpoints: []),
                StageMap(stage: stage("c"), touchpoints: [point("c")]),
            ])

        #expect(map.touchpointCount == 3)
    }
}
