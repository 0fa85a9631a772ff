import CXMCore
import Foundation
import SQLKit

/// The sentiment models learned from the workspace's own scored answers.
extension Store {
    /// A stored model's report (the model itself stays in the store).
    public struct SentimentModelRecord: Sendable, Hashable {
        public let language: Language
        public let positive: Int
        public let negative: Int
        public let learnedAccuracy: Double?
        public let builtInAccuracy: Double?
        public let tested: Int
        public let inUse: Bool
        public let trainedAt: Date
    }

    public func sentimentModels() async throws -> [SentimentModelRecord] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT language, positive_examples, negative_examples, learned_accuracy, built_in_accuracy, tested_on,
                       in_use, trained_at
                FROM sentiment_models ORDER BY language
                """
            ).all().compactMap { row in
                guard let language = Language(rawValue: try row.string("language")) else { return nil }
                let tested = try row.int("tested_on")
                return SentimentModelRecord(
                    language: language, positive: try row.int("positive_examples"),
                    negative: try row.int("negative_examples"),
                    learnedAccuracy: tested > 0 ? try row.decode(column: "learned_accuracy", as: Double.self) : nil,
                    builtInAccuracy: tested > 0 ? try row.decode(column: "built_in_accuracy", as: Double.self) : nil,
                    tested: tested, inUse: try row.bool("in_use"), trainedAt: try row.date("trained_at"))
            }
        }
    }

    /// Learns a model per language from the open-text answers that stand beside a score, stores each with
    /// how it measured, and marks every answer for re-analysis so that the models in use read them all.
    @discardableResult
    public func trainSentimentModels(by actor: AuditActor, now: Date = Date()) async throws -> [SentimentModelRecord] {
        let examples = try await database.read { sql in try await Self.scoredTexts(sql) }
        let outcomes = SentimentTraining.learn(examples)
        let trainedAt = Timestamp.from(now)
        try await database.write { sql in
            try await sql.raw("DELETE FROM sentiment_models").run()
            for outcome in outcomes {
                let model = try outcome.model.map { try JSONColumn.encode($0) } ?? "{}"
                try await sql.raw(
                    """
                    INSERT INTO sentiment_models (language, model, positive_examples, negative_examples, learned_accuracy,
                        built_in_accuracy, tested_on, in_use, trained_at)
                    VALUES (\(bind: outcome.language.rawValue), \(bind: model), \(bind: outcome.positive),
                        \(bind: outcome.negative), \(bind: outcome.learnedAccuracy ?? 0), \(bind: outcome.builtInAccuracy ?? 0),
                        \(bind: outcome.tested), \(bind: outcome.inUse), \(bind: trainedAt))
                    """
                ).run()
            }
            // Every answer is read again with the models now in use.
            try await sql.raw("UPDATE text_analyses SET taxonomy_version = 0").run()
            let used = outcomes.filter(\.inUse).map(\.language.rawValue)
            try await audit(
                sql, actor, "train", "sentiment_models", "default",
                "learned from \(examples.count) scored answers; in use for: "
                    + (used.isEmpty ? "none" : used.joined(separator: ", ")))
        }
        return try await sentimentModels()
    }

    /// Every analysed open-text answer in one of the five languages with the sign of the preferred score
    /// beside it.
    static func scoredTexts(_ sql: any SQLDatabase) async throws -> [SentimentTraining.Example] {
        let kinds = SentimentTraining.preference.map(\.rawValue)
        let rows = try await sql.raw(
            """
            SELECT t.response_id, t.language, a.text_value, s.kind, s.score FROM text_analyses t
            JOIN answers a ON a.response_id = t.response_id AND a.question_key = t.question_key
            JOIN answers s ON s.response_id = t.response_id AND s.kind IN (\(binds: kinds)) AND s.score IS NOT NULL
            WHERE t.language IS NOT NULL
            ORDER BY t.response_id, t.question_key
            """
        ).all()
        var best: [String: (rank: Int, text: String, language: Language, positive: Bool?)] = [:]
        var order: [String] = []
        for row in rows {
            guard let language = Language(rawValue: try row.string("language")),
                let kind = ScoreKind(rawValue: try row.string("kind")),
                let rank = SentimentTraining.preference.firstIndex(of: kind)
            else { continue }
            let key = try row.string("response_id") + "\u{1F}" + (try row.optionalString("text_value") ?? "")
            let sign = SentimentTraining.sign(kind: kind, score: try row.int("score"))
            if let current = best[key], current.rank <= rank { continue }
            if best[key] == nil { order.append(key) }
            best[key] = (rank, try row.optionalString("text_value") ?? "", language, sign)
        }
        return order.compactMap { key in
            guard let entry = best[key], let positive = entry.positive else { return nil }
            return SentimentTraining.Example(text: entry.text, language: entry.language, isPositive: positive)
        }
    }
}
