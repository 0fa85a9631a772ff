import Foundation

extension LimeSurveyQuestionMapper {
    /// The question text; the question's code when the export has none.
    mutating func questionText(_ source: Source, element: String) -> LocalizedText {
        if let text = texts.localized(source.texts, element: element, field: "text", report: &report) { return text }
        report.add(.approximated, element, "has no question text; its code '\(source.title)' is used")
        return texts.everywhere([.en: source.title])
    }

    /// The help text, shown as the question's description.
    mutating func help(_ source: Source, element: String) -> LocalizedText? {
        texts.localized(source.help, element: element, field: "help", report: &report)
    }

    /// An option's label; its code when the export has none.
    mutating func optionLabel(_ raw: [String: String], code: String, element: String) -> LocalizedText {
        if let label = texts.localized(raw, element: element, field: "option '\(code)'", report: &report) { return label }
        report.add(.approximated, element, "option '\(code)' has no label; its code is used")
        return texts.everywhere([.en: code])
    }

    /// Adds LimeSurvey's "Other" as a plain option and says what is lost.
    func addOther(to options: inout [ChoiceOption], source: Source) -> String {
        var key = "other"
        var number = 2
        while options.contains(where: { $0.key == key }) {
            key = "other_\(number)"
            number += 1
        }
        let custom = source.attributes["other_replace_text"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let label =
            custom.isEmpty ? texts.everywhere(LimeSurveyLabels.other) : texts.everywhere([.en: MarkupText.plain(custom).text])
        options.append(ChoiceOption(key: key, label: label))
        return "'Other' becomes the option '\(key)'; the text respondents type there is not kept"
    }
}
