import CXMCore
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import Hummingbird

/// The pages customers answer surveys on, through public and kiosk links (`/s/{token}`). They need
/// no account, work without JavaScript, save the answers at every step, and store the response once
/// however often the last page is sent.
struct RespondentRoutes {
    let store: Store
    let configuration: ServerConfiguration
    let limiter: RateLimiter

    /// The cookie that lets a browser resume its draft of one public link (scoped to the link's path).
    static let draftCookie = "cxm_draft"
    static let draftLifetime = 30 * 86_400

    func register(in routes: inout RouteTable) {
        routes.get("/assets/survey.css", .open) { _, _ in
            var response = HTMLOutput.text(RespondentStylesheet.css, contentType: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
        routes.get("/s/{token}", .open) { request, context in
            let link = try await openLink(context)
            guard case .open(let link, let survey) = link else { return message(link, request) }
            var session = try await RespondentSession.resume(request, link: link, survey: survey, store: store)
            session.chooseLanguage(request.query("lang"), acceptLanguage: request.headers[.acceptLanguage])
            let flow = SurveyFlow(session.survey)
            if session.draft.completedAt == nil,
                flow.questions(onScreen: session.draft.screen, answers: session.draft.values).isEmpty
            {
                session.draft.screen = flow.nextScreen(after: nil, answers: session.draft.values) ?? 0
            }
            return page(session, flow: flow, problems: [:], typed: nil, request: request)
        }
        routes.post("/s/{token}", .open) { request, context in
            if let wait = limiter.admit(context.clientAddress) {
                // The answers are not read: the page asks to send again in a moment (the browser
                // keeps what was typed when going back).
                let language = Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
                var response = Self.html(
                    RespondentMessagePage(language: language, kind: .busy).render(), status: .tooManyRequests)
                response.headers[.retryAfter] = String(max(1, Int(wait.rounded(.up))))
                return response
            }
            let form = try await FormBody.read(request)
            let link = try await openLink(context)
            guard case .open(let link, let survey) = link else { return message(link, request) }
            var session = try await RespondentSession.posted(form, link: link, survey: survey, store: store)
            guard session.draft.completedAt == nil else { return Response.seeOther("\(link.path)/thanks") }
            session.chooseLanguage(form.text("lang"), acceptLanguage: request.headers[.acceptLanguage])
            return try await answer(form, session: session, request: request)
        }
        routes.get("/s/{token}/thanks", .open) { request, context in
            let link = try await openLink(context)
            guard case .open(let link, let survey) = link else { return message(link, request) }
            let session = try await RespondentSession.resume(
                request, link: link, survey: survey, store: store, keepCompleted: true)
            var language = session.draft.language
            if let chosen = request.query("lang").flatMap(Language.init(rawValue:)), survey.languages.contains(chosen) {
                language = chosen
            }
            let text =
                session.draft.completedAt == nil
                ? nil : session.survey.presentation.thankYou.message(for: session.survey, answers: session.draft.answers)
            let page = RespondentMessagePage(
                language: language, kind: .thanks(text?.text(in: language)),
                restartPath: link.kind == .kiosk ? link.path : nil)
            return Self.html(page.render())
        }
    }

    /// What a link leads to.
    enum Opened {
        case open(SurveyLink, Survey)
        case missing, closed
    }

    private func openLink(_ context: AppContext) async throws -> Opened {
        let token = context.parameters.get("token") ?? ""
        guard SurveyLink.isToken(token), let link = try await store.surveyLink(token: token) else { return .missing }
        guard !link.disabled else { return .closed }
        do {
            return .open(link, try await store.survey(link.surveyID))
        } catch StoreError.notFound {
            return .missing
        }
    }

    private func message(_ opened: Opened, _ request: Request) -> Response {
        let language = Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
        let kind: RespondentMessagePage.Kind = if case .closed = opened { .closed } else { .notFound }
        return Self.html(
            RespondentMessagePage(language: language, kind: kind).render(), status: kind == .closed ? .gone : .notFound)
    }

    /// Reads the answers of the screen sent, saves them in the draft, and shows the next screen, the
    /// same screen with its problems, or (after the last) stores the response.
    private func answer(_ form: FormBody, session: RespondentSession, request: Request) async throws -> Response {
        var session = session
        let flow = SurveyFlow(session.survey)
        let screen = min(max(Int(form.text("screen")) ?? 0, 0), max(flow.screens.count - 1, 0))
        let shown = flow.questions(onScreen: screen, answers: session.draft.values)
        let sent = Dictionary(uniqueKeysWithValues: shown.map { ($0.key, form.all("q-\($0.key)")) })
        let read = ScreenAnswers(questions: shown, values: sent)
        session.draft.record(read.answers, for: shown, in: session.survey)
        session.draft.updatedAt = Date()
        let goingBack = form.text("action") == "back"
        if goingBack {
            session.draft.screen = (0..<screen).last { !flow.questions(onScreen: $0, answers: session.draft.values).isEmpty } ?? 0
        } else if !read.problems.isEmpty {
            session.draft.screen = screen
            try await session.save(store)
            return page(
                session, flow: flow, problems: read.problems, typed: sent, request: request, status: .unprocessableContent)
        } else if let next = flow.nextScreen(after: screen, answers: session.draft.values) {
            session.draft.screen = next
        } else {
            return try await complete(session, flow: flow, request: request)
        }
        try await session.save(store)
        return page(session, flow: flow, problems: [:], typed: nil, request: request)
    }

    /// Stores the response (once: the draft's id is its idempotency key) and shows the thanks.
    private func complete(_ session: RespondentSession, flow: SurveyFlow, request: Request) async throws -> Response {
        var session = session
        session.draft.answers = flow.visibleAnswers(session.draft.answers)
        let submission = ResponseSubmission(
            surveyID: session.survey.id, surveyVersion: session.survey.version, touchpointID: session.link.touchpointID,
            unitID: session.link.unitID, language: session.draft.language, answers: session.draft.answers,
            idempotencyKey: "draft:\(session.draft.id)")
        let catalog = try await store.responseCatalog(for: [submission])
        let response: SurveyResponse
        do {
            response = try submission.resolve(in: catalog, receivedAt: Date())
        } catch {
            // A question the respondent skipped past is now required (the definition changed
            // under them): back to the first screen with a problem.
            let problems = Self.problems(error, flow: flow, answers: session.draft.values)
            session.draft.screen =
                problems.keys.compactMap { key in flow.screens.firstIndex { $0.contains { flow.survey.questions[$0].key == key } }
                }.min() ?? 0
            try await session.save(store)
            return page(session, flow: flow, problems: problems, typed: nil, request: request, status: .unprocessableContent)
        }
        try await session.save(store)
        let outcome = try await store.insertResponses([response])[0]
        try await store.completeResponseDraft(session.draft.id, responseID: outcome.id)
        var reply = Response.seeOther("\(session.link.path)/thanks?lang=\(session.draft.language.rawValue)")
        if let cookie = session.cookie(request, configuration: configuration) { reply.setCookie(cookie) }
        return reply
    }

    /// Required questions the stored check found unanswered, as page problems.
    private static func problems(
        _ error: ValidationFailure, flow: SurveyFlow, answers: [String: AnswerValue]
    ) -> [String: ScreenAnswers.Problem] {
        var problems: [String: ScreenAnswers.Problem] = [:]
        for question in flow.survey.questions where question.required && answers[question.key] == nil {
            if flow.isVisible(question, answers: answers) { problems[question.key] = .required }
        }
        if problems.isEmpty, let first = flow.survey.questions.first { problems[first.key] = .required }
        return problems
    }

    /// The draft's current screen, with what was typed (when re-shown with problems) or stored.
    private func page(
        _ session: RespondentSession, flow: SurveyFlow, problems: [String: ScreenAnswers.Problem],
        typed: [String: [String]]?, request: Request, status: HTTPResponse.Status = .ok
    ) -> Response {
        let draft = session.draft
        let language = draft.language
        let screen = draft.screen
        let stored = draft.values
        let questions = flow.questions(onScreen: screen, answers: stored).map { question in
            RespondentQuestion(
                question, language: language,
                values: typed?[question.key] ?? stored[question.key].map(Self.formValues) ?? [],
                error: problems[question.key].map { RespondentQuestion.message($0, language: language) })
        }
        let survey = session.survey
        let page = RespondentPage(
            language: language, languages: survey.languages,
            title: survey.presentation.title?.text(in: language) ?? survey.name,
            intro: survey.presentation.intro?.text(in: language), action: session.link.path, draftToken: session.token,
            screen: screen, pageNumber: screen + 1, pageCount: flow.screens.count,
            isLastScreen: !flow.mayContinue(after: screen, answers: stored),
            canGoBack: (0..<screen).contains { !flow.questions(onScreen: $0, answers: stored).isEmpty },
            questions: questions, isKiosk: session.link.kind == .kiosk)
        var response = Self.html(page.render(), status: status)
        if let cookie = session.cookie(request, configuration: configuration) { response.setCookie(cookie) }
        return response
    }

    static func formValues(_ value: AnswerValue) -> [String] {
        switch value {
        case .score(let score): [String(score)]
        case .choice(let key): [key]
        case .choices(let keys): keys
        case .text(let text): [text]
        }
    }

    /// A respondent page: no caching, and the link's token never sent on as a referrer.
    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = HTMLOutput.page(html, status: status)
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
