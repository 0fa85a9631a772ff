import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm drivers`: key-driver analysis in the terminal, as the API and the driver pages compute it.
struct DriversCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drivers",
        abstract: "What drives an outcome (NPS, CSAT, NKI…): relative weights and Shapley values with intervals.",
        discussion: """
            Examples:
              cxm drivers --outcome nps --touchpoint tp-support-phone
              cxm drivers --outcome nps --level customer --journey j-support --format json
              cxm drivers --csv answers.csv --outcome y
            Response level: the drivers are the other questions of the same survey (scales, each choice option \
            against the most common one), the themes its open text mentions negatively, and what the company's \
            other systems knew of a known customer before the answer (a support ticket or an incident in the 30 \
            days before, a digital funnel left unfinished). Customer level: the \
            drivers are each known customer's experience at the touchpoints (0–100), the outcome their answer \
            in the relationship survey; with --journey it also prints the importance–performance matrix.
            With --csv the outcome and drivers are the columns of a table (empty cell = no answer).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "The outcome: a question key such as nps, csat or ces, nki for the NKI index, or a --csv column.")
    var outcome: String

    @Option(help: "response (default) or customer.")
    var level: String?

    @Option(help: "First day, YYYY-MM-DD. Default: 364 days before --to.")
    var from: String?

    @Option(help: "Last day, YYYY-MM-DD. Default: today in the workspace time zone.")
    var to: String?

    @Option(help: "A journey id: its touchpoints.")
    var journey: String?

    @Option(help: "Touchpoint ids separated by commas.")
    var touchpoint: String?

    @Option(help: "Unit ids separated by commas (each with its sub-units).")
    var unit: String?

    @Option(help: "Channel ids separated by commas.")
    var channel: String?

    @Option(help: "Survey ids separated by commas.")
    var survey: String?

    @Option(help: "Only these driver ids, separated by commas (as listed by a first run).")
    var drivers: String?

    @Option(name: .customLong("outcome-survey"), help: "Customer level: the survey whose answers are the outcome.")
    var outcomeSurvey: String?

    @Option(help: "pairwise (default) or listwise handling of missing answers.")
    var missing: String?

    @Option(help: "Bootstrap replicates, 0–1000 (default 200; 0 skips intervals and significance).")
    var replicates: String?

    @Option(help: "The bootstrap's seed (the same seed gives the same intervals).")
    var seed: String?

    @Option(help: "Analyse the numeric columns of this CSV file instead of the store.")
    var csv: String?

    @Flag(help: "Print how long the analysis itself took to standard error.")
    var timing = false

    @Option(help: "table or json.")
    var format: Format = .table

    func run() async throws {
        var parameters: [String: String] = ["outcome": outcome]
        let options: [(String, String?)] = [
            ("level", level), ("from", from), ("to", to), ("journey", journey), ("touchpoint", touchpoint), ("unit", unit),
            ("channel", channel), ("survey", survey), ("drivers", drivers), ("outcomeSurvey", outcomeSurvey),
            ("missing", missing), ("replicates", replicates), ("seed", seed),
        ]
        for case (let name, let value?) in options { parameters[name] = value }
        if let csv {
            try runOnFile(csv, parameters: parameters)
            return
        }
        let configuration = try store.configuration()
        let opened = try await openStore(configuration, logger: store.logger(configuration))
        do {
            let zone = TimeZone(identifier: try await opened.workspaceSettings().timeZone) ?? .gmt
            let query = try DriverQuery.parse(parameters, today: LocalDay(Date(), in: zone))
            let engine = DriverEngine(
                context: try await opened.metricContext(visibleUnits: nil), taxonomy: try await opened.taxonomy().taxonomy)
            let started = ContinuousClock.now
            let result = try await engine.evaluate(query, source: opened)
            if timing { Self.printTiming(ContinuousClock.now - started, rows: result.report.n) }
            print(format == .json ? try Self.json(result) : DriverTable(result).text)
        } catch let failure as ValidationFailure {
            await opened.database.shutdown()
            throw ValidationError(failure.errors.map { "--\($0.field): \($0.message)" }.joined(separator: "\n"))
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
    }

    /// Analyses a CSV file's columns without a store.
    private func runOnFile(_ path: String, parameters: [String: String]) throws {
        let query: DriverQuery
        let data: DriverData
        do {
            query = try DriverQuery.parse(parameters, today: LocalDay(Date(), in: .gmt))
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw ValidationError("--csv: cannot read '\(path)'")
            }
            data = try DriverData.csv(Array(bytes), outcome: outcome, drivers: query.drivers)
        } catch let failure as ValidationFailure {
            throw ValidationError(failure.errors.map { "--\($0.field): \($0.message)" }.joined(separator: "\n"))
        }
        let started = ContinuousClock.now
        let report = DriverAnalysis.analyse(data, options: query.options)
        if timing { Self.printTiming(ContinuousClock.now - started, rows: data.rows) }
        let result = DriverResult(
            outcome: outcome, outcomeLabel: outcome, level: .response, from: query.from, to: query.to, touchpoints: [],
            outcomeSurveys: [], report: report)
        print(format == .json ? try Self.json(result) : DriverTable(result).text)
    }

    private static func printTiming(_ duration: Duration, rows: Int) {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        FileHandle.standardError.write(Data("analysis: \(String(format: "%.3f", seconds)) s for \(rows) rows\n".utf8))
    }

    static func json(_ result: DriverResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(result), as: UTF8.self)
    }
}
