import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Public and kiosk links of a survey under /api/v1, and their QR codes.
struct SurveyLinksAPI {
    let store: Store
    let configuration: ServerConfiguration

    struct LinkInput: Decodable {
        var kind: SurveyLink.Kind
        var touchpointID: String
        var unitID: String?
        var label: String
    }

    struct LinkChange: Decodable {
        var disabled: Bool
    }

    /// A link with the address respondents open.
    struct LinkOutput: Encodable, Identifiable {
        var id: String
        var token: String
        var surveyID: String
        var kind: SurveyLink.Kind
        var touchpointID: String
        var unitID: String?
        var label: String
        var createdAt: Date
        var disabled: Bool
        var url: String

        init(_ link: SurveyLink, base: String) {
            id = link.id
            token = link.token
            surveyID = link.surveyID
            kind = link.kind
            touchpointID = link.touchpointID
            unitID = link.unitID
            label = link.label
            createdAt = link.createdAt
            disabled = link.disabled
            url = base + link.path
        }
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/surveys/{id}/links", .requires(.read)) { _, context in
            let links = try await store.surveyLinks(survey: try context.id())
            return try JSONOutput.response(ListBody(items: links.map { LinkOutput($0, base: configuration.linkBase) }))
        }
        routes.post("/api/v1/surveys/{id}/links", .requires(.editSurveys)) { request, context in
            let input = try await JSONInput.decode(LinkInput.self, from: request, context: context)
            let surveyID = try context.id()
            _ = try await store.survey(surveyID)
            let link = try await store.createSurveyLink(
                SurveyLink(
                    surveyID: surveyID, kind: input.kind, touchpointID: input.touchpointID, unitID: input.unitID,
                    label: input.label), by: context.actor.auditActor)
            return try JSONOutput.created(LinkOutput(link, base: configuration.linkBase), in: "/api/v1/surveys/\(surveyID)/links")
        }
        routes.put("/api/v1/surveys/{id}/links/{link}", .requires(.editSurveys)) { request, context in
            let change = try await JSONInput.decode(LinkChange.self, from: request, context: context)
            let link = try await store.surveyLink(context.parameters.get("link") ?? "", survey: try context.id())
            try await store.setSurveyLinkDisabled(link.id, change.disabled, by: context.actor.auditActor)
            var changed = link
            changed.disabled = change.disabled
            return try JSONOutput.response(LinkOutput(changed, base: configuration.linkBase))
        }
        routes.get("/api/v1/surveys/{id}/links/{link}/qr.svg", .requires(.read)) { _, context in
            let link = try await store.surveyLink(context.parameters.get("link") ?? "", survey: try context.id())
            var response = HTMLOutput.text(
                try Self.qrCode(link, base: configuration.linkBase), contentType: "image/svg+xml; charset=utf-8")
            response.headers[.contentDisposition] = "inline; filename=\"survey-link-\(link.id).svg\""
            return response
        }
    }

    /// The link's address as a QR code to print for a counter or a receipt.
    static func qrCode(_ link: SurveyLink, base: String) throws -> String {
        let url = base + link.path
        let code: QRCode
        do { code = try QRCode(text: url, correction: .medium) } catch {
            throw AppError.unprocessable(ValidationFailure(field: "publicURL", error.description))
        }
        return QRCodeSVG(code: code, label: "\(link.label): \(url)").render().rendered
    }
}
