import Foundation

/// A rule that matched a response, and what in the response matched it ("NPS 3").
public struct CaseRuleMatch: Sendable, Hashable {
    public var rule: CaseRule
    public var reason: String
}

/// Decides whether a response opens a case, and under which rule.
public enum CaseRules {
    /// The rule a response falls under, if any: among the enabled rules for its survey and
    /// touchpoint whose condition it meets, the most urgent, then the most specific, then the first
    /// by name. Responses that arrive more than the rule's `maxAgeDays` after they were given open
    /// nothing (importing last year's answers must not flood the queues), and anonymous ones open
    /// nothing under a rule that needs a customer to call back.
    public static func match(
        _ response: SurveyResponse, survey: Survey, rules: [CaseRule], receivedAt: Date
    ) -> CaseRuleMatch? {
        var best: CaseRuleMatch?
        for rule in rules where rule.enabled {
            if let surveyID = rule.surveyID, surveyID != response.surveyID { continue }
            if let touchpointID = rule.touchpointID, touchpointID != response.touchpointID { continue }
            if receivedAt.timeIntervalSince(response.submittedAt) > Double(rule.maxAgeDays) * 86_400 { continue }
            if rule.requireCustomer, response.customerID == nil { continue }
            guard let reason = reason(rule.condition, response: response, survey: survey) else { continue }
            if let current = best, !isPreferred(rule, over: current.rule) { continue }
            best = CaseRuleMatch(rule: rule, reason: reason)
        }
        return best
    }

    private static func isPreferred(_ rule: CaseRule, over other: CaseRule) -> Bool {
        if rule.priority != other.priority { return rule.priority > other.priority }
        if rule.specificity != other.specificity { return rule.specificity > other.specificity }
        return (rule.name, rule.id) < (other.name, other.id)
    }

    /// What in the response meets the condition, said briefly ("NPS 3", "CES 2", "reason: complaint",
    /// "“säga upp”"); nil when nothing does.
    public static func reason(_ condition: CaseCondition, response: SurveyResponse, survey: Survey) -> String? {
        switch condition {
        case .metricAtMost(let kind, let limit):
            for answer in response.answers {
                guard case .score(let score) = answer.value, score <= limit,
                    survey.question(answer.question)?.scoreKind == kind
                else { continue }
                return "\(label(kind)) \(score)"
            }
            return nil
        case .questionAtMost(let key, let limit):
            guard case .score(let score) = response.answer(key), score <= limit else { return nil }
            return "\(key) \(score)"
        case .choiceAnyOf(let key, let options):
            let chosen: [String]
            switch response.answer(key) {
            case .choice(let option): chosen = [option]
            case .choices(let options): chosen = options
            default: return nil
            }
            guard let hit = chosen.first(where: options.contains) else { return nil }
            return "\(key): \(hit)"
        case .textMentions(let key, let phrases):
            let matcher = PhraseMatcher(phrases)
            for answer in response.answers where key == nil || answer.question == key {
                guard case .text(let text) = answer.value, let phrase = matcher.firstMatch(in: text) else { continue }
                return "“\(phrase)”"
            }
            return nil
        }
    }

    private static func label(_ kind: ScoreKind) -> String {
        switch kind {
        case .nps, .csat, .ces, .nkiIndex: kind.rawValue.replacingOccurrences(of: "_index", with: "").uppercased()
        case .rating: "Rating"
        case .nkiOverall, .nkiExpectations, .nkiIdeal: "NKI"
        }
    }
}

/// Finds words and phrases in free text: whole words, case-insensitively, a trailing `*` matching
/// the start of a word ("uppsäg*" finds "uppsägningen"), phrases as consecutive words.
public struct PhraseMatcher: Sendable {
    private struct Phrase: Sendable {
        var text: String
        var words: [(word: String, prefix: Bool)]
    }

    private let phrases: [Phrase]

    public init(_ phrases: [String]) {
        self.phrases = phrases.compactMap { text in
            let words = Self.words(in: text, keepingStars: true).map { word in
                word.hasSuffix("*") ? (String(word.dropLast()), true) : (word, false)
            }.filter { !$0.0.isEmpty }
            return words.isEmpty ? nil : Phrase(text: text.trimmingCharacters(in: .whitespaces), words: words)
        }
    }

    /// The first phrase (as written in the rule) the text contains, if any.
    public func firstMatch(in text: String) -> String? {
        let words = Self.words(in: text, keepingStars: false)
        guard !words.isEmpty else { return nil }
        for phrase in phrases where phrase.words.count <= words.count {
            for start in 0...(words.count - phrase.words.count) {
                let matches = phrase.words.enumerated().allSatisfy { offset, part in
                    part.prefix ? words[start + offset].hasPrefix(part.word) : words[start + offset] == part.word
                }
                if matches { return phrase.text }
            }
        }
        return nil
    }

    /// The text's words in lower case: runs of letters and digits (and `*` in rules).
    static func words(in text: String, keepingStars: Bool) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || (keepingStars && character == "*") {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
