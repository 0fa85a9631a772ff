import CXMCore
import CXMStore
import Hummingbird

/// Versioned survey definitions under /api/v1.
struct SurveysAPI {
    let store: Store

    struct SurveyInput: Decodable {
        var name: String
        var touchpointIDs: [String]
        var languages: [Language]
        var questions: [Question]
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/surveys", .requires(.read)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.surveys()))
        }
        routes.post("/api/v1/surveys", .requires(.editSurveys)) { request, context in
            let input = try await JSONInput.decode(SurveyInput.self, from: request, context: context)
            let survey = Survey(
                name: input.name, touchpointIDs: input.touchpointIDs, languages: input.languages, questions: input.questions)
            return try JSONOutput.created(try await store.saveSurvey(survey, by: context.actor.auditActor), in: "/api/v1/surveys")
        }
        routes.get("/api/v1/surveys/{id}", .requires(.read)) { _, context in
            try JSONOutput.response(try await store.survey(try context.id()))
        }
        routes.get("/api/v1/surveys/{id}/versions/{version}", .requires(.read)) { _, context in
            guard let version = context.parameters.get("version").flatMap(Int.init) else {
                throw AppError.notFound("a survey version is a whole number")
            }
            return try JSONOutput.response(try await store.survey(try context.id(), version: version))
        }
        routes.put("/api/v1/surveys/{id}", .requires(.editSurveys)) { request, context in
            let input = try await JSONInput.decode(SurveyInput.self, from: request, context: context)
            let current = try await store.survey(try context.id())
            let survey = Survey(
                id: current.id, name: input.name, version: current.version, touchpointIDs: input.touchpointIDs,
                languages: input.languages, questions: input.questions)
            return try JSONOutput.response(try await store.saveSurvey(survey, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/surveys/{id}", .requires(.editSurveys)) { _, context in
            try await store.deleteSurvey(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }
    }
}
