import ArgumentParser
import CXMStore
import Foundation

/// `cxm rollups rebuild`: recompute every rollup from the raw responses.
struct RollupsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollups",
        abstract: "Maintain the rollups dashboards read (kept current as responses arrive).",
        subcommands: [Rebuild.self])

    struct Rebuild: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every rollup from the raw responses, in the workspace's current time zone.",
            discussion: """
                Changing the workspace time zone rebuilds them already; run this after restoring raw tables, or to \
                check them. Dashboards keep answering from the old rollups while it runs; writes wait for it (on SQLite at most \
                10 s): run it while the server is stopped or quiet.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "How many connections aggregate months side by side (default: one per core, at least 2).")
        var workers: Int?

        func validate() throws {
            if let workers, workers < 1 { throw ValidationError("--workers must be at least 1, got \(workers)") }
        }

        func run() async throws {
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            do {
                let start = ContinuousClock.now
                let report = try await opened.rebuildRollups(workers: workers)
                print(
                    "rebuilt \(report.rows) rollup rows from \(report.responses) responses (days in \(report.timeZone)) "
                        + "and \(report.segmentRows) rows of \(report.segments) segments in \(ContinuousClock.now - start)"
                )
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
        }
    }
}
