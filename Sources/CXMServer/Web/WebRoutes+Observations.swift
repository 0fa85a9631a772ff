import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Frontline observations on the web (/observations): the phone-friendly form and the grouped list, one
/// observation with its comments, votes.
extension WebRoutes {
    static let observationFieldIDs = [
        "text": "observation-text", "touchpointID": "observation-touchpoint", "unitID": "observation-unit",
        "frequency": "observation-frequency", "customerID": "observation-customer",
    ]

    func registerObservations(in routes: inout RouteTable) {
        routes.get("/observations", .requires(.read)) { request, context in
            HTMLOutput.page(try await observationsPage(request, context).render())
        }
        routes.post("/observations", .requires(.recordObservations)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let draft = ObservationDraft(
                text: form.text("text"), touchpointID: form.optional("touchpoint"), unitID: form.optional("unit"),
                frequency: ObservationFrequency(rawValue: form.text("frequency")), customerID: form.optional("customer"))
            do {
                _ = try await ObservationRecorder(store: store).record(draft, by: try context.actor, language: context.language)
                return Response.seeOther("/observations?notice=observationRecorded")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.observationFieldIDs, language: context.language)
                return HTMLOutput.page(
                    try await observationsPage(request, context, draft: draft, errors: errors).render(),
                    status: .unprocessableContent)
            }
        }
        routes.get("/observations/{id}", .requires(.read)) { request, context in
            HTMLOutput.page(try await observationPage(request, context).render())
        }
        routes.post("/observations/{id}/vote", .requires(.recordObservations)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let id = try context.id()
            try await store.voteObservation(
                id, form.text("vote") != "off", visibleUnits: principal.visibleUnits, by: principal.auditActor)
            // Back to where the button was: the list, or the observation's own page.
            let back = request.headers[.referer].flatMap { URL(string: $0)?.path } == "/observations/\(id)"
            return Response.seeOther(back ? "/observations/\(id)" : "/observations")
        }
        routes.post("/observations/{id}/comments", .requires(.recordObservations)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let id = try context.id()
            do {
                try await store.commentObservation(
                    id, text: form.text("text"), visibleUnits: principal.visibleUnits, by: principal.auditActor)
                return Response.seeOther("/observations/\(id)")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: ["text": "comment-text"], language: context.language)
                return HTMLOutput.page(
                    try await observationPage(request, context, errors: errors).render(), status: .unprocessableContent)
            }
        }
    }

    private func observationsPage(
        _ request: Request, _ context: AppContext, draft: ObservationDraft = ObservationDraft(text: ""),
        errors: [FormError] = []
    ) async throws -> ObservationsPage {
        let principal = try context.actor
        let days = min(max(Int(request.query("days") ?? "") ?? 90, 1), 730)
        let observations = try await store.observations(
            Store.ObservationQuery(
                visibleUnits: principal.visibleUnits, since: Date().addingTimeInterval(-Double(days) * 86_400)))
        let names = try await improvementNames(context.language)
        let units = try await unitOptions(for: principal)
        return ObservationsPage(
            context: try await web.page(request, context, errors: errors), groups: ObservationGroup.group(observations),
            voted: try await store.observationsVoted(by: principal.actorID, among: observations.map(\.id)), names: names,
            touchpoints: try await touchpointOptions(), units: units, mayOmitUnit: principal.visibleUnits == nil,
            canRecord: principal.may(.recordObservations), canPropose: principal.may(.proposeImprovements),
            readerID: principal.actorID, draft: draft, timeZone: try await store.workspaceSettings().timeZone, days: days)
    }

    private func observationPage(
        _ request: Request, _ context: AppContext, errors: [FormError] = []
    ) async throws -> ObservationPage {
        let principal = try context.actor
        let id = try context.id()
        let observation = try await store.observation(id, visibleUnits: principal.visibleUnits)
        let citing = try await store.improvements(visibleUnits: principal.visibleUnits)
            .filter { $0.evidence.contains(EvidenceLink(kind: .observation, id: id)) }
        return ObservationPage(
            context: try await web.page(request, context, errors: errors), observation: observation,
            comments: try await store.observationComments(id, visibleUnits: principal.visibleUnits),
            voted: try await store.observationsVoted(by: principal.actorID, among: [id]).contains(id), citedBy: citing,
            names: try await improvementNames(context.language), canComment: principal.may(.recordObservations),
            canPropose: principal.may(.proposeImprovements), readerID: principal.actorID,
            timeZone: try await store.workspaceSettings().timeZone)
    }

    /// The names improvement pages show for ids, in the reader's language.
    func improvementNames(_ language: Language) async throws -> ImprovementNames {
        let touchpoints = try await store.touchpoints()
        let units = try await store.units()
        let themes = try await store.taxonomy().taxonomy.themes
        let users = try await store.users()
        return ImprovementNames(
            touchpoints: Dictionary(touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            units: Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            themes: Dictionary(themes.map { ($0.id, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first }),
            users: Dictionary(
                users.map { ($0.id, $0.displayName.isEmpty ? $0.email : $0.displayName) }, uniquingKeysWith: { first, _ in first }
            ))
    }

    /// The units a person may choose (those they see), by name.
    func unitOptions(for principal: Principal) async throws -> [SelectOption] {
        try await store.unitTree().units.values.filter { principal.canSee(unit: $0.id) }
            .sorted { $0.name < $1.name }.map { SelectOption(value: $0.id, label: $0.name) }
    }

    func touchpointOptions() async throws -> [SelectOption] {
        try await store.touchpoints().sorted { $0.name < $1.name }.map { SelectOption(value: $0.id, label: $0.name) }
    }
}
