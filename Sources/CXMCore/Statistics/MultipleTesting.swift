import Foundation

/// Adjusted p-values for a family of tests, such as every segment compared with the rest at once.
public enum MultipleTesting {
    /// Holm's step-down adjustment, which controls the family-wise error rate.
    ///
    /// The adjusted values come back in input order, capped at 1 and monotone in the raw p-values.
    public static func holm(_ pValues: [Double]) -> [Double] {
        let m = Double(pValues.count)
        var adjusted = pValues
        var running = 0.0
        for (rank, index) in ascendingOrder(pValues).enumerated() {
            running = Swift.max(running, Swift.min(1, (m - Double(rank)) * pValues[index]))
            adjusted[index] = pValues[index].isNaN ? .nan : running
        }
        return adjusted
    }

    /// The Benjamini–Hochberg step-up adjustment, which controls the false discovery rate.
    ///
    /// The adjusted values come back in input order, capped at 1 and monotone in the raw p-values.
    public static func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
        let m = Double(pValues.count)
        var adjusted = pValues
        var running = 1.0
        for (rank, index) in ascendingOrder(pValues).enumerated().reversed() {
            running = Swift.min(running, m / Double(rank + 1) * pValues[index])
            adjusted[index] = pValues[index].isNaN ? .nan : running
        }
        return adjusted
    }

    /// The indexes of the p-values from smallest to largest; NaN sorts last so it cannot disturb the others.
    private static func ascendingOrder(_ pValues: [Double]) -> [Int] {
        pValues.indices.sorted { first, second in
            let a = pValues[first].isNaN ? Double.infinity : pValues[first]
            let b = pValues[second].isNaN ? Double.infinity : pValues[second]
            return a < b || (a == b && first < second)
        }
    }
}

/// The multiple-testing correction applied to a family of p-values.
public enum Correction: String, Sendable, Codable, CaseIterable {
    /// Raw p-values.
    case none
    /// Holm's family-wise correction.
    case holm
    /// Benjamini–Hochberg's false-discovery-rate correction.
    case benjaminiHochberg = "bh"

    /// The p-values adjusted by this correction, in input order.
    public func adjust(_ p: [Double]) -> [Double] {
        switch self {
        case .none: p
        case .holm: MultipleTesting.holm(p)
        case .benjaminiHochberg: MultipleTesting.benjaminiHochberg(p)
        }
    }
}
