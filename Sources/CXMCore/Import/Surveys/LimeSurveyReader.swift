import Foundation

/// Reads a LimeSurvey survey export (`.lss`) into a cxm survey: questions in group and question
/// order, texts in every language cxm speaks, simple relevance equations as display conditions, and
/// a report line for everything else.
enum LimeSurveyReader {
    /// Question attributes with an effect cxm does not reproduce, and what is lost.
    private static let attributeLosses: [String: String] = [
        "array_filter": "the array filter", "array_filter_exclude": "the array filter",
        "random_order": "the random order of options", "em_validation_q": "the validation equation",
        "em_validation_sq": "the validation equation of rows", "min_answers": "the minimum number of answers",
        "max_answers": "the maximum number of answers", "exclude_all_others": "the exclusive option",
        "preg": "the input pattern", "random_group": "the random order of questions in its randomization group",
    ]

    static func read(
        _ root: SimpleXMLElement, touchpointIDs: [String], fileName: String?
    ) throws(SurveyImportError)
        -> ImportedSurvey
    {
        let document = LimeSurveyDocument(root: root)
        guard document.docType == "Survey" else {
            throw .unrecognisedFormat("a LimeSurvey \(document.docType) export, not a survey; export the whole survey (.lss)")
        }
        let structure = try LimeSurveyStructure(document)
        let texts = try ImportTexts(sourceCodes: structure.languages)
        var mapper = LimeSurveyQuestionMapper(texts: texts)
        reportLanguages(structure.languages, texts: texts, report: &mapper.report)
        let groups = Dictionary(structure.groups.map { ($0.gid, $0) }, uniquingKeysWith: { first, _ in first })
        var questions: [Question] = []
        for (index, source) in structure.questions.enumerated() {
            let element = "question \(index + 1) '\(source.title)' (qid \(source.qid))"
            let earlier = mapper.variables
            var mapped = mapper.map(source, element: element)
            guard !mapped.isEmpty else { continue }
            for (name, loss) in attributeLosses.sorted(by: { $0.key < $1.key }) {
                if let value = source.attributes[name], !value.isEmpty, value != "0" {
                    mapper.report.add(.notMapped, element, "\(loss) (\(name) = \(value)) is not imported")
                }
            }
            let expression = combinedRelevance(question: source.relevance, group: groups[source.gid]?.relevance ?? "")
            switch LimeSurveyRelevance.condition(expression, variables: earlier) {
            case .always: break
            case .condition(let condition, let approximation):
                for index in mapped.indices { mapped[index].showIf = condition }
                let detail = "shown only when \(ImportConditionText.describe(condition)) (from `\(expression)`)"
                if let approximation {
                    mapper.report.add(.approximated, element, "\(detail); \(approximation)")
                } else {
                    mapper.report.add(.mapped, element, detail)
                }
            case .unsupported(let reason):
                mapper.report.add(
                    .notMapped, element, "the condition `\(expression)` is not imported (\(reason)); cxm always asks it")
            }
            questions += mapped
        }
        let presentation = self.presentation(structure, texts: texts, report: &mapper.report)
        // The internal name comes from the first language kept, which is the base language unless cxm does not speak it.
        let nameCode = structure.languages.first { Language(code: $0) == texts.languages[0] } ?? structure.baseLanguage
        let title = structure.setting("surveyls_title")[nameCode].map { MarkupText.plain($0).text } ?? ""
        return try SurveyImport.assemble(
            name: title, fileName: fileName, languages: texts.languages, questions: questions, presentation: presentation,
            touchpointIDs: touchpointIDs, report: mapper.report, format: .limeSurvey,
            version: document.dbVersion.map { "DBVersion \($0)" })
    }

    /// The group's relevance and the question's, both of which must hold.
    private static func combinedRelevance(question: String, group: String) -> String {
        let own = question.trimmingCharacters(in: .whitespacesAndNewlines)
        let inherited = group.trimmingCharacters(in: .whitespacesAndNewlines)
        if LimeSurveyQuestionMapper.isTrivial(inherited) { return own }
        if LimeSurveyQuestionMapper.isTrivial(own) { return inherited }
        return "(\(inherited)) and (\(own))"
    }

    private static func reportLanguages(_ codes: [String], texts: ImportTexts, report: inout SurveyImportReport) {
        let kept = texts.languages.map(\.rawValue).joined(separator: ", ")
        report.add(.mapped, "survey languages", "\(codes.joined(separator: ", ")) → \(kept)")
        for code in codes where Language(code: code) == nil {
            report.add(.dropped(language: code), "survey languages", "cxm does not speak \(code); its texts are left out")
        }
    }

    private static func presentation(
        _ structure: LimeSurveyStructure, texts: ImportTexts, report: inout SurveyImportReport
    ) -> SurveyPresentation {
        var presentation = SurveyPresentation()
        presentation.title = texts.localized(
            structure.setting("surveyls_title"), element: "survey title", field: "title", limit: 2000, report: &report)
        let descriptions = structure.setting("surveyls_description")
        let welcomes = structure.setting("surveyls_welcometext")
        var intro: [String: String] = [:]
        for code in Set(descriptions.keys).union(welcomes.keys) {
            intro[code] = [descriptions[code], welcomes[code]].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "<p>")
        }
        presentation.intro = texts.localized(
            intro, element: "survey description and welcome text", field: "intro", limit: 2000, report: &report)
        presentation.thankYou.standard = texts.localized(
            structure.setting("surveyls_endtext"), element: "end text", field: "thank-you text", limit: 2000,
            report: &report)
        for (element, text) in [
            ("survey title", presentation.title), ("survey description and welcome text", presentation.intro),
            ("end text", presentation.thankYou.standard),
        ] where text != nil {
            report.add(.mapped, element, element == "end text" ? "the standard thank-you text" : "the respondents' \(element)")
        }
        if structure.format == "S" {
            presentation.layout = .oneQuestionPerScreen
            report.add(.mapped, "survey format", "question by question: one question per screen")
        } else if structure.format != "A", structure.groups.count > 1 {
            report.add(
                .approximated, "survey format",
                "\(structure.groups.count) question groups are flattened into one page; cxm starts a new page where a condition needs an earlier answer"
            )
        }
        for (index, group) in structure.groups.enumerated() {
            let name = MarkupText.plain(group.names[structure.baseLanguage] ?? group.names.values.first ?? "").text
            let element = "group \(index + 1) '\(name)' (gid \(group.gid))"
            if group.descriptions.values.contains(where: { !MarkupText.plain($0).text.isEmpty }) {
                report.add(.notMapped, element, "the group description is not imported; cxm surveys have no sections")
            }
            if !group.randomizationGroup.isEmpty {
                report.add(.notMapped, element, "randomization group '\(group.randomizationGroup)': cxm asks questions in order")
            }
        }
        return presentation
    }
}
