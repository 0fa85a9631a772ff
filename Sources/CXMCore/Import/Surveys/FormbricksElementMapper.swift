/// Maps Formbricks elements (questions) to cxm questions, and remembers for the logic what answers
/// each element can have and which cxm question and options they became.
struct FormbricksElementMapper {
    /// What the logic needs to know about a mapped element.
    struct Target: Sendable {
        var key: String
        /// Choice ids to cxm option keys.
        var optionKeys: [String: String] = [:]
        /// The scale the source asks on, when it differs from the cxm question's.
        var sourceScale: ClosedRange<Int>?
    }

    let texts: ImportTexts
    /// The language code Formbricks' `default` texts are in.
    let defaultCode: String
    var keys = QuestionKeys()
    var report = SurveyImportReport()
    var variables: [String: FormbricksLogic.Variable] = [:]
    var targets: [String: Target] = [:]
    /// The cxm scale of each scale question, by key, for conditions on it.
    var scales: [String: ClosedRange<Int>] = [:]

    static let unmappedTypes: [String: String] = [
        "cta": "a call to action shows a message and a button; cxm has no text-only items",
        "consent": "a consent checkbox: cxm asks for consent outside the questions",
        "fileUpload": "file upload: cxm surveys do not take files",
        "cal": "a Cal.com booking: cxm has no scheduling question",
        "address": "an address form: cxm has no address question",
        "contactInfo": "a contact form: cxm keeps contact details on the customer, not in answers",
        "ranking": "ranking: cxm has no ranking question",
        "date": "date: cxm has no date question",
        "pictureSelection": "picture choice: cxm options are texts",
        "hiddenFields": "hidden fields are not questions",
    ]

    init(texts: ImportTexts, defaultCode: String) {
        self.texts = texts
        self.defaultCode = defaultCode
    }

    /// The cxm questions for one element: none, one, or one per row of a matrix.
    mutating func map(_ element: JSONNode, name: String) throws(SurveyImportError) -> [Question] {
        let type = try element.requiredString("type")
        let id = try element.requiredString("id")
        let required = element["required"]?.bool ?? false
        let optional = required ? [] : ["skipped"]
        switch type {
        case "openText":
            var notes: [String] = []
            if let input = element["inputType"]?.string, input != "text" {
                notes.append("cxm does not check the '\(input)' format of the answer")
            }
            variables[id] = .init(domain: ["submitted"] + optional, isScale: false, isChoice: false)
            return [question(element, id: id, name: name, type: .openText, required: required, notes: notes)]
        case "multipleChoiceSingle", "multipleChoiceMulti":
            return try choice(element, id: id, name: name, multiple: type == "multipleChoiceMulti", required: required)
        case "nps": return scale(element, id: id, name: name, type: .nps, source: 0...10, required: required)
        case "rating", "csat", "ces":
            // Formbricks offers 3 to 10 points; anything else is kept within what a cxm rating allows.
            let range = min(max(element["range"]?.int ?? 5, 2), 100)
            let cxmType: QuestionType = type == "csat" ? .csat : type == "ces" ? .ces : .rating
            var notes: [String] = []
            if let style = element["scale"]?.string, style != "number" {
                notes.append("the \(style) scale is shown as numbers")
            }
            return scale(element, id: id, name: name, type: cxmType, source: 1...max(range, 2), required: required, notes: notes)
        case "matrix": return matrix(element, id: id, name: name, required: required)
        default:
            variables[id] = .init(domain: ["submitted"] + optional, isScale: false, isChoice: false)
            report.add(.notMapped, name, Self.unmappedTypes[type] ?? "the Formbricks element type '\(type)' is unknown to cxm")
            return []
        }
    }

    /// nps, rating, csat and ces; csat and ces keep cxm's metric scales (1–5, 1–7) even when the
    /// source asks on another, so that cxm's CSAT and CES figures include them.
    private mutating func scale(
        _ element: JSONNode, id: String, name: String, type: QuestionType, source: ClosedRange<Int>, required: Bool,
        notes: [String] = []
    ) -> [Question] {
        var notes = notes
        let cxmScale = type.fixedScale ?? source
        if cxmScale != source {
            notes.append(
                "Formbricks asks on \(source.lowerBound)–\(source.upperBound); cxm's \(type.rawValue.uppercased()) scale is "
                    + "\(cxmScale.lowerBound)–\(cxmScale.upperBound), so respondents see that")
        }
        let lowLabel = text(element["lowerLabel"], name: name, field: "lower label")
        let highLabel = text(element["upperLabel"], name: name, field: "upper label")
        if lowLabel != nil || highLabel != nil { notes.insert("end labels kept", at: 0) }
        var question = self.question(element, id: id, name: name, type: type, required: required, scale: source, notes: notes)
        question.lowLabel = lowLabel
        question.highLabel = highLabel
        variables[id] = .init(domain: source.map(String.init) + (required ? [] : ["skipped"]), isScale: true, isChoice: false)
        targets[id]?.sourceScale = cxmScale == source ? nil : source
        scales[question.key] = cxmScale
        return [question]
    }

    private mutating func choice(
        _ element: JSONNode, id: String, name: String, multiple: Bool, required: Bool
    )
        throws(SurveyImportError) -> [Question]
    {
        var options: [ChoiceOption] = []
        var optionKeys: [String: String] = [:]
        var aliases: [String: String] = [:]
        var choiceIDs: [String] = []
        var notes: [String] = []
        var used = QuestionKeys()
        for choice in try element.requiredItems("choices") {
            let choiceID = try choice.requiredString("id")
            let label = text(choice["label"], name: name, field: "option '\(choiceID)'") ?? texts.everywhere([.en: choiceID])
            let key = used.key(for: QuestionKeys.sanitized(label.text(in: texts.languages[0]), fallback: choiceID))
            options.append(ChoiceOption(key: key, label: label))
            optionKeys[choiceID] = key
            choiceIDs.append(choiceID)
            aliases[label.text(in: texts.languages[0])] = choiceID
            if choiceID == "other" { notes.append("'Other' is a plain option; the text respondents type there is not kept") }
        }
        if element["shuffleOption"]?.string.map({ $0 != "none" }) ?? false {
            notes.append("cxm shows the options in order, not shuffled")
        }
        guard options.count >= 2 else {
            report.add(.notMapped, name, "a choice needs at least two options; it has \(options.count)")
            return []
        }
        var question = self.question(
            element, id: id, name: name, type: multiple ? .multipleChoice : .singleChoice, required: required,
            options: options, notes: notes)
        question.options = options
        targets[id]?.optionKeys = optionKeys
        variables[id] =
            multiple
            ? .init(domain: ["submitted"] + (required ? [] : ["skipped"]), isScale: false, isChoice: false)
            : .init(domain: choiceIDs + (required ? [] : ["skipped"]), isScale: false, isChoice: true, aliases: aliases)
        return [question]
    }
}
