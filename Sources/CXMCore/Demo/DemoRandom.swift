import Foundation

/// A seeded SplitMix64 generator: small, fast and the same on every platform, so the demo data is
/// reproducible from its seed (never `SystemRandomNumberGenerator`).
struct DemoRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one part of the data set, so that parts do not shift when another part changes.
    init(seed: UInt64, stream: UInt64) {
        var mixer = DemoRandom(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform whole number in 0..<count (the modulo bias is far below anything a demo shows).
    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A standard normal number (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-12)
        let u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}

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
    func pick(_ random: inout DemoRandom) -> Int {
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
