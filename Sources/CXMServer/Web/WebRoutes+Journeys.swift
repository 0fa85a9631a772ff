import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Journey pages: the list, one journey's map, and the touchpoint editor.
extension WebRoutes {
    static let journeyFieldIDs = ["name": "journey-name", "description": "journey-description"]
    static let stageFieldIDs = ["name": "stage-name", "phase": "stage-phase"]
    static let touchpointFieldIDs = [
        "name": "touchpoint-name", "channelID": "touchpoint-channel", "ownerUnitID": "touchpoint-unit",
        "feeling": "touchpoint-desired-feeling", "functionalNeeds": "touchpoint-functional-needs",
        "emotionalNeeds": "touchpoint-emotional-needs", "hygieneFactors": "touchpoint-hygiene-factors",
        "blueprint.customerActions": "touchpoint-customer-actions", "blueprint.frontstage": "touchpoint-frontstage",
        "blueprint.backstage": "touchpoint-backstage", "blueprint.supportProcesses": "touchpoint-support-processes",
    ]

    func registerJourneys(in routes: inout RouteTable) {
        routes.get("/journeys", .requires(.read)) { request, context in
            HTMLOutput.page(try await journeysPage(request, context).render())
        }
        routes.post("/journeys", .requires(.editJourneys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let position = try await store.journeySummaries().count
            let journey = Journey(name: form.text("name"), description: form.text("description"), position: position)
            do {
                let created = try await store.createJourney(journey, by: context.actor.auditActor)
                return Response.seeOther("/journeys/\(created.id)?notice=journeyCreated")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.journeyFieldIDs, language: context.language)
                var page = try await journeysPage(request, context, errors: errors)
                page.newName = journey.name
                page.newDescription = journey.description
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
        }
        routes.get("/journeys/{id}", .requires(.read)) { request, context in
            HTMLOutput.page(try await journeyPage(request, context, id: try context.id()).render())
        }
        routes.post("/journeys/{id}", .requires(.editJourneys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            var journey = try await store.journeyMap(try context.id()).journey
            journey.name = form.text("name")
            journey.description = form.text("description")
            return try await saveOrShow(request, context, journeyID: journey.id, ids: Self.journeyFieldIDs) {
                try await store.updateJourney(journey, by: context.actor.auditActor)
                return "saved"
            }
        }
        routes.post("/journeys/{id}/stages", .requires(.editJourneys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let map = try await store.journeyMap(try context.id())
            guard let phase = StagePhase(rawValue: form.text("phase")) else {
                throw AppError.badRequest(ValidationFailure(field: "phase", "must be before, during, after or custom"))
            }
            let stage = Stage(
                journeyID: map.journey.id, name: form.text("name"), phase: phase,
                position: (map.stages.map(\.stage.position).max() ?? -1) + 1)
            return try await saveOrShow(request, context, journeyID: map.journey.id, ids: Self.stageFieldIDs) {
                try await store.saveStage(stage, by: context.actor.auditActor)
                return "stageAdded"
            }
        }
        routes.post("/stages/{id}/touchpoints", .requires(.editJourneys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let stage = try await store.stage(try context.id())
            let map = try await store.journeyMap(stage.journeyID)
            let siblings = map.stages.first { $0.stage.id == stage.id }?.touchpoints ?? []
            let touchpoint = Touchpoint(
                stageID: stage.id, name: form.text("name"), position: (siblings.map(\.position).max() ?? -1) + 1,
                channelID: form.text("channel"), ownerUnitID: form.text("unit"))
            let ids = Self.touchpointFieldIDs.mapValues { $0 + "-\(stage.id)" }
            return try await saveOrShow(request, context, journeyID: stage.journeyID, ids: ids) {
                try await store.saveTouchpoint(touchpoint, by: context.actor.auditActor)
                return "touchpointAdded"
            }
        }
        routes.get("/touchpoints/{id}/edit", .requires(.editJourneys)) { request, context in
            let touchpoint = try await store.touchpoint(try context.id())
            return HTMLOutput.page(try await touchpointPage(request, context, touchpoint).render())
        }
        routes.post("/touchpoints/{id}", .requires(.editJourneys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            var touchpoint = try await store.touchpoint(try context.id())
            touchpoint.name = form.text("name")
            touchpoint.channelID = form.text("channel")
            touchpoint.ownerUnitID = form.text("unit")
            touchpoint.feeling = form.text("desired_feeling")
            touchpoint.functionalNeeds = form.lines("functional_needs")
            touchpoint.emotionalNeeds = form.lines("emotional_needs")
            touchpoint.hygieneFactors = form.lines("hygiene_factors")
            touchpoint.blueprint = ServiceBlueprint(
                customerActions: form.lines("customer_actions"), frontstage: form.lines("frontstage"),
                backstage: form.lines("backstage"), supportProcesses: form.lines("support_processes"))
            do {
                try await store.saveTouchpoint(touchpoint, by: context.actor.auditActor)
                let stage = try await store.stage(touchpoint.stageID)
                return Response.seeOther("/journeys/\(stage.journeyID)?notice=saved")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.touchpointFieldIDs, language: context.language)
                let page = try await touchpointPage(request, context, touchpoint, errors: errors)
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
        }
    }

    /// Saves, then redirects to the journey with a notice; on invalid input shows the journey with errors.
    private func saveOrShow(
        _ request: Request, _ context: AppContext, journeyID: String, ids: [String: String],
        _ save: () async throws -> String
    ) async throws -> Response {
        do {
            let notice = try await save()
            return Response.seeOther("/journeys/\(journeyID)?notice=\(notice)")
        } catch let error where WebPages.validationFailure(error) != nil {
            let errors = WebPages.formErrors(WebPages.validationFailure(error)!, ids: ids, language: context.language)
            let page = try await journeyPage(request, context, id: journeyID, errors: errors)
            return HTMLOutput.page(page.render(), status: .unprocessableContent)
        }
    }

    private func journeysPage(_ request: Request, _ context: AppContext, errors: [FormError] = []) async throws -> JourneysPage {
        let summaries = try await store.journeySummaries()
        return JourneysPage(
            context: try await web.page(request, context, errors: errors),
            journeys: summaries.map {
                JourneysPage.Journey(
                    id: $0.journey.id, name: $0.journey.name, description: $0.journey.description,
                    stageCount: $0.stageCount, touchpointCount: $0.touchpointCount)
            },
            canEdit: context.principal?.may(.editJourneys) ?? false)
    }

    private func journeyPage(
        _ request: Request, _ context: AppContext, id: String, errors: [FormError] = []
    ) async throws -> JourneyDetailPage {
        let map = try await store.journeyMap(id)
        let channels = try await store.channels()
        let units = try await store.units()
        let channelNames = Dictionary(uniqueKeysWithValues: channels.map { ($0.id, $0.name) })
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) })
        return JourneyDetailPage(
            context: try await web.page(request, context, errors: errors), id: map.journey.id, name: map.journey.name,
            description: map.journey.description,
            stages: map.stages.map { stage in
                JourneyDetailPage.Stage(
                    id: stage.stage.id, name: stage.stage.name, phase: stage.stage.phase.rawValue,
                    touchpoints: stage.touchpoints.map { t in
                        JourneyDetailPage.Touchpoint(
                            id: t.id, name: t.name, channelName: channelNames[t.channelID] ?? t.channelID,
                            unitName: unitNames[t.ownerUnitID], desiredFeeling: t.feeling, functionalNeeds: t.functionalNeeds,
                            emotionalNeeds: t.emotionalNeeds, hygieneFactors: t.hygieneFactors, blueprint: t.blueprint)
                    })
            },
            canEdit: context.principal?.may(.editJourneys) ?? false,
            channels: channels.map { SelectOption(value: $0.id, label: $0.name) },
            units: units.map { SelectOption(value: $0.id, label: $0.name) })
    }

    private func touchpointPage(
        _ request: Request, _ context: AppContext, _ t: Touchpoint, errors: [FormError] = []
    ) async throws -> TouchpointEditPage {
        let stage = try await store.stage(t.stageID)
        let journey = try await store.journeyMap(stage.journeyID).journey
        return TouchpointEditPage(
            context: try await web.page(request, context, errors: errors), touchpointID: t.id, journeyID: journey.id,
            journeyName: journey.name, name: t.name, channelID: t.channelID, unitID: t.ownerUnitID, desiredFeeling: t.feeling,
            functionalNeeds: t.functionalNeeds, emotionalNeeds: t.emotionalNeeds, hygieneFactors: t.hygieneFactors,
            blueprint: t.blueprint, channels: try await store.channels().map { SelectOption(value: $0.id, label: $0.name) },
            units: try await store.units().map { SelectOption(value: $0.id, label: $0.name) })
    }
}
