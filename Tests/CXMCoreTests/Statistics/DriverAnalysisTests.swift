import Testing

@testable import CXMCore

@Suite("Driver analysis")
struct DriverAnalysisTests {
    /// The stackloss outcome and its three drivers from the fixture.
    static func stackloss() throws -> (outcome: [Double], drivers: [[Double]]) {
        let rows = try StatsFixtures.load().driverAnalysis.rows
        return (
            try #require(rows["STACKLOSS"]),
            try ["AIRFLOW", "WATERTEMP", "ACIDCONC"].map { try #require(rows[$0]) }
        )
    }

    @Test("Johnson's relative weights and R² match the reference")
    func relativeWeights() throws {
        let reference = try StatsFixtures.load().driverAnalysis
        let data = try Self.stackloss()

        let result = try #require(DriverAnalysis.relativeWeights(outcome: data.outcome, drivers: data.drivers))

        #expect(isClose(result.rSquared, reference.rSquared))
        #expect(isClose(result.weights, reference.johnsonRelativeWeights))
        #expect(isClose(result.weights.reduce(0, +), reference.rSquared))
    }

    @Test("The Shapley (LMG) decomposition matches the reference and sums to R²")
    func shapley() throws {
        let reference = try StatsFixtures.load().driverAnalysis
        let data = try Self.stackloss()

        let values = try #require(DriverAnalysis.shapley(outcome: data.outcome, drivers: data.drivers))

        #expect(isClose(values, reference.shapleyLmg))
        #expect(isClose(values.reduce(0, +), reference.rSquared))
    }

    @Test("Uncorrelated drivers split R² by their squared correlations in both methods")
    func orthogonal() throws {
        let first: [Double] = [1, -1, 1, -1, 1, -1, 1, -1]
        let second: [Double] = [1, 1, -1, -1, 1, 1, -1, -1]
        let outcome = zip(first, second).enumerated().map { 2 * $1.0 + $1.1 + ($0 == 3 ? 0.5 : 0) }

        let johnson = try #require(DriverAnalysis.relativeWeights(outcome: outcome, drivers: [first, second]))
        let shapley = try #require(DriverAnalysis.shapley(outcome: outcome, drivers: [first, second]))

        #expect(isClose(johnson.weights, shapley, tolerance: 1e-12))
        #expect(johnson.weights[0] > 3 * johnson.weights[1])
    }

    @Test("Degenerate data give no decomposition")
    func degenerate() throws {
        let data = try Self.stackloss()
        let cases: [(outcome: [Double], drivers: [[Double]])] = [
            (data.outcome, []),
            (data.outcome, [Array(data.drivers[0].dropLast())]),
            (data.outcome, [data.drivers[0], data.drivers[0].map { 2 * $0 + 1 }]),
            (data.outcome, [Array(repeating: 3, count: data.outcome.count)]),
            (Array(data.outcome.prefix(3)), data.drivers.map { Array($0.prefix(3)) }),
        ]

        for (outcome, drivers) in cases {
            #expect(DriverAnalysis.relativeWeights(outcome: outcome, drivers: drivers) == nil)
            #expect(DriverAnalysis.shapley(outcome: outcome, drivers: drivers) == nil)
        }
    }

    @Test("Shapley refuses more drivers than the exact enumeration allows")
    func tooManyDrivers() {
        let drivers = (0..<16).map { j in (0..<40).map { Double(($0 * (j + 3)) % 17) } }
        let outcome = (0..<40).map { Double($0 % 7) }

        #expect(DriverAnalysis.shapley(outcome: outcome, drivers: drivers) == nil)
    }
}
