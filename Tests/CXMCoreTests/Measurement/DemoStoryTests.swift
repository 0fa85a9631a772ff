import CXMCore
import Foundation
import Testing

/// The demo company's dashboards must tell its story: one store really is weaker than the rest,
/// and the new app login made customer effort worse from a known day, with nothing else flagged.
@Suite("The demo's story in numbers")
struct DemoStoryTests {
    static let data = DemoDataSet(endDate: Date(timeIntervalSince1970: 1_780_000_000))
    static let source = InMemoryTallies(
        responses: data.responseBatches(size: 10_000).flatMap { $0 }, surveys: data.surveys, customers: data.customers)
    static let zone = TimeZone(identifier: "Europe/Stockholm")!
    static let end = LocalDay(data.endDate, in: zone)

    func evaluate(_ query: MetricQuery) async throws -> MetricResult {
        try await MetricEngine(context: MetricContext(demo: Self.data)).evaluate(query, source: Self.source)
    }

    @Test func theWeakStoreIsCalledOutAndOnlyIt() async throws {
        let tree = UnitTree(Self.data.units)
        let weak = Self.data.patterns.weakStoreID
        let parent = try #require(tree.units[weak]?.parentID)
        let result = try await evaluate(
            MetricQuery(
                metric: .nps, from: Self.end.adding(days: -364), to: Self.end, filters: MetricFilters(units: [parent]),
                groupBy: [.unit], compare: .rest))
        let flagged = result.groups.filter { $0.comparison?.direction == .down }.map { $0.key[0].id }
        #expect(flagged.contains(weak))
        let stores = result.groups.filter { tree.units[$0.key[0].id]?.kind == "store" }
        #expect(stores.count > 3)
        #expect(stores.filter { $0.comparison?.direction == .down }.map { $0.key[0].id } == [weak])
        #expect(result.options.correction == .holm)
    }

    @Test func theCESDropShowsInTheWeekOfTheChangeAndNowhereElse() async throws {
        let change = LocalDay(Self.data.patterns.cesChangeDate, in: Self.zone)
        let result = try await evaluate(
            MetricQuery(
                metric: .ces, from: Self.end.adding(days: -364), to: Self.end,
                filters: MetricFilters(touchpoints: [Self.data.patterns.cesTouchpointID]), groupBy: [.week],
                compare: .previous))
        let down = result.groups.filter { $0.comparison?.direction == .down }.map { $0.key[0].id }
        let changeWeeks = [TimeGrain.week.period(of: change).label, TimeGrain.week.period(of: change.adding(days: 7)).label]
        #expect(down.count == 1)
        #expect(down.allSatisfy(changeWeeks.contains), "\(down) vs \(changeWeeks)")
        let up = result.groups.filter { group in group.comparison?.direction == .up }
        #expect(up.isEmpty)
    }

    @Test func theQueueFixLiftsTheWeakStoresHelpVisitsBeyondTheOtherStores() throws {
        let fix = Self.data.patterns.queueFixDate
        let span = Double(DemoImprovements.effectWeeks) * 7 * 86_400
        let empty = NPSCounts(promoters: 0, passives: 0, detractors: 0)
        var cells = [[empty, empty], [empty, empty]]
        for batch in Self.data.responseBatches(size: 10_000) {
            for response in batch where response.touchpointID == "tp-store-support" {
                let at = response.submittedAt
                guard at >= fix.addingTimeInterval(-span), at < fix.addingTimeInterval(span),
                    let answer = response.answers.first(where: { $0.question == "nps" }), case .score(let score) = answer.value
                else { continue }
                cells[response.unitID == Self.data.patterns.weakStoreID ? 1 : 0][at >= fix ? 1 : 0].add(score)
            }
        }
        let effect = ImprovementEffect.measure(
            treated: .init(before: cells[1][0], after: cells[1][1]), control: .init(before: cells[0][0], after: cells[0][1]),
            weeks: DemoImprovements.effectWeeks, deliveredAt: fix, measuredAt: Self.data.endDate)
        #expect(effect.againstControl && effect.verdict == .improved)
        #expect(try #require(effect.interval).low > 0)
    }
}
