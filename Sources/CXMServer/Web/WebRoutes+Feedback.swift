import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The feedback inbox (/feedback), themes as data (/feedback/themes), suggested themes, and tagging,
/// re-theming and opening cases from an answer.
extension WebRoutes {
    func registerFeedback(in routes: inout RouteTable) {
        routes.get("/feedback", .requires(.read)) { request, context in
            let principal = try context.actor
            let query = try await FeedbackAPI.query(request, principal: principal, store: store)
            let pageNumber = request.pageNumber
            let pageSize = 25
            let page = try await store.feedback(query, page: PageRequest(offset: (pageNumber - 1) * pageSize, limit: pageSize))
            let tally = try await store.feedbackTally(query)
            let (touchpoints, units) = try await filterOptions(principal)
            let settings = try await store.workspaceSettings()
            let inbox = FeedbackInboxPage(
                context: try await web.page(request, context), filters: Self.filters(request), items: page.items,
                tally: FeedbackInboxPage.Tally(
                    positive: tally[.positive] ?? 0, neutral: tally[.neutral] ?? 0, negative: tally[.negative] ?? 0),
                paging: Paging(page: pageNumber, pageSize: pageSize, totalCount: page.total),
                taxonomy: try await store.taxonomy().taxonomy, touchpoints: touchpoints, units: units,
                tags: try await store.feedbackTags(visibleUnits: principal.visibleUnits).map(\.tag), timeZone: settings.timeZone,
                canAnnotate: principal.may(.annotateFeedback), canOpenCases: principal.may(.workCases),
                canEditTaxonomy: principal.may(.editTaxonomy))
            return HTMLOutput.page(inbox.render())
        }
        routes.get("/feedback/themes", .requires(.read)) { request, context in
            let principal = try context.actor
            let query = try await FeedbackAPI.query(request, principal: principal, store: store)
            let taxonomy = try await store.taxonomy().taxonomy
            let (texts, counts) = try await store.themeCounts(query)
            let (touchpoints, units) = try await filterOptions(principal)
            var page = ThemesPage(
                context: try await web.page(request, context), filters: Self.filters(request), texts: texts,
                figures: counts.map { ThemeFigure(counts: $0, totalTexts: texts) }, taxonomy: taxonomy,
                touchpoints: touchpoints, units: units, canEditTaxonomy: principal.may(.editTaxonomy))
            page.isStale = try await store.analysisIsStale()
            return HTMLOutput.page(page.render())
        }
        routes.get("/feedback/themes/candidates", .requires(.editTaxonomy)) { request, context in
            let page = ThemeCandidatesPage(
                context: try await web.page(request, context), candidates: try await store.themeCandidates(),
                taxonomy: try await store.taxonomy().taxonomy)
            return HTMLOutput.page(page.render())
        }
        routes.post("/feedback/themes/candidates", .requires(.editTaxonomy)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            guard let language = Language(rawValue: form.text("language")) else {
                throw AppError.badRequest(ValidationFailure(field: "language", "not a language"))
            }
            let decision: Store.CandidateDecision
            switch form.text("decision") {
            case "accept": decision = .accept(name: form.text("name"), nameLanguage: context.language)
            case "merge": decision = .merge(themeID: form.text("theme"))
            case "dismiss": decision = .dismiss
            default: throw AppError.badRequest(ValidationFailure(field: "decision", "choose accept, merge or dismiss"))
            }
            let themeID = try await store.decideThemeCandidate(
                language: language, phrase: form.text("phrase"), pattern: form.text("pattern"), decision,
                by: try context.actor.auditActor)
            return Response.seeOther(
                themeID.map { "/feedback/themes/\(Self.encoded($0))?notice=saved" }
                    ?? "/feedback/themes/candidates?notice=saved")
        }
        routes.get("/feedback/themes/{theme}", .requires(.read)) { request, context in
            let principal = try context.actor
            let taxonomy = try await store.taxonomy().taxonomy
            let id = context.parameters.get("theme") ?? ""
            guard let theme = taxonomy.theme(id) else { throw AppError.notFound("theme '\(id)' is not in the taxonomy") }
            var query = try await FeedbackAPI.query(request, principal: principal, store: store)
            query.themeID = nil
            let (texts, counts) = try await store.themeCounts(query)
            let figures = Dictionary(counts.map { ($0.themeID, ThemeFigure(counts: $0, totalTexts: texts)) }) { first, _ in first
            }
            let (touchpoints, units) = try await filterOptions(principal)
            let touchpointNames = FeedbackInboxPage.names(touchpoints)
            let byTouchpoint = try await store.themeCounts(theme.id, by: .touchpoint, query).map {
                (
                    name: touchpointNames[$0.key] ?? $0.key, texts: $0.texts,
                    figure: ThemeFigure(counts: $0.counts, totalTexts: $0.texts)
                )
            }
            let settings = try await store.workspaceSettings()
            var page = ThemePage(
                context: try await web.page(request, context), theme: theme, filters: Self.filters(request), texts: texts,
                figure: figures[theme.id],
                children: taxonomy.children(of: theme.id).compactMap { child in figures[child.id].map { (child, $0) } },
                trend: try await store.themeTrend(theme.id, grain: .month, query), byTouchpoint: byTouchpoint,
                negativeQuotes: try await quotes(theme.id, .negative, query),
                positiveQuotes: try await quotes(theme.id, .positive, query), taxonomy: taxonomy,
                touchpoints: touchpoints, units: units, timeZone: settings.timeZone)
            page.isStale = try await store.analysisIsStale()
            return HTMLOutput.page(page.render())
        }
        routes.post("/feedback/{response}/{question}/annotate", .requires(.annotateFeedback)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let text = try await FeedbackAPI.visibleText(context, store: store)
            var change = TextAnnotationChange()
            if !form.text("add_tag").isEmpty { change.addTags = [form.text("add_tag")] }
            if !form.text("add_theme").isEmpty { change.addThemes = [form.text("add_theme")] }
            if !form.text("remove_theme").isEmpty { change.removeThemes = [form.text("remove_theme")] }
            if form.text("example_shown") == "1" { change.example = form.text("mark_example") == "on" }
            try await store.annotateText(
                response: text.responseID, question: text.question, change, by: try context.actor.auditActor)
            let back = form.text("return_to")
            let target = back.hasPrefix("/feedback") && !back.hasPrefix("//") ? back : "/feedback"
            return Response.seeOther(target + "#fb-\(Self.encoded(text.responseID))-\(Self.encoded(text.question))")
        }
        routes.post("/feedback/{response}/{question}/case", .requires(.workCases)) { request, context in
            try WebSession.requireCSRF(try await FormBody.read(request), context: context)
            let text = try await FeedbackAPI.visibleText(context, store: store)
            let t = Localizer(context.language)
            let excerpt = text.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let short =
                excerpt.unicodeScalars.count > 80
                ? String(String.UnicodeScalarView(excerpt.unicodeScalars.prefix(79))) + "…" : excerpt
            let opened = try await store.openCase(
                Case(
                    title: t(InboxText.caseTitle, short.isEmpty ? text.responseID : short), source: .manual,
                    responseID: text.responseID, customerID: text.customerID, touchpointID: text.touchpointID,
                    unitID: text.unitID, createdAt: Date()),
                firstContactHours: 8, resolutionHours: 40, note: String(excerpt.prefix(2_000)),
                by: try context.actor.auditActor)
            return Response.seeOther("/cases/\(Self.encoded(opened.id))")
        }
    }

    /// Up to five answers whose mention of the theme has the tone: marked examples first, then the clearest.
    private func quotes(_ themeID: String, _ tone: Sentiment.Label, _ base: FeedbackQuery) async throws -> [FeedbackText] {
        var query = base
        query.themeID = themeID
        query.themeSentiments = [tone]
        query.order = tone == .negative ? .mostNegative : .mostPositive
        var examples = base
        examples.themeID = themeID
        examples.themeSentiments = [tone]
        examples.examplesOnly = true
        examples.order = query.order
        var chosen = try await store.feedback(examples, page: PageRequest(limit: 5)).items
        if chosen.count < 5 {
            // The clearest, one per wording: the sentence the theme is in is often written many times.
            var seen = Set(chosen.map { Self.themeSentence($0, themeID) })
            for item in try await store.feedback(query, page: PageRequest(limit: 200)).items where chosen.count < 5 {
                if seen.insert(Self.themeSentence(item, themeID)).inserted { chosen.append(item) }
            }
        }
        return chosen
    }

    /// The sentence an answer mentions the theme in, lowercased: what makes two quotes say the same thing.
    static func themeSentence(_ item: FeedbackText, _ themeID: String) -> String {
        let scalars = Array(item.text.unicodeScalars)
        guard let span = item.themes.first(where: { $0.themeID == themeID })?.spans.first,
            let sentence = item.sentences.first(where: { $0.start <= span.lowerBound && span.lowerBound < $0.end })
        else { return item.text.lowercased() }
        let range = (sentence.start..<sentence.end).clamped(to: 0..<scalars.count)
        return String(String.UnicodeScalarView(scalars[range])).lowercased()
    }

    /// Touchpoints and the units the reader may see, as filter options by name.
    private func filterOptions(_ principal: Principal) async throws -> ([SelectOption], [SelectOption]) {
        let touchpoints = try await store.touchpoints().map { SelectOption(value: $0.id, label: $0.name) }
            .sorted { $0.label < $1.label }
        let units = try await store.units().filter { principal.canSee(unit: $0.id) }
            .map { SelectOption(value: $0.id, label: $0.name) }.sorted { $0.label < $1.label }
        return (touchpoints, units)
    }

    /// A path segment or fragment with everything but unreserved characters percent-encoded.
    static func encoded(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }

    /// The filters as the query string has them, for the form and for links.
    static func filters(_ request: Request) -> FeedbackInboxPage.Filters {
        var filters = FeedbackInboxPage.Filters()
        filters.search = request.query("search") ?? ""
        filters.sentiment = request.query("sentiment") ?? ""
        filters.theme = request.query("theme") ?? ""
        filters.language = request.query("language") ?? ""
        filters.touchpoint = request.query("touchpoint") ?? ""
        filters.unit = request.query("unit") ?? ""
        filters.from = request.query("from") ?? ""
        filters.to = request.query("to") ?? ""
        filters.nps = request.query("nps") ?? ""
        filters.tag = request.query("tag") ?? ""
        filters.examplesOnly = request.query("example") == "true"
        filters.order = request.query("order") ?? "newest"
        return filters
    }
}
