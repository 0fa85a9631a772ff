/// Reads Formbricks logic items into `FormbricksLogic` rules and turns the blocks' reach into cxm
/// display conditions on the questions mapped from them.
struct FormbricksLogicImport {
    let mapper: FormbricksElementMapper
    let blockIDs: [String]
    var report: SurveyImportReport

    /// The oldest logic format's conditions, by their current names.
    private static let legacyOperators: [String: String] = [
        "submitted": "isSubmitted", "skipped": "isSkipped", "equals": "equals", "notEquals": "doesNotEqual",
        "lessThan": "isLessThan", "lessEqual": "isLessThanOrEqual", "greaterThan": "isGreaterThan",
        "greaterEqual": "isGreaterThanOrEqual", "includesOne": "equalsOneOf", "includesAll": "includesAllOf",
        "accepted": "isAccepted", "clicked": "isClicked",
    ]

    init(mapper: FormbricksElementMapper, blockIDs: [String]) {
        self.mapper = mapper
        self.blockIDs = blockIDs
        report = mapper.report
    }

    /// One block's logic items; `owner` is the element the oldest format's conditions are about.
    mutating func block(
        _ items: [JSONNode], fallback: String?, owner: JSONNode?, name: String
    )
        throws(SurveyImportError) -> FormbricksLogic.Block
    {
        var rules: [FormbricksLogic.Rule] = []
        for item in items {
            if let conditions = item["conditions"] {
                var jump: String?
                for action in try item.optionalItems("actions") {
                    let objective = try action.requiredString("objective")
                    if objective == "jumpToBlock" || objective == "jumpToQuestion" {
                        jump = jump ?? action["target"]?.string
                    } else {
                        report.add(.notMapped, name, "the logic action '\(objective)' has no counterpart in cxm")
                    }
                }
                rules.append(FormbricksLogic.Rule(condition: try condition(conditions), jump: jump))
            } else if let legacy = item["condition"]?.string {
                let op = Self.legacyOperators[legacy] ?? legacy
                rules.append(
                    FormbricksLogic.Rule(
                        condition: .single(element: owner?["id"]?.string, operator: op, value: item["value"]?.value),
                        jump: item["destination"]?.string))
            } else {
                throw .invalidElement(path: item.path, reason: "a logic item needs 'conditions' (or 'condition')")
            }
        }
        return FormbricksLogic.Block(rules: rules, fallback: fallback)
    }

    private func condition(_ node: JSONNode) throws(SurveyImportError) -> FormbricksLogic.Condition {
        if let parts = node["conditions"]?.items {
            var conditions: [FormbricksLogic.Condition] = []
            for part in parts { conditions.append(try condition(part)) }
            return .group(all: node["connector"]?.string != "or", conditions)
        }
        let op = try node.requiredString("operator")
        let left = node["leftOperand"]
        let element = ["element", "question"].contains(left?["type"]?.string ?? "") ? left?["value"]?.string : nil
        let right = node["rightOperand"]
        let value = right?["type"]?.string == "static" ? right?["value"]?.value : nil
        return .single(element: element, operator: op, value: value)
    }

    /// Gives each block's questions the condition under which Formbricks reaches the block.
    mutating func apply(to questions: inout [[Question]], names: [[String]], blocks: [FormbricksLogic.Block]) {
        let logic = FormbricksLogic(
            variables: mapper.variables,
            blockIndex: Dictionary(blockIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }))
        let expressible = Set(mapper.targets.keys.filter { mapper.variables[$0].map { $0.isScale || $0.isChoice } ?? false })
        let (reach, followedAll) = logic.reach(blocks, expressible: expressible)
        if !followedAll {
            report.add(
                .approximated, "logic",
                "some conditions (on texts, hidden fields, variables, other questions, or jumps back) cannot be followed; "
                    + "the blocks after them may be shown more often than in Formbricks")
        }
        for (index, reach) in reach.enumerated() where !questions[index].isEmpty {
            switch reach {
            case .always: continue
            case .unreachable:
                for name in names[index] {
                    report.add(.approximated, name, "no path of the Formbricks logic reaches it; cxm asks it without a condition")
                }
            case .unexpressible(let elements):
                for name in names[index] {
                    report.add(
                        .notMapped, name,
                        "Formbricks shows it only on some paths (depending on \(elements.map { "'\($0)'" }.joined(separator: ", "))); "
                            + "cxm shows it always")
                }
            case .condition(let element, let values, let exact):
                let (condition, notes) = displayCondition(element: element, values: values, exact: exact)
                for question in questions[index].indices { questions[index][question].showIf = condition }
                for name in names[index] {
                    guard let condition else {
                        report.add(.notMapped, name, "its Formbricks condition on '\(element)': \(notes.joined(separator: "; "))")
                        continue
                    }
                    let detail =
                        (["shown only when \(ImportConditionText.describe(condition)) (from the Formbricks logic)"] + notes)
                    report.add(notes.isEmpty ? .mapped : .approximated, name, detail.joined(separator: "; "))
                }
            }
        }
    }

    private func displayCondition(element: String, values: [String], exact: Bool) -> (DisplayCondition?, [String]) {
        guard let target = mapper.targets[element], let variable = mapper.variables[element] else {
            return (nil, ["unknown element"])
        }
        var notes: [String] = exact ? [] : ["other conditions on the way there are left out"]
        let answered = values.filter { $0 != "skipped" }
        if answered.count < values.count {
            notes.append("Formbricks also shows it when '\(target.key)' is skipped; cxm only after an answer")
        }
        guard !answered.isEmpty else { return (nil, ["Formbricks shows it only when '\(target.key)' is skipped"]) }
        if variable.isChoice {
            return (DisplayCondition(question: target.key, anyOf: answered.compactMap { target.optionKeys[$0] }), notes)
        }
        let scores = answered.compactMap { Int($0) }
        let source = (variable.domain.compactMap { Int($0) }.min() ?? 0)...(variable.domain.compactMap { Int($0) }.max() ?? 0)
        if let sourceScale = target.sourceScale {
            notes.append("the scores are those of Formbricks' \(sourceScale.lowerBound)–\(sourceScale.upperBound) scale")
        }
        let scale = mapper.scales[target.key] ?? source
        if let condition = ImportConditionText.scaleCondition(question: target.key, scores: scores, on: scale) {
            return (condition, notes)
        }
        notes.append("the scores \(scores.map(String.init).joined(separator: ", ")) are not one range; cxm takes all between")
        let bounding = ImportConditionText.scaleCondition(
            question: target.key, scores: Array((scores.min() ?? 0)...(scores.max() ?? 0)), on: scale)
        return (bounding, notes)
    }
}
