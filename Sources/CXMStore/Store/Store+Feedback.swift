import CXMCore
import Foundation
import SQLKit

/// Which analysed open-text answers to list in the feedback inbox, and in what order.
public struct FeedbackQuery: Sendable, Hashable {
    public enum Order: String, Sendable, CaseIterable {
        case newest, oldest
        case mostNegative = "most_negative"
        case mostPositive = "most_positive"
    }

    /// The respondents' NPS group, from the NPS answer of the same response.
    public enum NPSGroup: String, Sendable, CaseIterable {
        case promoter, passive, detractor
    }

    /// Words that must all occur in the text (case-insensitive, anywhere in a word).
    public var search: String?
    public var sentiments: Set<Sentiment.Label> = []
    /// A theme the answer mentions (a theme includes its sub-themes' mentions).
    public var themeID: String?
    /// With `themeID`: only answers whose mention of the theme has one of these sentiments (the sentences
    /// about it, which may differ from the whole answer's).
    public var themeSentiments: Set<Sentiment.Label> = []
    /// Only answers no theme matched: what the taxonomy does not cover yet.
    public var unthemed = false
    /// Language codes, or `other` for answers in none of the five.
    public var languages: Set<String> = []
    public var surveyID: String?
    public var touchpointID: String?
    public var channelID: String?
    /// Units to look in (a unit and its sub-units, expanded by the caller).
    public var unitIDs: Set<String>?
    /// What the reader may see; nil for everything.
    public var visibleUnits: Set<String>?
    public var from: Date?
    public var to: Date?
    public var tag: String?
    public var examplesOnly = false
    public var npsGroup: NPSGroup?
    public var order: Order = .newest

    public init() {}
}

extension Store {
    /// A page of analysed answers with their themes, tags and the response's scores.
    public func feedback(_ query: FeedbackQuery, page: PageRequest) async throws -> Page<FeedbackText> {
        try await database.read { sql in
            guard let filter = Self.feedbackFilter(query) else {
                return Page(items: [], total: 0, offset: page.offset, limit: page.limit)
            }
            let from: SQLQueryString = """
                 FROM text_analyses t JOIN responses r ON r.id = t.response_id
                JOIN answers a ON a.response_id = t.response_id AND a.question_key = t.question_key
                LEFT JOIN text_annotations n ON n.response_id = t.response_id AND n.question_key = t.question_key
                """
            let total = try await count(sql, "SELECT COUNT(*) AS n" + from + filter)
            // With a theme, "most negative" means what the answer says about the theme (its sentences), not
            // the whole answer: "friendly staff, but far too expensive" is a negative quote about price only.
            let score: SQLQueryString =
                query.themeID.map {
                    """
                    (SELECT h.score FROM text_themes h WHERE h.response_id = t.response_id
                     AND h.question_key = t.question_key AND h.theme_id = \(bind: $0))
                    """
                } ?? "t.score"
            let order: SQLQueryString =
                switch query.order {
                case .newest: "r.submitted_at DESC, t.response_id, t.question_key"
                case .oldest: "r.submitted_at, t.response_id, t.question_key"
                case .mostNegative: score + ", t.score, r.submitted_at DESC, t.response_id, t.question_key"
                case .mostPositive: score + " DESC, t.score DESC, r.submitted_at DESC, t.response_id, t.question_key"
                }
            let rows = try await sql.raw(
                """
                SELECT t.*, r.survey_id, r.touchpoint_id, r.unit_id, r.channel_id, r.customer_id,
                       r.language AS respondent_language, r.submitted_at, a.text_value, n.tags, n.example
                """ + from + filter
                    + " ORDER BY " + order + " LIMIT \(literal: page.limit) OFFSET \(literal: page.offset)"
            ).all()
            let items = try await feedbackTexts(rows, on: sql)
            return Page(items: items, total: total, offset: page.offset, limit: page.limit)
        }
    }

    /// Whether some answers still wait to be read under the current taxonomy or models (figures then mix both).
    public func analysisIsStale() async throws -> Bool {
        try await database.read { sql in
            let version = try await Self.taxonomy(sql).version
            return try await sql.raw(
                "SELECT 1 AS one FROM text_analyses WHERE taxonomy_version <> \(bind: version) LIMIT 1"
            ).first() != nil
        }
    }

    /// How many of the answers a query selects read positive, neutral and negative.
    public func feedbackTally(_ query: FeedbackQuery) async throws -> [Sentiment.Label: Int] {
        guard let filter = Self.feedbackFilter(query) else { return [:] }
        return try await database.read { sql in
            var tally: [Sentiment.Label: Int] = [:]
            for row in try await sql.raw(
                """
                SELECT t.sentiment, COUNT(*) AS n FROM text_analyses t JOIN responses r ON r.id = t.response_id
                LEFT JOIN text_annotations n ON n.response_id = t.response_id AND n.question_key = t.question_key
                """ + filter + " GROUP BY t.sentiment"
            ).all() {
                if let label = Sentiment.Label(rawValue: try row.string("sentiment")) { tally[label] = try row.int("n") }
            }
            return tally
        }
    }

    /// One analysed answer, or a not-found error naming it.
    public func feedbackText(response: String, question: String) async throws -> FeedbackText {
        try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT t.*, r.survey_id, r.touchpoint_id, r.unit_id, r.channel_id, r.customer_id,
                       r.language AS respondent_language, r.submitted_at, a.text_value, n.tags, n.example
                FROM text_analyses t JOIN responses r ON r.id = t.response_id
                JOIN answers a ON a.response_id = t.response_id AND a.question_key = t.question_key
                LEFT JOIN text_annotations n ON n.response_id = t.response_id AND n.question_key = t.question_key
                WHERE t.response_id = \(bind: response) AND t.question_key = \(bind: question)
                """
            ).all()
            guard let item = try await feedbackTexts(rows, on: sql).first else {
                throw StoreError.notFound(entity: "analysed answer", id: "\(response)/\(question)")
            }
            return item
        }
    }

    /// The WHERE clause of a query, or nil when it can match nothing (no visible units).
    static func feedbackFilter(_ query: FeedbackQuery, and more: [SQLQueryString] = []) -> SQLQueryString? {
        guard let conditions = feedbackConditions(query) else { return nil }
        let all = conditions + more
        return all.isEmpty ? "" : " WHERE " + all.joined(separator: " AND ")
    }

    /// The conditions of a query on `t` (analyses), `r` (responses) and `n` (annotations); nil when it can
    /// match nothing.
    static func feedbackConditions(_ query: FeedbackQuery) -> [SQLQueryString]? {
        var conditions: [SQLQueryString] = []
        for word in (query.search ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).prefix(8) {
            conditions.append("t.search_text LIKE \(bind: "%" + likeEscaped(String(word)) + "%") ESCAPE '\\'")
        }
        if !query.sentiments.isEmpty {
            conditions.append("t.sentiment IN (\(binds: query.sentiments.map(\.rawValue).sorted()))")
        }
        if let theme = query.themeID {
            let tone: SQLQueryString =
                query.themeSentiments.isEmpty
                ? "" : " AND h.sentiment IN (\(binds: query.themeSentiments.map(\.rawValue).sorted()))"
            conditions.append(
                """
                EXISTS (SELECT 1 FROM text_themes h WHERE h.response_id = t.response_id
                        AND h.question_key = t.question_key AND h.theme_id = \(bind: theme)
                """ + tone + ")")
        }
        if query.unthemed {
            conditions.append(
                """
                NOT EXISTS (SELECT 1 FROM text_themes h WHERE h.response_id = t.response_id
                            AND h.question_key = t.question_key)
                """)
        }
        if !query.languages.isEmpty {
            let codes = query.languages.filter { $0 != "other" }.sorted()
            var either: [SQLQueryString] = []
            if !codes.isEmpty { either.append("t.language IN (\(binds: codes))") }
            if query.languages.contains("other") { either.append("t.language IS NULL") }
            conditions.append("(" + either.joined(separator: " OR ") + ")")
        }
        if let v = query.surveyID { conditions.append("r.survey_id = \(bind: v)") }
        if let v = query.touchpointID { conditions.append("r.touchpoint_id = \(bind: v)") }
        if let v = query.channelID { conditions.append("r.channel_id = \(bind: v)") }
        if let units = query.unitIDs {
            if units.isEmpty { return nil }
            conditions.append("r.unit_id IN (\(binds: units.sorted()))")
        }
        if let visible = query.visibleUnits {
            if visible.isEmpty { return nil }
            conditions.append("r.unit_id IN (\(binds: visible.sorted()))")
        }
        if let v = query.from { conditions.append("r.submitted_at >= \(bind: Timestamp.from(v))") }
        if let v = query.to { conditions.append("r.submitted_at < \(bind: Timestamp.from(v))") }
        if let tag = query.tag.flatMap(TextAnnotationChange.normalisedTag) {
            conditions.append("n.tags LIKE \(bind: "%\"" + likeEscaped(tag) + "\"%") ESCAPE '\\'")
        }
        if query.examplesOnly { conditions.append("n.example = 1") }
        if let group = query.npsGroup {
            let range: String =
                switch group {
                case .promoter: "s.score >= 9"
                case .passive: "s.score BETWEEN 7 AND 8"
                case .detractor: "s.score <= 6"
                }
            conditions.append(
                "EXISTS (SELECT 1 FROM answers s WHERE s.response_id = t.response_id AND s.kind = 'nps' AND \(unsafeRaw: range))"
            )
        }
        return conditions
    }

    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Builds inbox items from rows of `text_analyses` joined as in `feedback`, with their themes and scores.
    private func feedbackTexts(_ rows: [any SQLRow], on sql: any SQLDatabase) async throws -> [FeedbackText] {
        guard !rows.isEmpty else { return [] }
        let ids = Array(Set(try rows.map { try $0.string("response_id") }))
        var themes: [String: [FeedbackText.ThemeTag]] = [:]
        var scores: [String: [String: Int]] = [:]
        for chunk in ids.chunked(maxRows: 1_000) {
            for row in try await sql.raw(
                "SELECT * FROM text_themes WHERE response_id IN (\(binds: Array(chunk))) ORDER BY theme_id"
            ).all() {
                let key = try row.string("response_id") + "\u{1F}" + row.string("question_key")
                themes[key, default: []].append(
                    FeedbackText.ThemeTag(
                        themeID: try row.string("theme_id"),
                        sentiment: Self.sentiment(label: try row.string("sentiment"), thousandths: try row.int("score")),
                        spans: try row.json("spans", as: [[Int]].self).compactMap { pair in
                            pair.count == 2 && pair[0] <= pair[1] ? pair[0]..<pair[1] : nil
                        },
                        manual: try row.int("manual") != 0))
            }
            for row in try await sql.raw(
                """
                SELECT response_id, question_key, score FROM answers
                WHERE response_id IN (\(binds: Array(chunk))) AND value_kind = 'score'
                """
            ).all() {
                scores[try row.string("response_id"), default: [:]][try row.string("question_key")] = try row.int("score")
            }
        }
        return try rows.map { row in
            let response = try row.string("response_id")
            let question = try row.string("question_key")
            let sentences = try row.json("sentences", as: [[Int]].self).compactMap { triple -> SentenceSentiment? in
                guard triple.count == 3 else { return nil }
                let score = Double(triple[2]) / 1000
                return SentenceSentiment(
                    start: triple[0], end: triple[1],
                    sentiment: Sentiment(score: score, neutralBand: SentimentAnalyzer.neutralBand))
            }
            return FeedbackText(
                responseID: response, question: question, text: try row.optionalString("text_value") ?? "",
                submittedAt: try row.date("submitted_at"), surveyID: try row.string("survey_id"),
                touchpointID: try row.string("touchpoint_id"), unitID: try row.string("unit_id"),
                channelID: try row.string("channel_id"), customerID: try row.optionalString("customer_id"),
                respondentLanguage: Language(rawValue: try row.string("respondent_language")) ?? .en,
                language: try row.optionalString("language").flatMap(Language.init(rawValue:)),
                sentiment: Self.sentiment(label: try row.string("sentiment"), thousandths: try row.int("score")),
                source: SentimentSource(rawValue: try row.string("model")) ?? .builtIn, sentences: sentences,
                themes: themes[response + "\u{1F}" + question] ?? [],
                tags: try row.optionalString("tags").map { try JSONColumn.decode([String].self, from: $0) } ?? [],
                isExample: (try row.decode(column: "example", as: Int?.self) ?? 0) != 0,
                scores: scores[response] ?? [:], truncated: try row.int("truncated") != 0)
        }
    }

    static func sentiment(label: String, thousandths: Int) -> Sentiment {
        Sentiment(label: Sentiment.Label(rawValue: label) ?? .neutral, score: Double(thousandths) / 1000)
    }

    // MARK: Annotations

    /// Applies a person's change to an analysed answer: tags, themes set or taken away by hand, the example
    /// mark. Returns the answer as it now stands.
    @discardableResult
    public func annotateText(
        response: String, question: String, _ change: TextAnnotationChange, by actor: AuditActor
    ) async throws -> FeedbackText {
        let taxonomy = try await self.taxonomy().taxonomy
        let valid: TextAnnotationChange
        do { valid = try change.validated(against: taxonomy) } catch { throw StoreError.invalid(error) }
        try await database.write { sql in
            guard
                let analysis = try await sql.raw(
                    """
                    SELECT sentiment, score FROM text_analyses
                    WHERE response_id = \(bind: response) AND question_key = \(bind: question)
                    """
                ).first()
            else { throw StoreError.notFound(entity: "analysed answer", id: "\(response)/\(question)") }
            let existing = try await sql.raw(
                """
                SELECT tags, removed_themes, example FROM text_annotations
                WHERE response_id = \(bind: response) AND question_key = \(bind: question)
                """
            ).first()
            var tags = try existing.map { try $0.json("tags", as: [String].self) } ?? []
            var removed = Set(try existing.map { try $0.json("removed_themes", as: [String].self) } ?? [])
            var example = try existing.map { try $0.int("example") != 0 } ?? false
            tags.removeAll { valid.removeTags.contains($0) }
            for tag in valid.addTags where !tags.contains(tag) { tags.append(tag) }
            if let mark = valid.example { example = mark }
            // Taking a theme away takes its sub-themes too; setting a sub-theme sets its theme.
            var taken: Set<String> = []
            for id in valid.removeThemes {
                taken.insert(id)
                for child in taxonomy.children(of: id) { taken.insert(child.id) }
            }
            var set: [String] = []
            for id in valid.addThemes {
                if let parent = taxonomy.theme(id)?.parentID, !set.contains(parent) { set.append(parent) }
                if !set.contains(id) { set.append(id) }
            }
            taken.subtract(set)
            removed.formUnion(taken)
            removed.subtract(set)
            if !taken.isEmpty {
                try await sql.raw(
                    """
                    DELETE FROM text_themes WHERE response_id = \(bind: response) AND question_key = \(bind: question)
                      AND theme_id IN (\(binds: taken.sorted()))
                    """
                ).run()
            }
            let label = try analysis.string("sentiment")
            let score = try analysis.int("score")
            for id in set {
                try await sql.raw(
                    """
                    INSERT INTO text_themes (response_id, question_key, theme_id, sentiment, score, spans, manual)
                    VALUES (\(bind: response), \(bind: question), \(bind: id), \(bind: label), \(bind: score), '[]', 1)
                    ON CONFLICT (response_id, question_key, theme_id) DO UPDATE SET manual = 1
                    """
                ).run()
            }
            if !set.isEmpty { try await Self.stampDays(ofResponses: [response], on: sql) }
            let now = Timestamp.now
            try await sql.raw(
                """
                INSERT INTO text_annotations (response_id, question_key, tags, removed_themes, example, updated_by, updated_at)
                VALUES (\(bind: response), \(bind: question), \(bind: try JSONColumn.encode(tags)),
                        \(bind: try JSONColumn.encode(removed.sorted())), \(bind: example ? 1 : 0), \(bind: actor.id),
                        \(bind: now))
                ON CONFLICT (response_id, question_key) DO UPDATE SET tags = excluded.tags,
                    removed_themes = excluded.removed_themes, example = excluded.example,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """
            ).run()
            var summary: [String] = []
            if !valid.addTags.isEmpty { summary.append("tagged \(valid.addTags.joined(separator: ", "))") }
            if !valid.removeTags.isEmpty { summary.append("untagged \(valid.removeTags.joined(separator: ", "))") }
            if !set.isEmpty { summary.append("themes set: \(set.joined(separator: ", "))") }
            if !taken.isEmpty { summary.append("themes removed: \(taken.sorted().joined(separator: ", "))") }
            if let mark = valid.example { summary.append(mark ? "marked as an example" : "no longer an example") }
            try await audit(
                sql, actor, "annotate", "answer", response + "/" + question,
                summary.isEmpty ? "no change" : summary.joined(separator: "; "))
        }
        return try await feedbackText(response: response, question: question)
    }

    /// The tags in use on answers the reader may see, most used first.
    public func feedbackTags(visibleUnits: Set<String>? = nil) async throws -> [(tag: String, count: Int)] {
        if let visibleUnits, visibleUnits.isEmpty { return [] }
        return try await database.read { sql in
            let scope: SQLQueryString = visibleUnits.map { " AND r.unit_id IN (\(binds: $0.sorted()))" } ?? ""
            var counts: [String: Int] = [:]
            for row in try await sql.raw(
                "SELECT n.tags FROM text_annotations n JOIN responses r ON r.id = n.response_id WHERE n.tags <> '[]'"
                    + scope
            ).all() {
                for tag in try row.json("tags", as: [String].self) { counts[tag, default: 0] += 1 }
            }
            return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }
}

// MARK: Theme discovery

extension Store {
    /// What a person decides about a suggested theme.
    public enum CandidateDecision: Sendable, Hashable {
        /// A new top-level theme with this name (in the deciding person's language and the phrase's).
        case accept(name: String, nameLanguage: Language)
        /// Add the phrase's pattern to an existing theme.
        case merge(themeID: String)
        case dismiss
    }

    /// Phrases customers use often that no theme covers, from the most recent analysed answers (at most
    /// `sample`), leaving out those dismissed before.
    public func themeCandidates(sample: Int = 20_000, limit: Int = 30) async throws -> [ThemeCandidate] {
        let (answers, dismissed, taxonomy) = try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT t.response_id, t.question_key, t.language, t.sentiment, a.text_value FROM text_analyses t
                JOIN answers a ON a.response_id = t.response_id AND a.question_key = t.question_key
                JOIN responses r ON r.id = t.response_id
                WHERE t.language IS NOT NULL ORDER BY r.submitted_at DESC LIMIT \(literal: sample)
                """
            ).all()
            var themes: [String: [String]] = [:]
            let ids = Array(Set(try rows.map { try $0.string("response_id") }))
            for chunk in ids.chunked(maxRows: 1_000) {
                for row in try await sql.raw(
                    "SELECT response_id, question_key, theme_id FROM text_themes WHERE response_id IN (\(binds: Array(chunk)))"
                ).all() {
                    themes[try row.string("response_id") + "\u{1F}" + row.string("question_key"), default: []]
                        .append(try row.string("theme_id"))
                }
            }
            let answers = try rows.compactMap { row -> ThemeDiscovery.Answer? in
                guard let language = Language(rawValue: try row.string("language")) else { return nil }
                let key = try row.string("response_id") + "\u{1F}" + row.string("question_key")
                return ThemeDiscovery.Answer(
                    id: key, text: try row.optionalString("text_value") ?? "", language: language,
                    sentiment: Sentiment.Label(rawValue: try row.string("sentiment")) ?? .neutral,
                    themeIDs: themes[key] ?? [])
            }
            let dismissed = Set(
                try await sql.raw("SELECT language, phrase FROM theme_candidates WHERE decision = 'dismissed'").all()
                    .compactMap { row -> String? in
                        guard let language = Language(rawValue: try row.string("language")) else { return nil }
                        return ThemeDiscovery.key(language: language, phrase: try row.string("phrase"))
                    })
            return (answers, dismissed, try await Self.taxonomy(sql).taxonomy)
        }
        return ThemeDiscovery.candidates(in: answers, taxonomy: taxonomy, dismissed: dismissed, limit: limit)
    }

    /// Accepts a suggested phrase as a theme, merges it into one, or dismisses it; returns the theme id it went
    /// to, if any.
    @discardableResult
    public func decideThemeCandidate(
        language: Language, phrase: String, pattern: String, _ decision: CandidateDecision, by actor: AuditActor
    ) async throws -> String? {
        let phrase = phrase.trimmedSpaces.lowercased()
        guard !phrase.isEmpty, phrase.unicodeScalars.count <= 200 else {
            throw StoreError.invalid("phrase", "must be 1 to 200 characters")
        }
        var themeID: String?
        switch decision {
        case .dismiss:
            break
        case .accept(let name, let nameLanguage):
            do { _ = try ThemePattern(pattern) } catch { throw StoreError.invalid("pattern", error.description) }
            var taxonomy = try await self.taxonomy().taxonomy
            let id = Self.newThemeID(for: name.isEmpty ? phrase : name, in: taxonomy)
            let title = name.trimmedSpaces.isEmpty ? phrase : name.trimmedSpaces
            var names: [Language: String] = [nameLanguage: title]
            if names[language] == nil { names[language] = title }
            taxonomy.themes.append(Theme(id: id, names: LocalizedText(names), patterns: [language: [pattern]]))
            try await saveTaxonomy(taxonomy, by: actor)
            themeID = id
        case .merge(let target):
            do { _ = try ThemePattern(pattern) } catch { throw StoreError.invalid("pattern", error.description) }
            var taxonomy = try await self.taxonomy().taxonomy
            guard let index = taxonomy.themes.firstIndex(where: { $0.id == target }) else {
                throw StoreError.invalid("theme", "unknown theme '\(target)'")
            }
            if !(taxonomy.themes[index].patterns[language] ?? []).contains(pattern) {
                taxonomy.themes[index].patterns[language, default: []].append(pattern)
            }
            try await saveTaxonomy(taxonomy, by: actor)
            themeID = target
        }
        let label: String =
            switch decision {
            case .accept: "accepted"
            case .merge: "merged"
            case .dismiss: "dismissed"
            }
        let chosen = themeID
        try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO theme_candidates (language, phrase, decision, theme_id, decided_by, decided_at)
                VALUES (\(bind: language.rawValue), \(bind: phrase), \(bind: label), \(bind: chosen), \(bind: actor.id),
                        \(bind: Timestamp.now))
                ON CONFLICT (language, phrase) DO UPDATE SET decision = excluded.decision, theme_id = excluded.theme_id,
                    decided_by = excluded.decided_by, decided_at = excluded.decided_at
                """
            ).run()
            if case .dismiss = decision {
                try await audit(sql, actor, "dismiss", "theme_candidate", language.rawValue, "dismissed '\(phrase)'")
            }
        }
        return themeID
    }

    /// A theme id made from a name: lowercase ASCII letters, digits and _, unique in the taxonomy.
    static func newThemeID(for name: String, in taxonomy: Taxonomy) -> String {
        var base = ""
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": base.unicodeScalars.append(scalar)
            case "å", "ä", "á", "à": base += "a"
            case "ö", "ø", "ó": base += "o"
            case "æ": base += "ae"
            case "é", "è": base += "e"
            case "ü": base += "u"
            default: if !base.hasSuffix("_") && !base.isEmpty { base += "_" }
            }
        }
        while base.hasSuffix("_") { base.removeLast() }
        base = String(base.prefix(30))
        if base.isEmpty || base.first?.isNumber == true { base = "theme" + (base.isEmpty ? "" : "_" + base) }
        var id = base
        var number = 2
        while taxonomy.theme(id) != nil {
            id = "\(base)_\(number)"
            number += 1
        }
        return id
    }
}
