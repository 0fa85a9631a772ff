import CXMCore
import CXMViews

/// The survey editor's form as submitted: what was typed, the button pressed, and how it becomes a survey.
struct SurveyForm: Sendable {
    var name: String
    var languages: [Language]
    var touchpointIDs: [String]
    var questions: [SurveyQuestionDraft]
    var newQuestion: SurveyQuestionDraft
    var presentation: SurveyPresentationDraft
    var action: Action

    /// What the pressed button asks for besides saving everything on the page.
    enum Action: Equatable, Sendable {
        case save, add, up(Int), down(Int), remove(Int)

        init(_ raw: String) {
            let parts = raw.split(separator: "-", maxSplits: 1).map(String.init)
            switch (parts.first, parts.count == 2 ? Int(parts[1]) : nil) {
            case ("add", _): self = .add
            case ("up", let index?): self = .up(index)
            case ("down", let index?): self = .down(index)
            case ("remove", let index?): self = .remove(index)
            default: self = .save
            }
        }
    }

    /// The stored survey as the editor first shows it.
    init(survey: Survey) {
        name = survey.name
        languages = survey.languages
        touchpointIDs = survey.touchpointIDs
        questions = survey.questions.map { Self.draft($0, languages: survey.languages) }
        newQuestion = SurveyQuestionDraft()
        presentation = Self.draft(survey.presentation)
        action = .save
    }

    /// A submitted form; languages already in the survey keep their order (the first is where option keys are written).
    init(_ form: FormBody, previousLanguages: [Language]) {
        name = form.text(SurveyFieldID.name)
        let ticked = Set(form.all(SurveyFieldID.languageName).compactMap(Language.init(rawValue:)))
        languages =
            previousLanguages.filter(ticked.contains)
            + Language.allCases.filter { ticked.contains($0) && !previousLanguages.contains($0) }
        touchpointIDs = form.all(SurveyFieldID.touchpointName)
        let count = min(Int(form.text(SurveyFieldID.questionCount)) ?? 0, 200)
        questions = (0..<count).map { Self.draft(form, prefix: SurveyFieldID.question($0)) }
        newQuestion = Self.draft(form, prefix: SurveyFieldID.newQuestion)
        presentation = SurveyPresentationDraft(
            layout: form.text(SurveyFieldID.layout),
            texts: Dictionary(
                uniqueKeysWithValues: SurveyFieldID.PresentationPart.allCases.map { part in
                    (
                        part,
                        Dictionary(
                            uniqueKeysWithValues: Language.allCases.compactMap { language in
                                form[SurveyFieldID.presentation(part, language)].map { (language, $0) }
                            })
                    )
                }))
        action = Action(form.text(SurveyFieldID.action))
        switch action {
        case .up(let index) where questions.indices.contains(index) && index > 0:
            questions.swapAt(index, index - 1)
        case .down(let index) where questions.indices.contains(index) && index < questions.count - 1:
            questions.swapAt(index, index + 1)
        case .remove(let index) where questions.indices.contains(index):
            questions.remove(at: index)
        default: break
        }
    }

    /// Whether the question being added goes into this save: when asked to, or when its key was typed.
    var addsQuestion: Bool { action == .add || !newQuestion.key.isEmpty }

    /// The survey to save, and the problems found in reading the form (ids of the inputs, localized).
    ///
    /// Keys of questions that already exist stay as stored when the survey has responses, and every question
    /// keeps its stored type, whatever the form says.
    func survey(updating stored: Survey, keysLocked: Bool, language: Language) -> (Survey, [FormError]) {
        let t = Localizer(language)
        var problems: [FormError] = []
        var result = stored
        result.name = name
        result.languages = languages
        result.touchpointIDs = touchpointIDs
        let drafts =
            questions.enumerated().map { (SurveyFieldID.question($0.offset), $0.element) }
            + (addsQuestion ? [(SurveyFieldID.newQuestion, newQuestion)] : [])
        result.questions = drafts.map { prefix, draft in
            let original = draft.originalKey.isEmpty ? nil : stored.question(draft.originalKey)
            guard let type = original?.type ?? QuestionType(rawValue: draft.type) else {
                problems.append(FormError(field: SurveyFieldID.field(prefix, .type), message: t(ValidationText.invalidChoice)))
                return Question(key: draft.key, type: .openText, text: LocalizedText([:]))
            }
            var question = Question(
                key: keysLocked && original != nil ? original!.key : draft.key, type: type,
                text: LocalizedText(
                    Dictionary(
                        uniqueKeysWithValues: languages.compactMap { language in
                            let text = draft.texts[language]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                            return text.isEmpty ? nil : (language, text)
                        })),
                required: draft.required)
            // What the editor does not show (hints) stays as stored.
            question.description = original?.description
            if type.isScale {
                question.lowLabel = Self.text(draft.lowLabels, languages: languages)
                question.highLabel = Self.text(draft.highLabels, languages: languages)
            }
            question.showIf = Self.condition(draft, prefix: prefix, t: t, problems: &problems)
            if type == .nki { question.nkiItem = NKIItem(rawValue: draft.nkiItem) }
            if type == .rating {
                for (part, value) in [(SurveyFieldID.Part.min, draft.scaleMin), (.max, draft.scaleMax)] where !value.isEmpty {
                    guard let number = Int(value) else {
                        problems.append(
                            FormError(field: SurveyFieldID.field(prefix, part), message: t(SurveyEditText.notAWholeNumber)))
                        continue
                    }
                    if part == .min { question.scaleMin = number } else { question.scaleMax = number }
                }
            }
            if type.isChoice {
                let (options, problem) = Self.options(draft, languages: languages)
                question.options = options
                if problem {
                    problems.append(
                        FormError(field: SurveyFieldID.field(prefix, .options), message: t(SurveyEditText.optionLineFormat)))
                }
            }
            return question
        }
        result.presentation = Self.presentation(presentation, languages: languages, stored: stored.presentation)
        return (result, problems)
    }

    /// Texts typed per language, or nil when every one is empty.
    static func text(_ values: [Language: String], languages: [Language]) -> LocalizedText? {
        let kept = Dictionary(
            uniqueKeysWithValues: languages.compactMap { language in
                let text = values[language]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                return text.isEmpty ? nil : (language, text)
            })
        return kept.isEmpty ? nil : LocalizedText(kept)
    }

    /// The display condition typed for a question; whole numbers only, and something to look at.
    private static func condition(
        _ draft: SurveyQuestionDraft, prefix: String, t: Localizer, problems: inout [FormError]
    ) -> DisplayCondition? {
        guard !draft.showIf.isEmpty else { return nil }
        var condition = DisplayCondition(question: draft.showIf)
        for (part, value) in [(SurveyFieldID.Part.showFrom, draft.showFrom), (.showTo, draft.showTo)] where !value.isEmpty {
            guard let number = Int(value.trimmingCharacters(in: .whitespaces)) else {
                problems.append(FormError(field: SurveyFieldID.field(prefix, part), message: t(SurveyEditText.notAWholeNumber)))
                continue
            }
            if part == .showFrom { condition.atLeast = number } else { condition.atMost = number }
        }
        let options = draft.showOptions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        if !options.isEmpty { condition.anyOf = options }
        return condition
    }

    /// Layout and texts as typed; texts of languages the survey no longer has are dropped.
    private static func presentation(
        _ draft: SurveyPresentationDraft, languages: [Language], stored: SurveyPresentation
    ) -> SurveyPresentation {
        func text(_ part: SurveyFieldID.PresentationPart) -> LocalizedText? {
            Self.text(draft.texts[part] ?? [:], languages: languages)
        }
        return SurveyPresentation(
            layout: SurveyPresentation.Layout(rawValue: draft.layout) ?? stored.layout, title: text(.title), intro: text(.intro),
            thankYou: ThankYouMessages(
                standard: text(.thanks), promoter: text(.thanksPromoter), passive: text(.thanksPassive),
                detractor: text(.thanksDetractor)))
    }

    /// A stored presentation as the editor shows it.
    static func draft(_ presentation: SurveyPresentation) -> SurveyPresentationDraft {
        let texts: [(SurveyFieldID.PresentationPart, LocalizedText?)] = [
            (.title, presentation.title), (.intro, presentation.intro), (.thanks, presentation.thankYou.standard),
            (.thanksPromoter, presentation.thankYou.promoter), (.thanksPassive, presentation.thankYou.passive),
            (.thanksDetractor, presentation.thankYou.detractor),
        ]
        return SurveyPresentationDraft(
            layout: presentation.layout.rawValue,
            texts: Dictionary(uniqueKeysWithValues: texts.map { ($0.0, $0.1?.values ?? [:]) }))
    }

    /// Options from `key = label` lines in the first language and one label per line in each other language.
    private static func options(_ draft: SurveyQuestionDraft, languages: [Language]) -> ([ChoiceOption], Bool) {
        guard let first = languages.first else { return ([], false) }
        var malformed = false
        var options: [ChoiceOption] = []
        for line in lines(draft.options) {
            guard let equals = line.firstIndex(of: "=") else {
                malformed = true
                continue
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let label = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            options.append(ChoiceOption(key: key, label: LocalizedText(label.isEmpty ? [:] : [first: label])))
        }
        for language in languages.dropFirst() {
            for (index, label) in lines(draft.optionLabels[language] ?? "").enumerated() where index < options.count {
                options[index].label.values[language] = label
            }
        }
        return (options, malformed)
    }

    private static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A stored question as the editor shows it; a rating's default scale is written out.
    static func draft(_ question: Question, languages: [Language]) -> SurveyQuestionDraft {
        let first = languages.first ?? .en
        return SurveyQuestionDraft(
            originalKey: question.key, key: question.key, type: question.type.rawValue, texts: question.text.values,
            required: question.required, nkiItem: question.nkiItem?.rawValue ?? "",
            scaleMin: question.type == .rating ? String(question.scale?.lowerBound ?? question.scaleMin ?? 1) : "",
            scaleMax: question.type == .rating ? String(question.scale?.upperBound ?? question.scaleMax ?? 5) : "",
            options: question.options.map { "\($0.key) = \($0.label.values[first] ?? "")" }.joined(separator: "\n"),
            optionLabels: Dictionary(
                uniqueKeysWithValues: languages.dropFirst().map { language in
                    (language, question.options.map { $0.label.values[language] ?? "" }.joined(separator: "\n"))
                }),
            showIf: question.showIf?.question ?? "", showFrom: question.showIf?.atLeast.map(String.init) ?? "",
            showTo: question.showIf?.atMost.map(String.init) ?? "",
            showOptions: question.showIf?.anyOf?.joined(separator: ", ") ?? "",
            lowLabels: question.lowLabel?.values ?? [:], highLabels: question.highLabel?.values ?? [:])
    }

    /// The fields of one question as the form sent them.
    private static func draft(_ form: FormBody, prefix: String) -> SurveyQuestionDraft {
        func value(_ part: SurveyFieldID.Part, _ language: Language? = nil) -> String {
            form.text(SurveyFieldID.field(prefix, part, language))
        }
        return SurveyQuestionDraft(
            originalKey: value(.original), key: value(.key), type: value(.type),
            texts: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, value(.text, $0)) }.filter { !$0.1.isEmpty }),
            required: form.isChecked(SurveyFieldID.field(prefix, .required)), nkiItem: value(.nki), scaleMin: value(.min),
            scaleMax: value(.max), options: form[SurveyFieldID.field(prefix, .options)] ?? "",
            optionLabels: Dictionary(
                uniqueKeysWithValues: Language.allCases.compactMap { language in
                    form[SurveyFieldID.field(prefix, .options, language)].map { (language, $0) }
                }),
            showIf: value(.showIf), showFrom: value(.showFrom), showTo: value(.showTo), showOptions: value(.showOptions),
            lowLabels: Dictionary(
                uniqueKeysWithValues: Language.allCases.map { ($0, value(.low, $0)) }.filter { !$0.1.isEmpty }),
            highLabels: Dictionary(
                uniqueKeysWithValues: Language.allCases.map { ($0, value(.high, $0)) }.filter { !$0.1.isEmpty }))
    }
}
