/// The answers of one survey screen as a web form sends them (text values by question key), read
/// into answer values with a problem per question that cannot be accepted. The page shows each
/// problem beside its question and keeps everything the respondent typed.
public struct ScreenAnswers: Sendable, Hashable {
    /// What is wrong with the answer to one question; pages say it in the respondent's language.
    public enum Problem: Sendable, Hashable {
        case required
        case outOfRange(ClosedRange<Int>)
        case unknownOption
        case tooLong(limit: Int)
    }

    /// The accepted answers, in question order.
    public var answers: [Answer]
    /// Problems by question key.
    public var problems: [String: Problem]

    /// The longest open answer cxm keeps, as the API accepts it.
    public static let maxTextLength = 10_000

    /// Reads the values sent for `questions`; a question with no value (or only blanks) is
    /// unanswered, which is a problem only when it is required.
    public init(questions: [Question], values: [String: [String]]) {
        answers = []
        problems = [:]
        for question in questions {
            let sent = (values[question.key] ?? []).map { $0.trimmedSpaces }.filter { !$0.isEmpty }
            guard !sent.isEmpty else {
                if question.required { problems[question.key] = .required }
                continue
            }
            switch Self.read(sent, for: question) {
            case .success(let value): answers.append(Answer(question: question.key, value: value))
            case .failure(let problem): problems[question.key] = problem.problem
            }
        }
    }

    private struct Refusal: Error { let problem: Problem }

    private static func read(_ sent: [String], for question: Question) -> Result<AnswerValue, Refusal> {
        switch question.type {
        case .nps, .csat, .ces, .nki, .rating:
            guard let scale = question.scale else { return .failure(Refusal(problem: .unknownOption)) }
            guard sent.count == 1, let score = Int(sent[0]), scale.contains(score) else {
                return .failure(Refusal(problem: .outOfRange(scale)))
            }
            return .success(.score(score))
        case .singleChoice:
            guard sent.count == 1, question.options.contains(where: { $0.key == sent[0] }) else {
                return .failure(Refusal(problem: .unknownOption))
            }
            return .success(.choice(sent[0]))
        case .multipleChoice:
            let known = Set(question.options.map(\.key))
            guard sent.allSatisfy(known.contains) else { return .failure(Refusal(problem: .unknownOption)) }
            // In the options' order, once each, however the browser sent them.
            let chosen = Set(sent)
            return .success(.choices(question.options.map(\.key).filter(chosen.contains)))
        case .openText:
            let text = sent.joined(separator: "\n")
            guard text.count <= maxTextLength else { return .failure(Refusal(problem: .tooLong(limit: maxTextLength))) }
            return .success(.text(text))
        }
    }
}
