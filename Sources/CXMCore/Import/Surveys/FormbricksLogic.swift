/// Works out from Formbricks' jump logic ("after block 1, if the rating is at most 3, jump to
/// block 3") when each block is reached, so that a block reached only for some answers of one
/// earlier question gets the cxm display condition that says so.
///
/// Paths are followed with the set of answers still possible on them: a box maps element ids to
/// the values allowed so far (absent: any). Conditions cxm cannot look at (text contents, hidden
/// fields, variables) let both ways through, which can only make a block look reachable more often.
struct FormbricksLogic: Sendable {
    /// An element a condition can look at, with every value its answer can take, in order:
    /// scores or choice ids, plus `skipped` when it is optional; `submitted`/`skipped` for the rest.
    struct Variable: Sendable {
        var domain: [String]
        var isScale: Bool
        var isChoice: Bool
        /// Choice labels that older logic used instead of ids.
        var aliases: [String: String] = [:]
    }

    /// A condition tree as Formbricks writes it.
    indirect enum Condition: Sendable {
        case single(element: String?, operator: String, value: JSONValue?)
        case group(all: Bool, [Condition])
    }

    /// One logic item: if the condition holds, jump to the target (a block, an ending, or nothing).
    struct Rule: Sendable {
        var condition: Condition
        var jump: String?
    }

    /// A block's logic, in the order Formbricks evaluates it.
    struct Block: Sendable {
        var rules: [Rule]
        var fallback: String?
    }

    typealias Box = [String: Set<String>]

    /// When a block is shown.
    enum Reach: Sendable, Equatable {
        case unreachable
        case always
        case condition(element: String, values: [String], exact: Bool)
        case unexpressible(elements: [String])
    }

    let variables: [String: Variable]
    /// Block ids by their index, to resolve jump targets.
    let blockIndex: [String: Int]
    private static let maxBoxes = 64

    /// When each block is reached, and whether any condition on the way could not be followed.
    func reach(_ blocks: [Block], expressible: Set<String>) -> (reach: [Reach], followedAll: Bool) {
        var incoming: [[Box]] = Array(repeating: [], count: blocks.count)
        var followedAll = true
        if !blocks.isEmpty { incoming[0] = [[:]] }
        var result: [Reach] = []
        for (index, block) in blocks.enumerated() {
            let boxes = simplify(incoming[index], followedAll: &followedAll)
            result.append(derive(boxes, expressible: expressible))
            var remaining = boxes
            for rule in block.rules {
                let (yes, no) = split(remaining, rule.condition, followedAll: &followedAll)
                guard let jump = rule.jump else { continue }
                if let target = blockIndex[jump] {
                    // Formbricks only jumps forward; a jump back would loop, so it is not followed.
                    if target > index { incoming[target] += yes } else { followedAll = false }
                }
                remaining = no
            }
            let next = block.fallback.flatMap { blockIndex[$0] } ?? (block.fallback == nil ? index + 1 : nil)
            if let next, next > index, next < blocks.count { incoming[next] += remaining }
        }
        return (result, followedAll)
    }

    private func split(_ boxes: [Box], _ condition: Condition, followedAll: inout Bool) -> (yes: [Box], no: [Box]) {
        switch condition {
        case .group(let all, let parts):
            guard !parts.isEmpty else { return (boxes, []) }
            var yes: [Box] = all ? boxes : []
            var no: [Box] = all ? [] : boxes
            for part in parts {
                let (partYes, partNo) = split(all ? yes : no, part, followedAll: &followedAll)
                if all { (yes, no) = (partYes, no + partNo) } else { (yes, no) = (yes + partYes, partNo) }
            }
            return (yes, no)
        case .single(let element, let op, let value):
            guard let element, let variable = variables[element], let accepted = accepted(op, value, variable) else {
                followedAll = false
                return (boxes, boxes)
            }
            let domain = Set(variable.domain)
            var yes: [Box] = []
            var no: [Box] = []
            for box in boxes {
                let current = box[element] ?? domain
                for (part, list) in [(current.intersection(accepted), 0), (current.subtracting(accepted), 1)] where !part.isEmpty
                {
                    var narrowed = box
                    narrowed[element] = part == domain ? nil : part
                    if list == 0 { yes.append(narrowed) } else { no.append(narrowed) }
                }
            }
            return (yes, no)
        }
    }

    /// The values of an element for which a single condition holds; nil when it cannot be told.
    private func accepted(_ op: String, _ value: JSONValue?, _ variable: Variable) -> Set<String>? {
        let domain = Set(variable.domain)
        let answered = domain.subtracting(["skipped"])
        switch op {
        case "isSubmitted", "isClicked", "isAccepted", "isBooked", "isCompletelySubmitted", "isSet", "isNotEmpty":
            return answered
        case "isSkipped", "isNotClicked", "isNotSet", "isEmpty": return domain.intersection(["skipped"])
        default: break
        }
        guard variable.isScale || variable.isChoice, let value else { return nil }
        let literals: [String]
        if case .array(let items) = value {
            literals = items.compactMap(literal)
        } else {
            literals = [literal(value)].compactMap { $0 }
        }
        let values = Set(literals.map { variable.aliases[$0] ?? $0 })
        switch op {
        case "equals", "equalsOneOf", "isAnyOf": return answered.intersection(values)
        case "doesNotEqual": return domain.subtracting(values)
        case "isLessThan", "isLessThanOrEqual", "isGreaterThan", "isGreaterThanOrEqual":
            guard variable.isScale, let bound = literals.first.flatMap({ Double($0) }) else { return nil }
            return answered.filter { score in
                guard let score = Double(score) else { return false }
                switch op {
                case "isLessThan": return score < bound
                case "isLessThanOrEqual": return score <= bound
                case "isGreaterThan": return score > bound
                default: return score >= bound
                }
            }
        default: return nil
        }
    }

    private func literal(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .object(let members): members["value"].flatMap(literal)
        default: nil
        }
    }

    /// Removes repeats and boxes inside others, and joins boxes that differ in one element only, so
    /// that "skipped or submitted" becomes "anything" again.
    private func simplify(_ boxes: [Box], followedAll: inout Bool) -> [Box] {
        var list: [Box] = []
        for box in boxes where !list.contains(box) { list.append(box) }
        if list.count > Self.maxBoxes {
            followedAll = false
            return [[:]]
        }
        var changed = true
        while changed {
            changed = false
            if list.contains([:]) { return [[:]] }
            search: for first in list.indices {
                for second in list.indices where second != first {
                    if Self.isInside(list[first], list[second]) {
                        list.remove(at: first)
                        changed = true
                        break search
                    }
                    if second > first, let joined = joined(list[first], list[second]) {
                        list[first] = joined
                        list.remove(at: second)
                        changed = true
                        break search
                    }
                }
            }
        }
        return list
    }

    /// Whether every answer set the inner box allows is allowed by the outer one.
    private static func isInside(_ inner: Box, _ outer: Box) -> Bool {
        outer.allSatisfy { element, allowed in inner[element].map { $0.isSubset(of: allowed) } ?? false }
    }

    private func joined(_ first: Box, _ second: Box) -> Box? {
        let differing = Set(first.keys).union(second.keys).filter { first[$0] != second[$0] }
        guard differing.count == 1, let element = differing.first, let variable = variables[element] else { return nil }
        let domain = Set(variable.domain)
        let union = (first[element] ?? domain).union(second[element] ?? domain)
        var result = first
        result[element] = union == domain ? nil : union
        return result
    }

    /// The one earlier element whose answers decide whether the block is shown, if there is one.
    private func derive(_ boxes: [Box], expressible: Set<String>) -> Reach {
        if boxes.isEmpty { return .unreachable }
        if boxes.contains([:]) { return .always }
        let common = boxes.dropFirst().reduce(Set(boxes[0].keys)) { $0.intersection($1.keys) }
        let candidates = common.intersection(expressible).sorted()
        func union(_ element: String) -> Set<String> { boxes.reduce(into: Set<String>()) { $0.formUnion($1[element] ?? []) } }
        guard let best = candidates.min(by: { union($0).count < union($1).count }), let variable = variables[best] else {
            return .unexpressible(elements: Set(boxes.flatMap(\.keys)).sorted())
        }
        let values = union(best)
        return .condition(
            element: best, values: variable.domain.filter { values.contains($0) }, exact: boxes.allSatisfy { $0.count == 1 })
    }
}
