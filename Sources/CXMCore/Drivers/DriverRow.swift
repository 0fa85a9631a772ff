import Foundation

/// One response as driver analysis reads it: its scores, its single choices and the themes its open text
/// mentions with their tone.
public struct DriverRow: Sendable, Hashable {
    public var responseID: String
    public var surveyID: String
    public var touchpointID: String
    public var customerID: String?
    /// The day it was given, in the workspace's time zone.
    public var day: LocalDay
    /// Scale answers by question key.
    public var scores: [String: Int]
    /// Single-choice answers by question key (the option key).
    public var choices: [String: String]
    /// Whether the response has an analysed open-text answer, so that a theme not mentioned counts as 0.
    public var hasText: Bool
    /// The tone of the open-text answer as a whole, when there is one.
    public var textSentiment: Sentiment.Label?
    /// The tones in which its open text mentions each theme.
    public var themes: [String: Set<Sentiment.Label>]
    /// What other systems knew about the customer as of the answer (empty for anonymous answers).
    public var signals: Set<SignalDriver>
    /// The funnels (by id) the customer had left unfinished when they answered (`FunnelDriver`).
    public var unfinishedFunnels: Set<String>

    /// Creates a row.
    public init(
        responseID: String, surveyID: String, touchpointID: String, customerID: String? = nil, day: LocalDay,
        scores: [String: Int] = [:],
        choices: [String: String] = [:], hasText: Bool = false, textSentiment: Sentiment.Label? = nil,
        themes: [String: Set<Sentiment.Label>] = [:], signals: Set<SignalDriver> = [],
        unfinishedFunnels: Set<String> = []
    ) {
        self.responseID = responseID
        self.surveyID = surveyID
        self.touchpointID = touchpointID
        self.customerID = customerID
        self.day = day
        self.scores = scores
        self.choices = choices
        self.hasText = hasText
        self.textSentiment = textSentiment
        self.themes = themes
        self.signals = signals
        self.unfinishedFunnels = unfinishedFunnels
    }
}

/// What the builder needs to know about the questions, themes and touchpoints behind the rows.
public struct DriverCatalog: Sendable {
    /// Every question by key, from the surveys in scope (the first survey's wording wins for a shared key).
    public var questions: [String: Question]
    /// Which surveys ask the full NKI, so that their respondents get an index.
    public var nkiSurveys: Set<String>
    public var themeNames: [String: String]
    public var touchpointNames: [String: String]
    /// The funnels whose abandonment is offered as a driver, by id.
    public var funnelNames: [String: String]
    /// The language labels are written in.
    public var language: Language

    /// Creates a catalog from the surveys, taxonomy and touchpoints in scope.
    public init(
        surveys: [Survey], taxonomy: Taxonomy?, touchpoints: [Touchpoint], funnels: [Funnel] = [], language: Language
    ) {
        var questions: [String: Question] = [:]
        for survey in surveys {
            for question in survey.questions where questions[question.key] == nil { questions[question.key] = question }
        }
        self.questions = questions
        nkiSurveys = Set(surveys.filter(\.asksFullNKI).map(\.id))
        var themeNames: [String: String] = [:]
        for theme in taxonomy?.themes ?? [] { themeNames[theme.id] = theme.names.text(in: language) }
        self.themeNames = themeNames
        touchpointNames = Dictionary(touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        funnelNames = Dictionary(funnels.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.language = language
    }

    /// The label of a question: its text in the catalog's language, or its key.
    func questionLabel(_ key: String) -> String { questions[key]?.text.text(in: language) ?? key }
}
