import CXMCore
import CXMStore
import CXMViews
import Hummingbird

/// Builds what every page needs and turns domain errors into localized form errors.
enum WebPages {
    /// The error page for a problem, in the request's language, with the layout when signed in.
    static func errorPage(_ problem: Problem, _ context: AppContext) -> String {
        ErrorPage(language: context.language, status: problem.status, detail: problem.status < 500 ? problem.detail : nil)
            .render()
    }

    /// Localizes field errors and points them at input ids through a field → id table.
    ///
    /// Errors without a code are the domain's own rules (a cycle in the unit tree, a unit a role needs);
    /// `messages` gives their localized wording per field, and anything else keeps the domain's message.
    static func formErrors(
        _ failure: ValidationFailure, ids: [String: String], language: Language, messages: [String: String] = [:]
    ) -> [FormError] {
        let t = Localizer(language)
        return failure.errors.map { error in
            let root = String(error.field.prefix { $0 != "[" && $0 != "." })
            let message: String
            switch error.code {
            case .required: message = t(ValidationText.required)
            case .tooLong: message = t(ValidationText.tooLong, String(error.limit ?? 0))
            case .invalidEmail: message = t(ValidationText.invalidEmail)
            case .alreadyInUse: message = t(ValidationText.alreadyInUse)
            case nil: message = messages[error.field] ?? messages[root] ?? error.message
            }
            return FormError(field: ids[error.field] ?? ids[root], message: message)
        }
    }

    /// The validation failure inside a store or app error, if it is one.
    static func validationFailure(_ error: any Error) -> ValidationFailure? {
        switch error {
        case StoreError.invalid(let box): box.failure
        case AppError.unprocessable(let failure), AppError.badRequest(let failure): failure
        case let failure as ValidationFailure: failure
        default: nil
        }
    }
}

/// What page handlers share: the store, and the page context for a request.
struct WebContext: Sendable {
    let store: Store

    func page(
        _ request: Request, _ context: AppContext, notice: NoticeText? = nil, errors: [FormError] = []
    ) async throws -> PageContext {
        let settings = try await store.workspaceSettings()
        let flash = notice ?? request.query("notice").flatMap(NoticeText.init(rawValue:))
        return PageContext(
            language: context.language, workspaceName: settings.name, userEmail: context.user?.email ?? "",
            csrfToken: context.csrfToken ?? "", canManageUsers: context.principal?.may(.manageUsers) ?? false,
            canManageWorkspace: context.principal?.may(.manageWorkspace) ?? false,
            canReadCases: context.principal?.may(.readCases) ?? false,
            canProposeImprovements: context.principal?.may(.proposeImprovements) ?? false,
            canLeadActionPlans: context.principal?.may(.leadActionPlans) ?? false, currentPath: request.uri.path,
            flash: flash.map { Localizer(context.language)($0) }, errors: errors)
    }
}
