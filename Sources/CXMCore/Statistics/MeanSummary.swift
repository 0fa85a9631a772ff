import Foundation

/// The sufficient statistics of a sample of numbers: size, mean and sample variance.
public struct MeanSummary: Sendable, Hashable, Codable {
    /// The number of values.
    public var n: Int
    /// The arithmetic mean; 0 for an empty sample.
    public var mean: Double
    /// The sample variance with n − 1 in the denominator; 0 when n < 2.
    public var variance: Double

    /// Creates a summary from its parts.
    public init(n: Int, mean: Double, variance: Double) {
        self.n = n
        self.mean = mean
        self.variance = variance
    }

    /// Summarises the values with the corrected two-pass algorithm (Chan, Golub and LeVeque).
    public init(values: [Double]) {
        let count = Double(values.count)
        guard !values.isEmpty else {
            self.init(n: 0, mean: 0, variance: 0)
            return
        }
        let mean = values.reduce(0, +) / count
        guard values.count > 1 else {
            self.init(n: 1, mean: mean, variance: 0)
            return
        }
        var squares = 0.0
        var residual = 0.0
        for value in values {
            squares += (value - mean) * (value - mean)
            residual += value - mean
        }
        // The residual sum is zero in exact arithmetic; subtracting its square removes the rounding of the mean.
        let variance = Swift.max(0, squares - residual * residual / count) / (count - 1)
        self.init(n: values.count, mean: mean, variance: variance)
    }

    /// Summarises a sample from its count, sum and sum of squares, as a database aggregate returns them.
    ///
    /// The sum of squares minus n·mean² is formed with one fused multiply-add and floored at zero, so that
    /// a constant sample never gets a negative variance from rounding.
    public init(n: Int, sum: Double, sumOfSquares: Double) {
        guard n > 0 else {
            self.init(n: 0, mean: 0, variance: 0)
            return
        }
        let mean = sum / Double(n)
        guard n > 1 else {
            self.init(n: n, mean: mean, variance: 0)
            return
        }
        let squares = sumOfSquares.addingProduct(-sum, mean)
        self.init(n: n, mean: mean, variance: Swift.max(0, squares) / Double(n - 1))
    }

    /// The sample standard deviation.
    public var standardDeviation: Double { variance.squareRoot() }

    /// The standard error of the mean; 0 for an empty sample.
    public var standardError: Double { n > 0 ? (variance / Double(n)).squareRoot() : 0 }
}
