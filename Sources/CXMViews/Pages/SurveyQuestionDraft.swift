import CXMCore

/// One question as the survey editor shows it. Values are kept as typed, so a refused save loses nothing.
public struct SurveyQuestionDraft: Sendable, Equatable {
    /// The key the question had when the page was rendered; empty for a question not yet saved.
    public var originalKey: String
    public var key: String
    /// Raw question type such as `nps` or `single_choice`.
    public var type: String
    /// The question text per survey language.
    public var texts: [Language: String]
    public var required: Bool
    /// Raw NKI item (`overall`, `expectations`, `ideal`) or empty.
    public var nkiItem: String
    /// Rating scale ends as typed, empty for the default.
    public var scaleMin: String
    public var scaleMax: String
    /// Options as `key = label` lines in the survey's first language.
    public var options: String
    /// For every other survey language: one option label per line, in the options' order.
    public var optionLabels: [Language: String]
    /// Display logic as typed: the earlier question's key (empty: always shown), a score range, or option keys.
    public var showIf: String
    public var showFrom: String
    public var showTo: String
    public var showOptions: String
    /// End labels of a scale, per survey language.
    public var lowLabels: [Language: String]
    public var highLabels: [Language: String]

    /// Creates a draft; the defaults are an empty new question.
    public init(
        originalKey: String = "", key: String = "", type: String = QuestionType.csat.rawValue, texts: [Language: String] = [:],
        required: Bool = false, nkiItem: String = "", scaleMin: String = "", scaleMax: String = "", options: String = "",
        optionLabels: [Language: String] = [:], showIf: String = "", showFrom: String = "", showTo: String = "",
        showOptions: String = "", lowLabels: [Language: String] = [:], highLabels: [Language: String] = [:]
    ) {
        self.originalKey = originalKey
        self.key = key
        self.type = type
        self.texts = texts
        self.required = required
        self.nkiItem = nkiItem
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.options = options
        self.optionLabels = optionLabels
        self.showIf = showIf
        self.showFrom = showFrom
        self.showTo = showTo
        self.showOptions = showOptions
        self.lowLabels = lowLabels
        self.highLabels = highLabels
    }
}

/// The ids (which are also the form names) of the survey editor's controls, shared by page and server.
public enum SurveyFieldID {
    public static let name = "survey-name"
    /// The touchpoint fieldset, which errors about the touchpoints point at.
    public static let touchpoints = "survey-touchpoints"
    /// The name every touchpoint checkbox submits under.
    public static let touchpointName = "touchpoint"
    /// The name every language checkbox submits under.
    public static let languageName = "language"
    /// How many questions the form holds (`q0` … `q{n-1}`).
    public static let questionCount = "question-count"
    /// The version the form was rendered from.
    public static let baseVersion = "base-version"
    /// The name of the buttons that do something besides saving: `add`, `up-2`, `down-2`, `remove-2`.
    public static let action = "action"
    /// The prefix of the question fields being added.
    public static let newQuestion = "new"

    /// A language checkbox; the first one carries errors about the languages.
    public static func language(_ language: Language) -> String { "survey-language-\(language.rawValue)" }

    /// The prefix of the fields of the question at an index (`q0`).
    public static func question(_ index: Int) -> String { "q\(index)" }

    /// One field of a question: `prefix-key`, `prefix-text-sv`, `prefix-options-da` …
    public static func field(_ prefix: String, _ part: Part, _ language: Language? = nil) -> String {
        language.map { "\(prefix)-\(part.rawValue)-\($0.rawValue)" } ?? "\(prefix)-\(part.rawValue)"
    }

    /// The parts of a question's form.
    public enum Part: String, Sendable {
        case original, key, type, text, required, nki, min, max, options
        case showIf = "show-if", showFrom = "show-from", showTo = "show-to", showOptions = "show-options", low, high
    }

    /// The layout select of the respondent texts.
    public static let layout = "survey-layout"

    /// A respondent text of the survey in one language: `survey-title-sv`, `survey-thanks-detractor-da` …
    public static func presentation(_ part: PresentationPart, _ language: Language) -> String {
        "survey-\(part.rawValue)-\(language.rawValue)"
    }

    /// The survey's texts for respondents.
    public enum PresentationPart: String, Sendable, CaseIterable {
        case title, intro
        case thanks = "thanks-standard", thanksPromoter = "thanks-promoter", thanksPassive = "thanks-passive"
        case thanksDetractor = "thanks-detractor"
    }
}

/// The touchpoints of one journey, by stage, for the survey's touchpoint checkboxes.
public struct TouchpointGroup: Sendable {
    /// One stage and its touchpoints (value = touchpoint id, label = its name).
    public struct Stage: Sendable {
        public var name: String
        public var touchpoints: [SelectOption]

        /// Creates a stage group.
        public init(name: String, touchpoints: [SelectOption]) {
            self.name = name
            self.touchpoints = touchpoints
        }
    }

    public var journey: String
    public var stages: [Stage]

    /// Creates a journey group.
    public init(journey: String, stages: [Stage]) {
        self.journey = journey
        self.stages = stages
    }
}
