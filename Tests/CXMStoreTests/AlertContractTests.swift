import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("Alerts and driver rows in the store")
struct AlertContractTests {
    let fixture = Fixture()
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    /// Forty weeks of 30 answers a week at one store: NPS about +50, falling to about −50 from week 34.
    func responses() -> [SurveyResponse] {
        let before = [10, 9, 9, 8, 7, 10, 6, 9, 10, 8]
        let after = [3, 5, 2, 6, 9, 4, 7, 1, 8, 5]
        var responses: [SurveyResponse] = []
        for week in 0..<40 {
            for index in 0..<30 {
                let seconds = Double(week * 7) * 86_400 + Double(index) * 17_000
                let nps = (week < 34 ? before : after)[index % 10]
                responses.append(fixture.response(nps: nps, at: Self.start.addingTimeInterval(seconds)))
            }
        }
        return responses
    }

    @Test(arguments: TestBackend.available)
    func aDropIsRaisedOnceKeptUpToDateAndResolvedWhenItEnds(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            _ = try await store.insertResponses(responses())
            let today = LocalDay(Self.start.addingTimeInterval(40 * 7 * 86_400), in: TimeZone(identifier: "Europe/Stockholm")!)
            let periods = AlertEngine.weeks(endingBefore: today)

            let series = try await store.alertSeries(periods: periods)
            let check = AlertEngine().check(series, periods: periods)
            let first = try await store.recordAlertCheck(check, at: Self.start)
            let again = try await store.recordAlertCheck(check, at: Self.start.addingTimeInterval(3_600))

            let nps = try #require(series.first { $0.key.metric == .nps && $0.key.unitID == "u-store1" })
            // The current week is not complete yet, so its answers wait for the next check.
            let zone = TimeZone(identifier: "Europe/Stockholm")!
            let counted = responses().filter { LocalDay($0.submittedAt, in: zone) < periods[periods.count - 1].end }.count
            #expect(nps.samples.reduce(0) { $0 + $1.n } == counted && counted < 1_200)
            #expect(!series.contains { $0.key.metric == .nps && $0.key.unitID == nil }, "one unit: no separate all-units series")
            #expect(
                first.raised.map(\.key) == [
                    AlertSeriesKey(metric: .nps, question: "nps", touchpointID: "tp-1", unitID: "u-store1")
                ])
            #expect(again.raised.isEmpty && again.updated == 1)
            let alert = try #require(first.raised.first)
            let stored = try #require(try await store.alert(alert.id, visibleUnits: nil))
            #expect(stored.status == .open && stored.snapshot.isWorse)
            #expect(try #require(stored.change).difference < -60)
            #expect(try await store.alert(alert.id, visibleUnits: ["u-store2"]) == nil)
            #expect(try await store.alertsAwaitingNotice().map(\.id) == [alert.id])

            try await store.applyAlertAction(.mute(reason: "Price rise announced"), to: alert.id, by: "tester", at: Self.start)
            #expect(try await store.alertsAwaitingNotice().isEmpty)
            let muted = try #require(try await store.alert(alert.id, visibleUnits: ["u-store1"]))
            #expect(muted.status == .muted && muted.muteReason == "Price rise announced")

            let quiet = AlertCheck(periods: periods, series: 1, assessed: 1, falseDiscoveryRate: 0.05, findings: [])
            let ended = try await store.recordAlertCheck(quiet, at: Self.start.addingTimeInterval(7_200))
            #expect(ended.resolved == 1)
            #expect(try await store.alerts(statuses: [.resolved], visibleUnits: nil).map(\.id) == [alert.id])
        }
    }

    @Test(arguments: TestBackend.available)
    func driverRowsCarryScoresChoicesAndTextAndDigestsAreRemembered(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            _ = try await store.insertResponses(Array(responses().prefix(40)))
            let from = LocalDay(Self.start, in: .gmt).adding(days: -1)
            var scope = DriverScope(from: from, to: from.adding(days: 30))
            scope.answering = "nps"

            let rows = try await store.driverRows(scope)
            scope.visibleUnits = ["u-store2"]
            let hidden = try await store.driverRows(scope)

            #expect(rows.count == 40 && hidden.isEmpty)
            #expect(rows.allSatisfy { $0.scores["nps"] != nil && $0.choices["reason"] == "price" && $0.hasText })

            let user = try await store.createUser(
                User(email: "lead@example.com", role: .teamLead, unitID: "u-region", createdAt: Self.start),
                passwordHash: "x", by: Fixture.actor)
            #expect(try await store.alertDigests()[user.id] == nil)
            try await store.setAlertDigest(.daily, for: user.id)
            try await store.setAlertDigest(.none, for: user.id)
            try await store.markDigestSent(to: [user.id], at: Self.start)
            let choice = try #require(try await store.alertDigests()[user.id])
            #expect(choice.digest == AlertDigest.none && choice.lastSent == Self.start)
        }
    }

    @Test(arguments: TestBackend.available)
    func aDriverResultIsKeptReplacedAndForgottenWhenOld(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let day = LocalDay(year: 2026, month: 6, day: 1)
            let query = DriverQuery(outcome: "nps", level: .customer, from: day.adding(days: -364), to: day, journey: "j")
            let key = query.cacheKey(visibleUnits: ["u2", "u1"], language: .sv)
            #expect(key == query.cacheKey(visibleUnits: ["u1", "u2"], language: .sv))
            #expect(key != query.cacheKey(visibleUnits: nil, language: .sv))
            #expect(key != query.cacheKey(visibleUnits: ["u1", "u2"], language: .en))
            let empty = DriverAnalysis.analyse(
                DriverData(outcome: DriverVariable(id: "nps", label: "NPS", kind: .column, values: []), drivers: []),
                options: DriverOptions())
            var result = DriverResult(
                outcome: "nps", outcomeLabel: "NPS", level: .customer, from: query.from, to: query.to, touchpoints: ["tp"],
                outcomeSurveys: ["rel"], report: empty)

            #expect(try await store.driverResult(key: key, notBefore: Self.start) == nil)
            try await store.saveDriverResult(result, key: key, at: Self.start)
            let kept = try #require(try await store.driverResult(key: key, notBefore: Self.start))
            #expect(kept.result == result && kept.computedAt == Self.start)
            #expect(try await store.driverResult(key: key, notBefore: Self.start.addingTimeInterval(1)) == nil)

            result.outcomeLabel = "Recommend"
            let later = Self.start.addingTimeInterval(3_600)
            try await store.saveDriverResult(result, key: key, at: later)
            #expect(try await store.driverResult(key: key, notBefore: Self.start)?.result.outcomeLabel == "Recommend")
            #expect(try await store.pruneDriverResults(before: later) == 0)
            #expect(try await store.pruneDriverResults(before: later.addingTimeInterval(1)) == 1)
            #expect(try await store.driverResult(key: key, notBefore: Self.start) == nil)
        }
    }
}
