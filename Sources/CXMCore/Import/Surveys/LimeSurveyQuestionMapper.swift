import Foundation

/// Maps LimeSurvey questions to cxm questions, one at a time in survey order, recording the
/// expression names each defines so that later relevance equations can refer to them.
struct LimeSurveyQuestionMapper {
    typealias Source = LimeSurveyStructure.Question

    let texts: ImportTexts
    var keys = QuestionKeys()
    var report = SurveyImportReport()
    /// Expression names (`Q1`, `Q1_SQ001`) of the questions mapped so far.
    var variables: [String: LimeSurveyVariable] = [:]

    /// Why the types cxm has no counterpart for are left out.
    static let unmappedTypes: [String: String] = [
        "X": "a text display shows text and asks nothing; cxm has no text-only items",
        "*": "an equation is computed by LimeSurvey, not asked",
        "R": "ranking: cxm has no ranking question",
        "D": "date: cxm has no date question",
        "|": "file upload: cxm surveys do not take files",
        "I": "language switch: cxm offers the survey's languages itself",
        "K": "multiple numerical input: cxm has no number fields",
        "H": "array by column: rows and columns are swapped, which cxm cannot show",
        "1": "dual-scale array: a cxm question has one scale",
        ":": "array of numbers: cxm has no grid of number fields",
        ";": "array of texts: cxm has no grid of text fields",
    ]

    init(texts: ImportTexts) { self.texts = texts }

    /// The cxm questions for one LimeSurvey question: none, one, or one per row of an array.
    mutating func map(_ source: Source, element: String) -> [Question] {
        if source.attributes["hidden"] == "1" {
            report.add(.notMapped, element, "hidden in LimeSurvey: it holds a preset or computed value and is never asked")
            return []
        }
        switch source.type {
        case "L", "!", "O": return list(source, element: element).map { [$0] } ?? []
        case "M", "P": return multiple(source, element: element).map { [$0] } ?? []
        case "S", "T", "U":
            return single(source, element: element, type: .openText, detail: "open_text", variable: .other)
        case "5":
            return single(source, element: element, type: .rating, scale: 1...5, detail: "rating 1–5", variable: .scale(1...5))
        case "Y":
            let options = LimeSurveyLabels.options(LimeSurveyLabels.yesNo, texts: texts)
            return single(
                source, element: element, type: .singleChoice, options: options, detail: "single_choice Yes (Y) / No (N)",
                variable: .choice(["Y", "N"]))
        case "G":
            let options = LimeSurveyLabels.options(LimeSurveyLabels.gender, texts: texts)
            return single(
                source, element: element, type: .singleChoice, options: options,
                detail: "single_choice Female (F) / Male (M)", variable: .choice(["F", "M"]))
        case "N": return numerical(source, element: element)
        case "Q", "A", "B", "F", "C", "E": return array(source, element: element)
        default:
            let reason = Self.unmappedTypes[source.type] ?? "LimeSurvey question type '\(source.type)' is unknown to cxm"
            report.add(.notMapped, element, reason)
            return []
        }
    }

    /// A question with one answer: open text, a rating or a fixed choice.
    private mutating func single(
        _ source: Source, element: String, type: QuestionType, scale: ClosedRange<Int>? = nil, options: [ChoiceOption] = [],
        detail: String, variable: LimeSurveyVariable.Kind, kind: SurveyImportReport.Kind = .mapped, note: String? = nil
    ) -> [Question] {
        let key = keys.key(for: source.title)
        let question = Question(
            key: key, type: type, text: questionText(source, element: element), required: source.mandatory == "Y",
            options: options, scaleMin: type == .rating ? scale?.lowerBound : nil,
            scaleMax: type == .rating ? scale?.upperBound : nil, description: help(source, element: element))
        variables[source.title] = LimeSurveyVariable(key: key, kind: variable)
        report.add(
            kind, element,
            ([detail, QuestionKeys.note(key: key, source: source.title)] + [note].compactMap { $0 }).joined(separator: "; "))
        return [question]
    }

    /// A list (radio, dropdown, with comment): single choice, or NPS when the answers are 0 to 10.
    private mutating func list(_ source: Source, element: String) -> Question? {
        let answers = source.answers.filter { $0.scaleID == 0 }
        let codes = answers.map(\.code)
        if Self.isZeroToTen(codes) {
            return single(
                source, element: element, type: .nps, detail: "nps 0–10 (a list with the answers 0 to 10)",
                variable: .scale(0...10)
            ).first
        }
        var options = answers.map { answer in
            ChoiceOption(key: answer.code, label: optionLabel(answer.texts, code: answer.code, element: element))
        }
        var notes: [String] = []
        if source.other { notes.append(addOther(to: &options, source: source)) }
        if source.type == "O" { notes.append("the comment box is left out") }
        guard options.count >= 2 else {
            report.add(.notMapped, element, "a list needs at least two answer options; it has \(options.count)")
            return nil
        }
        return single(
            source, element: element, type: .singleChoice, options: options,
            detail: "single_choice with \(options.count) options", variable: .choice(options.map(\.key)),
            kind: notes.isEmpty ? .mapped : .approximated, note: notes.isEmpty ? nil : notes.joined(separator: "; ")
        ).first
    }

    /// Multiple choice: the subquestions are the options.
    private mutating func multiple(_ source: Source, element: String) -> Question? {
        let rows = source.subquestions.filter { $0.scaleID == 0 }
        var options = rows.map { row in
            ChoiceOption(key: row.title, label: optionLabel(row.texts, code: row.title, element: element))
        }
        var notes: [String] = []
        if source.other { notes.append(addOther(to: &options, source: source)) }
        if source.type == "P" { notes.append("the comment boxes are left out") }
        for row in rows where !Self.isTrivial(row.relevance) {
            report.add(.notMapped, element, "option '\(row.title)' has the condition `\(row.relevance)`; cxm always offers it")
        }
        guard options.count >= 2 else {
            report.add(.notMapped, element, "a multiple choice needs at least two options; it has \(options.count)")
            return nil
        }
        let question = single(
            source, element: element, type: .multipleChoice, options: options,
            detail: "multiple_choice with \(options.count) options", variable: .other,
            kind: notes.isEmpty ? .mapped : .approximated, note: notes.isEmpty ? nil : notes.joined(separator: "; ")
        ).first
        let keys = options.map(\.key)
        for key in keys {
            variables["\(source.title)_\(key)"] = LimeSurveyVariable(key: question?.key ?? "", kind: .option(key, all: keys))
        }
        return question
    }

    /// A number field: NPS when its code says so, a rating when it has a small whole-number range.
    private mutating func numerical(_ source: Source, element: String) -> [Question] {
        if source.title.lowercased().contains("nps") {
            return single(
                source, element: element, type: .nps, detail: "nps 0–10", variable: .scale(0...10), kind: .approximated,
                note: "a number field named NPS is asked as cxm's 0–10 NPS scale")
        }
        let low = source.attributes["min_num_value_n"].flatMap { Int($0) }
        let high = source.attributes["max_num_value_n"].flatMap { Int($0) }
        if let low, let high, low < high, Question.within(100, from: low, to: high) {
            return single(
                source, element: element, type: .rating, scale: low...high, detail: "rating \(low)–\(high)",
                variable: .scale(low...high), kind: .approximated,
                note: "a number field limited to \(low)–\(high) is asked as a rating; decimals are not possible")
        }
        report.add(
            .notMapped, element,
            "numerical input without a whole-number range of at most 100 steps: cxm has no free number question")
        return []
    }

    static func isZeroToTen(_ codes: [String]) -> Bool {
        codes.count == 11 && Set(codes) == Set((0...10).map(String.init))
    }

    static func isTrivial(_ relevance: String) -> Bool {
        let trimmed = relevance.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed == "1"
    }
}
