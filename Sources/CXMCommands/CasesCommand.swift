import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm cases escalate`: run the escalation sweep now (the server runs it every minute).
struct CasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "Work with the cases that close the loop with customers.",
        subcommands: [Escalate.self])

    struct Escalate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Warn, escalate and move up every open case whose target is near or past, as the server does each minute.",
            discussion: """
                Each case is acted on once per step, so running this beside a server does no harm. --at runs the sweep as \
                of another time (an ISO 8601 time such as 2026-12-01T09:00:00Z), to see what a day off would do.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Sweep as of this ISO 8601 time instead of now.")
        var at: String?

        func validate() throws {
            if let at, ISO8601DateFormatter().date(from: at) == nil {
                throw ValidationError("--at: '\(at)' is not an ISO 8601 time; write it as 2026-12-01T09:00:00Z")
            }
        }

        func run() async throws {
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            do {
                let now = at.flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
                let start = ContinuousClock.now
                let alerts = try await opened.escalateCases(now: now)
                let counts = Dictionary(grouping: alerts, by: \.kind).mapValues(\.count)
                print(
                    "announced \(counts[.opened] ?? 0), warned \(counts[.dueSoon] ?? 0), escalated to team leads "
                        + "\(counts[.breached] ?? 0), moved up \(counts[.movedUp] ?? 0) in \(ContinuousClock.now - start)")
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
        }
    }
}
