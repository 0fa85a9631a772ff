/// Checks answers against the questions of a survey version and normalises their values.
enum AnswerCheck {
    static func check(_ answers: [Answer], against survey: Survey, into check: inout Validator) -> [Answer] {
        var result: [Answer] = []
        var answered = Set<String>()
        for (index, answer) in answers.enumerated() {
            let field = "answers[\(index)]"
            guard let question = survey.question(answer.question) else {
                check.add("\(field).question", "survey '\(survey.name)' has no question '\(answer.question)'")
                continue
            }
            guard answered.insert(question.key).inserted else {
                check.add("\(field).question", "question '\(question.key)' is answered twice")
                continue
            }
            if let value = normalise(answer.value, for: question, field: "\(field).value", into: &check) {
                result.append(Answer(question: question.key, value: value))
            }
        }
        // A required question that display logic hides (a follow-up for detractors asked of a
        // promoter) is not required.
        let flow = SurveyFlow(survey)
        let values = Dictionary(result.map { ($0.question, $0.value) }, uniquingKeysWith: { first, _ in first })
        for question in survey.questions
        where question.required && !answered.contains(question.key) && flow.isVisible(question, answers: values) {
            check.add("answers", "the required question '\(question.key)' is not answered")
        }
        return result
    }

    private static func normalise(
        _ value: AnswerValue, for question: Question, field: String, into check: inout Validator
    ) -> AnswerValue? {
        switch question.type {
        case .nps, .csat, .ces, .nki, .rating:
            guard let scale = question.scale else { return nil }
            var number: Int?
            switch value {
            case .score(let score): number = score
            case .text(let text): number = Int(text.trimmedSpaces)  // from CSV files and forms
            default: number = nil
            }
            guard let score = number, scale.contains(score) else {
                check.add(
                    field,
                    "a \(question.type.rawValue) answer must be a whole number from \(scale.lowerBound) to \(scale.upperBound)")
                return nil
            }
            return .score(score)
        case .singleChoice:
            let key: String?
            switch value {
            case .text(let text), .choice(let text): key = text
            case .choices(let keys) where keys.count == 1: key = keys[0]
            case .score(let number): key = String(number)  // option keys may be digits ("1", "2")
            default: key = nil
            }
            guard let key, question.options.contains(where: { $0.key == key }) else {
                check.add(field, "must be one of the option keys \(optionList(question))")
                return nil
            }
            return .choice(key)
        case .multipleChoice:
            let keys: [String]
            switch value {
            case .choices(let list): keys = list
            case .text(let text), .choice(let text):
                keys = text.split(separator: "|").map { $0.trimmedSpaces }
            case .score(let number): keys = [String(number)]
            }
            let valid = Set(question.options.map(\.key))
            guard !keys.isEmpty, keys.allSatisfy(valid.contains), Set(keys).count == keys.count else {
                check.add(field, "must be a list of distinct option keys from \(optionList(question))")
                return nil
            }
            return .choices(keys)
        case .openText:
            let text: String
            switch value {
            case .text(let value), .choice(let value): text = value
            case .score(let number): text = String(number)  // "5" in a CSV cell is still text here
            case .choices:
                check.add(field, "an open_text answer must be a string")
                return nil
            }
            if text.count > 10_000 {
                check.add(field, "must be at most 10,000 characters")
                return nil
            }
            return .text(text)
        }
    }

    private static func optionList(_ question: Question) -> String {
        question.options.map(\.key).joined(separator: ", ")
    }
}
