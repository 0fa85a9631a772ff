import Foundation

/// A "what changed" result as aligned plain text for the terminal, with the same figures and flags the page shows.
public struct ChangeTable: Sendable {
    public let text: String

    /// Renders the result.
    public init(_ result: ChangeResult) {
        let query = result.query
        let digits = query.metric == .ces || query.metric == .rating ? 2 : 1
        let fixed = { (value: Double) in String(format: "%.\(digits)f", value) }
        let signed = { (value: Double) in (value > 0 ? "+" : "") + fixed(value) }
        let name = query.metric.rawValue.uppercased() + (query.question.map { " (\($0))" } ?? "")
        var lines: [String] = []
        guard let total = result.total else {
            let side = result.periodWithoutAnswers == .before ? "earlier" : "later"
            let (from, to) =
                result.periodWithoutAnswers == .before ? (query.baseFrom, query.baseTo) : (query.from, query.to)
            self.text =
                "\(name): nobody answered in the \(side) period (\(from.iso) to \(to.iso)), so there is no change to explain."
            return
        }
        var headline =
            "\(name) went from \(fixed(total.before)) (n = \(total.answersBefore), \(query.baseFrom.iso) to \(query.baseTo.iso)) "
            + "to \(fixed(total.after)) (n = \(total.answersAfter), \(query.from.iso) to \(query.to.iso)): \(signed(total.change))"
        if let interval = total.interval { headline += ", 95 % CI \(signed(interval.low)) to \(signed(interval.high))" }
        lines.append(headline)
        if let test = total.test {
            lines.append(
                test.pValue < 0.05
                    ? "A real change (p = \(String(format: "%.4f", test.pValue)))."
                    : "Could be chance (p = \(String(format: "%.4f", test.pValue))): do not read the parts below as causes.")
        } else {
            lines.append("Too few answers to test the change.")
        }
        for decomposition in result.decompositions {
            let largest = Set(decomposition.largestContributors().map(\.id))
            lines.append("")
            lines.append(
                "By \(decomposition.dimension): performance \(signed(decomposition.performance)), mix \(signed(decomposition.mix))"
            )
            var rows = [["", "segment", "answers", "value", "performance", "mix", "contribution", "p (Holm)"]]
            for segment in decomposition.segments.sorted(by: { abs($0.contribution) > abs($1.contribution) }) {
                let p =
                    segment.tooFew
                    ? "too few"
                    : (segment.adjustedPValue.map { String(format: "%.3f", $0) } ?? "–") + (segment.significant ? " *" : "")
                rows.append([
                    largest.contains(segment.id) ? ">" : "",
                    segment.id == ChangeEngine.pooledID ? "(small segments pooled)" : segment.label,
                    "\(segment.answersBefore) → \(segment.answersAfter)",
                    "\(segment.valueBefore.map(fixed) ?? "–") → \(segment.valueAfter.map(fixed) ?? "–")",
                    signed(segment.performance), signed(segment.mix), signed(segment.contribution), p,
                ])
            }
            lines.append(Self.aligned(rows))
        }
        lines.append("")
        lines.append(
            "> the largest contributors (80 % of the movement); * a significant change in the segment after Holm's correction.")
        self.text = lines.joined(separator: "\n")
    }

    /// Pads each column to its widest cell.
    static func aligned(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
