/// Display conditions in words, for import reports.
enum ImportConditionText {
    /// E.g. `'nps' is at most 6`, `'q1' is 4–5`, `'reason' is one of A1, A2`.
    static func describe(_ condition: DisplayCondition) -> String {
        let subject = "'\(condition.question)'"
        if let options = condition.anyOf { return "\(subject) is one of \(options.joined(separator: ", "))" }
        switch (condition.atLeast, condition.atMost) {
        case (let low?, let high?): return low == high ? "\(subject) is \(low)" : "\(subject) is \(low)–\(high)"
        case (let low?, nil): return "\(subject) is at least \(low)"
        case (nil, let high?): return "\(subject) is at most \(high)"
        case (nil, nil): return "\(subject) is answered"
        }
    }
}

extension ImportConditionText {
    /// The condition "the score is one of these", leaving out a bound that is the scale's own end;
    /// nil unless the scores are one unbroken range.
    static func scaleCondition(question: String, scores: [Int], on scale: ClosedRange<Int>) -> DisplayCondition? {
        let sorted = Set(scores).sorted()
        guard let low = sorted.first, let high = sorted.last, sorted.count == high - low + 1 else { return nil }
        let atMost = high < scale.upperBound ? high : nil
        let atLeast = low > scale.lowerBound || atMost == nil ? low : nil
        return DisplayCondition(question: question, atLeast: atLeast, atMost: atMost)
    }
}
