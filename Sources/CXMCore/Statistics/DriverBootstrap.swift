import Foundation

/// Bootstrap intervals for a driver model, and the test of each driver against a random variable.
///
/// Each replicate redraws rows with replacement and adds columns of random normal numbers: a driver is
/// significant when the lower end of the interval of (its weight − its random column's weight) is above
/// zero. A driver with unanswered rows is tested against a random column with the same gaps, as chance
/// weight grows when fewer rows answer. Samples larger than `replicateRows` are subsampled (m out of n) and each replicate's
/// deviation from the replicates' mean is shrunk by √(m/n), so the intervals are those of the full sample.
struct DriverBootstrap {
    /// The model's driver columns then the outcome; for listwise handling only the complete rows.
    private let pool: [[Double]]
    private let missing: MissingAnswers
    private let options: DriverOptions
    private let shapley: Bool
    /// The rows each replicate draws.
    let rowsPerReplicate: Int
    /// The random columns of a replicate, each copying the gaps of a driver (nil: none).
    private let noiseMasks: [Int?]
    /// The random column each driver is tested against.
    private let noiseOf: [Int]

    /// The intervals, significance flags and the number of replicates that could be estimated.
    struct Intervals {
        var rSquared: Interval
        var weights: [Interval]
        var shapley: [Interval]?
        var significant: [Bool]
        var replicates: Int
    }

    init(columns: [[Double]], missing: MissingAnswers, options: DriverOptions, shapley: Bool) {
        var pool = columns
        if missing == .listwise, let length = columns.first?.count {
            let complete = (0..<length).filter { row in columns.allSatisfy { !$0[row].isNaN } }
            pool = columns.map { column in complete.map { column[$0] } }
        }
        self.pool = pool
        self.missing = missing
        self.options = options
        self.shapley = shapley
        rowsPerReplicate = Swift.min(pool.first?.count ?? 0, Swift.max(options.replicateRows, 1))
        // A random column's chance weight shrinks with its n, so each driver with gaps meets a random column
        // with the same gaps; the complete drivers share one without gaps.
        let incomplete = pool.dropLast().indices.filter { pool[$0].contains { $0.isNaN } }
        var masks: [Int?] = incomplete.map { $0 }
        if incomplete.count < pool.count - 1 { masks.append(nil) }
        noiseMasks = masks
        noiseOf = pool.dropLast().indices.map { j in masks.firstIndex { $0 == j } ?? masks.count - 1 }
    }

    /// Runs the replicates around the full-sample estimates; nil when switched off or when fewer than
    /// 20 replicates could be estimated.
    func run(estimates: (weights: [Double], rSquared: Double), shapley fullShapley: [Double]?) -> Intervals? {
        let total = pool.first?.count ?? 0
        let k = pool.count - 1
        guard options.replicates > 0, total > 0, k > 0 else { return nil }
        var random = SeededRandom(seed: options.seed)
        let m = rowsPerReplicate
        var rSquared: [Double] = []
        var weights = Array(repeating: [Double](), count: k)
        var differences = Array(repeating: [Double](), count: k)
        var shapleys = Array(repeating: [Double](), count: k)
        var noiseWeights: [Double] = []
        var rows = [Int](repeating: 0, count: m)
        for _ in 0..<options.replicates {
            for index in 0..<m { rows[index] = random.below(total) }
            // Order does not matter to a correlation, and sorted rows read a large pool front to back.
            if m < total { rows.sort() }
            var columns = pool.map { Self.gather($0, at: rows) }
            let noise = noiseMasks.map { mask in
                (0..<m).map { row in mask.map { columns[$0][row].isNaN } == true ? .nan : random.normal() }
            }
            columns.insert(contentsOf: noise, at: k)
            let matrix = CorrelationMatrix(columns: columns, missing: missing)
            guard LinearAlgebra.cholesky(matrix.values) != nil, let withNoise = RegressionProblem(correlations: matrix.values),
                let noisy = DriverAnalysis.relativeWeights(withNoise)
            else { continue }
            let problem = withNoise.restricted(to: Array(0..<k))
            guard let plain = DriverAnalysis.relativeWeights(problem) else { continue }
            let values = shapley ? DriverAnalysis.shapley(problem) : nil
            if shapley && values == nil { continue }
            rSquared.append(plain.rSquared)
            noiseWeights.append(noisy.weights[k..<(k + noise.count)].reduce(0, +) / Double(noise.count))
            for j in 0..<k {
                weights[j].append(plain.weights[j])
                differences[j].append(noisy.weights[j] - noisy.weights[k + noiseOf[j]])
                if let values { shapleys[j].append(values[j]) }
            }
        }
        guard rSquared.count >= 20 else { return nil }
        let scale = (Double(m) / Double(total)).squareRoot()
        // The random column's weight shrinks like 1/n, so at the full sample it is m/n of a replicate's.
        let noiseAtFullSample = mean(noiseWeights) * Double(m) / Double(total)
        let interval = { (values: [Double], estimate: Double, floor: Double?) -> Interval in
            let spread = m < total ? rescaled(values, around: estimate, scale: scale) : values
            var result = percentile(spread, confidence: options.confidence)
            if let floor { result = Interval(low: Swift.max(floor, result.low), high: Swift.max(floor, result.high)) }
            return result
        }
        return Intervals(
            rSquared: interval(rSquared, estimates.rSquared, 0),
            weights: (0..<k).map { interval(weights[$0], estimates.weights[$0], 0) },
            shapley: fullShapley.map { full in (0..<k).map { interval(shapleys[$0], full[$0], nil) } },
            significant: (0..<k).map { j in
                interval(differences[j], estimates.weights[j] - noiseAtFullSample, nil).low > 0
            },
            replicates: rSquared.count)
    }

    /// The column's values at the rows, in their order.
    private static func gather(_ column: [Double], at rows: [Int]) -> [Double] {
        column.withUnsafeBufferPointer { source in
            [Double](unsafeUninitializedCapacity: rows.count) { target, count in
                rows.withUnsafeBufferPointer { rows in
                    for index in rows.indices { target[index] = source[rows[index]] }
                }
                count = rows.count
            }
        }
    }

    private func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(Swift.max(values.count, 1)) }

    /// The replicates moved to centre on the full-sample estimate with their spread shrunk by `scale`.
    private func rescaled(_ values: [Double], around estimate: Double, scale: Double) -> [Double] {
        let centre = mean(values)
        return values.map { estimate + ($0 - centre) * scale }
    }

    /// The equal-tailed percentile interval, interpolating between order statistics.
    private func percentile(_ values: [Double], confidence: Double) -> Interval {
        let sorted = values.sorted()
        let tail = (1 - confidence) / 2
        func quantile(_ q: Double) -> Double {
            let position = q * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = Swift.min(lower + 1, sorted.count - 1)
            let fraction = position - Double(lower)
            return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
        }
        return Interval(low: quantile(tail), high: quantile(1 - tail))
    }
}
