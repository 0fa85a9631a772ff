import Foundation

/// A result as rows of plain text, one per group (the total first): what `cxm report` prints as
/// an aligned table or CSV. Numbers use a dot and fixed decimals so that scripts can read them.
public struct MetricTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [[String]]

    public init(_ result: MetricResult) {
        header =
            result.groupBy.map(\.rawValue) + [
                "value", "low", "high", "margin", "n", "skipped", "low_sample", "baseline", "difference", "p",
                "p_adjusted", "significant", "direction",
            ]
        var rows: [[String]] = []
        if let total = result.total {
            rows.append(result.groupBy.map { _ in "(all)" } + Self.cells(total))
        }
        for group in result.groups { rows.append(group.key.map(\.label) + Self.cells(group)) }
        self.rows = rows
    }

    private static func cells(_ group: MetricGroup) -> [String] {
        let figure = group.figure
        let comparison = group.comparison
        return [
            number(figure.value), number(figure.interval?.low), number(figure.interval?.high), number(figure.margin),
            "\(figure.n)", "\(figure.skipped)", figure.lowSample ? "yes" : "no", number(group.baseline?.value),
            number(comparison?.difference), probability(comparison?.pValue), probability(comparison?.adjustedPValue),
            comparison.map { $0.significant ? "yes" : "no" } ?? "", comparison?.direction.rawValue ?? "",
        ]
    }

    private static func number(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? ""
    }

    private static func probability(_ value: Double?) -> String {
        value.map { $0 < 0.0001 ? "<0.0001" : String(format: "%.4f", $0) } ?? ""
    }

    /// Columns padded to line up in a terminal; numbers right-aligned.
    public func aligned() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let groupColumns = header.count - 13
        return all.map { row in
            row.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return column < groupColumns ? text + pad : pad + text
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// RFC 4180 CSV. Cells a spreadsheet would run as a formula are prefixed with an apostrophe.
    public func csv() -> String {
        ([header] + rows).map { row in row.map(Self.csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvCell(_ text: String) -> String {
        var cell = text
        if let first = cell.first, "=+-@\t\r".contains(first), Double(cell) == nil { cell = "'" + cell }
        guard cell.contains(where: { ",\"\r\n".contains($0) }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
