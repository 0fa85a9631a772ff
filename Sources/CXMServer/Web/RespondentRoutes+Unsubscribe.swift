import CXMCore
import CXMStore
import CXMViews
import Hummingbird

extension RespondentRoutes {
    /// The unsubscribe link of every invitation (`/u/{token}`): a page with a button (so that mail
    /// scanners that follow links unsubscribe no one), and the one-click POST of RFC 8058 that mail
    /// programs send from their own unsubscribe button.
    func registerUnsubscribe(in routes: inout RouteTable) {
        routes.get("/u/{token}", .open) { request, context in
            let token = context.parameters.get("token") ?? ""
            let language = try await language(request, token: token)
            guard RespondentSession.isDraftToken(token), try await store.invitation(tokenHash: Secrets.hash(token)) != nil else {
                return Self.html(
                    RespondentMessagePage(language: language, kind: .notFound, brand: try await brand()).render(),
                    status: .notFound)
            }
            return Self.html(
                RespondentMessagePage(language: language, kind: .unsubscribe(action: "/u/\(token)"), brand: try await brand())
                    .render())
        }
        routes.post("/u/{token}", .open) { request, context in
            if let wait = limiter.admit(context.clientAddress) { return Self.busy(request, wait: wait) }
            let token = context.parameters.get("token") ?? ""
            let language = try await language(request, token: token)
            guard RespondentSession.isDraftToken(token), try await store.unsubscribe(tokenHash: Secrets.hash(token)) else {
                return Self.html(
                    RespondentMessagePage(language: language, kind: .notFound, brand: try await brand()).render(),
                    status: .notFound)
            }
            return Self.html(RespondentMessagePage(language: language, kind: .unsubscribed, brand: try await brand()).render())
        }
    }

    /// The invitation's language, else the browser's.
    private func language(_ request: Request, token: String) async throws -> Language {
        if RespondentSession.isDraftToken(token), let invitation = try await store.invitation(tokenHash: Secrets.hash(token)) {
            return invitation.language
        }
        return Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
    }
}
