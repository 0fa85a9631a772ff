import ArgumentParser
import CXMStore
import Foundation

/// `cxm check`: the database's integrity and the rollups against the raw rows.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: integrity, foreign keys, and every rollup against the raw responses.",
        discussion: """
            Folds queued tallies first (as the server does), then compares every grain of the rollups, of the \
            workspace and of each saved segment, with the raw rows cell by cell. Exits with status 1 and lists \
            what differs when anything does; `cxm rollups rebuild` repairs rollups. Reads every response several \
            times: run it off-peak on large databases.
            """)

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let configuration = try store.configuration()
        let opened = try await openStore(configuration, logger: store.logger(configuration))
        let start = ContinuousClock.now
        let report: DatabaseCheckReport
        do {
            report = try await opened.checkDatabase()
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
        print(
            report.integrityChecked
                ? "integrity: \(report.integrityProblems.isEmpty ? "ok" : "\(report.integrityProblems.count) problems")"
                : "integrity: checked by the database server itself")
        for problem in report.integrityProblems { print("  \(problem)") }
        print(
            "rollups: \(report.cellsCompared) cells of \(report.responses) responses compared "
                + "(workspace and \(report.segmentsCompared) segments; \(report.folded) queued responses folded first): "
                + (report.rollupMismatchCount == 0 ? "all equal to the raw rows" : "\(report.rollupMismatchCount) differ"))
        for mismatch in report.rollupMismatches { print("  \(mismatch)") }
        print("checked in \(ContinuousClock.now - start)")
        if !report.isSound { throw ExitCode(1) }
    }
}
