import Foundation

/// How answers missing from some columns are handled when correlating them.
public enum MissingAnswers: String, Sendable, Codable, CaseIterable, Hashable {
    /// Each pair of columns uses every row where both are answered: nothing is thrown away, but the pairs
    /// rest on different rows.
    case pairwise
    /// Only rows where every column is answered: one consistent sample, often a much smaller one.
    case listwise
}

/// The correlations among columns of numbers in which `nan` marks a missing answer, with the counts and
/// the means and standard deviations behind them.
struct CorrelationMatrix: Sendable {
    /// The Pearson correlations, 1 on the diagonal; `nan` for a pair with fewer than three common rows or
    /// a column without variance in those rows.
    var values: [[Double]]
    /// The number of rows both columns of a pair answer (each column's own count on the diagonal).
    var pairCounts: [[Int]]
    /// Each column's mean over its answered rows (over the complete rows when listwise).
    var means: [Double]
    /// Each column's standard deviation (n − 1) over the same rows.
    var deviations: [Double]
    /// The number of rows used: every row pairwise, the complete rows listwise.
    var rows: Int

    /// Correlates the columns, which must all have the same length.
    init(columns: [[Double]], missing: MissingAnswers) {
        let k = columns.count
        let length = columns.first?.count ?? 0
        var data = columns
        if missing == .listwise {
            let complete = (0..<length).filter { row in columns.allSatisfy { !$0[row].isNaN } }
            if complete.count < length { data = columns.map { column in complete.map { column[$0] } } }
        }
        rows = data.first?.count ?? 0
        var answered = [Int](repeating: 0, count: k)
        var means = [Double](repeating: .nan, count: k)
        var centred: [[Double]] = []
        var present: [[Double]?] = Array(repeating: nil, count: k)
        centred.reserveCapacity(k)
        for j in 0..<k {
            // Centring each column on its own mean first keeps the sums of squares small and exact enough.
            let (count, mean) = Self.countAndMean(data[j])
            answered[j] = count
            means[j] = mean
            let (values, mask) = Self.centred(data[j], on: mean, complete: count == rows)
            centred.append(values)
            present[j] = mask
        }
        self.means = means
        let squares = centred.map { Self.dot($0, $0) }
        deviations = zip(squares, answered).map { sum, count in count > 1 ? (sum / Double(count - 1)).squareRoot() : .nan }
        var values = Array(repeating: Array(repeating: 1.0, count: k), count: k)
        var counts = Array(repeating: Array(repeating: 0, count: k), count: k)
        for i in 0..<k {
            counts[i][i] = answered[i]
            if !(deviations[i] > 0) { values[i][i] = .nan }
            for j in 0..<i {
                let (r, n) = Self.correlation(
                    centred[i], present[i], squares[i], centred[j], present[j], squares[j], rows: rows)
                values[i][j] = r
                values[j][i] = r
                counts[i][j] = n
                counts[j][i] = n
            }
        }
        self.values = values
        pairCounts = counts
    }

    /// The number of answered values and their mean (`nan` when none is).
    private static func countAndMean(_ column: [Double]) -> (Int, Double) {
        column.withUnsafeBufferPointer { values in
            var count = 0
            var sum = 0.0
            for value in values where !value.isNaN {
                count += 1
                sum += value
            }
            return (count, count == 0 ? .nan : sum / Double(count))
        }
    }

    /// The column minus its mean with 0 where missing, and a 1/0 mask of the answered rows unless all are.
    private static func centred(_ column: [Double], on mean: Double, complete: Bool) -> ([Double], [Double]?) {
        var values = [Double](repeating: 0, count: column.count)
        var mask = complete ? nil : [Double](repeating: 0, count: column.count)
        column.withUnsafeBufferPointer { source in
            values.withUnsafeMutableBufferPointer { target in
                for index in source.indices where !source[index].isNaN { target[index] = source[index] - mean }
            }
            if mask != nil {
                mask!.withUnsafeMutableBufferPointer { target in
                    for index in source.indices where !source[index].isNaN { target[index] = 1 }
                }
            }
        }
        return (values, mask)
    }

    /// The correlation of two centred columns (0 where missing) and their common row count. A `nil`
    /// presence mask means the column is complete, which turns the pair into one dot product.
    private static func correlation(
        _ x: [Double], _ xPresent: [Double]?, _ xSquares: Double, _ y: [Double], _ yPresent: [Double]?,
        _ ySquares: Double, rows: Int
    ) -> (Double, Int) {
        let products = dot(x, y)
        var n = Double(rows)
        var sumX = 0.0
        var sumY = 0.0
        var squaresX = xSquares
        var squaresY = ySquares
        if let yPresent {
            n = xPresent.map { dot($0, yPresent) } ?? dot(yPresent, yPresent)
            sumX = dot(x, yPresent)
            squaresX = dot(x, x, yPresent)
        }
        if let xPresent {
            if yPresent == nil { n = dot(xPresent, xPresent) }
            sumY = dot(y, xPresent)
            squaresY = dot(y, y, xPresent)
        }
        let count = Int(n.rounded())
        guard count >= 3 else { return (.nan, count) }
        let covariance = products - sumX * sumY / n
        let varianceX = squaresX - sumX * sumX / n
        let varianceY = squaresY - sumY * sumY / n
        guard varianceX > 1e-12 * Swift.max(1, xSquares), varianceY > 1e-12 * Swift.max(1, ySquares) else {
            return (.nan, count)
        }
        return (Swift.min(1, Swift.max(-1, covariance / (varianceX * varianceY).squareRoot())), count)
    }

    /// Σ aᵢ·bᵢ, written over raw buffers so that the optimiser vectorises it.
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var sums = (0.0, 0.0, 0.0, 0.0)
                let count = Swift.min(a.count, b.count)
                var index = 0
                while index + 4 <= count {
                    sums.0 += a[index] * b[index]
                    sums.1 += a[index + 1] * b[index + 1]
                    sums.2 += a[index + 2] * b[index + 2]
                    sums.3 += a[index + 3] * b[index + 3]
                    index += 4
                }
                while index < count {
                    sums.0 += a[index] * b[index]
                    index += 1
                }
                return (sums.0 + sums.1) + (sums.2 + sums.3)
            }
        }
    }

    /// Σ aᵢ·bᵢ·cᵢ.
    static func dot(_ a: [Double], _ b: [Double], _ c: [Double]) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeBufferPointer { c in
                    var sums = (0.0, 0.0)
                    let count = Swift.min(a.count, b.count, c.count)
                    var index = 0
                    while index + 2 <= count {
                        sums.0 += a[index] * b[index] * c[index]
                        sums.1 += a[index + 1] * b[index + 1] * c[index + 1]
                        index += 2
                    }
                    if index < count { sums.0 += a[index] * b[index] * c[index] }
                    return sums.0 + sums.1
                }
            }
        }
    }
}
