import CXMCore
import CXMStore
import Foundation
import Testing

/// Rollups are kept as responses arrive; the raw-row path, a rebuild and the rollups must agree.
@Suite("Rollups")
struct RollupContractTests {
    static let endDate = Date(timeIntervalSince1970: 1_780_000_000)
    static let data = DemoDataSet(seed: 11, endDate: endDate, customerCount: 400, responseCount: 4_000)

    /// Stores a small demo company and its responses in batches, as the demo loader does.
    static func install(_ data: DemoDataSet, in store: Store) async throws {
        let actor = AuditActor.system
        try await store.saveWorkspaceSettings(data.settings, by: actor)
        let tree = UnitTree(data.units)
        var pending = tree.roots
        while !pending.isEmpty {
            let unit = pending.removeFirst()
            try await store.createUnit(unit, by: actor)
            pending += tree.children(of: unit.id)
        }
        let existing = Set(try await store.channels().map(\.id))
        for channel in data.channels where !existing.contains(channel.id) { try await store.saveChannel(channel, by: actor) }
        for journey in data.journeys { try await store.createJourney(journey, by: actor) }
        for stage in data.stages { try await store.saveStage(stage, by: actor) }
        for touchpoint in data.touchpoints { try await store.saveTouchpoint(touchpoint, by: actor) }
        for survey in data.surveys { try await store.saveSurvey(survey, by: actor) }
        for segment in data.segments { try await store.saveSegment(segment, by: actor) }
        try await store.insertCustomers(data.customers)
        for batch in data.responseBatches(size: 700) { _ = try await store.insertResponses(batch, receivedAt: endDate) }
    }

    static let requests: [TallyRequest] = {
        let nps: Set<ScoreKind> = [.nps]
        let everything = Set(ScoreKind.allCases)
        let lastMonth = LocalDay(endDate, in: TimeZone(identifier: "Europe/Stockholm")!).adding(days: -30)
        return [
            TallyRequest(kinds: nps),
            TallyRequest(kinds: everything, groupBy: [.day, .touchpoint]),
            TallyRequest(kinds: everything, groupBy: [.unit, .question]),
            TallyRequest(kinds: nps, days: lastMonth..<lastMonth.adding(days: 31), groupBy: [.day, .channel, .language]),
            TallyRequest(kinds: [.ces, .csat], unitIDs: ["unit-se-store-goteborg-nordstan"], groupBy: [.touchpoint, .survey]),
            TallyRequest(kinds: Set(ScoreKind.nkiItems + [.nkiIndex]), groupBy: [.day]),
            TallyRequest(kinds: everything, languages: ["sv", "fi"], groupBy: [.unit, .channel, .language, .touchpoint]),
        ] + weekAligned
    }()

    /// Requests cut at Mondays, which the weekly grain answers: by week, by four weeks, and without days.
    static let weekAligned: [TallyRequest] = {
        let end = LocalDay(endDate, in: TimeZone(identifier: "Europe/Stockholm")!)
        let monday = end.adding(days: -end.weekday - 7 * 20)
        let weeks = monday..<monday.adding(days: 7 * 16)
        var weekly = TallyRequest(kinds: Set(ScoreKind.allCases), days: weeks, groupBy: [.day, .touchpoint, .unit, .question])
        weekly.dayBuckets = stride(from: 0, to: 16, by: 1).map { monday.adding(days: 7 * $0) }
        var fourWeeks = TallyRequest(kinds: [.nps, .csat], days: weeks, groupBy: [.day, .touchpoint, .unit])
        fourWeeks.dayBuckets = stride(from: 0, to: 16, by: 4).map { monday.adding(days: 7 * $0) }
        let whole = TallyRequest(kinds: [.ces, .rating], days: weeks, groupBy: [.touchpoint, .unit, .survey])
        return [weekly, fourWeeks, whole]
    }()

    @Test("the week-aligned requests read the weekly grain")
    func weekAlignedRequestsReadTheWeeklyGrain() {
        #expect(Self.weekAligned.allSatisfy { $0.rollupGrain == .touchpointUnitWeek })
    }

    static func sorted(_ cells: [TallyCell]) -> [String] {
        cells.map { cell in
            let values = CellDimension.allCases.compactMap { cell[$0] }.joined(separator: "|")
            return "\(cell.day?.number ?? -1)|\(values)|\(cell.kind.rawValue)|\(cell.tally)"
        }.sorted()
    }

    @Test(arguments: TestBackend.available)
    func rollupsRawRowsAndARebuildGiveTheSameCells(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            var fromRollups: [[String]] = []
            for request in Self.requests {
                var raw = request
                raw.forceRaw = true
                let rolled = Self.sorted(try await store.tallies(request))
                #expect(!rolled.isEmpty)
                #expect(rolled == Self.sorted(try await store.tallies(raw)), "\(request)")
                fromRollups.append(rolled)
            }
            // One worker, as many as the months, and the default: the same cells.
            for workers in [1, 13, nil] {
                let report = try await store.rebuildRollups(workers: workers)
                #expect(report.responses == 4_000)
                #expect(report.timeZone == "Europe/Stockholm")
                for (request, before) in zip(Self.requests, fromRollups) {
                    #expect(
                        Self.sorted(try await store.tallies(request)) == before,
                        "\(request), workers: \(String(describing: workers))")
                }
            }
        }
    }

    /// 300 further responses of another seed, under ids and keys that cannot clash with the installed ones.
    static func moreResponses(seed: UInt64) -> [SurveyResponse] {
        let more = DemoDataSet(seed: seed, endDate: endDate, customerCount: 400, responseCount: 300)
        return more.responseBatches(size: 300).flatMap { $0 }.map { response in
            var copy = response
            copy.id = "more-" + response.id
            copy.idempotencyKey = response.idempotencyKey.map { "more-" + $0 }
            return copy
        }
    }

    /// Rollup cells and raw-row cells of every request, side by side.
    static func rolledAndRaw(_ store: Store) async throws -> (rolled: [[String]], raw: [[String]]) {
        var rolled: [[String]] = []
        var raw: [[String]] = []
        for request in requests {
            var fromRows = request
            fromRows.forceRaw = true
            rolled.append(sorted(try await store.tallies(request)))
            raw.append(sorted(try await store.tallies(fromRows)))
        }
        return (rolled, raw)
    }

    @Test(arguments: TestBackend.available)
    func storedResponsesWaitInTheQueueUntilFoldedOnce(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let backlog = try await store.rollupBacklog()
            #expect(backlog.responses == 4_000)
            #expect(backlog.oldestQueuedAt != nil)
            #expect(try await store.foldRollups() == 4_000)
            #expect(try await store.foldRollups() == 0)
            #expect(try await store.rollupBacklog().responses == 0)
            let (rolled, raw) = try await Self.rolledAndRaw(store)
            #expect(rolled == raw)
            // More responses after a fold are queued again; a read folds them before it answers.
            let renamed = Self.moreResponses(seed: 12).map { response in
                var copy = response
                copy.customerID = nil
                return copy
            }
            _ = try await store.insertResponses(renamed, receivedAt: Self.endDate)
            #expect(try await store.rollupBacklog().responses == 300)
            let after = try await Self.rolledAndRaw(store)
            #expect(after.rolled == after.raw)
            #expect(after.rolled != rolled)
            #expect(try await store.rollupBacklog().responses == 0)
        }
    }

    /// `checkDatabase` (behind `cxm check`) finds the rollups equal to the raw rows, and reports a
    /// queued tally that was lost (rollups below the raw rows) and cells counted twice (above them).
    @Test(arguments: TestBackend.available)
    func theDatabaseCheckFindsLostAndDoubledTallies(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let sound = try await store.checkDatabase()
            #expect(sound.isSound)
            #expect(sound.integrityProblems.isEmpty)
            #expect(sound.folded == 4_000)
            #expect(sound.responses == 4_000)
            #expect(sound.segmentsCompared == Self.data.segments.count)
            #expect(sound.cellsCompared > 1_000)
            // A queued batch deleted without being folded: a lost job.
            _ = try await store.insertResponses(Self.moreResponses(seed: 13), receivedAt: Self.endDate)
            try await store.database.write { sql in try await sql.raw("DELETE FROM rollup_queue").run() }
            let lost = try await store.checkDatabase()
            #expect(!lost.isSound)
            #expect(lost.rollupMismatchCount > 0)
            #expect(lost.rollupMismatches.count == min(lost.rollupMismatchCount, DatabaseCheckReport.maxListed))
            #expect(lost.rollupMismatches.first?.contains("raw rows answered") == true)
            // Rebuilt, it is sound again; then the overall grain counted twice.
            _ = try await store.rebuildRollups()
            #expect(try await store.checkDatabase().isSound)
            try await store.database.write { sql in
                try await sql.raw("UPDATE rollups SET answered = answered * 2 WHERE grain = 3 AND answered > 0").run()
            }
            let doubled = try await store.checkDatabase()
            #expect(doubled.rollupMismatchCount > 0)
            #expect(doubled.rollupMismatches.allSatisfy { $0.hasPrefix("workspace, grain overall") })
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentFoldsFoldEveryQueuedBatchExactlyOnce(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let folded = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 { group.addTask { try await store.foldRollups() } }
                return try await group.reduce(0, +)
            }
            #expect(folded == 4_000)
            let (rolled, raw) = try await Self.rolledAndRaw(store)
            #expect(rolled == raw)
        }
    }

    @Test(arguments: TestBackend.available)
    func aRebuildEmptiesTheQueueWithoutCountingTwice(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            #expect(try await store.rollupBacklog().responses == 4_000)
            _ = try await store.rebuildRollups()
            #expect(try await store.rollupBacklog().responses == 0)
            #expect(try await store.foldRollups() == 0)
            let (rolled, raw) = try await Self.rolledAndRaw(store)
            #expect(rolled == raw)
        }
    }

    @Test(arguments: TestBackend.available)
    func rollupsMatchACountInSwiftAndCountSkipsApart(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let responses = Self.data.responseBatches(size: 4_000).flatMap { $0 }
            let surveys = Dictionary(uniqueKeysWithValues: Self.data.surveys.map { ($0.id, $0) })
            var expected = ScoreTally.empty
            for response in responses {
                guard surveys[response.surveyID]?.question("nps")?.type == .nps else { continue }
                if case .score(let score) = response.answer("nps") { expected.add(score: score) } else { expected.addSkip() }
            }
            let cells = try await store.tallies(TallyRequest(kinds: [.nps]))
            #expect(cells.count == 1)
            #expect(cells.first?.tally == expected)
        }
    }

    @Test(arguments: TestBackend.available)
    func aScaleQuestionAnsweredWithoutAScoreCountsAsSkippedOnEveryPath(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            var unscored = fixture.response(nps: 0)
            unscored.answers = unscored.answers.map { answer in
                answer.question == "nps" ? Answer(question: "nps", value: .text("vet inte")) : answer
            }
            var missing = fixture.response(nps: 0)
            missing.answers.removeAll { $0.question == "nps" }
            _ = try await store.insertResponses([fixture.response(nps: 9), unscored, missing])
            var expected = ScoreTally.empty
            expected.add(score: 9)
            expected.addSkip()
            expected.addSkip()
            var raw = TallyRequest(kinds: [.nps])
            raw.forceRaw = true
            #expect(try await store.tallies(TallyRequest(kinds: [.nps])).map(\.tally) == [expected])
            #expect(try await store.tallies(raw).map(\.tally) == [expected])
            _ = try await store.rebuildRollups()
            #expect(try await store.tallies(TallyRequest(kinds: [.nps])).map(\.tally) == [expected])
        }
    }

    @Test(arguments: TestBackend.available)
    func daysAreCutInTheWorkspaceTimeZone(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            // 22:30 UTC on 1 July is 00:30 on 2 July in Stockholm (summer time).
            let late = Date(timeIntervalSince1970: 1_782_945_000)
            _ = try await store.insertResponses([fixture.response(nps: 10, at: late)])
            let cells = try await store.tallies(TallyRequest(kinds: [.nps], groupBy: [.day]))
            #expect(cells.map { $0.day?.iso } == ["2026-07-02"])
            var raw = TallyRequest(kinds: [.nps], groupBy: [.day])
            raw.forceRaw = true
            #expect(try await store.tallies(raw).map { $0.day?.iso } == ["2026-07-02"])
        }
    }

    @Test(arguments: TestBackend.available)
    func aCustomerFilterReadsRawRowsInChunks(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let segment = try #require(Self.data.segments.first)
            let members = Set(Self.data.customers.filter(segment.contains).map(\.id))
            let responses = Self.data.responseBatches(size: 4_000).flatMap { $0 }
            let answered = responses.filter { response in
                response.customerID.map(members.contains) == true && response.answer("nps")?.score != nil
            }.count
            let cells = try await store.tallies(TallyRequest(kinds: [.nps], customerIDs: members))
            #expect(cells.first?.tally.answered == answered)
        }
    }
}

/// Segment rollups: the same cells as the raw rows of the segment's current members, whatever changed.
extension RollupContractTests {
    static let segmentRequests: [TallyRequest] = [
        TallyRequest(kinds: Set(ScoreKind.allCases), groupBy: [.touchpoint, .day]),
        TallyRequest(kinds: [.nps], groupBy: [.unit, .channel, .language]),
        TallyRequest(kinds: Set(ScoreKind.nkiItems + [.nkiIndex]), groupBy: [.question]),
    ]

    /// For every saved segment and request: the segment's rollups, its raw rows, and the raw rows of
    /// the customers whose attributes match it now (read back from the store).
    static func expectSegmentsAgree(_ store: Store, _ note: String) async throws {
        var customers: [Customer] = []
        while true {
            let batch = try await store.customers(CustomerQuery(), page: PageRequest(offset: customers.count, limit: 1_000))
            customers += batch.items
            if batch.items.isEmpty || customers.count >= batch.total { break }
        }
        for segment in try await store.segments() {
            let members = Set(customers.filter(segment.contains).map(\.id))
            for request in segmentRequests {
                var rolled = request
                rolled.segment = segment
                var raw = rolled
                raw.forceRaw = true
                var byCustomers = request
                byCustomers.customerIDs = members
                let fromRollups = sorted(try await store.tallies(rolled))
                #expect(fromRollups == sorted(try await store.tallies(raw)), "\(note): \(segment.id) raw")
                #expect(fromRollups == sorted(try await store.tallies(byCustomers)), "\(note): \(segment.id) members")
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func segmentRollupsFollowCustomersSegmentsAndResponses(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let business = try #require(Self.data.segments.first { $0.id == "segment-business" })
            #expect(!(try await store.tallies(TallyRequest(kinds: [.nps], segment: business))).isEmpty)
            try await Self.expectSegmentsAgree(store, "installed")

            // Customers change segment: some business customers become private, one is erased.
            let responders = Set(Self.data.responseBatches(size: 4_000).flatMap { $0 }.compactMap(\.customerID))
            let movers = Self.data.customers.filter { business.contains($0) && responders.contains($0.id) }.prefix(5)
            #expect(movers.count == 5)
            for var customer in movers.dropLast() {
                customer.attributes["segment"] = .text("private")
                try await store.saveCustomer(customer, by: .system)
            }
            try await store.eraseCustomer(try #require(movers.last).id, by: .system)
            try await Self.expectSegmentsAgree(store, "after customers changed")

            // A segment's conditions change, another segment is added.
            var loyal = try #require(Self.data.segments.first { $0.id == "segment-loyal-customers" })
            loyal.conditions = [SegmentCondition(attribute: "tenure_months", op: .greaterThan, value: .number(24))]
            try await store.saveSegment(loyal, by: .system)
            try await store.saveSegment(
                Segment(
                    id: "segment-denmark", name: "Denmark",
                    conditions: [SegmentCondition(attribute: "country", op: .equals, value: .text("DK"))]),
                by: .system)
            try await Self.expectSegmentsAgree(store, "after segments changed")

            // New responses are queued; a read folds them into the segments too.
            let renamed = Self.moreResponses(seed: 13)
            let known = Set(try await store.existingCustomerIDs(Set(renamed.compactMap(\.customerID))))
            _ = try await store.insertResponses(renamed.filter { $0.customerID.map(known.contains) ?? true })
            #expect(try await store.rollupBacklog().responses > 0)
            try await Self.expectSegmentsAgree(store, "after new responses")

            _ = try await store.rebuildRollups()
            try await Self.expectSegmentsAgree(store, "after a rebuild")

            try await store.deleteSegment(business.id, by: .system)
            #expect(try await store.tallies(TallyRequest(kinds: [.nps], segment: business)).isEmpty)
        }
    }
}

extension RollupContractTests {
    @Test(arguments: TestBackend.available)
    func nkiRespondentsAreThoseWhoAnsweredAllThreeItems(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let responses = Self.data.responseBatches(size: 4_000).flatMap { $0 }
            let complete = responses.filter { response in
                ["nki_overall", "nki_expectations", "nki_ideal"].allSatisfy { response.answer($0)?.score != nil }
            }
            let found = try await store.nkiRespondents(TallyRequest(kinds: [.nkiIndex], groupBy: [.unit]))
            #expect(found.count == complete.count)
            #expect(found.filter { $0.recommendation != nil }.count == complete.filter { $0.answer("nps")?.score != nil }.count)
            #expect(Set(found.compactMap { $0.cell[.unit] }) == Set(complete.map(\.unitID)))
            let itemSum = complete.map { r in
                ["nki_overall", "nki_expectations", "nki_ideal"].map { r.answer($0)!.score! }.reduce(0, +)
            }.reduce(0, +)
            #expect(found.map { $0.items.reduce(0, +) }.reduce(0, +) == itemSum)
        }
    }
}

extension RollupContractTests {
    @Test(arguments: TestBackend.available)
    func changingTheTimeZoneRecutsTheDays(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            // 22:30 UTC on 1 July: 2 July in Stockholm, still 1 July in New York.
            _ = try await store.insertResponses([fixture.response(nps: 10, at: Date(timeIntervalSince1970: 1_782_945_000))])
            var settings = try await store.workspaceSettings()
            settings.timeZone = "America/New_York"
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            let request = TallyRequest(kinds: [.nps], groupBy: [.day])
            #expect(try await store.tallies(request).map { $0.day?.iso } == ["2026-07-01"])
            var raw = request
            raw.forceRaw = true
            #expect(try await store.tallies(raw).map { $0.day?.iso } == ["2026-07-01"])
            #expect(try await store.rollupTimeZone() == "America/New_York")
        }
    }

    /// In Asunción summer time began at midnight on 1 October 2023: 03:30 UTC was still 30 September,
    /// 04:30 UTC already 1 October. A rebuild puts each response in its own day's month.
    @Test(arguments: TestBackend.available)
    func aRebuildKeepsEachResponseInItsDaysMonthWhenMidnightIsSkipped(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let fixture = Fixture()
            try await fixture.install(in: store)
            var settings = try await store.workspaceSettings()
            settings.timeZone = "America/Asuncion"
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            let instants = [1_694_779_200, 1_696_131_000, 1_696_134_600, 1_697_371_200]  // 15/9, 03:30, 04:30, 15/10
            _ = try await store.insertResponses(
                instants.enumerated().map { index, at in
                    fixture.response(nps: 6 + index, at: Date(timeIntervalSince1970: TimeInterval(at)))
                })
            let byDay = TallyRequest(kinds: [.nps], groupBy: [.day])
            let expected = ["2023-09-15", "2023-09-30", "2023-10-01", "2023-10-15"]
            for workers in [1, 2] {
                _ = try await store.rebuildRollups(workers: workers)
                #expect(try await store.tallies(byDay).compactMap { $0.day?.iso }.sorted() == expected)
                var raw = byDay
                raw.forceRaw = true
                #expect(try await store.tallies(raw).compactMap { $0.day?.iso }.sorted() == expected)
                // The coarser grains hold every response.
                #expect(try await store.tallies(TallyRequest(kinds: [.nps])).map(\.tally.answered) == [4])
            }
        }
    }
}

extension RollupContractTests {
    @Test(arguments: TestBackend.available)
    func dayBucketsAddUpTheDaysOfEachPeriod(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let end = LocalDay(Self.endDate, in: TimeZone(identifier: "Europe/Stockholm")!)
            let from = end.adding(days: -200)
            let starts = [from] + TimeGrain.month.periods(from: from, to: end.adding(days: 1)).map(\.start).filter { $0 > from }
            var daily = TallyRequest(kinds: [.nps, .ces], days: from..<end.adding(days: 1), groupBy: [.day, .touchpoint])
            var bucketed = daily
            bucketed.dayBuckets = starts
            var expected: [String: ScoreTally] = [:]
            for cell in try await store.tallies(daily) {
                let start = starts.last { $0 <= cell.day! }!
                expected["\(start.number)|\(cell[.touchpoint]!)|\(cell.kind.rawValue)", default: .empty] += cell.tally
            }
            for raw in [false, true] {
                bucketed.forceRaw = raw
                daily.forceRaw = raw
                let cells = try await store.tallies(bucketed)
                #expect(Set(cells.map { $0.day! }).isSubset(of: Set(starts)))
                let found = Dictionary(
                    uniqueKeysWithValues: cells.map { ("\($0.day!.number)|\($0[.touchpoint]!)|\($0.kind.rawValue)", $0.tally) })
                #expect(found == expected, "raw: \(raw)")
            }
        }
    }
}

extension RollupContractTests {
    /// The series the alert check reads, each from its own source: rollups and open-text rows' days.
    static func seriesByRawRows(_ store: Store, periods: [Period]) async throws -> [AlertSeries] {
        var request = TallyRequest(
            kinds: [.nps, .csat, .ces, .rating], days: periods[0].start..<periods[periods.count - 1].end,
            groupBy: [.day, .touchpoint, .unit, .question])
        request.dayBuckets = periods.map(\.start)
        request.forceRaw = true
        let position = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1.start, $0) })
        var cells: [(key: AlertSeriesKey, samples: [PeriodSample])] = []
        for cell in try await store.tallies(request) {
            let metric = try #require(AlertSeries.metric(of: cell.kind))
            let day = try #require(cell.day)
            let index = try #require(position[day])
            var samples = Array(repeating: PeriodSample.empty, count: periods.count)
            samples[index] = AlertSeries.sample(cell.tally, metric: metric)
            cells.append(
                (
                    AlertSeriesKey(
                        metric: metric, question: cell[.question], touchpointID: cell[.touchpoint], unitID: cell[.unit]), samples
                ))
        }
        // The open texts by their responses' days, as the check counted them before the texts carried days.
        let (first, end) = (periods[0].start.number, periods[periods.count - 1].end.number)
        let (texts, negative) = try await store.database.read { sql in
            var texts = Array(repeating: 0, count: periods.count)
            var negative: [String: [Int]] = [:]
            for row in try await sql.raw(
                """
                SELECT r.local_day AS day, m.theme_id, m.sentiment FROM text_analyses t
                  JOIN responses r ON r.id = t.response_id
                  LEFT JOIN text_themes m ON m.response_id = t.response_id AND m.question_key = t.question_key
                 WHERE r.local_day >= \(bind: first) AND r.local_day < \(bind: end)
                """
            ).all() {
                let day = LocalDay(Int(try row.decode(column: "day", as: Int64.self)))
                let index = try #require(periods.lastIndex { $0.start <= day })
                let theme = try row.decode(column: "theme_id", as: String?.self)
                let sentiment = try row.decode(column: "sentiment", as: String?.self)
                if let theme, sentiment == "negative", !theme.contains(".") {
                    negative[theme, default: Array(repeating: 0, count: periods.count)][index] += 1
                }
            }
            for row in try await sql.raw(
                """
                SELECT r.local_day AS day FROM text_analyses t JOIN responses r ON r.id = t.response_id
                 WHERE r.local_day >= \(bind: first) AND r.local_day < \(bind: end)
                """
            ).all() {
                let day = LocalDay(Int(try row.decode(column: "day", as: Int64.self)))
                texts[try #require(periods.lastIndex { $0.start <= day })] += 1
            }
            return (texts, negative)
        }
        return AlertSeries.fromCells(cells, periods: periods.count) + AlertSeries.themes(texts: texts, negative: negative)
    }

    /// The alert check reads weekly rollups and the open-text rows' own days: the series equal those of
    /// the raw rows after folds, a rebuild, an erasure and a change of time zone (which moves answers
    /// between days and weeks).
    @Test(arguments: TestBackend.available)
    func theAlertCheckReadsTheSeriesThatRawRowsGive(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await Self.install(Self.data, in: store)
            let zone = TimeZone(identifier: "Europe/Stockholm")!
            let periods = AlertEngine.weeks(endingBefore: LocalDay(Self.endDate, in: zone), count: 40)
            let series = try await store.alertSeries(periods: periods)
            #expect(series.contains { $0.key.metric == .theme }, "the data have negative theme mentions")
            #expect(series.contains { $0.key.metric == .nps && $0.key.unitID == nil })
            #expect(series.contains { $0.key.metric == .ces })
            #expect(series == (try await Self.seriesByRawRows(store, periods: periods)))

            _ = try await store.insertResponses(Self.moreResponses(seed: 21), receivedAt: Self.endDate)
            #expect(try await store.alertSeries(periods: periods) == (try await Self.seriesByRawRows(store, periods: periods)))

            let customer = try #require(Self.data.customers.first)
            _ = try await store.eraseCustomer(customer.id, by: .system)
            #expect(try await store.alertSeries(periods: periods) == (try await Self.seriesByRawRows(store, periods: periods)))
            _ = try await store.rebuildRollups()
            #expect(try await store.alertSeries(periods: periods) == (try await Self.seriesByRawRows(store, periods: periods)))

            // A new zone re-cuts the days, the rollups and the open texts' days in the same transaction.
            var settings = try await store.workspaceSettings()
            settings.timeZone = "Pacific/Kiritimati"
            try await store.saveWorkspaceSettings(settings, by: .system)
            let moved = try await store.alertSeries(periods: periods)
            #expect(moved != series)
            #expect(moved == (try await Self.seriesByRawRows(store, periods: periods)))
        }
    }
}
