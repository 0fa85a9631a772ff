import Foundation

@testable import CXMCore

/// Synthetic weekly series drawn answer by answer from a seeded generator, so that every run sees the same
/// answers (the generator is the test target's `SplitMix64`).
struct TrendSeries {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// A uniform number in 0..<1.
    private mutating func unit() -> Double { Double(random.next() >> 11) * 0x1p-53 }

    /// A week's number of answers, uniform in the range.
    private mutating func size(_ sizes: ClosedRange<Int>) -> Int {
        sizes.lowerBound + Int(random.next() % UInt64(sizes.count))
    }

    /// NPS weeks whose promoter and detractor chances may depend on the week.
    mutating func nps(
        weeks: Int, sizes: ClosedRange<Int>, shares: (Int) -> (promoters: Double, detractors: Double)
    ) -> [PeriodSample] {
        (0..<weeks).map { week in
            let (promoterChance, detractorChance) = shares(week)
            let n = size(sizes)
            var promoters = 0
            var detractors = 0
            for _ in 0..<n {
                let draw = unit()
                if draw < promoterChance {
                    promoters += 1
                } else if draw < promoterChance + detractorChance {
                    detractors += 1
                }
            }
            return .nps(promoters: promoters, detractors: detractors, n: n)
        }
    }

    /// Yes/no weeks whose chance of a yes may depend on the week.
    mutating func share(weeks: Int, sizes: ClosedRange<Int>, chance: (Int) -> Double) -> [PeriodSample] {
        (0..<weeks).map { week in
            let n = size(sizes)
            var successes = 0
            for _ in 0..<n where unit() < chance(week) { successes += 1 }
            return .share(successes: successes, n: n)
        }
    }

    /// Weeks of normally distributed scores whose mean may depend on the week.
    mutating func mean(
        weeks: Int, sizes: ClosedRange<Int>, standardDeviation: Double, mean: (Int) -> Double
    ) -> [PeriodSample] {
        (0..<weeks).map { week in
            let n = size(sizes)
            var sum = 0.0
            var sumOfSquares = 0.0
            for _ in 0..<n {
                let score = mean(week) + standardDeviation * random.normal()
                sum += score
                sumOfSquares += score * score
            }
            return .mean(sum: sum, sumOfSquares: sumOfSquares, n: n)
        }
    }
}
