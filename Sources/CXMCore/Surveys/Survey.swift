import Foundation

/// A survey definition. Each change of its questions makes a new version; responses name the version
/// they answered, so old answers keep their meaning.
public struct Survey: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var version: Int
    public var touchpointIDs: [String]
    public var languages: [Language]
    public var questions: [Question]
    /// Title, introduction, layout and thank-you texts for respondents.
    public var presentation: SurveyPresentation

    public init(
        id: String = Identifier.make(), name: String, version: Int = 1, touchpointIDs: [String],
        languages: [Language], questions: [Question], presentation: SurveyPresentation = SurveyPresentation()
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.touchpointIDs = touchpointIDs
        self.languages = languages
        self.questions = questions
        self.presentation = presentation
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, version, touchpointIDs, languages, questions, presentation
    }

    /// Definitions stored before respondent pages existed have no presentation: the defaults apply.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        touchpointIDs = try container.decode([String].self, forKey: .touchpointIDs)
        languages = try container.decode([Language].self, forKey: .languages)
        questions = try container.decode([Question].self, forKey: .questions)
        presentation = try container.decodeIfPresent(SurveyPresentation.self, forKey: .presentation) ?? SurveyPresentation()
    }

    public func question(_ key: String) -> Question? { questions.first { $0.key == key } }

    /// Checks the definition: names, unique question keys, texts in every survey language, scales, options.
    public func validated() throws(ValidationFailure) -> Survey {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        check.check(!touchpointIDs.isEmpty, "touchpointIDs", "must name at least one touchpoint the survey measures")
        check.check(!languages.isEmpty, "languages", "must name at least one language (en, sv, da, nb, fi)")
        check.check(!questions.isEmpty, "questions", "must hold at least one question")
        check.check(questions.count <= 200, "questions", "must hold at most 200 questions")
        var keys = Set<String>()
        for (index, question) in questions.enumerated() {
            let prefix = "questions[\(index)]."
            if !keys.insert(question.key).inserted {
                check.add(prefix + "key", "'\(question.key)' is used by another question; keys must be unique")
            }
            do { result.questions[index] = try question.validated(languages: languages) } catch {
                check.merge(error, prefix: prefix)
            }
            if let condition = question.showIf {
                condition.validated(earlier: Array(questions[..<index]), into: &check, field: prefix + "showIf")
            }
        }
        presentation.validated(into: &check)
        var items = Set<NKIItem>()
        for question in questions where question.type == .nki {
            if let item = question.nkiItem, !items.insert(item).inserted {
                check.add("questions", "has two NKI questions tagged '\(item.rawValue)'; each NKI item may appear once")
            }
        }
        try check.finish()
        return result
    }
}

/// One question of a survey.
public struct Question: Sendable, Codable, Hashable {
    /// A key stable across versions (`nps`, `reason`), used by answers, imports and reports.
    public var key: String
    public var type: QuestionType
    public var text: LocalizedText
    public var required: Bool
    /// Choice options, for single and multiple choice.
    public var options: [ChoiceOption]
    /// For NKI questions: which of the three items this is.
    public var nkiItem: NKIItem?
    /// For rating questions: the scale; score types use their fixed scale.
    public var scaleMin: Int?
    public var scaleMax: Int?
    /// A hint below the question text.
    public var description: LocalizedText?
    /// For scale questions: what the lowest and highest points mean ("Not at all likely"); cxm
    /// shows its own labels for the score types when these are nil.
    public var lowLabel: LocalizedText?
    public var highLabel: LocalizedText?
    /// Shown only when an earlier answer meets this condition.
    public var showIf: DisplayCondition?

    public init(
        key: String, type: QuestionType, text: LocalizedText, required: Bool = false, options: [ChoiceOption] = [],
        nkiItem: NKIItem? = nil, scaleMin: Int? = nil, scaleMax: Int? = nil, description: LocalizedText? = nil,
        lowLabel: LocalizedText? = nil, highLabel: LocalizedText? = nil, showIf: DisplayCondition? = nil
    ) {
        self.key = key
        self.type = type
        self.text = text
        self.required = required
        self.options = options
        self.nkiItem = nkiItem
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.description = description
        self.lowLabel = lowLabel
        self.highLabel = highLabel
        self.showIf = showIf
    }

    /// The scale answers must lie on, for scale questions.
    public var scale: ClosedRange<Int>? {
        if let fixed = type.fixedScale { return fixed }
        guard type == .rating else { return nil }
        let low = scaleMin ?? 1
        let high = scaleMax ?? 5
        return low < high ? low...high : nil
    }

    private enum CodingKeys: String, CodingKey {
        case key, type, text, required, options, nkiItem, scaleMin, scaleMax, description, lowLabel, highLabel, showIf
    }

    /// Decodes with the same defaults as the initialiser: not required, no options.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        type = try container.decode(QuestionType.self, forKey: .type)
        text = try container.decode(LocalizedText.self, forKey: .text)
        required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
        options = try container.decodeIfPresent([ChoiceOption].self, forKey: .options) ?? []
        nkiItem = try container.decodeIfPresent(NKIItem.self, forKey: .nkiItem)
        scaleMin = try container.decodeIfPresent(Int.self, forKey: .scaleMin)
        scaleMax = try container.decodeIfPresent(Int.self, forKey: .scaleMax)
        description = try container.decodeIfPresent(LocalizedText.self, forKey: .description)
        lowLabel = try container.decodeIfPresent(LocalizedText.self, forKey: .lowLabel)
        highLabel = try container.decodeIfPresent(LocalizedText.self, forKey: .highLabel)
        showIf = try container.decodeIfPresent(DisplayCondition.self, forKey: .showIf)
    }

    func validated(languages: [Language]) throws(ValidationFailure) -> Question {
        var check = Validator()
        var result = self
        check.check(
            AttributeDefinition.isValidKey(key) && key.count <= 40, "key",
            "must be 1–40 characters of a–z, 0–9 and '_' (for example nps or reason)")
        for language in languages {
            let value = text.values[language]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if value.isEmpty {
                check.add("text.\(language.rawValue)", "is missing; the survey is offered in \(language.rawValue)")
            }
            if value.count > 1000 { check.add("text.\(language.rawValue)", "must be at most 1000 characters") }
        }
        if type == .rating {
            let low = scaleMin ?? 1
            let high = scaleMax ?? 5
            check.check(
                low < high && Self.within(100, from: low, to: high), "scaleMax",
                "a rating scale needs scaleMin < scaleMax, at most 100 steps apart")
        } else if scaleMin != nil || scaleMax != nil {
            check.check(
                type.fixedScale == nil, "scaleMin",
                "\(type.rawValue) questions have a fixed scale; leave scaleMin and scaleMax out")
        }
        if !type.isScale, lowLabel != nil || highLabel != nil {
            check.add("lowLabel", "only scale questions have end labels")
        }
        for (name, optional) in [("description", description), ("lowLabel", lowLabel), ("highLabel", highLabel)] {
            for (language, value) in optional?.values ?? [:] where value.count > 1000 {
                check.add("\(name).\(language.rawValue)", "must be at most 1000 characters")
            }
        }
        if type == .nki {
            check.check(nkiItem != nil, "nkiItem", "is required for NKI questions: overall, expectations or ideal")
        }
        if type.isChoice {
            check.check(options.count >= 2, "options", "a choice question needs at least two options")
            var optionKeys = Set<String>()
            for (index, option) in options.enumerated() {
                if !optionKeys.insert(option.key).inserted { check.add("options[\(index)].key", "'\(option.key)' is used twice") }
                if option.key.isEmpty || option.key.count > 40 { check.add("options[\(index)].key", "must be 1–40 characters") }
                for language in languages where (option.label.values[language] ?? "").isEmpty {
                    check.add("options[\(index)].label.\(language.rawValue)", "is missing")
                }
            }
        } else if !options.isEmpty {
            check.add("options", "only choice questions have options")
            result.options = []
        }
        try check.finish()
        return result
    }
}

extension Question {
    /// Whether `high` is at most `steps` above `low`, without overflowing on numbers a client sent.
    static func within(_ steps: Int, from low: Int, to high: Int) -> Bool {
        let (difference, overflow) = high.subtractingReportingOverflow(low)
        return !overflow && difference <= steps
    }
}

/// One option of a choice question.
public struct ChoiceOption: Sendable, Codable, Hashable {
    public var key: String
    public var label: LocalizedText

    public init(key: String, label: LocalizedText) {
        self.key = key
        self.label = label
    }
}
