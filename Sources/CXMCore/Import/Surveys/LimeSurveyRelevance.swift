import Foundation

/// Turns the simple relevance equations of LimeSurvey's Expression Manager into cxm display
/// conditions: comparisons of one earlier choice or scale question with constants (`Q1 <= 6`,
/// `Q1.NAOK == "A1"`), joined by `and`/`or` on that same question, and `!is_empty(Q1)`. Anything
/// else is reported with its expression, since cxm conditions look at one earlier answer.
struct LimeSurveyRelevance {
    /// What became of one equation.
    enum Outcome: Sendable, Hashable {
        /// Always shown (`1` or empty).
        case always
        /// The condition, and what differs from LimeSurvey when it is not exact.
        case condition(DisplayCondition, approximation: String?)
        case unsupported(String)
    }

    /// The set of answers an expression accepts, on one question.
    struct Constraint: Sendable {
        var key: String
        var values: Set<String>
        /// Every value the question can take, in order: scores for scales, codes for choices.
        var domain: [String]
        var isScale: Bool
        /// Options of a multiple-choice question, which only `or` may combine.
        var isOptionSet: Bool
        var approximation: String?
    }

    struct Unsupported: Error { var reason: String }

    private var tokens: [LimeSurveyToken]
    private var position = 0
    private let variables: [String: LimeSurveyVariable]

    /// Translates one equation, looking names up among the questions imported before it.
    static func condition(_ expression: String, variables: [String: LimeSurveyVariable]) -> Outcome {
        var trimmed = expression.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{"), trimmed.hasSuffix("}") { trimmed = String(trimmed.dropFirst().dropLast()) }
        if trimmed.isEmpty || trimmed == "1" { return .always }
        do throws(Unsupported) {
            var parser = LimeSurveyRelevance(tokens: try LimeSurveyToken.tokenize(trimmed), variables: variables)
            let constraint = try parser.disjunction()
            guard parser.position == parser.tokens.count else { throw Unsupported(reason: "it has more than one comparison") }
            return try parser.displayCondition(constraint)
        } catch {
            return .unsupported(error.reason)
        }
    }

    private init(tokens: [LimeSurveyToken], variables: [String: LimeSurveyVariable]) {
        self.tokens = tokens
        self.variables = variables
    }

    private mutating func disjunction() throws(Unsupported) -> Constraint {
        var left = try conjunction()
        while take(.or) {
            let right = try conjunction()
            left = try combine(left, right, union: true)
        }
        return left
    }

    private mutating func conjunction() throws(Unsupported) -> Constraint {
        var left = try unary()
        while take(.and) {
            let right = try unary()
            guard !left.isOptionSet, !right.isOptionSet else {
                throw Unsupported(reason: "it needs several options chosen together; cxm conditions take any of them")
            }
            left = try combine(left, right, union: false)
        }
        return left
    }

    private mutating func unary() throws(Unsupported) -> Constraint {
        if take(.not) {
            if case .name("is_empty") = peek {
                position += 1
                return try answered()
            }
            var inner = try unary()
            guard !inner.isOptionSet else { throw Unsupported(reason: "it asks for an option not chosen") }
            inner.values = Set(inner.domain).subtracting(inner.values)
            inner.approximation = Self.unansweredNote(inner.key)
            return inner
        }
        if take(.open) {
            let inner = try disjunction()
            guard take(.close) else { throw Unsupported(reason: "a parenthesis is not closed") }
            return inner
        }
        if case .name("is_empty") = peek {
            throw Unsupported(reason: "is_empty() asks for an unanswered question; cxm conditions need an answer")
        }
        return try comparison()
    }

    /// `!is_empty(Q1)`: any answer at all.
    private mutating func answered() throws(Unsupported) -> Constraint {
        guard take(.open), case .name(let name) = peek else { throw Unsupported(reason: "is_empty() needs a question") }
        position += 1
        guard take(.close) else { throw Unsupported(reason: "is_empty() takes one question") }
        var constraint = try lookUp(name)
        guard !constraint.isOptionSet else { throw Unsupported(reason: "is_empty() on a single option") }
        constraint.values = Set(constraint.domain)
        return constraint
    }

    private mutating func comparison() throws(Unsupported) -> Constraint {
        let first = next
        guard case .comparison(var op) = next else {
            throw Unsupported(reason: "it is not a comparison of a question with a value")
        }
        let second = next
        let name: String
        let literal: String
        switch (first, second) {
        case (.name(let left), .literal(let right)): (name, literal) = (left, right)
        case (.literal(let left), .name(let right)):
            (name, literal) = (right, left)
            op = op.flipped
        default: throw Unsupported(reason: "it compares two questions, or two values")
        }
        var constraint = try lookUp(name)
        if constraint.isOptionSet {
            guard op == .equal, literal == "Y" else { throw Unsupported(reason: "an option can only be compared with \"Y\"") }
            return constraint
        }
        if literal.isEmpty {
            guard op == .notEqual else {
                throw Unsupported(reason: "it asks for an unanswered question; cxm conditions need an answer")
            }
            constraint.values = Set(constraint.domain)
            return constraint
        }
        let number = Double(literal)
        constraint.values = Set(
            constraint.domain.filter { value in
                if op == .equal { return value == literal || number != nil && Double(value) == number }
                if op == .notEqual { return value != literal && (number == nil || Double(value) != number) }
                guard let number, let score = Double(value) else { return false }
                return op.holds(score, number)
            })
        if op == .notEqual { constraint.approximation = Self.unansweredNote(constraint.key) }
        if op != .equal, op != .notEqual, number == nil {
            throw Unsupported(reason: "it compares '\(name)' with the text \"\(literal)\" by order")
        }
        return constraint
    }

    private func lookUp(_ rawName: String) throws(Unsupported) -> Constraint {
        var name = rawName
        for suffix in [".NAOK", ".value", ".code"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        guard !name.contains(".") else { throw Unsupported(reason: "'\(rawName)' is not a question's answer") }
        guard let variable = variables[name] else {
            throw Unsupported(reason: "'\(name)' is not an earlier question imported as a choice or scale question")
        }
        switch variable.kind {
        case .scale(let range):
            return Constraint(key: variable.key, values: [], domain: range.map(String.init), isScale: true, isOptionSet: false)
        case .choice(let codes):
            return Constraint(key: variable.key, values: [], domain: codes, isScale: false, isOptionSet: false)
        case .option(let code, let all):
            return Constraint(key: variable.key, values: [code], domain: all, isScale: false, isOptionSet: true)
        case .other:
            throw Unsupported(reason: "'\(name)' is an open question; cxm conditions look at scores and choices")
        }
    }

    private func combine(_ left: Constraint, _ right: Constraint, union: Bool) throws(Unsupported) -> Constraint {
        guard left.key == right.key else {
            throw Unsupported(reason: "it combines the questions '\(left.key)' and '\(right.key)'; a cxm condition looks at one")
        }
        var result = left
        result.values = union ? left.values.union(right.values) : left.values.intersection(right.values)
        result.domain = left.domain + right.domain.filter { !left.domain.contains($0) }
        result.approximation = left.approximation ?? right.approximation
        return result
    }

    private func displayCondition(_ constraint: Constraint) throws(Unsupported) -> Outcome {
        let chosen = constraint.domain.filter { constraint.values.contains($0) }
        guard !chosen.isEmpty else { throw Unsupported(reason: "no answer of '\(constraint.key)' can meet it") }
        guard constraint.isScale else {
            return .condition(DisplayCondition(question: constraint.key, anyOf: chosen), approximation: constraint.approximation)
        }
        let scores = chosen.compactMap { Int($0) }
        let all = constraint.domain.compactMap { Int($0) }
        guard let bottom = all.min(), let top = all.max(),
            let condition = ImportConditionText.scaleCondition(question: constraint.key, scores: scores, on: bottom...top)
        else { throw Unsupported(reason: "the scores it accepts are not one range") }
        return .condition(condition, approximation: constraint.approximation)
    }

    private static func unansweredNote(_ key: String) -> String {
        "LimeSurvey also shows it when '\(key)' is unanswered; cxm only after an answer"
    }

    private var peek: LimeSurveyToken? { position < tokens.count ? tokens[position] : nil }

    private var next: LimeSurveyToken? {
        mutating get {
            defer { position += 1 }
            return peek
        }
    }

    private mutating func take(_ token: LimeSurveyToken) -> Bool {
        guard peek == token else { return false }
        position += 1
        return true
    }
}
