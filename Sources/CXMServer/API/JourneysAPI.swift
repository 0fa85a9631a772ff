import CXMCore
import CXMStore
import Hummingbird

/// Journeys, stages and touchpoints under /api/v1.
struct JourneysAPI {
    let store: Store

    struct JourneyInput: Decodable {
        var name: String
        var description: String?
        var position: Int?
    }

    struct StageInput: Decodable {
        var name: String
        var phase: StagePhase
        var position: Int?
    }

    struct TouchpointInput: Decodable {
        var name: String
        var position: Int?
        var channelID: String
        var ownerUnitID: String
        var feeling: String?
        var functionalNeeds: [String]?
        var emotionalNeeds: [String]?
        var hygieneFactors: [String]?
        var blueprint: ServiceBlueprint?

        func touchpoint(id: String, stageID: String, position: Int) -> Touchpoint {
            Touchpoint(
                id: id, stageID: stageID, name: name, position: self.position ?? position, channelID: channelID,
                ownerUnitID: ownerUnitID, feeling: feeling ?? "", functionalNeeds: functionalNeeds ?? [],
                emotionalNeeds: emotionalNeeds ?? [], hygieneFactors: hygieneFactors ?? [],
                blueprint: blueprint ?? ServiceBlueprint())
        }
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/journeys", .requires(.read)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.journeySummaries()))
        }
        routes.post("/api/v1/journeys", .requires(.editJourneys)) { request, context in
            let input = try await JSONInput.decode(JourneyInput.self, from: request, context: context)
            let position = try await store.journeySummaries().count
            let journey = Journey(name: input.name, description: input.description ?? "", position: input.position ?? position)
            return try JSONOutput.created(
                try await store.createJourney(journey, by: context.actor.auditActor), in: "/api/v1/journeys")
        }
        routes.get("/api/v1/journeys/{id}", .requires(.read)) { _, context in
            try JSONOutput.response(try await store.journeyMap(try context.id()))
        }
        routes.put("/api/v1/journeys/{id}", .requires(.editJourneys)) { request, context in
            let input = try await JSONInput.decode(JourneyInput.self, from: request, context: context)
            let current = try await store.journeyMap(try context.id()).journey
            let journey = Journey(
                id: current.id, name: input.name, description: input.description ?? current.description,
                position: input.position ?? current.position)
            return try JSONOutput.response(try await store.updateJourney(journey, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/journeys/{id}", .requires(.editJourneys)) { _, context in
            try await store.deleteJourney(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }

        routes.post("/api/v1/journeys/{id}/stages", .requires(.editJourneys)) { request, context in
            let input = try await JSONInput.decode(StageInput.self, from: request, context: context)
            let map = try await store.journeyMap(try context.id())
            let stage = Stage(
                journeyID: map.journey.id, name: input.name, phase: input.phase,
                position: input.position ?? ((map.stages.map(\.stage.position).max() ?? -1) + 1))
            return try JSONOutput.created(try await store.saveStage(stage, by: context.actor.auditActor), in: "/api/v1/stages")
        }
        routes.get("/api/v1/stages/{id}", .requires(.read)) { _, context in
            try JSONOutput.response(try await store.stage(try context.id()))
        }
        routes.put("/api/v1/stages/{id}", .requires(.editJourneys)) { request, context in
            let input = try await JSONInput.decode(StageInput.self, from: request, context: context)
            let current = try await store.stage(try context.id())
            let stage = Stage(
                id: current.id, journeyID: current.journeyID, name: input.name, phase: input.phase,
                position: input.position ?? current.position)
            return try JSONOutput.response(try await store.saveStage(stage, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/stages/{id}", .requires(.editJourneys)) { _, context in
            try await store.deleteStage(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }

        routes.get("/api/v1/touchpoints", .requires(.read)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.touchpoints()))
        }
        routes.post("/api/v1/stages/{id}/touchpoints", .requires(.editJourneys)) { request, context in
            let input = try await JSONInput.decode(TouchpointInput.self, from: request, context: context)
            let stage = try await store.stage(try context.id())
            let siblings = try await store.journeyMap(stage.journeyID).stages.first { $0.stage.id == stage.id }?.touchpoints ?? []
            let touchpoint = input.touchpoint(
                id: Identifier.make(), stageID: stage.id, position: (siblings.map(\.position).max() ?? -1) + 1)
            return try JSONOutput.created(
                try await store.saveTouchpoint(touchpoint, by: context.actor.auditActor), in: "/api/v1/touchpoints")
        }
        routes.get("/api/v1/touchpoints/{id}", .requires(.read)) { _, context in
            try JSONOutput.response(try await store.touchpoint(try context.id()))
        }
        routes.put("/api/v1/touchpoints/{id}", .requires(.editJourneys)) { request, context in
            let input = try await JSONInput.decode(TouchpointInput.self, from: request, context: context)
            let current = try await store.touchpoint(try context.id())
            let touchpoint = input.touchpoint(id: current.id, stageID: current.stageID, position: current.position)
            return try JSONOutput.response(try await store.saveTouchpoint(touchpoint, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/touchpoints/{id}", .requires(.editJourneys)) { _, context in
            try await store.deleteTouchpoint(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }
    }
}
