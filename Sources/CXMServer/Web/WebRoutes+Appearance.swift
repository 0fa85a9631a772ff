import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The survey appearance page: the workspace's colours and logo.
extension WebRoutes {
    func registerAppearance(in routes: inout RouteTable) {
        routes.get("/settings/appearance", .requires(.manageWorkspace)) { request, context in
            let page = AppearancePage(
                context: try await web.page(request, context), branding: try await store.workspaceBranding())
            return HTMLOutput.page(page.render())
        }
        routes.post("/settings/appearance", .requires(.manageWorkspace)) { request, context in
            let form = try await FormBody.read(request, maxSize: 2 * BrandLogo.maxBytes + 64 * 1024)
            try WebSession.requireCSRF(form, context: context)
            let language = context.language
            var errors: [FormError] = []
            let accentText = form.text("accent_colour")
            let backgroundText = form.text("background_colour")
            let accent = Colour(hex: accentText)
            let background = Colour(hex: backgroundText)
            let t = Localizer(language)
            if !accentText.isEmpty, accent == nil {
                errors.append(FormError(field: AppearancePage.accentFieldID, message: t(AppearanceText.invalidColour)))
            }
            if !backgroundText.isEmpty, background == nil {
                errors.append(FormError(field: AppearancePage.backgroundFieldID, message: t(AppearanceText.invalidColour)))
            }
            if errors.isEmpty {
                for problem in WorkspaceBranding(accentColour: accent, backgroundColour: background).contrastProblems {
                    let field = problem.kind == .accentOnWhite ? AppearancePage.accentFieldID : AppearancePage.backgroundFieldID
                    errors.append(FormError(field: field, message: AppearancePage.message(problem, language: language)))
                }
            }
            var logo: BrandLogo?
            if let file = form.files["logo"] {
                if let problem = BrandLogo.problem(with: file.bytes) {
                    errors.append(
                        FormError(field: AppearancePage.logoFieldID, message: AppearancePage.message(problem, language: language))
                    )
                } else {
                    logo = try? BrandLogo(bytes: file.bytes)
                }
            }
            guard errors.isEmpty else {
                let page = AppearancePage(
                    context: try await web.page(request, context, errors: errors),
                    branding: try await store.workspaceBranding(), accentText: accentText, backgroundText: backgroundText)
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            let actor = try context.actor.auditActor
            try await store.saveBrandingColours(accent: accent, background: background, by: actor)
            if let logo {
                try await store.saveLogo(logo, by: actor)
            } else if form.isChecked("remove_logo") {
                try await store.removeLogo(by: actor)
            }
            return Response.seeOther("/settings/appearance?notice=saved")
        }
    }
}
