import CXMCore
import CXMStore
import Foundation
import Hummingbird
import NIOCore

/// Versioned survey definitions under /api/v1.
struct SurveysAPI {
    let store: Store

    struct SurveyInput: Decodable {
        var name: String
        var touchpointIDs: [String]
        var languages: [Language]
        var questions: [Question]
        var presentation: SurveyPresentation?
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/surveys", .requires(.read)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.surveys()))
        }
        routes.post("/api/v1/surveys", .requires(.editSurveys)) { request, context in
            let input = try await JSONInput.decode(SurveyInput.self, from: request, context: context)
            let survey = Survey(
                name: input.name, touchpointIDs: input.touchpointIDs, languages: input.languages, questions: input.questions,
                presentation: input.presentation ?? SurveyPresentation())
            return try JSONOutput.created(try await store.saveSurvey(survey, by: context.actor.auditActor), in: "/api/v1/surveys")
        }
        routes.post("/api/v1/surveys:import", .requires(.editSurveys)) { request, context in
            try await importSurveys(request, context)
        }
        routes.get("/api/v1/surveys/{id}/export", .requires(.read)) { _, context in
            let survey = try await store.survey(try context.id())
            var response = Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try SurveyImport.export(survey))))
            response.headers[.contentDisposition] = "attachment; filename=\"survey-\(survey.id).json\""
            return response
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
                languages: input.languages, questions: input.questions,
                presentation: input.presentation ?? current.presentation)
            return try JSONOutput.response(try await store.saveSurvey(survey, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/surveys/{id}", .requires(.editSurveys)) { _, context in
            try await store.deleteSurvey(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }
    }

    /// What an import answers: each survey found in the file, stored or not, with its report.
    struct ImportResult: Encodable {
        struct Item: Encodable {
            var id: String?
            var version: Int?
            var name: String
            var sourceFormat: SurveyImportFormat
            var questions: Int
            var report: SurveyImportReport
        }
        var dryRun: Bool
        var surveys: [Item]
    }

    /// `POST /api/v1/surveys:import?touchpointID=…[&dryRun=true]` with the file as the body.
    private func importSurveys(_ request: Request, _ context: AppContext) async throws -> Response {
        let data = Data(Array(buffer: try await request.body.collect(upTo: context.maxUploadSize)))
        let named = request.uri.queryParameters.getAll("touchpointID").map { String($0) }
        let touchpointIDs = named.isEmpty ? SurveyImport.embeddedTouchpoints(data) : named
        let dryRun = request.query("dryRun") == "true"
        let imported: [ImportedSurvey]
        do throws(SurveyImportError) {
            imported = try SurveyImport.read(data, touchpointIDs: touchpointIDs)
        } catch .noTouchpoint {
            throw AppError.badRequest(
                ValidationFailure(
                    field: "touchpointID", "name the touchpoint the survey measures: ?touchpointID=ID (repeat for several)"))
        } catch {
            throw AppError.unprocessable(ValidationFailure(field: "file", error.description))
        }
        var items: [ImportResult.Item] = []
        for item in imported {
            let stored = dryRun ? nil : try await store.saveSurvey(item.survey, by: context.actor.auditActor)
            items.append(
                ImportResult.Item(
                    id: stored?.id, version: stored?.version, name: item.survey.name, sourceFormat: item.sourceFormat,
                    questions: item.survey.questions.count, report: item.report))
        }
        return try JSONOutput.response(ImportResult(dryRun: dryRun, surveys: items), status: dryRun ? .ok : .created)
    }
}
