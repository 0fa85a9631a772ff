import Foundation
import Testing

@testable import CXMCore

/// A tally with the given number of answers of each score.
private func tally(_ countsByScore: [Int: Int]) -> ScoreTally {
    ScoreTally(scores: countsByScore.sorted { $0.key < $1.key }.flatMap { Array(repeating: $0.key, count: $0.value) })
}

/// NPS answers: promoters score 10, passives 8, detractors 3.
private func nps(_ promoters: Int, _ passives: Int, _ detractors: Int) -> ScoreTally {
    tally([10: promoters, 8: passives, 3: detractors])
}

/// CSAT answers: the satisfied score 5, the others 2.
private func csat(_ satisfied: Int, of n: Int) -> ScoreTally { tally([5: satisfied, 2: n - satisfied]) }

/// Answers on a scale given as counts of each score from 1 up.
private func scale(_ counts: [Int]) -> ScoreTally {
    tally(Dictionary(uniqueKeysWithValues: counts.enumerated().map { ($0.offset + 1, $0.element) }))
}

private typealias Tallies = ChangeDecomposition.SegmentTallies

/// A decomposition worked out by hand: the KPIs and each segment's performance and mix.
struct ChangeHandCase: Sendable, CustomTestStringConvertible {
    let name: String
    let metric: Metric
    let segments: [ChangeDecomposition.SegmentTallies]
    let before: Double
    let after: Double
    let performance: [String: Double]
    let mix: [String: Double]

    var testDescription: String { name }

    static let all: [ChangeHandCase] = [
        // Each segment keeps its NPS (50 and −20); the worse one's share grows from 1/2 to 3/4.
        ChangeHandCase(
            name: "all change is mix", metric: .nps,
            segments: [
                Tallies(id: "good", label: "Good", before: nps(60, 30, 10), after: nps(30, 15, 5)),
                Tallies(id: "bad", label: "Bad", before: nps(20, 40, 40), after: nps(30, 60, 60)),
            ],
            before: 15, after: -2.5, performance: ["good": 0, "bad": 0], mix: ["good": -10.9375, "bad": -6.5625]),
        // Equal shares in both periods; each segment gains 10 points.
        ChangeHandCase(
            name: "all change is performance", metric: .csat,
            segments: [
                Tallies(id: "a", label: "A", before: csat(80, of: 100), after: csat(90, of: 100)),
                Tallies(id: "b", label: "B", before: csat(60, of: 100), after: csat(70, of: 100)),
            ],
            before: 70, after: 80, performance: ["a": 5, "b": 5], mix: ["a": 0, "b": 0]),
        // A new channel at 3 joins one at 5: the mean KPI is 4.5, so the old one's shrinking share costs
        // 0.5·(5 − 4.5) and the new one's arrival 0.5·(3 − 4.5).
        ChangeHandCase(
            name: "a segment new in the later period", metric: .ces,
            segments: [
                Tallies(id: "old", label: "Old", before: tally([5: 50]), after: tally([5: 50])),
                Tallies(id: "new", label: "New", after: tally([3: 50])),
            ],
            before: 5, after: 4, performance: ["old": 0, "new": 0], mix: ["old": -0.25, "new": -0.75]),
        ChangeHandCase(
            name: "a segment gone in the later period", metric: .rating,
            segments: [
                Tallies(id: "kept", label: "Kept", before: tally([4: 20, 2: 20]), after: tally([3: 40])),
                Tallies(id: "gone", label: "Gone", before: tally([5: 40])),
            ],
            before: 4, after: 3, performance: ["kept": 0, "gone": 0], mix: ["kept": -0.25, "gone": -0.75]),
    ]
}

@Suite("What changed: decomposing a KPI's change")
struct ChangeDecompositionTests {
    @Test("Hand-computed cases split the change into performance and mix", arguments: ChangeHandCase.all)
    func handComputed(_ reference: ChangeHandCase) throws {
        let result = try ChangeDecomposition(metric: reference.metric, dimension: "touchpoint", segments: reference.segments)

        #expect(isClose(result.before, reference.before, tolerance: 1e-12))
        #expect(isClose(result.after, reference.after, tolerance: 1e-12))
        for segment in result.segments {
            #expect(isClose(segment.performance, try #require(reference.performance[segment.id]), tolerance: 1e-12))
            #expect(isClose(segment.mix, try #require(reference.mix[segment.id]), tolerance: 1e-12))
        }
        #expect(isClose(result.performance + result.mix, result.change, tolerance: 1e-12))
    }

    @Test("A segment without answers in a period shows no value then and only mix")
    func missingPeriod() throws {
        let reference = ChangeHandCase.all[2]

        let result = try ChangeDecomposition(metric: reference.metric, dimension: "channel", segments: reference.segments)

        let new = try #require(result.segments.first { $0.id == "new" })
        #expect(new.valueBefore == nil)
        #expect(new.valueAfter == 3)
        #expect(new.weightBefore == 0)
        #expect(new.change == nil)
        #expect(new.performance == 0)
        #expect(new.tooFew && new.pValue == nil && !new.significant)
    }

    @Test("A segment without answers in either period is kept with nothing to contribute")
    func silentSegment() throws {
        let segments = ChangeHandCase.all[0].segments + [Tallies(id: "quiet", label: "Quiet")]

        let result = try ChangeDecomposition(metric: .nps, dimension: "unit", segments: segments)

        let quiet = try #require(result.segments.last)
        #expect(quiet.id == "quiet")
        #expect(quiet.contribution == 0 && quiet.valueBefore == nil && quiet.valueAfter == nil)
        #expect(quiet.tooFew)
    }

    @Test("Segments come largest absolute contribution first and the totals carry the metric's test")
    func order() throws {
        let result = try ChangeDecomposition(metric: .nps, dimension: "touchpoint", segments: ChangeHandCase.all[0].segments)

        #expect(result.segments.map(\.id) == ["good", "bad"])
        #expect(result.method == "nps-z")
        #expect(result.answersBefore == 200 && result.answersAfter == 200)
        #expect(result.test?.difference == result.change)
        #expect(result.interval?.contains(result.change) == true)
    }

    @Test("The result survives a JSON round trip")
    func codable() throws {
        let result = try ChangeDecomposition(metric: .ces, dimension: "channel", segments: ChangeHandCase.all[2].segments)

        let decoded = try JSONDecoder().decode(ChangeDecomposition.self, from: JSONEncoder().encode(result))

        #expect(decoded == result)
    }

    @Test("Options follow a metric query's confidence, low-sample threshold and correction")
    func metricOptions() {
        let options = ChangeDecomposition.Options(MetricOptions(confidence: 0.9, lowSample: 50, correction: .benjaminiHochberg))

        #expect(options == ChangeDecomposition.Options(confidence: 0.9, minimumAnswers: 50, correction: .benjaminiHochberg))
    }
}

@Suite("What changed: the exact identity")
struct ChangeDecompositionIdentityTests {
    /// Random tallies on the metric's scale; about one segment in six misses a period.
    static func randomSegments(_ metric: Metric, using random: inout SplitMix64) -> [ChangeDecomposition.SegmentTallies] {
        let scores: ClosedRange<Int> =
            switch metric {
            case .nps: 0...10
            case .csat, .rating: 1...5
            case .ces, .nki: 1...7
            }
        func draw(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        func randomTally() -> ScoreTally {
            guard draw(6) != 0 else { return .empty }
            let answers = 1 + draw(draw(2) == 0 ? 20 : 400)
            return ScoreTally(scores: (0..<answers).map { _ in scores.lowerBound + draw(scores.count) })
        }
        return (0..<(1 + draw(12))).map {
            Tallies(id: "s\($0)", label: "Segment \($0)", before: randomTally(), after: randomTally())
        }
    }

    @Test(
        "Performance and mix add up to the change, and each period's KPI is the share-weighted sum of its segments",
        arguments: [Metric.nps, .csat, .ces, .rating])
    func identity(metric: Metric) throws {
        var random = SplitMix64(seed: 8)
        var checked = 0

        for _ in 0..<300 {
            let segments = Self.randomSegments(metric, using: &random)
            guard let result = try? ChangeDecomposition(metric: metric, dimension: "unit", segments: segments) else { continue }
            checked += 1

            let calculator = MetricCalculator(metric: metric)
            let kind = try #require(metric.kinds.first)
            let before = segments.reduce(ScoreTally.empty) { $0 + $1.before }
            #expect(isClose(result.performance + result.mix, result.change, tolerance: 1e-9))
            #expect(isClose(result.before, try #require(calculator.figure([kind: before])).value, tolerance: 1e-12))
            #expect(isClose(result.segments.reduce(0) { $0 + $1.weightBefore }, 1, tolerance: 1e-12))
            #expect(isClose(result.segments.reduce(0) { $0 + $1.weightAfter }, 1, tolerance: 1e-12))
            let weighted = result.segments.reduce(0) { $0 + $1.weightAfter * ($1.valueAfter ?? 0) }
            #expect(isClose(weighted, result.after, tolerance: 1e-9))
            #expect(result.segments.filter { $0.change == nil }.allSatisfy { $0.performance == 0 })
            #expect(zip(result.segments, result.segments.dropFirst()).allSatisfy { abs($0.contribution) >= abs($1.contribution) })
        }
        #expect(checked > 250)
    }
}

/// The figures below were computed independently with numpy 2.4 and scipy 1.17 from the formulas (weights n/N,
/// the midpoint split, the Wald, Newcombe and Welch intervals, Holm), not with this code.
@Suite("What changed: reference values from numpy and scipy")
struct ChangeDecompositionReferenceTests {
    /// One segment's figures as numpy computed them: weights and values before and after, the two parts, the
    /// raw and the Holm-adjusted p-value.
    struct ExpectedSegment {
        let id: String
        let weights: [Double]
        let values: [Double]
        let performance: Double
        let mix: Double
        let p: Double
        let holm: Double
    }

    @Test("NPS over three touchpoints matches the reference, with the Wald test and interval of the change")
    func npsReference() throws {
        let segments = [
            Tallies(id: "store", label: "Store", before: nps(120, 50, 30), after: nps(110, 60, 50)),
            Tallies(id: "web", label: "Web", before: nps(80, 70, 50), after: nps(150, 100, 50)),
            Tallies(id: "phone", label: "Phone", before: nps(40, 30, 30), after: nps(20, 15, 45)),
        ]

        let result = try ChangeDecomposition(metric: .nps, dimension: "touchpoint", segments: segments)

        #expect(result.before == 26 && result.after == 22.5)
        #expect(result.segments.map(\.id) == ["web", "store", "phone"])
        let byID = Dictionary(uniqueKeysWithValues: result.segments.map { ($0.id, $0) })
        let expected = [
            ExpectedSegment(
                id: "store", weights: [0.4, 0.36666666666666664], values: [45, 27.272727272727273],
                performance: -6.795454545454545, mix: -0.3962121212121219, p: 0.01892699825482607,
                holm: 0.01892699825482607),
            ExpectedSegment(
                id: "web", weights: [0.4, 0.5], values: [15, 33.333333333333336], performance: 8.250000000000002,
                mix: -0.00833333333333321, p: 0.00944561367879218, holm: 0.01889122735758437),
            ExpectedSegment(
                id: "phone", weights: [0.2, 0.13333333333333333], values: [10, -31.25], performance: -6.875000000000001,
                mix: 2.3250000000000006, p: 0.00104549671201924, holm: 0.00313649013605772),
        ]
        for reference in expected {
            let segment = try #require(byID[reference.id])
            #expect(isClose([segment.weightBefore, segment.weightAfter], reference.weights, tolerance: 1e-12))
            #expect(
                isClose(
                    [try #require(segment.valueBefore), try #require(segment.valueAfter)], reference.values, tolerance: 1e-12))
            #expect(isClose(segment.performance, reference.performance, tolerance: 1e-12))
            #expect(isClose(segment.mix, reference.mix, tolerance: 1e-12))
            #expect(isClose(segment.pValue, reference.p))
            #expect(isClose(segment.adjustedPValue, reference.holm))
            #expect(segment.significant && !segment.tooFew)
        }
        let test = try #require(result.test)
        let interval = try #require(result.interval)
        #expect(isClose(test.statistic, -0.7203139724366016))
        #expect(isClose(test.pValue, 0.4713317037895638))
        #expect(isClose(interval.low, -13.023449784939388))
        #expect(isClose(interval.high, 6.0234497849393875))
    }

    @Test("CSAT matches the reference, with the two-proportion test and Newcombe's interval of the change")
    func csatReference() throws {
        let segments = [
            Tallies(id: "a", label: "A", before: csat(170, of: 200), after: csat(190, of: 200)),
            Tallies(id: "b", label: "B", before: csat(45, of: 100), after: csat(70, of: 120)),
        ]

        let result = try ChangeDecomposition(metric: .csat, dimension: "unit", segments: segments)

        #expect(isClose(result.before, 71.66666666666666, tolerance: 1e-12))
        #expect(isClose(result.after, 81.25, tolerance: 1e-12))
        #expect(isClose(result.segments.map(\.performance), [6.458333333333332, 4.722222222222222], tolerance: 1e-12))
        #expect(isClose(result.segments.map(\.mix), [-0.5642361111111108, -1.0329861111111112], tolerance: 1e-12))
        let test = try #require(result.test)
        let interval = try #require(result.interval)
        #expect(result.method == "two-proportion-z")
        #expect(isClose(test.difference, 9.583333333333332))
        #expect(isClose(test.statistic, 2.8171972101704448))
        #expect(isClose(test.pValue, 0.004844476935923118))
        #expect(isClose(interval.low, 2.9085992987170046))
        #expect(isClose(interval.high, 16.200338407335725))
    }

    @Test("CES matches the reference, with Welch's test and interval of the change")
    func cesReference() throws {
        let segments = [
            Tallies(id: "app", label: "App", before: scale([2, 3, 5, 10, 15, 10, 5]), after: scale([1, 2, 4, 8, 15, 15, 10])),
            Tallies(id: "shop", label: "Shop", before: scale([5, 5, 10, 10, 5, 3, 2]), after: scale([4, 6, 8, 12, 6, 2, 2])),
        ]

        let result = try ChangeDecomposition(metric: .ces, dimension: "channel", segments: segments)

        #expect(isClose(result.before, 4.166666666666666, tolerance: 1e-12))
        #expect(isClose(result.after, 4.5052631578947375, tolerance: 1e-12))
        #expect(isClose(result.segments.map(\.performance), [0.2856884635832006, 0.02163742690058491], tolerance: 1e-12))
        #expect(isClose(result.segments.map(\.mix), [0.0134702519190054, 0.01780034882527956], tolerance: 1e-12))
        #expect(isClose(result.segments.map { $0.pValue ?? .nan }, [0.08488647258186235, 0.8880448352555164]))
        #expect(isClose(result.segments.map { $0.adjustedPValue ?? .nan }, [0.1697729451637247, 0.8880448352555164]))
        #expect(result.segments.allSatisfy { !$0.significant })
        let test = try #require(result.test)
        let interval = try #require(result.interval)
        #expect(isClose(test.statistic, 1.3871120096034106))
        #expect(isClose(test.pValue, 0.16709789380054632))
        #expect(isClose(interval.low, -0.14302527098151052))
        #expect(isClose(interval.high, 0.8202182534376499))
    }
}

@Suite("What changed: which segments changed significantly")
struct ChangeDecompositionSignificanceTests {
    /// Four units of 100 answers each at NPS 10 before, and one of 20: one clear rise, two that pass 0.05 only
    /// before the correction, one unchanged, and a small one with a large rise.
    static let segments: [ChangeDecomposition.SegmentTallies] = [
        Tallies(id: "a", label: "A", before: nps(40, 30, 30), after: nps(60, 25, 15)),
        Tallies(id: "b", label: "B", before: nps(40, 30, 30), after: nps(44, 46, 10)),
        Tallies(id: "c", label: "C", before: nps(40, 30, 30), after: nps(50, 33, 17)),
        Tallies(id: "d", label: "D", before: nps(8, 6, 6), after: nps(18, 2, 0)),
        Tallies(id: "e", label: "E", before: nps(40, 30, 30), after: nps(40, 30, 30)),
    ]

    @Test("Holm's adjustment across the tested segments decides which are significant")
    func holm() throws {
        let result = try ChangeDecomposition(metric: .nps, dimension: "unit", segments: Self.segments)

        let byID = Dictionary(uniqueKeysWithValues: result.segments.map { ($0.id, $0) })
        let raw: [String: Double] = ["a": 0.0016536951637003397, "b": 0.022997411203757482, "c": 0.03975572993072086, "e": 1]
        let adjusted: [String: Double] = ["a": 0.006614780654801359, "b": 0.06899223361127245, "c": 0.07951145986144172, "e": 1]
        for id in ["a", "b", "c", "e"] {
            let segment = try #require(byID[id])
            #expect(isClose(segment.pValue, try #require(raw[id])))
            #expect(isClose(segment.adjustedPValue, try #require(adjusted[id])))
            #expect(segment.significant == (id == "a"))
        }
        let tested = ["a", "b", "c", "e"].compactMap { byID[$0]?.pValue }
        #expect(isClose(MultipleTesting.holm(tested), ["a", "b", "c", "e"].compactMap { byID[$0]?.adjustedPValue }))
    }

    @Test("A segment below the minimum is never significant but keeps its contribution in the sums")
    func tooFew() throws {
        let result = try ChangeDecomposition(metric: .nps, dimension: "unit", segments: Self.segments)

        let small = try #require(result.segments.first { $0.id == "d" })
        #expect(small.tooFew)
        #expect(small.pValue == nil && small.adjustedPValue == nil && !small.significant)
        #expect(small.change == 80)
        #expect(small.contribution > 0)
        #expect(isClose(result.performance + result.mix, result.change, tolerance: 1e-12))
    }

    @Test("A lower minimum tests the small segment, and no correction leaves the raw p-values")
    func options() throws {
        let lower = try ChangeDecomposition(
            metric: .nps, dimension: "unit", segments: Self.segments, options: .init(minimumAnswers: 20))
        let uncorrected = try ChangeDecomposition(
            metric: .nps, dimension: "unit", segments: Self.segments, options: .init(correction: .none))

        let small = try #require(lower.segments.first { $0.id == "d" })
        #expect(!small.tooFew && small.significant)
        #expect(isClose(small.pValue, 5.1008479501548876e-05))
        #expect(Set(uncorrected.segments.filter(\.significant).map(\.id)) == ["a", "b", "c"])
    }
}

@Suite("What changed: the largest contributors")
struct ChangeDecompositionContributorsTests {
    /// A decomposition holding segments with the given performance parts (no mix), already in order.
    static func decomposition(_ contributions: [Double]) -> ChangeDecomposition {
        let segments = contributions.enumerated().map { index, contribution in
            ChangeDecomposition.Segment(
                id: "s\(index)", label: "S\(index)", answersBefore: 100, answersAfter: 100, weightBefore: 0.1,
                weightAfter: 0.1, valueBefore: 0, valueAfter: 0, performance: contribution, mix: 0, pValue: nil,
                adjustedPValue: nil, significant: false, tooFew: false)
        }
        return ChangeDecomposition(
            metric: .nps, dimension: "unit", options: .init(), before: 0, after: contributions.reduce(0, +),
            answersBefore: 1000, answersAfter: 1000, interval: nil, test: nil, method: "nps-z", segments: segments)
    }

    @Test(
        "The few segments that explain 80 % of the movement, at most five",
        arguments: [
            ([6, -2.5, 1, 0.5], ["s0", "s1"]),
            ([9, 0.5, 0.5], ["s0"]),
            ([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], ["s0", "s1", "s2", "s3", "s4"]),
            ([3, 3, 3, 1], ["s0", "s1", "s2"]),
            ([0, 0], []),
        ] as [([Double], [String])])
    func contributors(contributions: [Double], expected: [String]) {
        let result = Self.decomposition(contributions)

        #expect(result.largestContributors().map(\.id) == expected)
    }

    @Test("The share and the limit can be chosen")
    func chosen() {
        let result = Self.decomposition([4, -3, 2, 1])

        #expect(result.largestContributors(covering: 1).map(\.id) == ["s0", "s1", "s2", "s3"])
        #expect(result.largestContributors(covering: 0.5).map(\.id) == ["s0", "s1"])
        #expect(result.largestContributors(limit: 1).map(\.id) == ["s0"])
    }
}

@Suite("What changed: refusals")
struct ChangeDecompositionRefusalTests {
    /// Input that cannot be decomposed and the reason given.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        let metric: Metric
        let segments: [ChangeDecomposition.SegmentTallies]
        var options = ChangeDecomposition.Options()
        let failure: ChangeDecomposition.Failure

        var testDescription: String { name }
    }

    static var negative: ScoreTally {
        var tally = nps(5, 5, 5)
        tally.counts[10] = -1
        return tally
    }

    static var overcounted: ScoreTally {
        var tally = nps(5, 5, 5)
        tally.answered = 10
        return tally
    }

    static var truncated: ScoreTally {
        var tally = nps(5, 5, 5)
        tally.counts = [1, 2]
        return tally
    }

    /// Two answers summing to 10 cannot have squares summing to 20 (5 and 5 give 50).
    static let impossibleSums = ScoreTally(answered: 2, sum: 10, sumOfSquares: 20, counts: [0, 0, 0, 0, 0, 2])

    static let cases: [Refusal] = [
        Refusal(
            name: "NKI", metric: .nki, segments: [Tallies(id: "a", label: "A", before: nps(5, 5, 5), after: nps(5, 5, 5))],
            failure: .unsupportedMetric(.nki)),
        Refusal(name: "no segments", metric: .nps, segments: [], failure: .noAnswersBefore),
        Refusal(
            name: "no answers before", metric: .nps, segments: [Tallies(id: "a", label: "A", after: nps(5, 5, 5))],
            failure: .noAnswersBefore),
        Refusal(
            name: "no answers after", metric: .csat, segments: [Tallies(id: "a", label: "A", before: csat(3, of: 5))],
            failure: .noAnswersAfter),
        Refusal(
            name: "a negative count", metric: .nps,
            segments: [Tallies(id: "a", label: "A", before: negative, after: nps(5, 5, 5))],
            failure: .inconsistentTally(segment: "a", side: .before)),
        Refusal(
            name: "more scores than answers", metric: .csat,
            segments: [Tallies(id: "a", label: "A", before: csat(3, of: 5), after: overcounted)],
            failure: .inconsistentTally(segment: "a", side: .after)),
        Refusal(
            name: "a distribution of the wrong length", metric: .nps,
            segments: [Tallies(id: "a", label: "A", before: truncated, after: nps(5, 5, 5))],
            failure: .inconsistentTally(segment: "a", side: .before)),
        Refusal(
            name: "sums no answers can give", metric: .rating,
            segments: [Tallies(id: "a", label: "A", before: tally([4: 3]), after: impossibleSums)],
            failure: .inconsistentTally(segment: "a", side: .after)),
        Refusal(
            name: "a segment given twice", metric: .nps,
            segments: [Tallies(id: "a", label: "A", before: nps(5, 5, 5)), Tallies(id: "a", label: "A", after: nps(5, 5, 5))],
            failure: .duplicateSegment("a")),
        Refusal(
            name: "a confidence level of 1", metric: .nps, segments: ChangeHandCase.all[0].segments,
            options: .init(confidence: 1), failure: .invalidConfidence(1)),
    ]

    @Test("Input that cannot be decomposed is refused with a reason", arguments: cases)
    func refused(_ refusal: Refusal) {
        #expect(throws: refusal.failure) {
            try ChangeDecomposition(
                metric: refusal.metric, dimension: "unit", segments: refusal.segments, options: refusal.options)
        }
    }

    @Test("The NKI refusal says why")
    func nkiReason() {
        #expect(ChangeDecomposition.Failure.unsupportedMetric(.nki).description.contains("weights its items"))
    }
}
