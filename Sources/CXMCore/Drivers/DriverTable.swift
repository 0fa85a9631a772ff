import Foundation

/// A driver result as aligned plain text for the terminal, with the same figures and flags the pages show.
public struct DriverTable: Sendable {
    public let text: String

    /// Renders the result.
    public init(_ result: DriverResult) {
        let report = result.report
        var lines: [String] = []
        let level = result.level == .customer ? "customers" : "responses"
        lines.append("Drivers of \(result.outcomeLabel) (\(result.outcome)), \(level), \(result.from.iso) to \(result.to.iso)")
        var sample = "n = \(report.n) \(level) with an answer; missing answers \(report.missing.rawValue)"
        if let smallest = report.smallestPairN { sample += " (smallest pair n = \(smallest))" }
        lines.append(sample)
        if let problem = report.problem {
            lines.append("Cannot estimate: " + Self.describe(problem))
        } else if let rSquared = report.rSquared {
            lines.append(
                "R² = \(Self.fixed(rSquared, 3))" + (report.rSquaredInterval.map { " [\(Self.range($0, 3))]" } ?? ""))
            lines.append("")
            lines.append(Self.driverRows(report))
            lines.append("")
            lines.append(
                report.replicates > 0
                    ? "Intervals: \(report.replicates) bootstrap replicates of \(report.replicateRows) rows, "
                        + "\(Int((report.confidence * 100).rounded())) %. A driver is ranked only when it outweighs a random variable."
                    : "No bootstrap: no intervals, and no driver can be called significant.")
            if !report.shapleyComputed { lines.append("Shapley values: not computed (more than 15 drivers or switched off).") }
        }
        for excluded in report.excluded {
            lines.append("Left out: \(excluded.driver.label) [\(excluded.driver.id)]: " + Self.describe(excluded))
        }
        if let matrix = result.matrix { lines.append(""); lines.append(Self.matrixRows(matrix, from: result.performanceFrom)) }
        text = lines.joined(separator: "\n")
    }

    private static func driverRows(_ report: DriverReport) -> String {
        var rows = [["rank", "driver", "id", "n", "r", "relative weight", "share", "shapley", "significant"]]
        for driver in report.drivers {
            rows.append([
                driver.rank.map(String.init) ?? "–", driver.driver.label, driver.driver.id, String(driver.pairN),
                fixed(driver.correlation, 2),
                fixed(driver.relativeWeight, 3) + (driver.relativeWeightInterval.map { " [\(range($0, 3))]" } ?? ""),
                fixed(driver.share, 1) + " %",
                driver.shapley.map { fixed($0, 3) + (driver.shapleyInterval.map { " [\(range($0, 3))]" } ?? "") } ?? "–",
                driver.significant ? "yes" : "no",
            ])
        }
        return aligned(rows)
    }

    private static func matrixRows(_ matrix: ImportanceMatrix, from: LocalDay?) -> String {
        var rows = [["touchpoint", "importance", "performance", "n", "quadrant", "desired feeling", "comments +/−"]]
        for point in matrix.points {
            rows.append([
                point.name,
                point.importance.map { fixed($0, 1) + " %" + (point.significant ? "" : " (not significant)") }
                    ?? point.excludedReason.map { "not estimated (\($0.rawValue))" } ?? "–",
                point.performance.map { fixed($0, 1) + (point.lowSample ? " (small sample)" : "") } ?? "–",
                String(point.n), point.quadrant?.rawValue ?? "–", point.desiredFeeling,
                point.texts > 0 ? "\(point.positive)/\(point.negative) of \(point.texts)" : "–",
            ])
        }
        var header = "Importance–performance matrix"
        if let from { header += " (performance since \(from.iso), 0–100)" }
        return header + "\n" + aligned(rows)
    }

    static func describe(_ problem: DriverProblem) -> String {
        switch problem.reason {
        case .noDrivers: "no driver is left once those without variance, answers or independence are set aside."
        case .tooFewResponses:
            "too few responses: \(problem.n) where the model needs \(problem.needed ?? 0); widen the period or the scope."
        case .outcomeWithoutVariance: "every answer to the outcome is the same, so nothing can explain it."
        case .inconsistentPairwise:
            "the pairwise correlations contradict each other (different rows behind each pair); use missing=listwise."
        }
    }

    static func describe(_ excluded: ExcludedDriver) -> String {
        switch excluded.reason {
        case .noVariance: "every answer is the same."
        case .tooFewAnswers: "too few answers with the outcome: \(excluded.pairN) of the \(excluded.needed ?? 0) needed."
        case .collinear: "it duplicates \(excluded.collinearWith.joined(separator: ", ")) (perfectly collinear)."
        }
    }

    private static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
    private static func range(_ interval: Interval, _ digits: Int) -> String {
        "\(fixed(interval.low, digits)), \(fixed(interval.high, digits))"
    }

    private static func aligned(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
