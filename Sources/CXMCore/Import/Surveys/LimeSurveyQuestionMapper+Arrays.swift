extension LimeSurveyQuestionMapper {
    /// An array (or multiple short text) becomes one cxm question per row: a row of an array is a
    /// question of its own in every analysis cxm makes, and LimeSurvey names its answers
    /// `Q1_SQ001` the same way.
    mutating func array(_ source: Source, element: String) -> [Question] {
        let rows = source.subquestions.filter { $0.scaleID == 0 }
        guard !rows.isEmpty else {
            report.add(.notMapped, element, "an array without rows asks nothing")
            return []
        }
        let type: QuestionType
        var scale: ClosedRange<Int>?
        var options: [ChoiceOption] = []
        let variable: LimeSurveyVariable.Kind
        switch source.type {
        case "Q": (type, variable) = (.openText, .other)
        case "A": (type, scale, variable) = (.rating, 1...5, .scale(1...5))
        case "B": (type, scale, variable) = (.rating, 1...10, .scale(1...10))
        case "C":
            options = LimeSurveyLabels.options(LimeSurveyLabels.yesUncertainNo, texts: texts)
            (type, variable) = (.singleChoice, .choice(options.map(\.key)))
        case "E":
            options = LimeSurveyLabels.options(LimeSurveyLabels.increaseSameDecrease, texts: texts)
            (type, variable) = (.singleChoice, .choice(options.map(\.key)))
        default:
            let answers = source.answers.filter { $0.scaleID == 0 }
            if Self.isZeroToTen(answers.map(\.code)) {
                (type, variable) = (.nps, .scale(0...10))
            } else {
                options = answers.map {
                    ChoiceOption(key: $0.code, label: optionLabel($0.texts, code: $0.code, element: element))
                }
                (type, variable) = (.singleChoice, .choice(options.map(\.key)))
                guard options.count >= 2 else {
                    report.add(.notMapped, element, "an array needs at least two answer options; it has \(options.count)")
                    return []
                }
            }
        }
        let parentText = questionText(source, element: element)
        let description = help(source, element: element)
        var questions: [Question] = []
        for row in rows {
            let code = "\(source.title)_\(row.title)"
            let key = keys.key(for: code)
            let rowText =
                texts.localized(row.texts, element: element, field: "row '\(row.title)'", report: &report)
                ?? texts.everywhere([.en: row.title])
            questions.append(
                Question(
                    key: key, type: type, text: combined(parentText, rowText, element: element),
                    required: source.mandatory == "Y", options: options, scaleMin: scale?.lowerBound,
                    scaleMax: scale?.upperBound, description: description))
            variables[code] = LimeSurveyVariable(key: key, kind: variable)
            if !Self.isTrivial(row.relevance) {
                report.add(.notMapped, element, "row '\(row.title)' has the condition `\(row.relevance)`; cxm always asks it")
            }
        }
        let what = type == .rating ? "rating \(scale.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "")" : type.rawValue
        let keyList =
            questions.count > 3
            ? "\(questions[0].key) … \(questions[questions.count - 1].key)" : questions.map(\.key).joined(separator: ", ")
        report.add(
            .approximated, element,
            "split into \(questions.count) \(what) questions, one per row (\(keyList)); each text is the question's text and the row's"
        )
        return questions
    }

    /// "Question text – row text" in every language, within cxm's 1000 characters.
    private mutating func combined(_ question: LocalizedText, _ row: LocalizedText, element: String) -> LocalizedText {
        var values: [Language: String] = [:]
        for language in texts.languages {
            let head = question.text(in: language)
            let tail = row.text(in: language)
            var text = head.hasSuffix(":") || head.hasSuffix("?") ? "\(head) \(tail)" : "\(head) – \(tail)"
            if text.count > 1000 {
                report.add(.approximated, element, "the text of a row question was shortened to 1000 characters")
                text = String(text.prefix(999)) + "…"
            }
            values[language] = text
        }
        return LocalizedText(values)
    }
}
