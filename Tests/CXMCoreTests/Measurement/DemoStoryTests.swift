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

    @Test func helpVisitsAtTheWeakStoreGetHarderAsTheQueuesGrowAndTheKioskGivesTheWeeksEnoughAnswers() throws {
        let fix = Self.data.patterns.queueFixDate
        let kiosk = Self.data.kioskResponses()
        #expect(kiosk.allSatisfy { $0.unitID == Self.data.patterns.weakStoreID && $0.customerID == nil })
        var ease: [Bool: [Int]] = [:]
        var perWeek: [Int: Int] = [:]
        let responses = Array(Self.data.responseBatches(size: 10_000).joined()) + kiosk
        for response in responses
        where response.touchpointID == "tp-store-support" && response.unitID == Self.data.patterns.weakStoreID {
            let daysBefore = fix.timeIntervalSince(response.submittedAt) / 86_400
            if daysBefore > 0, daysBefore <= 26 * 7 { perWeek[Int(daysBefore / 7), default: 0] += 1 }
            guard let answer = response.answers.first(where: { $0.question == "ces" }), case .score(let score) = answer.value
            else { continue }
            // The eight weeks before the fix against the eight weeks before the queues began to grow.
            if daysBefore > 0, daysBefore <= 56 { ease[true, default: []].append(score) }
            if daysBefore > Double(DemoPatterns.queueStrainStartDays),
                daysBefore <= Double(DemoPatterns.queueStrainStartDays) + 56
            {
                ease[false, default: []].append(score)
            }
        }
        let mean = { (scores: [Int]) in Double(scores.reduce(0, +)) / Double(max(1, scores.count)) }
        #expect(mean(ease[false] ?? []) - mean(ease[true] ?? []) > 1)
        // The alert check assesses weeks of at least 20 answers; the help desk has them in most weeks.
        #expect(perWeek.values.filter { $0 >= 20 }.count >= 20, "\(perWeek.sorted { $0.key < $1.key })")
    }

    @Test func theAlertCheckBeforeTheProposalSeesHelpAtTheWeakStoreGetHarder() throws {
        let asOf = Self.data.patterns.queueFixDate.addingTimeInterval(-(DemoImprovements.proposedDaysBeforeFix - 1) * 86_400)
        let periods = AlertEngine.weeks(endingBefore: LocalDay(asOf, in: Self.zone))
        var sums = Array(repeating: (sum: 0.0, squares: 0.0, n: 0), count: periods.count)
        let responses = Array(Self.data.responseBatches(size: 10_000).joined()) + Self.data.kioskResponses()
        for response in responses
        where response.touchpointID == "tp-store-support" && response.unitID == Self.data.patterns.weakStoreID {
            let day = LocalDay(response.submittedAt, in: Self.zone)
            guard let week = periods.firstIndex(where: { $0.start <= day && day < $0.end }),
                let answer = response.answers.first(where: { $0.question == "ces" }), case .score(let score) = answer.value
            else { continue }
            sums[week].sum += Double(score)
            sums[week].squares += Double(score * score)
            sums[week].n += 1
        }
        let samples = sums.map { PeriodSample.mean(sum: $0.sum, sumOfSquares: $0.squares, n: $0.n) }
        let assessment = TrendDetector().assess(samples, measure: AlertMetric.ces.measure)
        let change = try #require(assessment.change, "\(String(describing: assessment.problem))")
        #expect(assessment.isSignalled && change.direction == .down && change.difference < -0.5)
        #expect(change.pValue < 1e-6)
    }
}
