import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird
import NIOCore

/// The survey pages' look under /api/v1/workspace, and the public stylesheet and logo the pages load.
struct BrandingAPI {
    let store: Store

    /// The colours as a client sends them: null or absent for cxm's own.
    struct ColoursInput: Decodable {
        var accentColour: Colour?
        var backgroundColour: Colour?
    }

    /// The look as the API shows it: every key present, null where cxm's own look applies.
    struct BrandingBody: Encodable {
        var branding: WorkspaceBranding

        private enum CodingKeys: String, CodingKey {
            case accentColour, backgroundColour, logo, logoURL, effectiveAccentColour, effectiveBackgroundColour
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(branding.accentColour, forKey: .accentColour)
            try container.encode(branding.backgroundColour, forKey: .backgroundColour)
            try container.encode(branding.logo, forKey: .logo)
            try container.encode(
                RespondentBrand(name: "", branding: branding).logoPath, forKey: .logoURL)
            try container.encode(branding.accent, forKey: .effectiveAccentColour)
            try container.encode(branding.background, forKey: .effectiveBackgroundColour)
        }
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/workspace/branding", .requires(.read)) { _, _ in
            try JSONOutput.response(BrandingBody(branding: try await store.workspaceBranding()))
        }
        routes.put("/api/v1/workspace/branding", .requires(.manageWorkspace)) { request, context in
            let input = try await JSONInput.decode(ColoursInput.self, from: request, context: context)
            let saved = try await store.saveBrandingColours(
                accent: input.accentColour, background: input.backgroundColour, by: context.actor.auditActor)
            return try JSONOutput.response(BrandingBody(branding: saved))
        }
        routes.put("/api/v1/workspace/logo", .requires(.manageWorkspace)) { request, context in
            let bytes = try await Self.logoBytes(request)
            let logo: BrandLogo
            do throws(ValidationFailure) { logo = try BrandLogo(bytes: bytes) } catch { throw AppError.unprocessable(error) }
            return try JSONOutput.response(
                BrandingBody(branding: try await store.saveLogo(logo, by: context.actor.auditActor)))
        }
        routes.delete("/api/v1/workspace/logo", .requires(.manageWorkspace)) { _, context in
            guard try await store.removeLogo(by: context.actor.auditActor) else {
                throw AppError.notFound("the workspace has no logo")
            }
            return Response(status: .noContent)
        }
        registerAssets(in: &routes)
    }

    /// The logo's bytes: the body itself (`Content-Type: image/png` and so on), or the one file of a
    /// `multipart/form-data` body (`curl -F logo=@logo.png`).
    static func logoBytes(_ request: Request) async throws -> [UInt8] {
        // Read a little beyond the limit, so that an oversized logo gets its own message.
        let limit = BrandLogo.maxBytes * 2 + 64 * 1024
        let buffer = try await request.body.collect(upTo: limit)
        let body = Array(buffer: buffer)
        guard let type = request.headers[.contentType], let boundary = MultipartForm.boundary(fromContentType: type)
        else { return body }
        let form: MultipartForm
        do { form = try MultipartForm(body: body, boundary: boundary) } catch {
            throw AppError.badRequest(ValidationFailure(field: "body", "is not a readable form: \(error.description)"))
        }
        guard let file = form.files["logo"] ?? (form.files.count == 1 ? form.files.first?.value : nil) else {
            throw AppError.unprocessable(
                ValidationFailure(field: "logo", "is missing; send the image as the form's `logo` file or as the body"))
        }
        return file.bytes
    }

    /// `/assets/brand.css` and `/assets/logo`: public, since survey pages and mails load them. An
    /// address with the current version (`?v=…`) is cached for good; any other is revalidated.
    private func registerAssets(in routes: inout RouteTable) {
        routes.get(RespondentBrand.stylesheetAddress, .open) { request, _ in
            let branding = try await store.workspaceBranding()
            var response = HTMLOutput.text(
                RespondentStylesheet.brand(branding), contentType: "text/css; charset=utf-8")
            response.headers[.cacheControl] = Self.cacheControl(request, version: branding.version)
            return response
        }
        routes.get(RespondentBrand.logoAddress, .open) { request, _ in
            guard let logo = try await store.logo() else { throw AppError.notFound("the workspace has no logo") }
            return Response(
                status: .ok,
                headers: [
                    .contentType: logo.format.mediaType, .xContentTypeOptions: "nosniff",
                    .cacheControl: Self.cacheControl(request, version: logo.summary.version),
                    .contentSecurityPolicy: "default-src 'none'",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: logo.bytes)))
        }
    }

    static func cacheControl(_ request: Request, version: String) -> String {
        request.uri.queryParameters.get("v") == version ? "public, max-age=31536000, immutable" : "no-cache"
    }
}
