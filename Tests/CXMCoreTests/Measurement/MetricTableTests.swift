import CXMCore
import Foundation
import Testing

@Suite("Exported tables")
struct MetricTableTests {
    static func result(labels: [String]) -> MetricResult {
        let figure = MetricFigure(value: 12.5, n: 40, skipped: 0, lowSample: false, details: MetricDetails())
        return MetricResult(
            metric: .nps, from: LocalDay(year: 2026, month: 1, day: 1), to: LocalDay(year: 2026, month: 3, day: 31),
            groupBy: [.unit], compare: .none, options: MetricOptions(),
            total: MetricGroup(key: [], figure: figure, baseline: nil, comparison: nil),
            groups: labels.enumerated().map { index, label in
                MetricGroup(
                    key: [GroupValue(grouping: .unit, id: "u\(index)", label: label)], figure: figure, baseline: nil,
                    comparison: nil)
            }, suppressedGroups: 0)
    }

    /// A label a spreadsheet would run as a formula is exported as text; commas, quotes and line
    /// breaks are quoted (RFC 4180); numbers stay numbers.
    @Test func formulaInjectionIsNeutralisedOnCSVExport() {
        let csv = MetricTable(
            Self.result(labels: [
                "=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                "\tTabbed", "Göteborg, Nordstan", "Plain store",
            ])
        ).csv()
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("unit,value,low,high"))
        #expect(lines[1].hasPrefix("(all),12.50,"))
        #expect(lines[2].hasPrefix("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",12.50"))
        #expect(lines[3].hasPrefix("'+1+cmd|' /C calc'!A0,"))
        #expect(lines[4].hasPrefix("'-2+3,"))
        #expect(lines[5].hasPrefix("'@SUM(A1:A9),"))
        #expect(lines[6].hasPrefix("'\tTabbed,"))
        #expect(lines[7].hasPrefix("\"Göteborg, Nordstan\",12.50"))
        #expect(lines[8].hasPrefix("Plain store,12.50"))
        #expect(!csv.contains("\n=") && !csv.contains(",="))
    }
}
