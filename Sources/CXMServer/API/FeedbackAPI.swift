import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Open-text analytics under /api/v1: the feedback inbox (/feedback), themes as data (/themes), the
/// taxonomy (/taxonomy) and analysing a text on the spot (/text/analyze).
struct FeedbackAPI {
    let store: Store

    /// An analysed answer as the API returns it. Spans and sentence bounds count Unicode scalars of `text`.
    struct Item: Encodable, Sendable {
        struct ThemeBody: Encodable, Sendable {
            var id: String
            var sentiment: Sentiment.Label
            var score: Double
            var spans: [[Int]]
            var manual: Bool
        }

        struct SentenceBody: Encodable, Sendable {
            var start: Int
            var end: Int
            var sentiment: Sentiment.Label
            var score: Double
        }

        var responseID: String
        var question: String
        var text: String
        var submittedAt: Date
        var surveyID: String
        var touchpointID: String
        var unitID: String
        var channelID: String
        var customerID: String?
        var respondentLanguage: Language
        var language: Language?
        var sentiment: Sentiment.Label
        var score: Double
        var model: SentimentSource
        var sentences: [SentenceBody]
        var themes: [ThemeBody]
        var tags: [String]
        var example: Bool
        var scores: [String: Int]
        var truncated: Bool

        init(_ text: FeedbackText) {
            responseID = text.responseID
            question = text.question
            self.text = text.text
            submittedAt = text.submittedAt
            surveyID = text.surveyID
            touchpointID = text.touchpointID
            unitID = text.unitID
            channelID = text.channelID
            customerID = text.customerID
            respondentLanguage = text.respondentLanguage
            language = text.language
            sentiment = text.sentiment.label
            score = text.sentiment.score
            model = text.source
            sentences = text.sentences.map {
                SentenceBody(start: $0.start, end: $0.end, sentiment: $0.sentiment.label, score: $0.sentiment.score)
            }
            themes = text.themes.map {
                ThemeBody(
                    id: $0.themeID, sentiment: $0.sentiment.label, score: $0.sentiment.score,
                    spans: $0.spans.map { [$0.lowerBound, $0.upperBound] }, manual: $0.manual)
            }
            tags = text.tags
            example = text.isExample
            scores = text.scores
            truncated = text.truncated
        }
    }

    /// A theme's figures among the selected answers.
    struct ThemeFigureBody: Encodable, Sendable {
        var id: String
        var name: String
        var parentID: String?
        var mentions: Int
        var share: Double
        var shareInterval: Interval?
        var positive: Int
        var neutral: Int
        var negative: Int
        var netSentiment: Double
        var npsN: Int
        var nps: Double?
        var npsInterval: Interval?
        var cesN: Int
        var ces: Double?
        var cesInterval: Interval?
        var lowSample: Bool

        init(_ figure: ThemeFigure, theme: Theme?, language: Language) {
            id = figure.counts.themeID
            name = theme?.name(in: language) ?? figure.counts.themeID
            parentID = theme?.parentID
            mentions = figure.counts.mentions
            share = figure.share
            shareInterval = figure.shareInterval
            positive = figure.counts.positive
            neutral = figure.counts.neutral
            negative = figure.counts.negative
            netSentiment = figure.netSentiment
            npsN = figure.counts.nps.n
            nps = figure.nps?.score
            npsInterval = figure.nps?.interval
            cesN = figure.counts.ces?.n ?? 0
            ces = figure.cesMean
            cesInterval = figure.cesInterval
            lowSample = figure.isLowSample
        }
    }

    struct ThemesBody: Encodable, Sendable {
        var texts: Int
        var items: [ThemeFigureBody]
    }

    struct TrendPoint: Encodable, Sendable {
        var period: String
        var start: String
        var end: String
        var texts: Int
        var mentions: Int
        var positive: Int
        var negative: Int
        var share: Double?
        var shareInterval: Interval?
    }

    struct BreakdownRow: Encodable, Sendable {
        var key: String
        var texts: Int
        var figure: ThemeFigureBody
    }

    struct TaxonomyBody: Encodable, Sendable {
        var version: Int
        var isDefault: Bool
        var themes: [Theme]
    }

    struct TaxonomyInput: Decodable {
        var themes: [Theme]
    }

    struct AnalyzeInput: Decodable {
        var text: String
        var language: String?
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/feedback", .requires(.read)) { request, context in
            let query = try await Self.query(request, principal: try context.actor, store: store)
            let page = try await store.feedback(query, page: try request.page())
            return try JSONOutput.response(
                PageBody(Page(items: page.items.map(Item.init), total: page.total, offset: page.offset, limit: page.limit)))
        }
        routes.get("/api/v1/feedback/tags", .requires(.read)) { _, context in
            struct Tag: Encodable, Sendable {
                var tag: String
                var count: Int
            }
            return try JSONOutput.response(
                ListBody(
                    items: try await store.feedbackTags(visibleUnits: try context.actor.visibleUnits).map {
                        Tag(tag: $0.tag, count: $0.count)
                    }))
        }
        routes.get("/api/v1/feedback/{response}/{question}", .requires(.read)) { _, context in
            try JSONOutput.response(Item(try await visibleText(context)))
        }
        routes.patch("/api/v1/feedback/{response}/{question}", .requires(.annotateFeedback)) { request, context in
            let text = try await visibleText(context)
            let change = try await JSONInput.decode(TextAnnotationChange.self, from: request, context: context)
            return try JSONOutput.response(
                Item(
                    try await store.annotateText(
                        response: text.responseID, question: text.question, change, by: context.actor.auditActor)))
        }
        routes.get("/api/v1/themes", .requires(.read)) { request, context in
            let principal = try context.actor
            let query = try await Self.query(request, principal: principal, store: store)
            let taxonomy = try await store.taxonomy().taxonomy
            let (texts, counts) = try await store.themeCounts(query)
            let language = try await Self.language(request, store: store)
            let order = Dictionary(uniqueKeysWithValues: taxonomy.themes.enumerated().map { ($1.id, $0) })
            let items = counts.sorted { (order[$0.themeID] ?? .max) < (order[$1.themeID] ?? .max) }.map {
                ThemeFigureBody(ThemeFigure(counts: $0, totalTexts: texts), theme: taxonomy.theme($0.themeID), language: language)
            }
            return try JSONOutput.response(ThemesBody(texts: texts, items: items))
        }
        routes.get("/api/v1/themes/{theme}/trend", .requires(.read)) { request, context in
            let theme = try await knownTheme(context)
            let query = try await Self.query(request, principal: try context.actor, store: store)
            let grainText = request.query("grain") ?? "month"
            guard let grain = TimeGrain(rawValue: grainText) else {
                throw AppError.badRequest(
                    ValidationFailure(
                        field: "grain",
                        "'\(grainText)' is not a grain; use " + TimeGrain.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            let points = try await store.themeTrend(theme.id, grain: grain, query).map { point in
                TrendPoint(
                    period: point.period.label, start: point.period.start.iso, end: point.period.end.iso, texts: point.texts,
                    mentions: point.mentions, positive: point.positive, negative: point.negative,
                    share: point.share?.value, shareInterval: point.share?.interval)
            }
            return try JSONOutput.response(ListBody(items: points))
        }
        routes.get("/api/v1/themes/{theme}/breakdown", .requires(.read)) { request, context in
            let theme = try await knownTheme(context)
            let query = try await Self.query(request, principal: try context.actor, store: store)
            let byText = request.query("by") ?? "touchpoint"
            guard let breakdown = Store.ThemeBreakdown(rawValue: byText) else {
                throw AppError.badRequest(ValidationFailure(field: "by", "'\(byText)' is not touchpoint or unit"))
            }
            let language = try await Self.language(request, store: store)
            let rows = try await store.themeCounts(theme.id, by: breakdown, query).map {
                BreakdownRow(
                    key: $0.key, texts: $0.texts,
                    figure: ThemeFigureBody(
                        ThemeFigure(counts: $0.counts, totalTexts: $0.texts), theme: theme, language: language))
            }
            return try JSONOutput.response(ListBody(items: rows))
        }
        routes.get("/api/v1/taxonomy", .requires(.read)) { _, _ in
            let record = try await store.taxonomy()
            return try JSONOutput.response(
                TaxonomyBody(version: record.version, isDefault: record.isDefault, themes: record.taxonomy.themes))
        }
        routes.put("/api/v1/taxonomy", .requires(.editTaxonomy)) { request, context in
            let input = try await JSONInput.decode(TaxonomyInput.self, from: request, context: context)
            do throws(Taxonomy.Failure) {
                try Taxonomy(themes: input.themes).validate()
            } catch {
                // The last theme with the id: a duplicate is the second one.
                let index = error.themeID.flatMap { id in input.themes.lastIndex { $0.id == id } }
                let field = index.map { "themes[\($0)]" + (error.field.isEmpty ? "" : "." + error.field) } ?? "themes"
                throw AppError.unprocessable(ValidationFailure(field: field, error.description))
            }
            let record = try await store.saveTaxonomy(Taxonomy(themes: input.themes), by: context.actor.auditActor)
            return try JSONOutput.response(
                TaxonomyBody(version: record.version, isDefault: record.isDefault, themes: record.taxonomy.themes))
        }
        routes.delete("/api/v1/taxonomy", .requires(.editTaxonomy)) { _, context in
            let record = try await store.saveTaxonomy(nil, by: context.actor.auditActor)
            return try JSONOutput.response(
                TaxonomyBody(version: record.version, isDefault: record.isDefault, themes: record.taxonomy.themes))
        }
        routes.post("/api/v1/text/analyze", .requires(.read)) { request, context in
            let input = try await JSONInput.decode(AnalyzeInput.self, from: request, context: context)
            var forced: Language?
            if let code = input.language, code != "auto" {
                guard let language = Language(code: code) else {
                    throw AppError.unprocessable(
                        ValidationFailure(field: "language", "'\(code)' is not a language; use auto, sv, da, nb, fi or en"))
                }
                forced = language
            }
            let analyzer = try await store.currentTextAnalyzer()
            let taxonomy = analyzer.matcher.taxonomy
            let analysis = analyzer.analyse(input.text, language: forced)
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: analysis.json(taxonomy: taxonomy))))
        }
    }

    /// The answer named by the path (`{response}/{question}`), if the principal may see its unit.
    static func visibleText(_ context: AppContext, store: Store) async throws -> FeedbackText {
        guard let response = context.parameters.get("response"), Identifier.isValid(response),
            let question = context.parameters.get("question"), !question.isEmpty
        else { throw AppError.notFound("no such analysed answer") }
        let text: FeedbackText
        do {
            text = try await store.feedbackText(response: response, question: question)
        } catch StoreError.notFound {
            throw AppError.notFound("answer '\(question)' of response '\(response)' is not an analysed open-text answer")
        }
        try context.actor.requireVisible(unit: text.unitID, "answer '\(question)' of response '\(response)'")
        return text
    }

    private func visibleText(_ context: AppContext) async throws -> FeedbackText {
        try await Self.visibleText(context, store: store)
    }

    private func knownTheme(_ context: AppContext) async throws -> Theme {
        let id = context.parameters.get("theme") ?? ""
        guard let theme = try await store.taxonomy().taxonomy.theme(id) else {
            throw AppError.notFound("theme '\(id)' is not in the taxonomy")
        }
        return theme
    }

    /// The language theme names are given in: `lang`, else the workspace's default.
    static func language(_ request: Request, store: Store) async throws -> Language {
        if let code = request.query("lang") {
            guard let language = Language(code: code) else {
                throw AppError.badRequest(ValidationFailure(field: "lang", "'\(code)' is not en, sv, da, nb or fi"))
            }
            return language
        }
        return try await store.workspaceSettings().defaultLanguage
    }

    /// The inbox filters from the query string, within the principal's units.
    static func query(_ request: Request, principal: Principal, store: Store) async throws -> FeedbackQuery {
        var query = FeedbackQuery()
        query.visibleUnits = principal.visibleUnits
        query.search = request.query("search").map { String($0.prefix(200)) }
        if let text = request.query("sentiment") {
            query.sentiments = Set(
                try text.split(separator: ",").map { part in
                    guard let label = Sentiment.Label(rawValue: String(part)) else {
                        throw AppError.badRequest(
                            ValidationFailure(field: "sentiment", "'\(part)' is not positive, neutral or negative"))
                    }
                    return label
                })
        }
        if let theme = request.query("theme") {
            guard try await store.taxonomy().taxonomy.theme(theme) != nil else {
                throw AppError.badRequest(ValidationFailure(field: "theme", "'\(theme)' is not a theme of the taxonomy"))
            }
            query.themeID = theme
        }
        query.unthemed = try flag(request, "unthemed")
        if let text = request.query("language") {
            for part in text.split(separator: ",").map(String.init) {
                guard part == "other" || Language(rawValue: part) != nil else {
                    throw AppError.badRequest(
                        ValidationFailure(field: "language", "'\(part)' is not a language; use en, sv, da, nb, fi or other"))
                }
                query.languages.insert(part)
            }
        }
        query.surveyID = request.query("survey")
        query.touchpointID = request.query("touchpoint")
        query.channelID = request.query("channel")
        if let unit = request.query("unit") {
            try principal.requireVisible(unit: unit, "unit '\(unit)'")
            query.unitIDs = try await store.unitTree().subtree(of: unit)
        }
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        query.from = try request.date("from", dayIn: zone)
        // A day includes itself; an instant is taken as it is.
        let wholeDay = request.query("to")?.count == 10
        query.to = try request.date("to", dayIn: zone).map { wholeDay ? $0.addingTimeInterval(86_400) : $0 }
        query.tag = request.query("tag")
        query.examplesOnly = try flag(request, "example")
        if let text = request.query("nps") {
            guard let group = FeedbackQuery.NPSGroup(rawValue: text) else {
                throw AppError.badRequest(
                    ValidationFailure(field: "nps", "'\(text)' is not an NPS group; use promoter, passive or detractor"))
            }
            query.npsGroup = group
        }
        if let text = request.query("order") {
            guard let order = FeedbackQuery.Order(rawValue: text) else {
                throw AppError.badRequest(
                    ValidationFailure(
                        field: "order",
                        "'\(text)' is not an order; use " + FeedbackQuery.Order.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            query.order = order
        }
        return query
    }

    private static func flag(_ request: Request, _ name: String) throws -> Bool {
        switch request.query(name) {
        case nil, "false": false
        case "true": true
        case let text?: throw AppError.badRequest(ValidationFailure(field: name, "'\(text)' is not true or false"))
        }
    }
}
