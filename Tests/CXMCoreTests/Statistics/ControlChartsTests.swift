import Testing

@testable import CXMCore

@Suite("Control charts")
struct ControlChartsTests {
    @Test("The p-chart's centre line, limits and signals match the reference")
    func pChart() throws {
        let reference = try StatsFixtures.load().pChart

        let chart = try #require(ControlCharts.pChart(counts: reference.count, sizes: reference.n))

        #expect(isClose(chart.centerLine, reference.pbar, tolerance: 1e-12))
        #expect(isClose(chart.points.map(\.upper), reference.ucl))
        #expect(isClose(chart.points.map(\.lower), reference.lcl))
        #expect(chart.points.indices.filter { chart.points[$0].outOfControl } == reference.outOfControlIndexes)
        #expect(isClose(chart.points.map(\.proportion), zip(reference.count, reference.n).map { Double($0) / Double($1) }))
    }

    @Test("The p-chart's lower limit is floored at 0 for small periods")
    func floor() throws {
        let chart = try #require(ControlCharts.pChart(counts: [1, 0, 2], sizes: [10, 10, 10]))

        #expect(chart.points.allSatisfy { $0.lower == 0 })
    }

    @Test(
        "A p-chart of inconsistent data is refused",
        arguments: [([Int](), [Int]()), ([1, 2], [10]), ([1], [0]), ([11], [10]), ([-1], [10])])
    func invalidPChart(counts: [Int], sizes: [Int]) {
        #expect(ControlCharts.pChart(counts: counts, sizes: sizes) == nil)
    }

    @Test("The EWMA values, limits and first signal match the reference")
    func ewma() throws {
        let reference = try StatsFixtures.load().ewma

        let points = ControlCharts.ewma(
            reference.x, target: reference.target, sigma: reference.sigma, lambda: reference.lambda,
            limitWidth: reference.limitWidth)

        #expect(isClose(points.map(\.value), reference.z, tolerance: 1e-12))
        #expect(isClose(points.map(\.lower), reference.lcl, tolerance: 1e-12))
        #expect(isClose(points.map(\.upper), reference.ucl, tolerance: 1e-12))
        #expect(points.firstIndex(where: \.outOfControl) == reference.firstSignalIndex)
        // The drift keeps going, so every later point signals too.
        #expect(points.indices.filter { points[$0].outOfControl } == [8, 9])
    }

    @Test("The EWMA defaults are λ = 0.2 and three-sigma limits")
    func defaults() throws {
        let reference = try StatsFixtures.load().ewma

        let points = ControlCharts.ewma(reference.x, target: reference.target, sigma: reference.sigma)

        #expect(isClose(points.map(\.upper), reference.ucl, tolerance: 1e-12))
    }

    @Test("An EWMA with an impossible λ or σ has no points", arguments: [(0.0, 1.0), (1.5, 1), (0.2, -1), (0.2, .nan)])
    func invalidEWMA(lambda: Double, sigma: Double) {
        #expect(ControlCharts.ewma([1, 2, 3], target: 2, sigma: sigma, lambda: lambda).isEmpty)
    }
}
