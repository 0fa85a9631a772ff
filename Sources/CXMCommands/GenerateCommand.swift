import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm generate`: a large synthetic workspace for load tests and benchmarks.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Fill a database with synthetic responses for load tests (not for real workspaces).",
        discussion: """
            Responses go through the same insert path as the API (rollups included) and are spread
            evenly over the days before now. Run it on an empty database; with --append it adds
            responses to a workspace it generated before.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "How many responses.") var responses = 1_000_000
    @Option(help: "How many touchpoints.") var touchpoints = 50
    @Option(help: "How many units (a company, regions and stores).") var units = 30
    @Option(help: "How many channels.") var channels = 5
    @Option(help: "How many customers (a fifth in the saved segment 'Business plan'); 70 % of responses name one.")
    var customers = 100_000
    @Option(help: "Over how many days before now.") var days = 365
    @Option(help: "The share of detractors and promoters who leave a comment (0 to 1; 0 asks no open question).")
    var comments = 0.0
    @Option(help: "Responses per insert transaction.") var batch = 5_000
    @Option(help: "Seed of the generator.") var seed: UInt64 = 1
    @Flag(help: "Add responses to a workspace generated before.") var append = false

    func validate() throws {
        guard responses > 0, touchpoints > 0, units >= 3, channels > 0, days > 0, customers >= 0 else {
            throw ValidationError(
                "--responses, --touchpoints, --channels and --days must be positive, --units at least 3 and --customers at least 0"
            )
        }
        guard (0...1).contains(comments) else { throw ValidationError("--comments must lie between 0 and 1, such as 0.3") }
        guard (1...50_000).contains(batch) else { throw ValidationError("--batch must lie between 1 and 50000") }
    }

    func run() async throws {
        let configuration = try store.configuration()
        let opened = try await openStore(configuration, logger: store.logger(configuration))
        let data = LoadDataSet(
            seed: seed, endDate: Date(), days: days, responseCount: responses, touchpointCount: touchpoints,
            unitCount: units, channelCount: channels, customerCount: customers, commentShare: comments)
        do {
            if !append {
                guard try await opened.isEmpty() else {
                    throw ValidationError("the database already holds data; generate into an empty one or pass --append")
                }
                try await install(data, in: opened)
            } else {
                try await checkAppendable(data, to: opened)
            }
            let start = ContinuousClock.now
            var stored = 0
            var folded = 0
            for responses in data.responseBatches(size: batch) {
                stored += try await opened.insertResponses(responses).count
                // Folding as it goes keeps the queue of rollup tallies short.
                if stored - folded >= Store.bulkLoadFoldEvery { folded += try await opened.foldRollups() }
                if stored % 1_000_000 < batch { print("  \(stored) responses, \(rate(stored, since: start))/s") }
            }
            try await opened.foldRollups()
            let elapsed = ContinuousClock.now - start
            print("generated \(stored) responses in \(elapsed) (\(rate(stored, since: start)) responses/s, rollups included)")
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
    }

    /// Appending needs the survey generated before, asking the same questions: with or without the
    /// open question, as `--comments` says.
    private func checkAppendable(_ data: LoadDataSet, to store: Store) async throws {
        let stored: Survey
        do { stored = try await store.survey(data.survey.id) } catch StoreError.notFound {
            throw ValidationError("--append needs a workspace made by cxm generate; this one has no survey '\(data.survey.id)'")
        }
        let asked = Set(stored.questions.map(\.key))
        let generated = Set(data.survey.questions.map(\.key))
        guard asked == generated else {
            let hint =
                generated.isSuperset(of: asked)
                ? "it was generated without comments: pass --comments 0"
                : asked.isSuperset(of: generated)
                    ? "it was generated with comments: pass --comments with a share above 0, such as 0.3"
                    : "append to a workspace made by the same version of cxm generate"
            throw ValidationError("--append: the workspace's survey asks other questions than these responses answer; \(hint)")
        }
    }

    private func install(_ data: LoadDataSet, in store: Store) async throws {
        let actor = AuditActor.commandLine
        for unit in data.units { try await store.createUnit(unit, by: actor) }
        for channel in data.channels { try await store.saveChannel(channel, by: actor) }
        for journey in data.journeys { try await store.createJourney(journey, by: actor) }
        for stage in data.stages { try await store.saveStage(stage, by: actor) }
        for touchpoint in data.touchpoints { try await store.saveTouchpoint(touchpoint, by: actor) }
        try await store.saveSurvey(data.survey, by: actor)
        if data.customerCount > 0 {
            // The segment first: customers join it as they are stored.
            try await store.saveSegment(data.segment, by: actor)
            for customers in data.customerBatches(size: 5_000) { try await store.insertCustomers(customers) }
        }
    }

    private func rate(_ count: Int, since start: ContinuousClock.Instant) -> Int {
        let seconds = (ContinuousClock.now - start) / .milliseconds(1) / 1000
        return seconds > 0 ? Int(Double(count) / seconds) : 0
    }
}
