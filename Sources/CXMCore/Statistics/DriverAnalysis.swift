import Foundation

/// Key-driver analysis: how much of an outcome's explained variance (R²) each driver accounts for, even
/// when the drivers correlate with one another as survey items do.
public enum DriverAnalysis {
    /// The most drivers the exact Shapley decomposition accepts (2ⁿ regressions).
    public static let maximumShapleyDrivers = 15

    /// Johnson's (2000) relative weights, which sum to R², together with R² itself.
    ///
    /// `drivers[j]` is the column of driver j, aligned with `outcome`. Returns nil without drivers, with
    /// mismatched lengths, no more rows than drivers, non-finite or constant values, or collinear drivers.
    public static func relativeWeights(outcome: [Double], drivers: [[Double]]) -> (weights: [Double], rSquared: Double)? {
        RegressionProblem(outcome: outcome, drivers: drivers).flatMap(relativeWeights)
    }

    /// The Shapley value (LMG) decomposition of R²: each driver's gain in R², averaged over every order
    /// of entering the drivers into the regression. The values sum to R².
    ///
    /// Returns nil for the cases `relativeWeights` rejects and for more than `maximumShapleyDrivers`.
    public static func shapley(outcome: [Double], drivers: [[Double]]) -> [Double]? {
        RegressionProblem(outcome: outcome, drivers: drivers).flatMap(shapley)
    }

    /// Johnson's relative weights of a problem held as correlations.
    static func relativeWeights(_ problem: RegressionProblem) -> (weights: [Double], rSquared: Double)? {
        guard let rSquared = problem.rSquared(of: Array(problem.outcomeCorrelations.indices)),
            let eigen = LinearAlgebra.symmetricEigen(problem.driverCorrelations),
            eigen.values.allSatisfy({ $0 > 1e-12 })
        else { return nil }
        // Λ = V·diag(√λ)·Vᵀ links the drivers to their closest orthogonal counterparts Z, and
        // β = Λ⁻¹·r regresses the outcome on Z.
        let lambda = LinearAlgebra.matrixFunction(eigen) { $0.squareRoot() }
        let inverse = LinearAlgebra.matrixFunction(eigen) { 1 / $0.squareRoot() }
        let beta = LinearAlgebra.multiply(inverse, problem.outcomeCorrelations)
        let weights = lambda.map { row in
            zip(row, beta).reduce(0.0) { sum, pair in sum + pair.0 * pair.0 * pair.1 * pair.1 }
        }
        return (weights, rSquared)
    }

    /// The Shapley decomposition of a problem held as correlations; nil beyond `maximumShapleyDrivers` or
    /// when any subset of drivers is collinear.
    static func shapley(_ problem: RegressionProblem) -> [Double]? {
        let k = problem.outcomeCorrelations.count
        guard k <= maximumShapleyDrivers, let rSquared = SubsetRSquared(problem).all() else { return nil }
        // An order puts a subset of size s before driver j in s!(k − s − 1)!/k! of all k! orders.
        let orderShare = (0..<k).map { s in 1 / (Double(k) * binomial(k - 1, s)) }
        return (0..<k).map { j in
            let bit = 1 << j
            var sum = 0.0
            for subset in 0..<(1 << k) where subset & bit == 0 {
                sum += orderShare[subset.nonzeroBitCount] * (rSquared[subset | bit] - rSquared[subset])
            }
            return sum
        }
    }

    /// The binomial coefficient n choose k as a Double.
    private static func binomial(_ n: Int, _ k: Int) -> Double {
        (0..<k).reduce(1.0) { $0 * Double(n - $1) / Double($1 + 1) }
    }
}

/// A linear regression of an outcome on drivers, held as correlations so that any subset's R² is one
/// small Cholesky solve away.
struct RegressionProblem {
    /// The correlations among the drivers.
    let driverCorrelations: [[Double]]
    /// The correlation of each driver with the outcome.
    let outcomeCorrelations: [Double]

    /// Creates the problem; nil without drivers, with mismatched lengths, too few rows, non-finite or
    /// constant values.
    init?(outcome: [Double], drivers: [[Double]]) {
        guard !drivers.isEmpty, outcome.count > drivers.count, drivers.allSatisfy({ $0.count == outcome.count }),
            outcome.allSatisfy(\.isFinite), drivers.joined().allSatisfy(\.isFinite),
            let matrix = LinearAlgebra.correlationMatrix(drivers + [outcome])
        else { return nil }
        self.init(correlations: matrix)
    }

    /// The problem of a correlation matrix whose last column is the outcome; nil when it holds `nan`.
    init?(correlations matrix: [[Double]]) {
        let k = matrix.count - 1
        guard k >= 1, matrix.joined().allSatisfy(\.isFinite) else { return nil }
        driverCorrelations = matrix.prefix(k).map { Array($0.prefix(k)) }
        outcomeCorrelations = Array(matrix[k].prefix(k))
    }

    /// The problem restricted to some drivers, in the order given.
    func restricted(to drivers: [Int]) -> RegressionProblem {
        RegressionProblem(
            driverCorrelations: drivers.map { i in drivers.map { driverCorrelations[i][$0] } },
            outcomeCorrelations: drivers.map { outcomeCorrelations[$0] })
    }

    private init(driverCorrelations: [[Double]], outcomeCorrelations: [Double]) {
        self.driverCorrelations = driverCorrelations
        self.outcomeCorrelations = outcomeCorrelations
    }

    /// R² of the regression on the drivers at the indexes, r_Sᵀ·R_SS⁻¹·r_S; 0 for no drivers, nil when
    /// they are collinear.
    func rSquared(of subset: [Int]) -> Double? {
        guard !subset.isEmpty else { return 0 }
        let matrix = subset.map { i in subset.map { driverCorrelations[i][$0] } }
        let targets = subset.map { outcomeCorrelations[$0] }
        guard let coefficients = LinearAlgebra.solve(matrix, targets) else { return nil }
        return zip(coefficients, targets).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
