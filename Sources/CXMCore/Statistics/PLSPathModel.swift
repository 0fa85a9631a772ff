import Foundation

/// A PLS path model with reflective (Mode A) blocks, estimated by Wold's and Lohmöller's iteration.
struct PLSPathModel {
    /// Per latent variable, its standardised indicator columns.
    let blocks: [[[Double]]]
    /// Per latent variable, the latent variables with a path into it.
    let predecessors: [[Int]]
    /// The number of observations.
    let count: Int

    /// The estimated standardised outer weights and the number of rounds they took.
    struct Estimate {
        let weights: [[Double]]
        let iterations: Int
    }

    /// Creates a model; nil when an indicator is constant, lengths differ or a path points nowhere.
    init?(blocks: [[[Double]]], predecessors: [[Int]]) {
        guard blocks.count == predecessors.count, let count = blocks.first?.first?.count,
            predecessors.joined().allSatisfy(blocks.indices.contains)
        else { return nil }
        var standardizedBlocks: [[[Double]]] = []
        for block in blocks {
            let columns = block.compactMap { $0.count == count ? LinearAlgebra.standardized($0) : nil }
            guard !columns.isEmpty, columns.count == block.count else { return nil }
            standardizedBlocks.append(columns)
        }
        self.blocks = standardizedBlocks
        self.predecessors = predecessors
        self.count = count
    }

    /// Iterates outer and inner estimation until no weight moves by more than the tolerance.
    func estimate(scheme: PLSScheme, tolerance: Double, maximumIterations: Int) -> Estimate? {
        guard var weights = normalised(blocks.map { Array(repeating: 1.0, count: $0.count) }) else { return nil }
        for iteration in 1...maximumIterations {
            let latent = zip(blocks, weights).map { score(block: $0, weights: $1) }
            var proxies: [[Double]] = []
            for k in blocks.indices {
                guard let proxy = LinearAlgebra.standardized(innerProxy(of: k, latent: latent, scheme: scheme)) else {
                    return nil
                }
                proxies.append(proxy)
            }
            // Mode A: each weight is the covariance of its indicator with the inner proxy.
            let covariances = zip(blocks, proxies).map { block, proxy in
                block.map { LinearAlgebra.correlation(standardized: $0, proxy) }
            }
            guard let updated = normalised(covariances) else { return nil }
            let change = zip(weights.joined(), updated.joined()).map { abs($0 - $1) }.max() ?? 0
            weights = updated
            if change < tolerance { return Estimate(weights: weights, iterations: iteration) }
        }
        return nil
    }

    /// The block's latent score X·w.
    private func score(block: [[Double]], weights: [Double]) -> [Double] {
        (0..<count).map { row in zip(block, weights).reduce(0) { $0 + $1.0[row] * $1.1 } }
    }

    /// The inner estimate of one latent variable: its neighbours' scores weighted by the scheme.
    private func innerProxy(of k: Int, latent: [[Double]], scheme: PLSScheme) -> [Double] {
        let neighbours = predecessors[k] + predecessors.indices.filter { predecessors[$0].contains(k) }
        var innerWeights = neighbours.map { j in
            let r = LinearAlgebra.correlation(standardized: latent[k], latent[j])
            return scheme == .centroid ? (r < 0 ? -1.0 : 1.0) : r
        }
        if scheme == .path, !predecessors[k].isEmpty {
            // Predecessors enter with the coefficients of regressing this latent variable on them.
            let sources = predecessors[k]
            let matrix = sources.map { i in
                sources.map { LinearAlgebra.correlation(standardized: latent[i], latent[$0]) }
            }
            let targets = sources.map { LinearAlgebra.correlation(standardized: latent[$0], latent[k]) }
            if let coefficients = LinearAlgebra.solve(matrix, targets) {
                innerWeights.replaceSubrange(0..<sources.count, with: coefficients)
            }
        }
        return (0..<count).map { row in
            zip(neighbours, innerWeights).reduce(0) { $0 + $1.1 * latent[$1.0][row] }
        }
    }

    /// The weights rescaled so that every latent score has unit variance; nil when a score is constant.
    private func normalised(_ weights: [[Double]]) -> [[Double]]? {
        var result: [[Double]] = []
        for (block, w) in zip(blocks, weights) {
            let deviation = MeanSummary(values: score(block: block, weights: w)).standardDeviation
            guard deviation > 0, deviation.isFinite else { return nil }
            result.append(w.map { $0 / deviation })
        }
        return result
    }
}
