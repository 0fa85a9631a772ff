import Foundation

/// The small dense linear algebra the statistics need: correlations, Cholesky and Jacobi eigenvalues.
///
/// Matrices are row-major `[[Double]]`; sizes are a handful of drivers or items, so clarity beats speed.
enum LinearAlgebra {
    /// The values minus their mean, divided by their standard deviation (n − 1); nil for constant values.
    static func standardized(_ values: [Double]) -> [Double]? {
        let summary = MeanSummary(values: values)
        let deviation = summary.standardDeviation
        guard summary.n >= 2, deviation > 0, deviation.isFinite else { return nil }
        return values.map { ($0 - summary.mean) / deviation }
    }

    /// The Pearson correlation of two standardized columns of equal length.
    static func correlation(standardized a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } / Double(a.count - 1)
    }

    /// The correlation matrix of the columns; nil when a column is constant or the lengths differ.
    static func correlationMatrix(_ columns: [[Double]]) -> [[Double]]? {
        guard let length = columns.first?.count, columns.allSatisfy({ $0.count == length }) else { return nil }
        var standardizedColumns: [[Double]] = []
        for column in columns {
            guard let z = standardized(column) else { return nil }
            standardizedColumns.append(z)
        }
        let k = columns.count
        var matrix = Array(repeating: Array(repeating: 1.0, count: k), count: k)
        for i in 0..<k {
            for j in 0..<i {
                let r = Swift.min(1, Swift.max(-1, correlation(standardized: standardizedColumns[i], standardizedColumns[j])))
                matrix[i][j] = r
                matrix[j][i] = r
            }
        }
        return matrix
    }

    /// The lower-triangular L with L·Lᵀ = A; nil when A is not (numerically) positive definite.
    static func cholesky(_ a: [[Double]]) -> [[Double]]? {
        let k = a.count
        var l = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        for i in 0..<k {
            for j in 0...i {
                var sum = a[i][j]
                for m in 0..<j { sum -= l[i][m] * l[j][m] }
                if i == j {
                    // A pivot lost to rounding means the columns are collinear.
                    guard sum > 1e-12 * Swift.max(1, abs(a[i][i])) else { return nil }
                    l[i][i] = sum.squareRoot()
                } else {
                    l[i][j] = sum / l[j][j]
                }
            }
        }
        return l
    }

    /// Solves A·x = b given the Cholesky factor L of A.
    static func solve(cholesky l: [[Double]], _ b: [Double]) -> [Double] {
        let k = b.count
        var y = b
        for i in 0..<k {
            for m in 0..<i { y[i] -= l[i][m] * y[m] }
            y[i] /= l[i][i]
        }
        var x = y
        for i in (0..<k).reversed() {
            for m in (i + 1)..<k { x[i] -= l[m][i] * x[m] }
            x[i] /= l[i][i]
        }
        return x
    }

    /// Solves the symmetric positive definite system A·x = b; nil when A is singular.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        guard let l = cholesky(a) else { return nil }
        return solve(cholesky: l, b)
    }

    /// The eigenvalues and eigenvectors (as columns of `vectors`) of a symmetric matrix, by cyclic Jacobi
    /// rotations; nil if the rotations fail to converge in 100 sweeps.
    static func symmetricEigen(_ matrix: [[Double]]) -> (values: [Double], vectors: [[Double]])? {
        let k = matrix.count
        var a = matrix
        var v = (0..<k).map { i in (0..<k).map { j in i == j ? 1.0 : 0.0 } }
        let scale = Swift.max(1, a.joined().reduce(0) { $0 + $1 * $1 })
        for _ in 0..<100 {
            var offDiagonal = 0.0
            for i in 0..<k { for j in 0..<k where i != j { offDiagonal += a[i][j] * a[i][j] } }
            if offDiagonal <= 1e-30 * scale { return ((0..<k).map { a[$0][$0] }, v) }
            for p in 0..<k {
                for q in (p + 1)..<k where a[p][q] != 0 {
                    rotate(&a, &v, p, q)
                }
            }
        }
        return nil
    }

    /// V·diag(f(λ))·Vᵀ for an eigendecomposition, such as a matrix square root.
    static func matrixFunction(
        _ eigen: (values: [Double], vectors: [[Double]]), _ f: (Double) -> Double
    ) -> [[Double]] {
        let k = eigen.values.count
        let scaled = eigen.values.map(f)
        var result = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        for i in 0..<k {
            for j in 0..<k {
                for m in 0..<k { result[i][j] += eigen.vectors[i][m] * scaled[m] * eigen.vectors[j][m] }
            }
        }
        return result
    }

    /// The product of a matrix and a vector.
    static func multiply(_ matrix: [[Double]], _ vector: [Double]) -> [Double] {
        matrix.map { row in zip(row, vector).reduce(0.0) { $0 + $1.0 * $1.1 } }
    }

    /// One Jacobi rotation that zeroes a[p][q], applied to the matrix and accumulated into the vectors.
    private static func rotate(_ a: inout [[Double]], _ v: inout [[Double]], _ p: Int, _ q: Int) {
        let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
        let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for m in 0..<a.count {
            let (amp, amq) = (a[m][p], a[m][q])
            a[m][p] = c * amp - s * amq
            a[m][q] = s * amp + c * amq
        }
        for m in 0..<a.count {
            let (apm, aqm) = (a[p][m], a[q][m])
            a[p][m] = c * apm - s * aqm
            a[q][m] = s * apm + c * aqm
        }
        for m in 0..<v.count {
            let (vmp, vmq) = (v[m][p], v[m][q])
            v[m][p] = c * vmp - s * vmq
            v[m][q] = s * vmp + c * vmq
        }
    }
}
