import Foundation

/// Weights turned into a running total once, so that a weighted pick is a binary search.
struct DemoWeights: Sendable {
    private let totals: [Double]

    init(_ weights: [Double]) {
        var running = 0.0
        totals = weights.map { weight in
            running += max(weight, 0)
            return running
        }
    }

    var count: Int { totals.count }

    /// The index of a weighted random item.
    func pick(_ random: inout SeededRandom) -> Int {
        let target = random.unit() * (totals.last ?? 0)
        var low = 0
        var high = totals.count - 1
        while low < high {
            let middle = (low + high) / 2
            if totals[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Zero-padded decimal text without `String(format:)`, which is slow in hot loops.
func demoPadded(_ number: Int, width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
