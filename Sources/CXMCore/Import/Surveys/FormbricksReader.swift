/// Reads Formbricks surveys, templates (`{"preset": …}`) and arrays of templates into cxm surveys:
/// elements in block order, texts in every language cxm speaks, jump logic as display conditions
/// where one earlier answer decides, welcome card and first ending as intro and thank-you.
enum FormbricksReader {
    /// Whether the JSON is a Formbricks survey, template, or array of them.
    static func recognises(_ node: JSONNode) -> Bool {
        if let items = node.items { return !items.isEmpty && items.allSatisfy(isSurveyOrTemplate) }
        return isSurveyOrTemplate(node)
    }

    private static func isSurveyOrTemplate(_ node: JSONNode) -> Bool {
        node["preset"]?.isObject == true || node["blocks"]?.items != nil || node["questions"]?.items != nil
    }

    static func read(
        _ node: JSONNode, touchpointIDs: [String], fileName: String?
    ) throws(SurveyImportError)
        -> [ImportedSurvey]
    {
        guard let items = node.items else { return [try survey(node, touchpointIDs: touchpointIDs, fileName: fileName)] }
        // One template that asks nothing (a call to action alone) must not keep the others out; it is
        // named in the first imported survey's report instead.
        var surveys: [ImportedSurvey] = []
        var skipped: [(element: String, detail: String)] = []
        var firstFailure: SurveyImportError?
        for (index, item) in items.enumerated() {
            do {
                surveys.append(try survey(item, touchpointIDs: touchpointIDs, fileName: fileName))
            } catch {
                guard case .nothingMapped(let name, let report) = error else { throw error }
                firstFailure = firstFailure ?? error
                let reasons = report.entries(.notMapped).map(\.detail)
                skipped.append(
                    (
                        "file entry \(index + 1), template '\(name)'",
                        "no question could be mapped (\(reasons.joined(separator: "; "))); the template is not imported"
                    ))
            }
        }
        guard !surveys.isEmpty else { throw firstFailure ?? .unrecognisedFormat("an empty array") }
        for entry in skipped { surveys[0].report.add(.notMapped, entry.element, entry.detail) }
        return surveys
    }

    /// One block of elements and its logic; the older format's questions are blocks of one.
    private struct Block {
        var id: String
        var elements: [JSONNode]
        var logic: [JSONNode]
        var fallback: String?
        /// How report lines name an element of this block.
        var name: (JSONNode) -> String
    }

    private static func survey(
        _ node: JSONNode, touchpointIDs: [String], fileName: String?
    ) throws(SurveyImportError)
        -> ImportedSurvey
    {
        let survey = node["preset"] ?? node
        let (defaultCode, codes) = try languages(survey)
        let texts = try ImportTexts(sourceCodes: codes)
        var mapper = FormbricksElementMapper(texts: texts, defaultCode: defaultCode)
        mapper.report.add(
            .mapped, "survey languages",
            "\(codes.joined(separator: ", ")) → \(texts.languages.map(\.rawValue).joined(separator: ", "))")
        for code in codes where Language(code: code) == nil {
            mapper.report.add(.dropped(language: code), "survey languages", "cxm does not speak \(code); its texts are left out")
        }
        let blocks = try self.blocks(survey)
        var questionsByBlock: [[Question]] = []
        var namesByBlock: [[String]] = []
        for block in blocks {
            var questions: [Question] = []
            var names: [String] = []
            for element in block.elements {
                let mapped = try mapper.map(element, name: block.name(element))
                questions += mapped
                if !mapped.isEmpty { names.append(block.name(element)) }
            }
            questionsByBlock.append(questions)
            namesByBlock.append(names)
        }
        var logic = FormbricksLogicImport(mapper: mapper, blockIDs: blocks.map(\.id))
        let logicBlocks = try blocks.enumerated().map { index, block throws(SurveyImportError) in
            try logic.block(block.logic, fallback: block.fallback, owner: block.elements.first, name: "block \(index + 1) logic")
        }
        logic.apply(to: &questionsByBlock, names: namesByBlock, blocks: logicBlocks)
        mapper.report = logic.report
        var presentation = SurveyPresentation(layout: .oneQuestionPerScreen)
        mapper.report.add(.mapped, "survey layout", "Formbricks shows one block at a time: one question per screen")
        FormbricksPresentation.read(survey, into: &presentation, mapper: &mapper)
        let name = survey["name"]?.string ?? node["name"]?.string ?? ""
        return try SurveyImport.assemble(
            name: name, fileName: fileName, languages: texts.languages, questions: questionsByBlock.flatMap { $0 },
            presentation: presentation, touchpointIDs: touchpointIDs, report: mapper.report, format: .formbricks,
            version: node["preset"] != nil ? "template '\(node["id"]?.string ?? name)'" : nil)
    }

    /// The default language's code (what `default` texts are in) and every enabled language's code.
    private static func languages(_ survey: JSONNode) throws(SurveyImportError) -> (String, [String]) {
        var defaultCode = "en"
        var codes: [String] = []
        for item in try survey.optionalItems("languages") {
            guard let code = item["language"]?["code"]?.string ?? item["code"]?.string else {
                throw .invalidElement(path: item.path, reason: "'language.code' is missing")
            }
            if item["default"]?.bool == true { defaultCode = code }
            if item["enabled"]?.bool != false { codes.append(code) }
        }
        return (defaultCode, [defaultCode] + codes.filter { $0 != defaultCode })
    }

    private static func blocks(_ survey: JSONNode) throws(SurveyImportError) -> [Block] {
        if let blocks = survey["blocks"]?.items {
            var result: [Block] = []
            for (index, block) in blocks.enumerated() {
                result.append(
                    Block(
                        id: block["id"]?.string ?? "block-\(index + 1)", elements: try block.requiredItems("elements"),
                        logic: try block.optionalItems("logic"), fallback: block["logicFallback"]?.string,
                        name: { "block \(index + 1), element '\($0["id"]?.string ?? "?")'" }))
            }
            return result
        }
        guard let questions = survey["questions"]?.items else {
            throw .invalidElement(path: survey.describedPath, reason: "neither 'blocks' nor 'questions' is there")
        }
        var result: [Block] = []
        for (index, question) in questions.enumerated() {
            result.append(
                Block(
                    id: question["id"]?.string ?? "question-\(index + 1)", elements: [question],
                    logic: try question.optionalItems("logic"), fallback: question["logicFallback"]?.string,
                    name: { "question \(index + 1) '\($0["id"]?.string ?? "?")'" }))
        }
        return result
    }
}
