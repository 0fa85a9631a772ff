import CXMCore
import Foundation
import SQLKit
import Synchronization

/// Open-text analysis as answers arrive and when the taxonomy changes: the workspace's taxonomy, the
/// analyser built from it (and from the learned sentiment models in use), and the rows it writes.
extension Store {
    /// The workspace's taxonomy and its version (the default taxonomy until someone saves one).
    public struct TaxonomyRecord: Sendable, Hashable {
        public let taxonomy: Taxonomy
        public let version: Int
        public let isDefault: Bool
    }

    public func taxonomy() async throws -> TaxonomyRecord {
        try await database.read { sql in try await Self.taxonomy(sql) }
    }

    static func taxonomy(_ sql: any SQLDatabase) async throws -> TaxonomyRecord {
        let row = try await sql.raw("SELECT taxonomy, taxonomy_version FROM workspace WHERE id = 'default'").first()
        let version = try row?.int("taxonomy_version") ?? 1
        guard let json = try row?.optionalString("taxonomy") else {
            return TaxonomyRecord(taxonomy: .standard, version: version, isDefault: true)
        }
        return TaxonomyRecord(taxonomy: try JSONColumn.decode(Taxonomy.self, from: json), version: version, isDefault: false)
    }

    /// Validates and saves a taxonomy (nil restores the default) and raises the version, so that the
    /// analysis worker re-reads every answer's themes. Themes set by hand stay.
    @discardableResult
    public func saveTaxonomy(_ taxonomy: Taxonomy?, by actor: AuditActor) async throws -> TaxonomyRecord {
        if let taxonomy {
            do { try taxonomy.validate() } catch { throw StoreError.invalid("taxonomy", error.description) }
        }
        let settings = try await workspaceSettings()
        return try await database.write { sql in
            try await ensureWorkspaceRow(sql, settings)
            let json = try taxonomy.map { try JSONColumn.encode($0) }
            try await sql.raw(
                """
                UPDATE workspace SET taxonomy = \(bind: json), taxonomy_version = taxonomy_version + 1
                WHERE id = 'default'
                """
            ).run()
            let saved = try await Self.taxonomy(sql)
            try await audit(
                sql, actor, "update", "taxonomy", "default",
                taxonomy.map { "taxonomy: \($0.themes.count) themes, version \(saved.version)" }
                    ?? "taxonomy: the default, version \(saved.version)")
            return saved
        }
    }

    /// The analyser for the workspace as it stands (taxonomy and learned models), as answers are analysed with.
    public func currentTextAnalyzer() async throws -> TextAnalyzer {
        try await database.read { sql in try await textAnalyzer(sql).analyzer }
    }

    /// The analyser for the workspace as it stands, built once per taxonomy version and model set.
    func textAnalyzer(_ sql: any SQLDatabase) async throws -> (analyzer: TextAnalyzer, version: Int) {
        let row = try await sql.raw(
            """
            SELECT (SELECT taxonomy_version FROM workspace WHERE id = 'default') AS version,
                   (SELECT MAX(trained_at) FROM sentiment_models WHERE in_use) AS trained
            """
        ).first()
        let version = Int(try row?.decode(column: "version", as: Int64?.self) ?? 1)
        let trained = try row?.decode(column: "trained", as: Int64?.self) ?? 0
        let key = "\(version)/\(trained)"
        if let cached = textAnalyzers.analyzer(for: key) { return (cached, version) }
        let record = try await Self.taxonomy(sql)
        var models: [Language: LearnedSentimentModel] = [:]
        for row in try await sql.raw("SELECT language, model FROM sentiment_models WHERE in_use").all() {
            guard let language = Language(rawValue: try row.string("language")) else { continue }
            models[language] = try row.json("model", as: LearnedSentimentModel.self)
        }
        let analyzer = TextAnalyzer(taxonomy: record.taxonomy, learned: models)
        textAnalyzers.store(analyzer, for: key)
        return (analyzer, record.version)
    }

    /// Analyses the open-text answers of responses just stored, in the caller's transaction.
    func analyseTexts(of responses: [SurveyResponse], on sql: any SQLDatabase) async throws {
        var texts: [PendingText] = []
        for response in responses {
            for answer in response.answers {
                if case .text(let text) = answer.value, text.contains(where: { $0 != " " }) {
                    texts.append(
                        PendingText(responseID: response.id, question: answer.question, text: text, prior: response.language))
                }
            }
        }
        guard !texts.isEmpty else { return }
        let (analyzer, version) = try await textAnalyzer(sql)
        try await writeAnalyses(texts, analyzer: analyzer, version: version, removed: [:], replacing: false, on: sql)
    }

    /// One open-text answer to analyse.
    struct PendingText: Sendable {
        let responseID: String
        let question: String
        let text: String
        let prior: Language
    }

    /// Analyses and writes the texts. With `replacing`, the texts' earlier analyses and automatic themes are
    /// replaced (themes set by hand stay, themes removed by hand are not added again).
    private func writeAnalyses(
        _ texts: [PendingText], analyzer: TextAnalyzer, version: Int, removed: [String: Set<String>],
        replacing: Bool, on sql: any SQLDatabase
    ) async throws {
        let now = Timestamp.now
        for chunk in texts.chunked(maxRows: 2_000) {
            var analyses = JSONRows(reservingBytes: chunk.count * 400)
            var themes = JSONRows(reservingBytes: chunk.count * 120)
            for pending in chunk {
                let analysis = analyzer.analyse(pending.text, prior: pending.prior)
                analyses.startRow()
                for text in [pending.responseID, pending.question, analysis.language?.rawValue] { analyses.text(text) }
                analyses.integer(Self.thousandths(analysis.languageConfidence))
                analyses.text(analysis.sentiment.label.rawValue)
                analyses.integer(Self.thousandths(analysis.sentiment.score))
                analyses.text(analysis.source.rawValue)
                analyses.text(Self.sentencesJSON(analysis.sentences))
                analyses.integer(analysis.truncated ? 1 : 0)
                analyses.text(analysis.analysedText.lowercased())
                analyses.integer(version)
                analyses.integer(now)
                analyses.endRow()
                let skipped = removed[pending.responseID + "\u{1F}" + pending.question] ?? []
                for mention in analysis.themes where !skipped.contains(mention.themeID) {
                    themes.startRow()
                    for text in [pending.responseID, pending.question, mention.themeID, mention.sentiment.label.rawValue] {
                        themes.text(text)
                    }
                    themes.integer(Self.thousandths(mention.sentiment.score))
                    themes.text(Self.spansJSON(mention.spans))
                    themes.integer(0)
                    themes.endRow()
                }
            }
            let analysisNames = Self.analysisColumns.map(\.name).joined(separator: ", ")
            let update = Self.analysisColumns.dropFirst(2).map { "\($0.name) = excluded.\($0.name)" }
                .joined(separator: ", ")
            try await sql.raw(
                "INSERT INTO text_analyses (\(unsafeRaw: analysisNames)) "
                    + analyses.select(Self.analysisColumns, dialect: dialect)
                    + " ON CONFLICT (response_id, question_key) DO UPDATE SET \(unsafeRaw: update)"
            ).run()
            if replacing {
                let ids = Array(Set(chunk.map(\.responseID)))
                for idChunk in ids.chunked(maxRows: 1_000) {
                    try await sql.raw(
                        "DELETE FROM text_themes WHERE manual = 0 AND response_id IN (\(binds: Array(idChunk)))"
                    ).run()
                }
            }
            if themes.count > 0 {
                let themeNames = Self.themeColumns.map(\.name).joined(separator: ", ")
                try await sql.raw(
                    "INSERT INTO text_themes (\(unsafeRaw: themeNames)) "
                        + themes.select(Self.themeColumns, dialect: dialect)
                        + " ON CONFLICT (response_id, question_key, theme_id) DO NOTHING"
                ).run()
            }
            try await Self.stampDays(ofResponses: Array(Set(chunk.map(\.responseID))), on: sql)
        }
    }

    /// Copies the responses' days onto their analyses and theme mentions, which the alert check counts
    /// by day without reading the responses. A change of time zone re-stamps every row (`RollupSQL.assignDays`).
    ///
    /// On PostgreSQL, rows written by a transaction that runs beside a time-zone change (and commits
    /// before it) can keep the old zone's days: waiting here for the workspace row would deadlock with
    /// the change, which waits for locks this transaction already holds (the rollup queue, text rows).
    /// `cxm rollups rebuild` after such a change stamps them again.
    static func stampDays(ofResponses ids: [String], on sql: any SQLDatabase) async throws {
        for chunk in ids.chunked(maxRows: 1_000) {
            for table in ["text_analyses", "text_themes"] {
                try await sql.raw(
                    """
                    UPDATE \(unsafeRaw: table)
                       SET local_day = (SELECT r.local_day FROM responses r WHERE r.id = \(unsafeRaw: table).response_id)
                     WHERE response_id IN (\(binds: Array(chunk)))
                    """
                ).run()
            }
        }
    }

    /// Analyses up to `limit` responses' open-text answers that were analysed under an older taxonomy or
    /// model set (and, with `includeMissing`, those never analysed, as after an upgrade), in one transaction;
    /// returns how many texts it analysed (0 when all are current). Looks first without the write lock.
    public func analysePendingTexts(limit: Int = 2_000, includeMissing: Bool = true) async throws -> Int {
        let version = try await database.read { sql in try await Self.taxonomy(sql).version }
        let pending = try await database.read { sql in
            var ids = try await sql.raw(
                """
                SELECT DISTINCT response_id FROM text_analyses WHERE taxonomy_version <> \(bind: version)
                ORDER BY response_id LIMIT \(bind: limit)
                """
            ).all().map { try $0.string("response_id") }
            if includeMissing && ids.count < limit {
                ids += try await sql.raw(
                    """
                    SELECT DISTINCT a.response_id FROM answers a
                    WHERE a.value_kind = 'text' AND a.text_value IS NOT NULL AND TRIM(a.text_value) <> ''
                      AND NOT EXISTS (SELECT 1 FROM text_analyses t
                                      WHERE t.response_id = a.response_id AND t.question_key = a.question_key)
                    ORDER BY a.response_id LIMIT \(bind: limit - ids.count)
                    """
                ).all().map { try $0.string("response_id") }
            }
            return ids
        }
        guard !pending.isEmpty else { return 0 }
        return try await database.write { sql in
            let (analyzer, version) = try await textAnalyzer(sql)
            let ids = pending
            var texts: [PendingText] = []
            var removed: [String: Set<String>] = [:]
            for chunk in ids.chunked(maxRows: 1_000) {
                let answers = try await sql.raw(
                    """
                    SELECT a.response_id, a.question_key, a.text_value, r.language FROM answers a
                    JOIN responses r ON r.id = a.response_id
                    WHERE a.response_id IN (\(binds: Array(chunk))) AND a.value_kind = 'text'
                      AND a.text_value IS NOT NULL AND TRIM(a.text_value) <> ''
                    """
                ).all()
                for row in answers {
                    texts.append(
                        PendingText(
                            responseID: try row.string("response_id"), question: try row.string("question_key"),
                            text: try row.string("text_value"),
                            prior: Language(rawValue: try row.string("language")) ?? .en))
                }
                let annotations = try await sql.raw(
                    """
                    SELECT response_id, question_key, removed_themes FROM text_annotations
                    WHERE response_id IN (\(binds: Array(chunk))) AND removed_themes <> '[]'
                    """
                ).all()
                for row in annotations {
                    let key = try row.string("response_id") + "\u{1F}" + row.string("question_key")
                    removed[key] = Set(try row.json("removed_themes", as: [String].self))
                }
            }
            try await writeAnalyses(texts, analyzer: analyzer, version: version, removed: removed, replacing: true, on: sql)
            return texts.count
        }
    }

    /// How many open-text answers wait for analysis under the current taxonomy.
    public func textsAwaitingAnalysis() async throws -> Int {
        try await database.read { sql in
            let version = try await Self.taxonomy(sql).version
            return try await count(
                sql,
                """
                SELECT COUNT(*) AS n FROM answers a
                LEFT JOIN text_analyses t ON t.response_id = a.response_id AND t.question_key = a.question_key
                WHERE a.value_kind = 'text' AND a.text_value IS NOT NULL AND TRIM(a.text_value) <> ''
                  AND (t.response_id IS NULL OR t.taxonomy_version <> \(bind: version))
                """)
        }
    }

    static func thousandths(_ value: Double) -> Int { Int((value * 1000).rounded()) }

    static func sentencesJSON(_ sentences: [SentenceSentiment]) -> String {
        "[" + sentences.map { "[\($0.start),\($0.end),\(thousandths($0.sentiment.score))]" }.joined(separator: ",") + "]"
    }

    static func spansJSON(_ spans: [Range<Int>]) -> String {
        "[" + spans.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
    }

    /// The columns of `text_analyses` in the order `writeAnalyses` fills them.
    static let analysisColumns: [JSONRows.Column] = [
        ("response_id", false), ("question_key", false), ("language", false), ("language_confidence", true),
        ("sentiment", false), ("score", true), ("model", false), ("sentences", false), ("truncated", true),
        ("search_text", false), ("taxonomy_version", true), ("analysed_at", true),
    ].map { JSONRows.Column(name: $0.0, integer: $0.1) }

    static let themeColumns: [JSONRows.Column] = [
        ("response_id", false), ("question_key", false), ("theme_id", false), ("sentiment", false), ("score", true),
        ("spans", false), ("manual", true),
    ].map { JSONRows.Column(name: $0.0, integer: $0.1) }
}

/// The analyser last built, with the taxonomy version and model set it was built for. Building one compiles
/// every pattern of the taxonomy, so it is kept between requests.
final class TextAnalyzerCache: Sendable {
    private let current = Mutex<(key: String, analyzer: TextAnalyzer)?>(nil)

    init() {}

    func analyzer(for key: String) -> TextAnalyzer? {
        current.withLock { $0?.key == key ? $0?.analyzer : nil }
    }

    func store(_ analyzer: TextAnalyzer, for key: String) {
        current.withLock { $0 = (key, analyzer) }
    }
}
