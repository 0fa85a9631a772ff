import Foundation

/// One customer's answers to one version of a survey, at a touchpoint, in a unit and channel.
public struct SurveyResponse: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var surveyID: String
    public var surveyVersion: Int
    public var touchpointID: String
    public var unitID: String
    public var channelID: String
    /// Nil for anonymous answers.
    public var customerID: String?
    public var language: Language
    public var submittedAt: Date
    public var answers: [Answer]
    /// A key the client chose so that a retried submission is stored once.
    public var idempotencyKey: String?

    public init(
        id: String = Identifier.make(), surveyID: String, surveyVersion: Int, touchpointID: String, unitID: String,
        channelID: String, customerID: String?, language: Language, submittedAt: Date, answers: [Answer],
        idempotencyKey: String?
    ) {
        self.id = id
        self.surveyID = surveyID
        self.surveyVersion = surveyVersion
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.channelID = channelID
        self.customerID = customerID
        self.language = language
        self.submittedAt = submittedAt
        self.answers = answers
        self.idempotencyKey = idempotencyKey
    }

    public func answer(_ question: String) -> AnswerValue? { answers.first { $0.question == question }?.value }
}

/// The answer to one question.
public struct Answer: Sendable, Codable, Hashable {
    /// The question's key.
    public var question: String
    public var value: AnswerValue

    public init(question: String, value: AnswerValue) {
        self.question = question
        self.value = value
    }
}

/// An answer's value; which case is valid depends on the question type.
public enum AnswerValue: Sendable, Hashable {
    /// A point on a scale (NPS, CSAT, CES, NKI, rating).
    case score(Int)
    /// The key of the chosen option.
    case choice(String)
    /// The keys of the chosen options.
    case choices([String])
    /// Free text.
    case text(String)

    public var score: Int? { if case .score(let value) = self { value } else { nil } }
}

extension AnswerValue: Codable {
    /// JSON shape follows the value: a number, a string or an array of strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            guard number == number.rounded(), abs(number) < 1e9 else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "a score must be a whole number")
            }
            self = .score(Int(number))
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([String].self) {
            self = .choices(list)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "an answer is a whole number, a string or an array of option keys")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .score(let value): try container.encode(value)
        case .choice(let key): try container.encode(key)
        case .choices(let keys): try container.encode(keys)
        case .text(let text): try container.encode(text)
        }
    }
}
