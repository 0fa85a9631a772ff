import Foundation

/// R² of the regression on every subset of the drivers, which the Shapley decomposition needs.
///
/// The subsets are walked as a tree in which a child adds one driver with a higher index than any in
/// its parent, so its Cholesky factor is the parent's plus one row: O(|S|²) work per subset instead of a
/// fresh O(|S|³) factorisation. With z = L⁻¹·r_S, R²(S) = |z|², so each child also adds one term to R².
struct SubsetRSquared {
    /// How close to 1 a driver's R² on the drivers before it may come before it counts as collinear.
    static let collinearityTolerance = 1e-10

    private let k: Int
    private let correlations: [Double]
    private let outcome: [Double]

    init(_ problem: RegressionProblem) {
        k = problem.outcomeCorrelations.count
        correlations = Array(problem.driverCorrelations.joined())
        outcome = problem.outcomeCorrelations
    }

    /// R² indexed by the subset's bit mask (bit j for driver j); nil when some subset is collinear.
    func all() -> [Double]? {
        var rSquared = [Double](repeating: 0, count: 1 << k)
        var factor = [Double](repeating: 0, count: k * k)
        var z = [Double](repeating: 0, count: k)
        var chosen = [Int](repeating: 0, count: k)
        var scratch = [Double](repeating: 0, count: k)
        let complete = rSquared.withUnsafeMutableBufferPointer { rSquared in
            factor.withUnsafeMutableBufferPointer { factor in
                z.withUnsafeMutableBufferPointer { z in
                    chosen.withUnsafeMutableBufferPointer { chosen in
                        scratch.withUnsafeMutableBufferPointer { scratch in
                            var walk = Walk(
                                k: k, correlations: correlations, outcome: outcome, rSquared: rSquared, factor: factor,
                                z: z, chosen: chosen, scratch: scratch)
                            return walk.extend(mask: 0, depth: 0, after: -1, rSquared: 0)
                        }
                    }
                }
            }
        }
        return complete ? rSquared : nil
    }

    /// The state of the walk, over buffers that live for the whole enumeration.
    private struct Walk {
        let k: Int
        let correlations: [Double]
        let outcome: [Double]
        let rSquared: UnsafeMutableBufferPointer<Double>
        /// Row d holds the Cholesky row of the d-th driver chosen on the current path.
        let factor: UnsafeMutableBufferPointer<Double>
        let z: UnsafeMutableBufferPointer<Double>
        let chosen: UnsafeMutableBufferPointer<Int>
        let scratch: UnsafeMutableBufferPointer<Double>

        /// Visits every child of the subset `mask` (of `depth` drivers, the highest `after`); false on collinearity.
        mutating func extend(mask: Int, depth: Int, after: Int, rSquared base: Double) -> Bool {
            guard after + 1 < k else { return true }
            for j in (after + 1)..<k {
                // y = L⁻¹·R[S, j], the new row's off-diagonal part.
                var norm = 0.0
                var projection = 0.0
                for a in 0..<depth {
                    var value = correlations[chosen[a] * k + j]
                    for b in 0..<a { value -= factor[a * k + b] * scratch[b] }
                    value /= factor[a * k + a]
                    scratch[a] = value
                    norm += value * value
                    projection += value * z[a]
                }
                let pivot = 1 - norm
                guard pivot > SubsetRSquared.collinearityTolerance else { return false }
                let diagonal = pivot.squareRoot()
                for a in 0..<depth { factor[depth * k + a] = scratch[a] }
                factor[depth * k + depth] = diagonal
                let term = (outcome[j] - projection) / diagonal
                z[depth] = term
                chosen[depth] = j
                let child = mask | (1 << j)
                rSquared[child] = base + term * term
                guard extend(mask: child, depth: depth + 1, after: j, rSquared: rSquared[child]) else { return false }
            }
            return true
        }
    }
}
