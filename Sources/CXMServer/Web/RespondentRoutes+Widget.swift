import CXMCore
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension RespondentRoutes {
    /// How long a score given in the widget waits for the rest of the survey before it counts alone.
    static let widgetGrace: TimeInterval = 1800

    /// What the widget needs to show its prompt, or why it stays hidden.
    struct WidgetConfig: Encodable {
        struct Point: Encodable {
            var value: String
            var label: String
            var spoken: String?
        }
        struct Prompt: Encodable {
            var key: String
            var text: String
            var points: [Point]
            var low: String?
            var high: String?
        }
        struct Texts: Encodable {
            var close: String
            var thanks: String
            var more: String
        }
        var show: Bool
        var reason: String?
        var lang: Language?
        var question: Prompt?
        var texts: Texts?
        var cooldownDays: Int?
        var quarantineDays: Int?
        /// The workspace's accent colour, `#rrggbb`.
        var accent: String?
    }

    struct WidgetAnswer: Decodable {
        var draft: String
        var value: String
        var lang: String?
    }

    struct WidgetResult: Encodable {
        var stored: Bool
        var `continue`: String?
    }

    /// The widget's script and its two calls from other sites (`/s/{token}/widget`), open to any
    /// origin without credentials.
    func registerWidget(in routes: inout RouteTable) {
        routes.get("/widget.js", .open) { _, _ in
            var response = HTMLOutput.text(WidgetScript.javascript, contentType: "text/javascript; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
        routes.get("/s/{token}/widget", .open) { request, context in
            let config = try await widgetConfig(request, token: context.parameters.get("token") ?? "")
            return Self.crossOrigin(try JSONOutput.response(config))
        }
        routes.post("/s/{token}/widget", .open) { request, context in
            if let wait = limiter.admit(context.clientAddress) {
                var response = Self.crossOrigin(Response(status: .tooManyRequests))
                response.headers[.retryAfter] = String(max(1, Int(wait.rounded(.up))))
                return response
            }
            let body = try await request.body.collect(upTo: 4096)
            guard let answer = try? JSONDecoder().decode(WidgetAnswer.self, from: Data(buffer: body)),
                RespondentSession.isDraftToken(answer.draft)
            else {
                throw AppError.badRequest(
                    ValidationFailure(
                        field: "draft", "send {\"draft\": a 43-character token, \"value\": the answer, \"lang\": …}"))
            }
            return Self.crossOrigin(
                try JSONOutput.response(try await widgetAnswer(answer, request, token: context.parameters.get("token") ?? "")))
        }
    }

    /// Cross-origin reads and simple posts from the sites that embed the widget; no cookies travel.
    static func crossOrigin(_ response: Response) -> Response {
        var response = response
        response.headers[.accessControlAllowOrigin] = "*"
        return response
    }

    /// The first question of the link's survey, when it is a scale the prompt can show, and the
    /// visitor falls in the touchpoint's sample.
    private func widgetConfig(_ request: Request, token: String) async throws -> WidgetConfig {
        guard case .open(let entry, let survey) = try await RespondentEntry.link(token, store: store), entry.kind == .publicLink
        else { return WidgetConfig(show: false, reason: "closed") }
        guard let first = survey.questions.first, first.type.isScale, let scale = first.scale, scale.count <= 11 else {
            return WidgetConfig(show: false, reason: "first_question_not_a_scale")
        }
        let rules = try await store.contactRules()
        let visitor = String((request.query("visitor") ?? "").prefix(100))
        if let percent = rules.samplingPercent[entry.touchpointID], !ContactGovernor.sampled(visitor, percent: percent) {
            return WidgetConfig(show: false, reason: "not_sampled")
        }
        let language =
            request.query("lang").flatMap(Language.init(rawValue:)).flatMap { survey.languages.contains($0) ? $0 : nil }
            ?? Language.preferred(acceptLanguage: request.headers[.acceptLanguage], among: survey.languages)
            ?? survey.languages.first ?? .en
        let t = Localizer(language)
        let question = RespondentQuestion(first, language: language, values: [], error: nil)
        let prompt: WidgetConfig.Prompt
        switch question.control {
        case .numbers(let points, let low, let high):
            prompt = WidgetConfig.Prompt(
                key: first.key, text: question.text,
                points: points.map { point in
                    WidgetConfig.Point(
                        value: point.value, label: point.label, spoken: point.spokenSuffix.map { "\(point.label), \($0)" })
                },
                low: low, high: high)
        case .labelled(let points):
            prompt = WidgetConfig.Prompt(
                key: first.key, text: question.text,
                points: points.map { WidgetConfig.Point(value: $0.value, label: $0.symbol ?? $0.value, spoken: $0.label) },
                low: points.first?.label, high: points.last?.label)
        default:
            return WidgetConfig(show: false, reason: "first_question_not_a_scale")
        }
        return WidgetConfig(
            show: true, lang: language, question: prompt,
            texts: WidgetConfig.Texts(
                close: t(RespondentText.widgetClose), thanks: t(RespondentText.thanksTitle), more: t(RespondentText.widgetMore)),
            cooldownDays: rules.cooldownDays, quarantineDays: rules.quarantineDays,
            accent: try await store.workspaceBranding().accent.hex)
    }

    /// Saves the widget's answer as a draft of the link's survey. A survey of that one question is
    /// stored at once; otherwise the answer waits half an hour for the rest (the link it returns
    /// opens the survey at its next question) and then counts alone.
    private func widgetAnswer(_ answer: WidgetAnswer, _ request: Request, token: String) async throws -> WidgetResult {
        guard case .open(let entry, let survey) = try await RespondentEntry.link(token, store: store), entry.kind == .publicLink,
            let first = survey.questions.first
        else { throw AppError.notFound("this survey link is closed or does not exist") }
        let read = ScreenAnswers(questions: [first], values: [first.key: [answer.value]])
        if let problem = read.problems[first.key] {
            throw AppError.unprocessable(
                ValidationFailure(field: "value", RespondentQuestion.message(problem, language: .en)))
        }
        var session = try await RespondentSession.named(answer.draft, entry: entry, survey: survey, store: store)
        guard session.draft.completedAt == nil else { return WidgetResult(stored: true) }
        session.chooseLanguage(answer.lang, acceptLanguage: request.headers[.acceptLanguage])
        let flow = SurveyFlow(session.survey)
        session.draft.record(read.answers, for: [first], in: session.survey)
        let now = Date()
        session.draft.updatedAt = now
        // More to ask: the rest of the first page, or a later page.
        let restOfFirst = flow.questions(onScreen: 0, answers: session.draft.values).contains { $0.key != first.key }
        if let next = restOfFirst ? 0 : flow.nextScreen(after: 0, answers: session.draft.values) {
            session.draft.screen = next
            session.draft.completeAfter = now.addingTimeInterval(Self.widgetGrace)
            try await session.save(store)
            return WidgetResult(
                stored: false,
                continue: "\(entry.path)?resume=\(session.token)&lang=\(session.draft.language.rawValue)"
            )
        }
        let touchpoint = try await store.touchpoint(entry.touchpointID)
        let response = try DraftResponse.make(
            session.draft, survey: session.survey, touchpoint: touchpoint, unitID: entry.unitID, customerID: nil, at: now)
        _ = try await submissions.submit(
            DraftSubmission(draft: session.draft, tokenHash: Secrets.hash(session.token), response: response))
        return WidgetResult(stored: true)
    }
}
