import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The digital funnels' pages (/funnels, /funnels/{id}) and their steps on the journey map.
extension WebRoutes {
    func registerFunnels(in routes: inout RouteTable) {
        routes.get("/funnels", .requires(.read)) { request, context in
            let funnels = try await store.funnels()
            if let first = funnels.first { return Response.redirect(to: URLPath.make("/funnels", first.id)) }
            let page = FunnelPage(
                context: try await pageContext(request, context), funnels: [], report: nil,
                timeZone: try await store.workspaceSettings().timeZone)
            return HTMLOutput.page(page.render())
        }
        routes.get("/funnels/{id}", .requires(.read)) { request, context in
            HTMLOutput.page(try await funnelPage(request, context, id: try context.id()).render())
        }
        // Attaches a feedback prompt to a step (`step`: its number; `link`: a public link's id, empty to remove).
        routes.post("/funnels/{id}/prompt", .requires(.editJourneys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let id = try context.id()
            guard let step = Int(form.text("step")) else {
                throw AppError.badRequest(ValidationFailure(field: "step", "must be the number of one of the funnel's steps"))
            }
            let link = form.text("link")
            do {
                _ = try await store.setFunnelPrompt(
                    funnelID: id, step: step, linkID: link.isEmpty ? nil : link, by: context.actor.auditActor)
                return Response.seeOther(URLPath.make("/funnels", id) + "?notice=saved#funnel-prompts")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: ["steps": "prompt-link", "step": "prompt-link"],
                    language: context.language)
                let page = try await funnelPage(request, context, id: id, errors: errors)
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
        }
        // Makes the funnel's two usual segments (those who left it, those who finished), the missing ones.
        routes.post("/funnels/{id}/segments", .requires(.editSegments)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let funnel = try await store.funnel(try context.id())
            let existing = try await store.segments()
            let t = Localizer(context.language)
            let wanted = FunnelProgress.segmentConditions(funnel)
            for (name, conditions) in [
                (t(FunnelSegmentText.left, funnel.name), wanted.left),
                (t(FunnelSegmentText.finished, funnel.name), wanted.finished),
            ] where !existing.contains(where: { $0.conditions == conditions }) {
                _ = try await store.saveSegment(
                    Segment(name: name, conditions: conditions), by: context.actor.auditActor)
            }
            return Response.seeOther(URLPath.make("/funnels", funnel.id) + "?notice=saved#funnel-segments")
        }
    }

    /// One funnel's page for the period (`from`, `to`: whole days; the last 30 by default) and segment asked for.
    private func funnelPage(
        _ request: Request, _ context: AppContext, id: String, errors: [FormError] = []
    ) async throws -> FunnelPage {
        let funnel = try await store.funnel(id)
        let settings = try await store.workspaceSettings()
        let zone = TimeZone(identifier: settings.timeZone) ?? .gmt
        var check = Validator()
        func day(_ name: String) -> LocalDay? {
            guard let text = request.query(name), !text.isEmpty else { return nil }
            if let day = LocalDay(iso: text) { return day }
            check.add(name, "'\(text)' is not a date; write it as YYYY-MM-DD")
            return nil
        }
        let to = day("to") ?? LocalDay(Date(), in: zone)
        let from = day("from") ?? to.adding(days: -29)
        check.check(from <= to, "from", "must not be after to")
        let segments = try await store.segments()
        let segment = request.query("segment").flatMap { $0.isEmpty ? nil : $0 }
        if let segment, !segments.contains(where: { $0.id == segment }) {
            check.add("segment", "unknown segment '\(segment)'; choose one of the list")
        }
        do { try check.finish() } catch { throw AppError.badRequest(error) }
        let start = from.start(in: zone)
        let end = to.adding(days: 1).start(in: zone)
        let counts = try await store.funnelCounts(funnel, from: start, to: end, segmentID: segment)
        let report = FunnelReport(funnel: funnel, from: start, to: end, counts: counts)
        let visible = try context.actor.visibleUnits
        var prompts: [FunnelPage.Prompt] = []
        for (index, step) in funnel.steps.enumerated() {
            guard let linkID = step.feedbackLinkID else { continue }
            let link = try await store.surveyLink(id: linkID)
            let delay = report.promptDelaySeconds(atStep: index + 1)
            var answers = 0
            if let link { answers = try await store.promptAnswers(link, from: start, to: end, visibleUnits: visible) }
            prompts.append(
                FunnelPage.Prompt(
                    step: index + 1, linkID: linkID, label: link?.label, isOpen: link.map { !$0.disabled } ?? false,
                    snippet: FunnelPage.Prompt.snippet(
                        base: configuration.linkBase, token: link?.token ?? "", delaySeconds: delay),
                    delaySeconds: delay, answers: answers,
                    answersPath: URLPath.withQuery(
                        "/feedback",
                        [
                            ("touchpoint", link?.touchpointID ?? ""), ("from", from.iso), ("to", to.iso),
                        ])))
        }
        var page = try await pageContext(request, context)
        page.errors = errors
        let canEdit = context.principal?.may(.editJourneys) ?? false
        let usual = FunnelProgress.segmentConditions(funnel)
        let sliced = segments.filter { FunnelProgress.slices($0, by: funnel.id) }
        return FunnelPage(
            context: page, funnels: try await store.funnels(), report: report, timeZone: settings.timeZone,
            filter: DashboardFilter(
                from: from, to: to, segment: segment,
                segments: segments.map { SelectOption(value: $0.id, label: $0.name) }),
            prompts: prompts,
            promptLinks: canEdit ? try await store.promptLinks().map { SelectOption(value: $0.id, label: $0.label) } : [],
            canEdit: canEdit, segments: sliced.map { SelectOption(value: $0.id, label: $0.name) },
            canMakeSegments: (context.principal?.may(.editSegments) ?? false)
                && !(sliced.contains { $0.conditions == usual.left } && sliced.contains { $0.conditions == usual.finished }))
    }

    /// The steps of every funnel that name one of the touchpoints, counted over the days shown (counts up to
    /// five minutes old: `FunnelCountsCache`).
    func funnelSteps(
        touchpoints: Set<String>, from: LocalDay, to: LocalDay
    ) async throws -> [String: [DashboardJourneyPage.FunnelStepFigure]] {
        let linked = try await store.funnels().filter { funnel in
            funnel.steps.contains { $0.touchpointID.map(touchpoints.contains) ?? false }
        }
        guard !linked.isEmpty else { return [:] }
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        let start = from.start(in: zone)
        let end = to.adding(days: 1).start(in: zone)
        var reports: [FunnelReport] = []
        for funnel in linked {
            let counts = try await funnelCounts.counts(funnel, from: start, to: end, store: store)
            reports.append(FunnelReport(funnel: funnel, from: start, to: end, counts: counts))
        }
        return DashboardJourneyPage.FunnelStepFigure.byTouchpoint(reports).filter { touchpoints.contains($0.key) }
    }
}
