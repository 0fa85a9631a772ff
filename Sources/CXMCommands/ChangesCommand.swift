import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm changes`: "what changed" in the terminal, as the API and the page compute it.
struct ChangesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "What moved a KPI between two periods: each touchpoint's, unit's and channel's part, performance and mix.",
        discussion: """
            Examples:
              cxm changes --metric nps
              cxm changes --metric ces --touchpoint tp-app-login --from 2026-08-01 --to 2026-10-31 --by unit,channel
            Without dates the later period is the last 28 days and the earlier one the 28 days before. The parts \
            of each dimension add up to the change exactly; segments with fewer than five answers in a period \
            are pooled.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "nps (default), csat, ces or rating.")
    var metric: String?

    @Option(help: "The rating question's key, for --metric rating.")
    var question: String?

    @Option(help: "The later period's first day, YYYY-MM-DD. Default: 27 days before --to.")
    var from: String?

    @Option(help: "The later period's last day, YYYY-MM-DD. Default: today in the workspace time zone.")
    var to: String?

    @Option(name: .customLong("base-from"), help: "The earlier period's first day. Default: as long as the later one.")
    var baseFrom: String?

    @Option(name: .customLong("base-to"), help: "The earlier period's last day. Default: the day before --from.")
    var baseTo: String?

    @Option(help: "Dimensions separated by commas: touchpoint, unit, channel (default all three).")
    var by: String?

    @Option(help: "A unit id (with its sub-units).")
    var unit: String?

    @Option(help: "A journey id: its touchpoints.")
    var journey: String?

    @Option(help: "A touchpoint id.")
    var touchpoint: String?

    @Option(help: "table or json.")
    var format: Format = .table

    /// The query parameters and the options they come from, for error messages.
    private var parameters: [(name: String, option: String, value: String?)] {
        [
            ("metric", "--metric", metric), ("question", "--question", question), ("from", "--from", from),
            ("to", "--to", to), ("baseFrom", "--base-from", baseFrom), ("baseTo", "--base-to", baseTo), ("by", "--by", by),
            ("unit", "--unit", unit), ("journey", "--journey", journey), ("touchpoint", "--touchpoint", touchpoint),
        ]
    }

    func run() async throws {
        var named: [String: String] = [:]
        for case (let name, _, let value?) in parameters { named[name] = value }
        let options = Dictionary(parameters.map { ($0.name, $0.option) }) { first, _ in first }
        let configuration = try store.configuration()
        let opened = try await openStore(configuration, logger: store.logger(configuration))
        do {
            let zone = TimeZone(identifier: try await opened.workspaceSettings().timeZone) ?? .gmt
            let query = try ChangeQuery.parse(named, today: LocalDay(Date(), in: zone))
            let engine = ChangeEngine(context: try await opened.metricContext(visibleUnits: nil))
            let result = try await engine.evaluate(query, source: opened)
            if format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                print(ChangeTable(result).text)
            }
        } catch let failure as ValidationFailure {
            await opened.database.shutdown()
            throw ValidationError(
                failure.errors.map { "\(options[$0.field] ?? $0.field): \($0.message)" }.joined(separator: "\n"))
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
    }
}
