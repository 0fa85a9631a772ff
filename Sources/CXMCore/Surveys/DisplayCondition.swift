/// When a question is shown: only if an earlier question's answer meets the condition, such as
/// "the NPS score is at most 6" for a follow-up asked of detractors.
public struct DisplayCondition: Sendable, Codable, Hashable {
    /// The key of an earlier question.
    public var question: String
    /// For scale questions: the lowest score that shows the question.
    public var atLeast: Int?
    /// For scale questions: the highest score that shows the question.
    public var atMost: Int?
    /// For choice questions: the question shows when any of these options was chosen.
    public var anyOf: [String]?

    public init(question: String, atLeast: Int? = nil, atMost: Int? = nil, anyOf: [String]? = nil) {
        self.question = question
        self.atLeast = atLeast
        self.atMost = atMost
        self.anyOf = anyOf
    }

    /// Shown to NPS detractors (0–6) of the named question.
    public static func detractors(of question: String) -> DisplayCondition {
        DisplayCondition(question: question, atMost: 6)
    }

    /// Whether the answers meet the condition; an unanswered question meets none.
    public func isMet(by answers: [String: AnswerValue]) -> Bool {
        guard let answer = answers[question] else { return false }
        switch answer {
        case .score(let score):
            if atLeast == nil, atMost == nil { return false }
            return score >= (atLeast ?? .min) && score <= (atMost ?? .max)
        case .choice(let key): return anyOf?.contains(key) ?? false
        case .choices(let keys): return keys.contains { anyOf?.contains($0) ?? false }
        case .text: return false
        }
    }

    /// Checks the condition against the questions that come before the one it belongs to.
    func validated(earlier: [Question], into check: inout Validator, field: String) {
        guard let source = earlier.first(where: { $0.key == question }) else {
            check.add(
                "\(field).question",
                "'\(question)' is not an earlier question of the survey; a condition can only look back")
            return
        }
        if let scale = source.scale {
            check.check(
                atLeast != nil || atMost != nil, field,
                "a condition on the scale question '\(question)' needs atLeast, atMost or both")
            check.check(anyOf == nil, "\(field).anyOf", "'\(question)' is a scale question; use atLeast and atMost")
            for (name, value) in [("atLeast", atLeast), ("atMost", atMost)] {
                if let value, !scale.contains(value) {
                    check.add(
                        "\(field).\(name)", "must lie on the scale of '\(question)', \(scale.lowerBound)–\(scale.upperBound)")
                }
            }
            if let low = atLeast, let high = atMost, low > high {
                check.add(field, "atLeast \(low) is above atMost \(high); no answer could meet it")
            }
        } else if source.type.isChoice {
            let keys = Set(source.options.map(\.key))
            check.check(atLeast == nil && atMost == nil, field, "'\(question)' is a choice question; use anyOf")
            let chosen = anyOf ?? []
            check.check(!chosen.isEmpty, "\(field).anyOf", "must name at least one option of '\(question)'")
            for key in chosen where !keys.contains(key) {
                check.add("\(field).anyOf", "'\(key)' is not an option of '\(question)'")
            }
        } else {
            check.add("\(field).question", "'\(question)' is an open question; conditions look at scores and choices")
        }
    }
}
