import CXMCore
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import Hummingbird

/// Goals on the web (/goals), the KPI boards that publish them, and the public board itself (/kpi/{token}),
/// which needs no sign-in.
extension WebRoutes {
    static let goalFieldIDs = [
        "title": "goal-title", "metric": "goal-metric", "journeyID": "goal-journey", "touchpointID": "goal-touchpoint",
        "unitID": "goal-unit", "target": "goal-target", "deadline": "goal-deadline", "windowDays": "goal-window",
        "minimumN": "board-minimum",
    ]

    func registerGoals(in routes: inout RouteTable) {
        let boards = KPIBoardCache.shared
        routes.get("/goals", .requires(.read)) { request, context in
            HTMLOutput.page(try await goalsPage(request, context).render())
        }
        routes.post("/goals", .requires(.manageGoals)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let draft = GoalDraft(
                title: form.text("title"), metric: form.text("metric"), journeyID: form.optional("journey"),
                touchpointID: form.optional("touchpoint"), unitID: form.optional("unit"),
                target: Self.number(form.text("target")), deadline: LocalDay(iso: form.text("deadline")),
                windowDays: Int(form.text("windowDays")))
            do {
                var check = Validator()
                if !form.text("target").isEmpty, draft.target == nil {
                    check.add("target", "must be a number such as 35 or 5.5")
                }
                if !form.text("deadline").isEmpty, draft.deadline == nil {
                    check.add("deadline", "must be a day written YYYY-MM-DD")
                }
                try check.finish()
                let goal = try draft.validated(
                    today: try await MetricService(store: store).today(), by: principal.actorID, at: Date())
                try await store.saveGoal(goal, isNew: true, visibleUnits: principal.visibleUnits, by: principal.auditActor)
                return Response.seeOther("/goals?notice=saved")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.goalFieldIDs, language: context.language)
                return HTMLOutput.page(
                    try await goalsPage(request, context, draft: draft, errors: errors).render(), status: .unprocessableContent)
            }
        }
        routes.post("/goals/{id}/delete", .requires(.manageGoals)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            try await store.deleteGoal(try context.id(), visibleUnits: principal.visibleUnits, by: principal.auditActor)
            await boards.clear()
            return Response.seeOther("/goals?notice=saved")
        }
        routes.post("/goals/boards", .requires(.publishKPIBoards)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let board = KPIBoard(
                title: form.text("title"), goalIDs: form.all("goal"),
                minimumN: Int(form.text("minimumN")) ?? -1,
                language: Language(rawValue: form.text("language")) ?? context.language, createdBy: principal.actorID,
                createdAt: Date())
            do {
                try await store.createKPIBoard(board, by: principal.auditActor)
                return Response.seeOther("/goals?notice=saved")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.goalFieldIDs.merging(["title": "board-title"]) { $1 },
                    language: context.language)
                return HTMLOutput.page(
                    try await goalsPage(request, context, errors: errors).render(), status: .unprocessableContent)
            }
        }
        routes.post("/goals/boards/{id}/revoke", .requires(.publishKPIBoards)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            try await store.revokeKPIBoard(try context.id(), by: try context.actor.auditActor)
            await boards.clear()
            return Response.seeOther("/goals?notice=saved")
        }
        // What the signed-in person's digest of last month says (or will say, before it goes out).
        routes.get("/goals/digest", .requires(.read)) { request, context in
            guard let user = context.user else { throw AppError.forbidden("the digest is a person's; sign in to read yours") }
            let settings = try await store.workspaceSettings()
            let today = try await MetricService(store: store).today()
            let month = request.query("month").flatMap { LocalDay(iso: $0 + "-01") } ?? ResultsDigest.reportedMonth(before: today)
            let builder = ResultsDigestBuilder(store: store, month: month, today: today)
            let mail = ResultsDigestMail(
                digest: try await builder.digest(for: user, language: context.language), language: context.language,
                recipientName: user.displayName.isEmpty ? user.email : user.displayName, workspaceName: settings.name,
                linkBase: "", today: today)
            return HTMLOutput.page(ResultsDigestPage(context: try await web.page(request, context), mail: mail).render())
        }
        // The public board: no sign-in, an unknown or revoked link is a plain 404, and the figures are kept
        // a minute so that a link on many screens (or in the wrong hands) does not recompute them each time.
        routes.get("/kpi/{token}", .open) { request, context in
            let token = try context.id("token")
            guard let board = try await store.kpiBoard(token: token) else {
                throw AppError.notFound("this KPI board does not exist or its link was revoked")
            }
            let language = request.query("lang").flatMap(Language.init(rawValue:)) ?? board.language
            let settings = try await store.workspaceSettings()
            let (rows, updated) = try await boards.rows(for: board, language: language) {
                let all = try await store.goals()
                // Without a list: the company's goals (those of the whole company, a journey or a touchpoint),
                // never a unit's, which team leads set without publishing anything.
                let goals =
                    board.goalIDs.isEmpty
                    ? all.filter { $0.unitID == nil } : board.goalIDs.compactMap { id in all.first { $0.id == id } }
                return try await GoalTracker(store: store).rows(goals, minimumN: board.minimumN, language: language)
            }
            var headers = HTTPFields()
            headers[.cacheControl] = "no-store"
            headers[HTTPField.Name("X-Robots-Tag")!] = "noindex, nofollow"
            headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
            return HTMLOutput.page(
                KPIBoardPage(
                    language: language, workspaceName: settings.name, board: board, rows: rows,
                    tv: request.query("tv") == "1", updatedAt: updated, timeZone: settings.timeZone
                ).render(), headers: headers)
        }
    }

    /// A number as people type it: `35`, `-10`, `5,5` or `5.5`.
    static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{2212}", with: "-"))
    }

    private func goalsPage(
        _ request: Request, _ context: AppContext, draft: GoalDraft? = nil, errors: [FormError] = []
    ) async throws -> GoalsPage {
        let principal = try context.actor
        let goals = GoalTracker.visible(try await store.goals(), to: principal)
        let rows = try await GoalTracker(store: store).rows(goals, language: context.language)
        let metricContext = try await store.metricContext(visibleUnits: nil)
        let units = try await unitOptions(for: principal)
        let today = try await MetricService(store: store).today()
        let canSet = principal.may(.manageGoals)
        return GoalsPage(
            context: try await web.page(request, context, errors: errors), rows: rows,
            removable: canSet
                ? Set(goals.filter { principal.visibleUnits == nil || principal.canSee(unit: $0.unitID) }.map(\.id)) : [],
            canSetGoals: canSet,
            journeys: metricContext.journeys.sorted { $0.name < $1.name }.map { SelectOption(value: $0.id, label: $0.name) },
            touchpoints: try await touchpointOptions(), units: units, mayOmitUnit: principal.visibleUnits == nil,
            draft: draft
                ?? GoalDraft(title: "", metric: Metric.nps.rawValue, target: nil, deadline: today.adding(months: 6)),
            boards: principal.may(.publishKPIBoards) ? try await store.kpiBoards() : nil,
            baseURL: configuration.linkBase, timeZone: try await store.workspaceSettings().timeZone)
    }
}

/// Public boards' rows, kept a minute per board and language.
actor KPIBoardCache {
    /// One for the process: the API's changes clear what the public pages keep.
    static let shared = KPIBoardCache()
    private var kept: [String: (rows: [GoalRow], at: Date)] = [:]
    static let lifetime: TimeInterval = 60

    func rows(
        for board: KPIBoard, language: Language, compute: @Sendable () async throws -> [GoalRow]
    ) async throws -> ([GoalRow], Date) {
        let key = "\(board.id)/\(language.rawValue)"
        if let entry = kept[key], Date().timeIntervalSince(entry.at) < Self.lifetime { return (entry.rows, entry.at) }
        let rows = try await compute()
        let now = Date()
        kept[key] = (rows, now)
        if kept.count > 200 { kept = kept.filter { now.timeIntervalSince($0.value.at) < Self.lifetime } }
        return (rows, now)
    }

    func clear() { kept = [:] }
}
