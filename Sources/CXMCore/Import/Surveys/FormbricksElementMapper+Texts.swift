extension FormbricksElementMapper {
    /// A question with its headline as the text and its subheader as the description.
    mutating func question(
        _ element: JSONNode, id: String, name: String, type: QuestionType, required: Bool,
        scale: ClosedRange<Int>? = nil, options: [ChoiceOption] = [], notes: [String] = []
    ) -> Question {
        let key = keys.key(for: id)
        var text = self.text(element["headline"], name: name, field: "headline")
        if text == nil {
            report.add(.approximated, name, "has no headline; its id is used as the text")
            text = texts.everywhere([.en: id])
        }
        let description = self.text(element["subheader"], name: name, field: "subheader")
        let what =
            type == .rating
            ? "rating \(scale?.lowerBound ?? 1)–\(scale?.upperBound ?? 5)"
            : options.isEmpty ? type.rawValue : "\(type.rawValue) with \(options.count) options"
        // Kept labels are news, not losses: only the other notes make the mapping approximate.
        let losses = notes.filter { $0 != "end labels kept" }
        report.add(
            losses.isEmpty ? .mapped : .approximated, name,
            ([what, QuestionKeys.note(key: key, source: id)] + notes).joined(separator: "; "))
        targets[id] = Target(key: key)
        return Question(
            key: key, type: type, text: text ?? LocalizedText([:]), required: required, options: options,
            scaleMin: type == .rating ? scale?.lowerBound : nil, scaleMax: type == .rating ? scale?.upperBound : nil,
            description: description)
    }

    /// A Formbricks text: `{"default": "…", "de": "…"}`, or a plain string in older files.
    mutating func text(_ node: JSONNode?, name: String, field: String, limit: Int = 1000) -> LocalizedText? {
        guard let node else { return nil }
        var raw: [String: String] = [:]
        if let plain = node.string {
            raw[defaultCode] = plain
        } else if case .object(let members) = node.value {
            for (code, value) in members {
                if case .string(let text) = value { raw[code == "default" ? defaultCode : code] = text }
            }
        }
        return texts.localized(raw, element: name, field: field, limit: limit, report: &report)
    }

    /// A matrix becomes one single-choice question per row, with the columns as options.
    mutating func matrix(_ element: JSONNode, id: String, name: String, required: Bool) -> [Question] {
        variables[id] = .init(domain: ["submitted", "skipped"], isScale: false, isChoice: false)
        let rows = element["rows"]?.items ?? []
        let columns = element["columns"]?.items ?? []
        var optionKeys = QuestionKeys()
        let options = columns.enumerated().compactMap { index, column -> ChoiceOption? in
            guard let label = text(column["label"] ?? column, name: name, field: "column \(index + 1)") else { return nil }
            return ChoiceOption(
                key: optionKeys.key(for: QuestionKeys.sanitized(label.text(in: texts.languages[0]))), label: label)
        }
        guard !rows.isEmpty, options.count >= 2 else {
            report.add(.notMapped, name, "a matrix needs rows and at least two columns")
            return []
        }
        let headline = text(element["headline"], name: name, field: "headline") ?? texts.everywhere([.en: id])
        var questions: [Question] = []
        for (index, row) in rows.enumerated() {
            let label =
                text(row["label"] ?? row, name: name, field: "row \(index + 1)") ?? texts.everywhere([.en: "\(index + 1)"])
            let key = keys.key(for: "\(id)_\(row["id"]?.string ?? String(index + 1))")
            let combined = LocalizedText(
                Dictionary(
                    uniqueKeysWithValues: texts.languages.map {
                        ($0, String("\(headline.text(in: $0)) – \(label.text(in: $0))".prefix(1000)))
                    }))
            questions.append(Question(key: key, type: .singleChoice, text: combined, required: required, options: options))
        }
        report.add(
            .approximated, name,
            "matrix split into \(questions.count) single_choice questions, one per row, with the \(options.count) columns as options"
        )
        return questions
    }
}
