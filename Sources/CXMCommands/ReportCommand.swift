import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm report`: any metric by any grouping in the terminal, as the API and dashboards compute it.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a metric (NPS, CSAT, CES, NKI, rating) with n, interval and significance.",
        discussion: """
            Examples:
              cxm report --metric nps --by touchpoint,week --from 2026-01-01 --to 2026-03-31
              cxm report --metric ces --by unit --compare rest --filter journey=j-support --format csv
            Filters: journey, stage, touchpoint, unit (with its subtree), channel, language, survey, segment;
            several values are separated by commas.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "nps, csat, ces, nki or rating.")
    var metric: String

    @Option(help: "The rating question's key (required for --metric rating).")
    var question: String?

    @Option(
        help:
            "Groupings separated by commas: day, week, month, quarter, year, journey, stage, touchpoint, unit, channel, language, segment, survey, question."
    )
    var by: String?

    @Option(help: "First day, YYYY-MM-DD. Default: 90 days before --to.")
    var from: String?

    @Option(help: "Last day, YYYY-MM-DD. Default: today in the workspace time zone.")
    var to: String?

    @Option(name: .customLong("filter"), help: "A filter such as unit=unit-se or touchpoint=tp-1,tp-2 (repeatable).")
    var filters: [String] = []

    @Option(help: "none, previous, year or rest.")
    var compare: String?

    @Option(help: "holm, bh or none. Default: holm.")
    var correction: String?

    @Option(help: "rollups (default) or raw: read raw rows instead of rollups (same numbers; slower).")
    var source: String?

    @Option(help: "For --metric nki: equal (default) or estimated (PLS weights fitted against the recommendation score).")
    var weights: String?

    @Option(help: "table, csv or json.")
    var format: Format = .table

    func run() async throws {
        var parameters: [String: String] = ["metric": metric]
        let options: [(String, String?)] = [
            ("question", question), ("by", by), ("from", from), ("to", to), ("compare", compare),
            ("correction", correction), ("source", source), ("weights", weights),
        ]
        for case (let name, let value?) in options { parameters[name] = value }
        for filter in filters {
            let parts = filter.split(separator: "=", maxSplits: 1).map(String.init)
            let names = ["journey", "stage", "touchpoint", "unit", "channel", "language", "survey", "segment"]
            guard parts.count == 2, names.contains(parts[0]) else {
                throw ValidationError("--filter: '\(filter)' is not NAME=VALUE with NAME one of \(names.joined(separator: ", "))")
            }
            parameters[parts[0]] = parts[1]
        }
        let configuration = try store.configuration()
        let opened = try await openStore(configuration, logger: store.logger(configuration))
        do {
            let zone = TimeZone(identifier: try await opened.workspaceSettings().timeZone) ?? .gmt
            let query = try MetricQuery.parse(parameters, today: LocalDay(Date(), in: zone))
            let context = try await opened.metricContext(visibleUnits: nil)
            let result = try await MetricEngine(context: context).evaluate(query, source: opened)
            print(try Self.render(result, as: format))
        } catch let failure as ValidationFailure {
            await opened.database.shutdown()
            throw ValidationError(failure.errors.map { "--\($0.field): \($0.message)" }.joined(separator: "\n"))
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
    }

    static func render(_ result: MetricResult, as format: Format) throws -> String {
        switch format {
        case .json:
            return result.jsonText()
        case .csv:
            return MetricTable(result).csv()
        case .table:
            if result.isEmpty { return "No answers from \(result.from.iso) to \(result.to.iso) for these filters." }
            if result.totalSuppressed {
                return "Fewer than \(result.options.minimumSample) answers from \(result.from.iso) to \(result.to.iso) for these "
                    + "filters: no figure is shown, so that no one's answers can be singled out."
            }
            var lines = [MetricTable(result).aligned()]
            if let weights = result.weights {
                lines.append(
                    String(
                        format: "NKI weights (%@): overall %.3f, expectations %.3f, ideal %.3f", weights.method,
                        weights.overall, weights.expectations, weights.ideal) + (weights.note.map { "; \($0)" } ?? ""))
            }
            if result.suppressedGroups > 0 {
                lines.append(
                    "\(result.suppressedGroups) group(s) with fewer than \(result.options.minimumSample) answers are not shown.")
            }
            if result.compare != .none {
                lines.append(
                    "p_adjusted: \(result.options.correction.rawValue) correction over \(result.groups.count) comparisons; "
                        + "significant at \(Int((1 - result.options.confidence) * 100 + 0.5))%.")
            }
            return lines.joined(separator: "\n")
        }
    }
}
