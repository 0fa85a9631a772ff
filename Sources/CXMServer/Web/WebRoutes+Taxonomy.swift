import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Settings → Themes and keywords (/settings/themes): the taxonomy in one form, restoring the default,
/// trying a text, and learning sentiment from the workspace's scores.
extension WebRoutes {
    func registerTaxonomy(in routes: inout RouteTable) {
        routes.get("/settings/themes", .requires(.editTaxonomy)) { request, context in
            let record = try await store.taxonomy()
            return HTMLOutput.page(
                try await taxonomyPage(request, context, entries: Self.entries(record.taxonomy)).render())
        }
        routes.post("/settings/themes", .requires(.editTaxonomy)) { request, context in
            let form = try await FormBody.read(request, maxSize: 2 * 1024 * 1024)
            try WebSession.requireCSRF(form, context: context)
            let entries = Self.entries(form)
            let (taxonomy, failure) = Self.taxonomy(from: entries)
            if let failure {
                let t = Localizer(context.language)
                let page = try await taxonomyPage(
                    request, context, entries: entries,
                    errors: [
                        FormError(
                            field: failure.field,
                            message: failure.message.isEmpty ? t(ErrorText.badRequestMessage) : failure.message)
                    ],
                    openIndex: failure.index)
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            try await store.saveTaxonomy(taxonomy, by: try context.actor.auditActor)
            return Response.seeOther("/settings/themes?notice=saved")
        }
        routes.post("/settings/themes/default", .requires(.editTaxonomy)) { request, context in
            try WebSession.requireCSRF(try await FormBody.read(request), context: context)
            try await store.saveTaxonomy(nil, by: try context.actor.auditActor)
            return Response.seeOther("/settings/themes?notice=saved")
        }
        routes.post("/settings/themes/try", .requires(.editTaxonomy)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let text = String(form.text("text").unicodeScalars.prefix(TextAnalyzer.maximumLength))
            let analyzer = try await store.currentTextAnalyzer()
            let analysis = Self.readable(analyzer.analyse(text), taxonomy: analyzer.matcher.taxonomy, language: context.language)
            let record = try await store.taxonomy()
            return HTMLOutput.page(
                try await taxonomyPage(request, context, entries: Self.entries(record.taxonomy), trial: (text, analysis))
                    .render())
        }
        routes.post("/settings/themes/models", .requires(.editTaxonomy)) { request, context in
            try WebSession.requireCSRF(try await FormBody.read(request), context: context)
            try await store.trainSentimentModels(by: try context.actor.auditActor)
            return Response.seeOther("/settings/themes?notice=saved#models-title")
        }
    }

    private func taxonomyPage(
        _ request: Request, _ context: AppContext, entries: [TaxonomyPage.Entry], errors: [FormError] = [],
        trial: (text: String, analysis: String?) = ("", nil), openIndex: Int? = nil
    ) async throws -> TaxonomyPage {
        let record = try await store.taxonomy()
        let settings = try await store.workspaceSettings()
        let models = try await store.sentimentModels().map {
            TaxonomyPage.Model(
                language: $0.language, positive: $0.positive, negative: $0.negative, learnedAccuracy: $0.learnedAccuracy,
                builtInAccuracy: $0.builtInAccuracy, inUse: $0.inUse, trainedAt: $0.trainedAt)
        }
        return TaxonomyPage(
            context: try await web.page(request, context, errors: errors), entries: entries, version: record.version,
            isDefault: record.isDefault, pending: try await store.textsAwaitingAnalysis(), trial: trial, models: models,
            minimumExamples: SentimentTraining.minimumExamples, timeZone: settings.timeZone, openIndex: openIndex)
    }

    /// The taxonomy's themes as form entries, plus a blank one to add.
    static func entries(_ taxonomy: Taxonomy) -> [TaxonomyPage.Entry] {
        taxonomy.themes.map(TaxonomyPage.Entry.init)
            + [TaxonomyPage.Entry(id: "", parentID: "", names: [:], patterns: [:], isNew: true)]
    }

    /// The entries as the form sent them; deleted ones (and their sub-themes) left out, a blank new one ignored.
    static func entries(_ form: FormBody) -> [TaxonomyPage.Entry] {
        var entries: [TaxonomyPage.Entry] = []
        var deleted: Set<String> = []
        var index = 0
        while form.optional("theme[\(index)].id") != nil || form.optional("theme[\(index)].parent") != nil {
            defer { index += 1 }
            let prefix = "theme[\(index)]."
            let own = form.text(prefix + "id").lowercased()
            let parent = form.text(prefix + "parent")
            var names: [Language: String] = [:]
            var patterns: [Language: String] = [:]
            for language in Language.allCases {
                let name = form.text(prefix + "name.\(language.rawValue)")
                if !name.isEmpty { names[language] = name }
                let lines = form.lines(prefix + "patterns.\(language.rawValue)")
                if !lines.isEmpty { patterns[language] = lines.joined(separator: "\n") }
            }
            let isNew = form.optional(prefix + "id") != nil && index == lastIndex(form)
            if isNew && own.isEmpty && names.isEmpty && patterns.isEmpty { continue }
            let id = parent.isEmpty ? own : parent + "." + own
            if form.isChecked(prefix + "delete") || deleted.contains(parent) {
                deleted.insert(id)
                continue
            }
            entries.append(TaxonomyPage.Entry(id: id, parentID: parent, names: names, patterns: patterns, isNew: false))
        }
        return entries
    }

    private static func lastIndex(_ form: FormBody) -> Int {
        var index = 0
        while form.optional("theme[\(index + 1)].parent") != nil { index += 1 }
        return index
    }

    /// A problem with the form: the control it concerns, the message and the entry to open.
    struct TaxonomyFormFailure {
        var field: String?
        var message: String
        var index: Int?
    }

    /// The entries as a taxonomy (sub-themes after their theme, as the list needs), or the first problem.
    static func taxonomy(from entries: [TaxonomyPage.Entry]) -> (Taxonomy, TaxonomyFormFailure?) {
        let parents = entries.filter { $0.parentID.isEmpty }
        var ordered: [(index: Int, entry: TaxonomyPage.Entry)] = []
        for parent in parents {
            guard let index = entries.firstIndex(of: parent) else { continue }
            ordered.append((index, parent))
            for (childIndex, child) in entries.enumerated() where child.parentID == parent.id {
                ordered.append((childIndex, child))
            }
        }
        for (index, entry) in entries.enumerated() where !ordered.contains(where: { $0.index == index }) {
            ordered.append((index, entry))
        }
        let themes = ordered.map { _, entry in
            Theme(
                id: entry.id, names: LocalizedText(entry.names),
                patterns: entry.patterns.mapValues { $0.split(separator: "\n").map(String.init) })
        }
        let taxonomy = Taxonomy(themes: themes)
        do throws(Taxonomy.Failure) {
            try taxonomy.validate()
            return (taxonomy, nil)
        } catch {
            let position = error.themeID.flatMap { id in ordered.last { $0.entry.id == id } }
            let field = position.map { TaxonomyPage.fieldID($0.index, error.field.isEmpty ? "id" : error.field) }
            return (taxonomy, TaxonomyFormFailure(field: field, message: error.description, index: position?.index))
        }
    }

    /// An analysis as lines a person reads: language, sentiment per sentence, themes with their words.
    static func readable(_ analysis: TextAnalysis, taxonomy: Taxonomy, language: Language) -> String {
        let t = Localizer(language)
        let format = LocaleFormat(language)
        let scalars = Array(analysis.analysedText.unicodeScalars)
        func excerpt(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)]))
        }
        func label(_ sentiment: Sentiment) -> String {
            let name: String =
                switch sentiment.label {
                case .positive: t(InboxText.positive)
                case .neutral: t(InboxText.neutral)
                case .negative: t(InboxText.negative)
                }
            return "\(name) \(format.signedDecimal(sentiment.score, fractionDigits: 2))"
        }
        var lines = [
            "\(t(InboxText.language)): "
                + (analysis.language.map { t(LanguageNameText(rawValue: $0.rawValue) ?? .en) } ?? t(InboxText.otherLanguage)),
            "\(t(InboxText.sentiment)): \(label(analysis.sentiment))",
        ]
        for sentence in analysis.sentences {
            lines.append("  “\(excerpt(sentence.start..<sentence.end))” — \(label(sentence.sentiment))")
        }
        lines.append("\(t(InboxText.themes)):" + (analysis.themes.isEmpty ? " –" : ""))
        for mention in analysis.themes {
            let name = taxonomy.theme(mention.themeID)?.name(in: language) ?? mention.themeID
            let words = mention.spans.map { "“\(excerpt($0))”" }.joined(separator: ", ")
            lines.append("  \(name) (\(label(mention.sentiment))): \(words)")
        }
        return lines.joined(separator: "\n")
    }
}
