import CXMCore
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import Hummingbird

/// The pages customers answer surveys on: public and kiosk links (`/s/{token}`) and personal
/// invitations (`/i/{token}`). They need no account, work without JavaScript, save the answers at
/// every step, and store the response once however often the last page is sent.
struct RespondentRoutes {
    let store: Store
    let configuration: ServerConfiguration
    let limiter: RateLimiter
    let submissions: DraftSubmissions

    /// The cookie that lets a browser resume its draft of one public link (scoped to the link's path).
    static let draftCookie = "cxm_draft"
    static let draftLifetime = 30 * 86_400

    func register(in routes: inout RouteTable) {
        routes.get("/assets/survey.css", .open) { _, _ in
            var response = HTMLOutput.text(RespondentStylesheet.css, contentType: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
        let links: @Sendable (AppContext) async throws -> RespondentEntry.Opened = { context in
            try await RespondentEntry.link(context.parameters.get("token") ?? "", store: store)
        }
        let invitations: @Sendable (AppContext) async throws -> RespondentEntry.Opened = { context in
            try await RespondentEntry.invitation(context.parameters.get("token") ?? "", store: store)
        }
        for (prefix, open) in [("/s", links), ("/i", invitations)] {
            routes.get("\(prefix)/{token}", .open) { request, context in
                try await show(request, opened: try await open(context))
            }
            routes.post("\(prefix)/{token}", .open) { request, context in
                if let wait = limiter.admit(context.clientAddress) { return Self.busy(request, wait: wait) }
                let form = try await FormBody.read(request)
                return try await post(form, request, opened: try await open(context))
            }
            routes.get("\(prefix)/{token}/thanks", .open) { request, context in
                try await thanks(request, opened: try await open(context))
            }
        }
        registerUnsubscribe(in: &routes)
        registerWidget(in: &routes)
        registerComplaints(in: &routes)
    }

    /// The screen the draft has reached; an invitation's first open is recorded, and answers a
    /// mail carried in its link (`?q-nps=7`, the first question answered in the mail) are filled in.
    private func show(_ request: Request, opened: RespondentEntry.Opened) async throws -> Response {
        guard case .open(let entry, let survey) = opened else {
            if case .used = opened, let thanks = try await usedThanks(request, opened: opened) { return thanks }
            return try await message(opened, request)
        }
        var session = try await RespondentSession.resume(request, entry: entry, survey: survey, store: store)
        session.chooseLanguage(request.query("lang"), acceptLanguage: request.headers[.acceptLanguage])
        let flow = SurveyFlow(session.survey)
        if session.draft.completedAt == nil,
            flow.questions(onScreen: session.draft.screen, answers: session.draft.values).isEmpty
        {
            session.draft.screen = flow.nextScreen(after: nil, answers: session.draft.values) ?? 0
        }
        if let invitation = entry.invitation, invitation.openedAt == nil {
            try await store.markInvitationOpened(invitation.id)
        }
        // Answers a link carries (`?q-nps=7`, the first question answered in a mail) are filled
        // in, not saved: a mail scanner following every point's link must not answer for anyone.
        var carried: [String: [String]]?
        if session.draft.completedAt == nil {
            let shown = flow.questions(onScreen: session.draft.screen, answers: session.draft.values)
            let values = Dictionary(
                uniqueKeysWithValues: shown.compactMap { question in
                    request.query("q-\(question.key)").map { (question.key, [$0]) }
                })
            if !values.isEmpty {
                carried = Dictionary(
                    uniqueKeysWithValues: shown.map {
                        ($0.key, values[$0.key] ?? session.draft.values[$0.key].map(Self.formValues) ?? [])
                    })
            }
        }
        return try await page(session, flow: flow, problems: [:], typed: carried, request: request)
    }

    private func post(_ form: FormBody, _ request: Request, opened: RespondentEntry.Opened) async throws -> Response {
        guard case .open(let entry, let survey) = opened else {
            if case .used = opened { return Response.seeOther("\(request.uri.path)/thanks") }
            return try await message(opened, request)
        }
        var session = try await RespondentSession.posted(form, entry: entry, survey: survey, store: store)
        guard session.draft.completedAt == nil else { return Response.seeOther("\(entry.path)/thanks") }
        session.chooseLanguage(form.text("lang"), acceptLanguage: request.headers[.acceptLanguage])
        return try await answer(form, session: session, request: request)
    }

    private func thanks(_ request: Request, opened: RespondentEntry.Opened) async throws -> Response {
        if case .used = opened, let page = try await usedThanks(request, opened: opened) { return page }
        guard case .open(let entry, let survey) = opened else { return try await message(opened, request) }
        let session = try await RespondentSession.resume(
            request, entry: entry, survey: survey, store: store, keepCompleted: true)
        return try await thanksPage(session, request: request)
    }

    /// An answered invitation's link shows its thanks once more (right after answering), and says
    /// "already answered" when opened again later.
    private func usedThanks(_ request: Request, opened: RespondentEntry.Opened) async throws -> Response? {
        let token = request.uri.path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
        guard request.uri.path.hasPrefix("/i/"), let invitation = try await store.invitation(tokenHash: Secrets.hash(token)),
            let answered = invitation.respondedAt, Date().timeIntervalSince(answered) < 600,
            request.uri.path.hasSuffix("/thanks"),
            let survey = try? await store.survey(invitation.surveyID),
            let draft = try await store.responseDraft(invitation: invitation.id)
        else { return nil }
        let entry = RespondentEntry(
            kind: .personal, path: "/i/\(token)", surveyID: survey.id, touchpointID: invitation.touchpointID,
            unitID: invitation.unitID, invitation: invitation)
        let version = (try? await store.survey(draft.surveyID, version: draft.surveyVersion)) ?? survey
        return try await thanksPage(
            RespondentSession(entry: entry, survey: version, draft: draft, token: "", isNew: false), request: request)
    }

    private func thanksPage(_ session: RespondentSession, request: Request) async throws -> Response {
        var language = session.draft.language
        if let chosen = request.query("lang").flatMap(Language.init(rawValue:)), session.survey.languages.contains(chosen) {
            language = chosen
        }
        let text =
            session.draft.completedAt == nil
            ? nil : session.survey.presentation.thankYou.message(for: session.survey, answers: session.draft.answers)
        let page = RespondentMessagePage(
            language: language, kind: .thanks(text?.text(in: language)),
            restartPath: session.entry.kind == .kiosk ? session.entry.path : nil, brand: try await brand())
        return Self.html(page.render())
    }

    /// Too many answers from one address: the answers are not read, and the page asks to send
    /// again in a moment (the browser keeps what was typed when going back).
    static func busy(_ request: Request, wait: TimeInterval) -> Response {
        let language = Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
        var response = html(RespondentMessagePage(language: language, kind: .busy).render(), status: .tooManyRequests)
        response.headers[.retryAfter] = String(max(1, Int(wait.rounded(.up))))
        return response
    }

    private func message(_ opened: RespondentEntry.Opened, _ request: Request) async throws -> Response {
        let language = Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
        let (kind, status): (RespondentMessagePage.Kind, HTTPResponse.Status) =
            switch opened {
            case .closed: (.closed, .gone)
            case .used: (.used, .gone)
            case .expired: (.expired, .gone)
            case .missing, .open: (.notFound, .notFound)
            }
        let page = RespondentMessagePage(language: language, kind: kind, brand: try await brand())
        return Self.html(page.render(), status: status)
    }

    /// The workspace's name, colours and logo, as the pages customers see show them.
    func brand() async throws -> RespondentBrand {
        RespondentBrand(name: try await store.workspaceSettings().name, branding: try await store.workspaceBranding())
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
        // A widget's score waits for the rest while the respondent is still answering.
        if session.draft.completeAfter != nil {
            session.draft.completeAfter = session.draft.updatedAt.addingTimeInterval(Self.widgetGrace)
        }
        let goingBack = form.text("action") == "back"
        if goingBack {
            session.draft.screen = (0..<screen).last { !flow.questions(onScreen: $0, answers: session.draft.values).isEmpty } ?? 0
        } else if !read.problems.isEmpty {
            session.draft.screen = screen
            try await session.save(store)
            return try await page(
                session, flow: flow, problems: read.problems, typed: sent, request: request, status: .unprocessableContent)
        } else if let next = flow.nextScreen(after: screen, answers: session.draft.values) {
            session.draft.screen = next
        } else {
            return try await complete(session, flow: flow, request: request)
        }
        try await session.save(store)
        return try await page(session, flow: flow, problems: [:], typed: nil, request: request)
    }

    /// Stores the response (once: the draft's id is its idempotency key) and shows the thanks.
    private func complete(_ session: RespondentSession, flow: SurveyFlow, request: Request) async throws -> Response {
        var session = session
        session.draft.answers = flow.visibleAnswers(session.draft.answers)
        let touchpoint = try await store.touchpoint(session.entry.touchpointID)
        let response: SurveyResponse
        do {
            response = try DraftResponse.make(
                session.draft, survey: session.survey, touchpoint: touchpoint, unitID: session.entry.unitID,
                customerID: session.entry.invitation?.customerID, at: Date())
        } catch {
            // A question the respondent skipped past is now required (the definition changed
            // under them): back to the first screen with a problem.
            let problems = Self.problems(error, flow: flow, answers: session.draft.values)
            session.draft.screen =
                problems.keys.compactMap { key in flow.screens.firstIndex { $0.contains { flow.survey.questions[$0].key == key } }
                }.min() ?? 0
            try await session.save(store)
            return try await page(
                session, flow: flow, problems: problems, typed: nil, request: request, status: .unprocessableContent)
        }
        _ = try await submissions.submit(
            DraftSubmission(draft: session.draft, tokenHash: Secrets.hash(session.token), response: response))
        var reply = Response.seeOther("\(session.entry.path)/thanks?lang=\(session.draft.language.rawValue)")
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
    ) async throws -> Response {
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
            intro: survey.presentation.intro?.text(in: language), action: session.entry.path, draftToken: session.token,
            screen: screen, pageNumber: screen + 1, pageCount: flow.screens.count,
            isLastScreen: !flow.mayContinue(after: screen, answers: stored),
            canGoBack: (0..<screen).contains { !flow.questions(onScreen: $0, answers: stored).isEmpty },
            questions: questions, isKiosk: session.entry.kind == .kiosk, brand: try await brand())
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
