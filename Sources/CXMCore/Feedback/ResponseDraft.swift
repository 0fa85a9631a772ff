import Foundation

/// A response being answered: the answers so far and the screen reached, saved at every step so
/// that the respondent can come back to the same link and go on.
public struct ResponseDraft: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// The link it was started from.
    public var linkID: String?
    /// The personal invitation it answers.
    public var invitationID: String?
    public var surveyID: String
    /// The version shown when the draft started; it is answered to the end even if the survey changes.
    public var surveyVersion: Int
    public var language: Language
    public var answers: [Answer]
    /// The screen to show next.
    public var screen: Int
    public var createdAt: Date
    public var updatedAt: Date
    /// Set when the response was stored; a completed draft only shows the thank-you page.
    public var completedAt: Date?
    public var responseID: String?
    /// When a draft left unfinished is stored as a response with the answers it has (a score
    /// given in the website widget); nil for drafts that count only when finished.
    public var completeAfter: Date?

    public init(
        id: String = Identifier.make(), linkID: String?, invitationID: String? = nil, surveyID: String, surveyVersion: Int,
        language: Language,
        answers: [Answer] = [], screen: Int = 0, createdAt: Date = Date(), updatedAt: Date = Date(),
        completedAt: Date? = nil, responseID: String? = nil, completeAfter: Date? = nil
    ) {
        self.id = id
        self.linkID = linkID
        self.invitationID = invitationID
        self.surveyID = surveyID
        self.surveyVersion = surveyVersion
        self.language = language
        self.answers = answers
        self.screen = screen
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.completedAt = completedAt
        self.responseID = responseID
        self.completeAfter = completeAfter
    }

    /// The answers by question key.
    public var values: [String: AnswerValue] {
        Dictionary(answers.map { ($0.question, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// Replaces the answers to `questions` with `new` (a question left empty loses its old answer),
    /// keeping the survey's question order.
    public mutating func record(_ new: [Answer], for questions: [Question], in survey: Survey) {
        let replaced = Set(questions.map(\.key))
        var merged = values.filter { !replaced.contains($0.key) }
        for answer in new { merged[answer.question] = answer.value }
        answers = survey.questions.compactMap { question in
            merged[question.key].map { Answer(question: question.key, value: $0) }
        }
    }
}
