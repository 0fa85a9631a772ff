/// The screens a respondent walks through and which questions each shows, given the answers so
/// far. Pages break where display logic needs an earlier answer, so a survey with a follow-up for
/// detractors works with plain HTML forms.
public struct SurveyFlow: Sendable, Hashable {
    public let survey: Survey
    /// The questions of each screen, by their index in the survey.
    public let screens: [[Int]]

    public init(_ survey: Survey) {
        self.survey = survey
        var screens: [[Int]] = []
        var current: [Int] = []
        for (index, question) in survey.questions.enumerated() {
            let dependsOnCurrent =
                question.showIf.map { condition in current.contains { survey.questions[$0].key == condition.question } }
                ?? false
            if !current.isEmpty, survey.presentation.layout == .oneQuestionPerScreen || dependsOnCurrent {
                screens.append(current)
                current = []
            }
            current.append(index)
        }
        if !current.isEmpty { screens.append(current) }
        self.screens = screens
    }

    /// Whether a question is shown: it has no condition, or the question its condition looks at is
    /// itself shown and the answer meets the condition.
    public func isVisible(_ question: Question, answers: [String: AnswerValue]) -> Bool {
        guard let condition = question.showIf else { return true }
        guard let source = survey.question(condition.question), source.key != question.key else { return false }
        return condition.isMet(by: answers) && isVisible(source, answers: answers)
    }

    /// The questions a screen shows for these answers.
    public func questions(onScreen screen: Int, answers: [String: AnswerValue]) -> [Question] {
        guard screens.indices.contains(screen) else { return [] }
        return screens[screen].map { survey.questions[$0] }.filter { isVisible($0, answers: answers) }
    }

    /// The first screen after `screen` (or the first of all for nil) that shows a question; nil
    /// when the survey is done.
    public func nextScreen(after screen: Int?, answers: [String: AnswerValue]) -> Int? {
        let start = screen.map { $0 + 1 } ?? 0
        guard start < screens.count else { return nil }
        return (start..<screens.count).first { !questions(onScreen: $0, answers: answers).isEmpty }
    }

    /// The answers of shown questions only: an answer left from before the respondent changed an
    /// earlier answer does not count.
    public func visibleAnswers(_ answers: [Answer]) -> [Answer] {
        let byKey = Dictionary(answers.map { ($0.question, $0.value) }, uniquingKeysWith: { _, last in last })
        return answers.filter { answer in
            survey.question(answer.question).map { isVisible($0, answers: byKey) } ?? true
        }
    }
}

extension SurveyFlow {
    /// Whether a screen after `screen` may still be shown: a later question has no condition, or
    /// looks at an answer not given yet, or is shown by the answers already given. The page then
    /// says "Next" rather than "Send".
    public func mayContinue(after screen: Int, answers: [String: AnswerValue]) -> Bool {
        screens.dropFirst(screen + 1).joined().contains { index in
            let question = survey.questions[index]
            guard let condition = question.showIf else { return true }
            return answers[condition.question] == nil || isVisible(question, answers: answers)
        }
    }
}
