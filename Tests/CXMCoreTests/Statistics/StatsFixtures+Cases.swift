import Foundation
import Testing

extension StatsFixtures {
    /// A low/high pair with an optional standard error or centre.
    struct Bounds: Decodable, Sendable {
        let low: Double
        let high: Double
        let se: Double?
        let center: Double?
    }

    /// One NPS interval case.
    struct NPSIntervalCase: Decodable, Sendable, CustomTestStringConvertible {
        let promoters: Int
        let passives: Int
        let detractors: Int
        let nps: Double
        let wald: Bounds
        let adjustedWald: Bounds

        enum CodingKeys: String, CodingKey {
            case promoters, passives, detractors, nps, wald, adjustedWald = "adjusted_wald"
        }

        var testDescription: String { "\(promoters)/\(passives)/\(detractors)" }
    }

    /// One NPS difference test case; a and b are promoters, passives, detractors.
    struct NPSDifferenceCase: Decodable, Sendable, CustomTestStringConvertible {
        let a: [Int]
        let b: [Int]
        let difference: Double
        let z: Double
        let pTwoSided: Double

        enum CodingKeys: String, CodingKey { case a, b, difference, z, pTwoSided = "p_two_sided" }

        var testDescription: String { "\(a) vs \(b)" }
    }

    /// One Wilson interval case.
    struct ProportionCase: Decodable, Sendable, CustomTestStringConvertible {
        let successes: Int
        let n: Int
        let wilson: Bounds

        var testDescription: String { "\(successes)/\(n)" }
    }

    /// The t interval of a list of answers.
    struct MeanInterval: Decodable, Sendable {
        let values: [Double]
        let mean: Double
        let low: Double
        let high: Double
    }

    /// Three items' answers, their scores and the equal-weight index.
    struct NKIEqualWeights: Decodable, Sendable {
        let items: [String: [Double]]
        let itemScores: [String: Double]
        let index: Double

        enum CodingKeys: String, CodingKey { case items, itemScores = "item_scores", index }
    }

    /// A p-chart's data and limits.
    struct PChart: Decodable, Sendable {
        let n: [Int]
        let count: [Int]
        let pbar: Double
        let ucl: [Double]
        let lcl: [Double]
        let outOfControlIndexes: [Int]

        enum CodingKeys: String, CodingKey { case n, count, pbar, ucl, lcl, outOfControlIndexes = "out_of_control_indexes" }
    }

    /// An EWMA chart's data, parameters and output.
    struct EWMA: Decodable, Sendable {
        let x: [Double]
        let target: Double
        let sigma: Double
        let lambda: Double
        let limitWidth: Double
        let z: [Double]
        let lcl: [Double]
        let ucl: [Double]
        let firstSignalIndex: Int

        enum CodingKeys: String, CodingKey {
            case x, target, sigma, lambda, limitWidth = "L", z, lcl, ucl, firstSignalIndex = "first_signal_index"
        }
    }

    /// The stackloss data with its R², relative weights and Shapley values.
    struct DriverAnalysisData: Decodable, Sendable {
        let rows: [String: [Double]]
        let rSquared: Double
        let johnsonRelativeWeights: [Double]
        let shapleyLmg: [Double]

        enum CodingKeys: String, CodingKey {
            case rows, rSquared = "r_squared", johnsonRelativeWeights = "johnson_relative_weights"
            case shapleyLmg = "shapley_lmg"
        }
    }

    /// Raw p-values and their Holm and Benjamini–Hochberg adjustments.
    struct MultipleTestingData: Decodable, Sendable {
        let pValues: [Double]
        let holm: [Double]
        let benjaminiHochberg: [Double]

        enum CodingKeys: String, CodingKey { case pValues = "p_values", holm, benjaminiHochberg = "benjamini_hochberg" }
    }

    /// One NPS sample-size case.
    struct SampleSizeCase: Decodable, Sendable, CustomTestStringConvertible {
        let promoterShare: Double
        let detractorShare: Double
        let marginPoints: Double
        let n: Int

        enum CodingKeys: String, CodingKey {
            case promoterShare = "promoter_share", detractorShare = "detractor_share"
            case marginPoints = "margin_points", n
        }

        var testDescription: String { "±\(marginPoints) points" }
    }
}
