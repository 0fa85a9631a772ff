import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm alerts check` and `cxm alerts list`: the trend and alert engine on the command line.
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Find real changes in every touchpoint, unit and theme series, and list the alerts raised.",
        subcommands: [Check.self, List.self])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every series now, as the server does on its schedule, and record the alerts.",
            discussion: """
                Reads weekly tallies of the last 104 complete weeks from the rollups (NPS, CSAT, CES and ratings per \
                touchpoint × unit and per touchpoint) and the weekly share of open-text answers mentioning each theme \
                negatively; watches each with a Shewhart chart that respects the week's n, an EWMA and a CUSUM; and \
                keeps only the changes that survive false-discovery control across all series. New alerts are \
                recorded (notifications go out from the server); alerts whose series no longer signal are resolved.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "The false-discovery rate across all series (default 0.05).")
        var fdr: Double = 0.05

        @Flag(help: "Only print what would be raised; record nothing.")
        var dryRun = false

        @Flag(help: "Print how long reading the series and checking them took to standard error.")
        var timing = false

        @Option(help: "table or json.")
        var format: Format = .table

        func run() async throws {
            guard fdr > 0, fdr <= 1 else { throw ValidationError("--fdr: must lie in (0, 1], such as 0.05") }
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            do {
                let zone = TimeZone(identifier: try await opened.workspaceSettings().timeZone) ?? .gmt
                let periods = AlertEngine.weeks(endingBefore: LocalDay(Date(), in: zone))
                let started = ContinuousClock.now
                let series = try await opened.alertSeries(periods: periods)
                let read = ContinuousClock.now
                let check = AlertEngine(falseDiscoveryRate: fdr).check(series, periods: periods)
                let checked = ContinuousClock.now
                if timing {
                    FileHandle.standardError.write(
                        Data(
                            "read \(series.count) series: \(Self.seconds(read - started)) s; checked: \(Self.seconds(checked - read)) s\n"
                                .utf8))
                }
                var outcome: AlertCheckOutcome?
                if !dryRun { outcome = try await opened.recordAlertCheck(check, at: Date()) }
                let names = AlertNames(
                    context: try await opened.metricContext(visibleUnits: nil), taxonomy: try await opened.taxonomy().taxonomy)
                print(format == .json ? try Self.json(check) : Self.table(check, outcome: outcome, names: names))
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
        }

        static func seconds(_ duration: Duration) -> String {
            String(
                format: "%.3f", Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18)
        }

        static func json(_ check: AlertCheck) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(check), as: UTF8.self)
        }

        static func table(_ check: AlertCheck, outcome: AlertCheckOutcome?, names: AlertNames) -> String {
            var lines = [
                "Checked \(check.series) series (\(check.assessed) with enough answers to assess) over "
                    + "\(check.periods.first?.label ?? "–") to \(check.periods.last?.label ?? "–"); "
                    + "false-discovery rate \(check.falseDiscoveryRate)."
            ]
            if check.findings.isEmpty { lines.append("No real change.") }
            for finding in check.findings {
                lines.append(
                    AlertSummary.summary(finding.key, assessment: finding.assessment, periods: check.periods, names: names)
                        + String(format: " q = %.4f", finding.qValue))
            }
            if let outcome {
                lines.append(
                    "Recorded: \(outcome.raised.count) raised, \(outcome.updated) updated, \(outcome.resolved) resolved.")
            }
            return lines.joined(separator: "\n")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the alerts raised, newest first.")

        @OptionGroup var store: StoreOptions

        @Option(help: "Only these statuses, separated by commas: open, acknowledged, muted, resolved.")
        var status: String?

        @Option(help: "At most this many, newest first (default 200).")
        var limit = 200

        func validate() throws {
            guard (1...100_000).contains(limit) else { throw ValidationError("--limit: must lie between 1 and 100000") }
        }

        func run() async throws {
            var statuses: Set<Alert.Status> = []
            for text in (status ?? "").split(separator: ",") {
                guard let parsed = Alert.Status(rawValue: String(text)) else {
                    throw ValidationError("--status: '\(text)' is not one of open, acknowledged, muted, resolved")
                }
                statuses.insert(parsed)
            }
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            do {
                let names = AlertNames(
                    context: try await opened.metricContext(visibleUnits: nil), taxonomy: try await opened.taxonomy().taxonomy)
                for alert in try await opened.alerts(statuses: statuses, visibleUnits: nil, limit: limit) {
                    print(
                        "\(alert.id)  \(alert.status.rawValue)  "
                            + AlertSummary.summary(
                                alert.key, assessment: alert.snapshot.assessment, periods: alert.snapshot.periods, names: names))
                }
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
        }
    }
}
