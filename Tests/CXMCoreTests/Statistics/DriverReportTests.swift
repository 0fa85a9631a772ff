import Foundation
import Testing

@testable import CXMCore

@Suite("Driver analysis report")
struct DriverReportTests {
    static func variable(_ id: String, _ values: [Double], kind: DriverKind = .column) -> DriverVariable {
        DriverVariable(id: id, label: id, kind: kind, values: values)
    }

    static func stackloss() throws -> DriverData {
        let rows = try StatsFixtures.load().driverAnalysis.rows
        return DriverData(
            outcome: variable("STACKLOSS", try #require(rows["STACKLOSS"])),
            drivers: try ["AIRFLOW", "WATERTEMP", "ACIDCONC"].map { variable($0, try #require(rows[$0])) })
    }

    /// Rows with a strong driver, a weak one and pure noise, from a seeded generator.
    static func synthetic(rows: Int, seed: UInt64 = 11) -> DriverData {
        var random = SeededRandom(seed: seed)
        let strong = (0..<rows).map { _ in random.normal() }
        let weak = (0..<rows).map { _ in random.normal() }
        let noise = (0..<rows).map { _ in random.normal() }
        let outcome = (0..<rows).map { 0.8 * strong[$0] + 0.25 * weak[$0] + random.normal() }
        return DriverData(
            outcome: variable("y", outcome),
            drivers: [variable("strong", strong), variable("weak", weak), variable("noise", noise)])
    }

    @Test("The full analysis reproduces the fixture's R², relative weights and Shapley values")
    func fixture() throws {
        let reference = try StatsFixtures.load().driverAnalysis

        let report = DriverAnalysis.analyse(try Self.stackloss(), options: DriverOptions(minimumPerDriver: 5, rowsPerDriver: 5))

        let byID = Dictionary(uniqueKeysWithValues: report.drivers.map { ($0.driver.id, $0) })
        #expect(isClose(report.rSquared, reference.rSquared))
        #expect(
            isClose(
                ["AIRFLOW", "WATERTEMP", "ACIDCONC"].map { byID[$0]?.relativeWeight ?? .nan }, reference.johnsonRelativeWeights))
        #expect(isClose(["AIRFLOW", "WATERTEMP", "ACIDCONC"].map { byID[$0]?.shapley ?? .nan }, reference.shapleyLmg))
        #expect(isClose(report.drivers.map(\.share).reduce(0, +), 100))
        #expect(report.n == 21 && report.problem == nil && report.excluded.isEmpty)
    }

    @Test("A strong driver is ranked with an interval around it; pure noise is shown but not ranked")
    func significance() throws {
        let report = DriverAnalysis.analyse(Self.synthetic(rows: 2_000))

        let byID = Dictionary(uniqueKeysWithValues: report.drivers.map { ($0.driver.id, $0) })
        let strong = try #require(byID["strong"])
        let noise = try #require(byID["noise"])
        #expect(strong.rank == 1 && strong.significant)
        #expect(byID["weak"]?.rank == 2)
        #expect(noise.rank == nil && !noise.significant)
        #expect(report.drivers.last?.driver.id == "noise")
        let interval = try #require(strong.relativeWeightInterval)
        #expect(interval.contains(strong.relativeWeight) && interval.high - interval.low < 0.1)
        #expect(report.rSquaredInterval?.contains(report.rSquared ?? -1) == true)
        #expect(report.replicates == 200)
    }

    @Test("The same seed gives the same intervals; no replicates give no intervals and rank nothing")
    func reproducible() {
        let data = Self.synthetic(rows: 300)

        let first = DriverAnalysis.analyse(data)
        let second = DriverAnalysis.analyse(data)
        let none = DriverAnalysis.analyse(data, options: DriverOptions(replicates: 0))

        #expect(first == second)
        #expect(none.drivers.allSatisfy { $0.relativeWeightInterval == nil && $0.rank == nil && !$0.significant })
        #expect(none.rSquared == first.rSquared)
    }

    @Test("Subsampled replicates still centre the interval on the full-sample estimate")
    func subsampled() throws {
        let data = Self.synthetic(rows: 20_000)

        let report = DriverAnalysis.analyse(data, options: DriverOptions(replicates: 60, replicateRows: 2_000, shapley: false))

        #expect(report.replicateRows == 2_000)
        let strong = try #require(report.drivers.first { $0.driver.id == "strong" })
        let interval = try #require(strong.relativeWeightInterval)
        #expect(interval.contains(strong.relativeWeight))
        // The full sample's spread, not a tenth of the sample's (√10 wider).
        #expect(interval.high - interval.low < 0.03)
        #expect(report.drivers.first { $0.driver.id == "noise" }?.significant == false)
    }

    @Test("Pairwise correlations use each pair's common rows (numpy reference)")
    func pairwise() {
        let nan = Double.nan
        let x1 = [1, nan, 3, 4, 5, 6, nan, 8, 9, 10, 11, 12]
        let x2 = [2, 1, 4, nan, 6, 5, 8, 7, 10, nan, 12, 11]
        let y = [1.5, 2.1, 2.9, 4.2, 5.1, 5.8, 7.2, 8.1, 8.8, 10.2, 11.1, 11.9]

        let matrix = CorrelationMatrix(columns: [x1, x2, y], missing: .pairwise)
        let listwise = CorrelationMatrix(columns: [x1, x2, y], missing: .listwise)

        #expect(isClose(matrix.values[0][1], 0.963457961559206) && matrix.pairCounts[0][1] == 8)
        #expect(isClose(matrix.values[0][2], 0.9984720916290474) && matrix.pairCounts[0][2] == 10)
        #expect(isClose(matrix.values[1][2], 0.9640302251252215) && matrix.pairCounts[1][2] == 10)
        #expect(listwise.rows == 8 && listwise.pairCounts[0][2] == 8)
    }

    @Test("The subset walk gives every subset's R² as a fresh regression does")
    func subsets() throws {
        var random = SeededRandom(seed: 5)
        let drivers = (0..<6).map { _ in (0..<80).map { _ in random.normal() } }
        let outcome = (0..<80).map { row in drivers.indices.reduce(0) { $0 + Double($1) * drivers[$1][row] } + random.normal() }
        let problem = try #require(RegressionProblem(outcome: outcome, drivers: drivers))

        let all = try #require(SubsetRSquared(problem).all())

        for mask in 0..<(1 << 6) {
            let subset = (0..<6).filter { mask & (1 << $0) != 0 }
            #expect(isClose(all[mask], try #require(problem.rSquared(of: subset)), tolerance: 1e-10))
        }
    }

    @Test("Drivers that cannot be estimated are set aside with the reason; the rest are estimated")
    func exclusions() throws {
        var data = Self.synthetic(rows: 200)
        let strong = data.drivers[0].values
        let weak = data.drivers[1].values
        data.drivers += [
            Self.variable("constant", Array(repeating: 3, count: 200)),
            Self.variable("sum", zip(strong, weak).map { $0 + 2 * $1 }),
            Self.variable("rare", (0..<200).map { $0 < 12 ? Double($0 % 3) : .nan }),
        ]

        let report = DriverAnalysis.analyse(data, options: DriverOptions(replicates: 0))

        let excluded = Dictionary(uniqueKeysWithValues: report.excluded.map { ($0.driver.id, $0) })
        #expect(excluded["constant"]?.reason == .noVariance)
        #expect(excluded["sum"]?.reason == .collinear && excluded["sum"]?.collinearWith == ["strong", "weak"])
        #expect(excluded["rare"]?.reason == .tooFewAnswers && excluded["rare"]?.pairN == 12 && excluded["rare"]?.needed == 30)
        #expect(Set(report.drivers.map(\.driver.id)) == ["strong", "weak", "noise"])
        #expect(report.problem == nil)
    }

    @Test(
        "An analysis that cannot be estimated says why and what it needs",
        arguments: [
            (35, 5, false, DriverProblem(reason: .tooFewResponses, n: 35, needed: 80)),
            (20, 0, false, DriverProblem(reason: .noDrivers, n: 20)),
            (200, 0, true, DriverProblem(reason: .outcomeWithoutVariance, n: 200)),
        ])
    func problems(rows: Int, extraDrivers: Int, constantOutcome: Bool, expected: DriverProblem) {
        var data = Self.synthetic(rows: rows)
        var random = SeededRandom(seed: 3)
        for index in 0..<extraDrivers {
            data.drivers.append(Self.variable("extra\(index)", (0..<rows).map { _ in random.normal() }))
        }
        if constantOutcome { data.outcome.values = Array(repeating: 7, count: rows) }

        let report = DriverAnalysis.analyse(data, options: DriverOptions(replicates: 0))

        #expect(report.problem == expected)
        #expect(report.rSquared == nil && report.drivers.isEmpty)
    }

    @Test("Pairwise correlations that contradict each other are reported, never turned into an R² above 1")
    func contradictoryPairs() {
        var random = SeededRandom(seed: 21)
        var outcome = [Double](repeating: .nan, count: 900)
        var a = [Double](repeating: .nan, count: 900)
        var b = [Double](repeating: .nan, count: 900)
        for row in 0..<600 {
            outcome[row] = random.normal()
            if row < 300 { a[row] = outcome[row] + 0.3 * random.normal() } else { b[row] = outcome[row] + 0.3 * random.normal() }
        }
        for row in 600..<900 {
            a[row] = random.normal()
            b[row] = random.normal()
        }
        let data = DriverData(outcome: Self.variable("y", outcome), drivers: [Self.variable("a", a), Self.variable("b", b)])

        let report = DriverAnalysis.analyse(data, options: DriverOptions(replicates: 0))

        #expect(report.problem?.reason == .inconsistentPairwise)
        #expect(report.rSquared == nil)
    }
}
