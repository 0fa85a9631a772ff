import Foundation
import Testing

@testable import CXMCore

@Suite("CUSUM chart")
struct CUSUMTests {
    /// z = (x − 10) / 2 = 0.2, −0.5, 0.9, 1.3, 0.5, 1.6, −0.2, −1, −1.8, −1.4, −2.1, 0.
    static let values = [10.4, 9.0, 11.8, 12.6, 11.0, 13.2, 9.6, 8.0, 6.4, 7.2, 5.8, 10.0]

    @Test("Both sums, their run starts and the signals match a computation by hand")
    func reference() {
        let points = ControlCharts.cusum(Self.values, target: 10, sigma: 2, slack: 0.5, threshold: 3)

        #expect(isClose(points.map(\.up), [0, 0, 0.4, 1.2, 1.2, 2.3, 1.6, 0.1, 0, 0, 0, 0], tolerance: 1e-12))
        #expect(isClose(points.map(\.down), [0, 0, 0, 0, 0, 0, 0, 0.5, 1.8, 2.7, 4.3, 3.8], tolerance: 1e-12))
        #expect(points.map(\.upRunStart) == [nil, nil, 2, 2, 2, 2, 2, 2, nil, nil, nil, nil])
        #expect(points.map(\.downRunStart) == [nil, nil, nil, nil, nil, nil, nil, 7, 7, 7, 7, 7])
        #expect(points.indices.filter { points[$0].signalsDown } == [10, 11])
        #expect(points.allSatisfy { !$0.signalsUp })
        #expect(points.indices.filter { points[$0].outOfControl } == [10, 11])
    }

    @Test("With the defaults k = 0.5 and h = 5, a steady 1.5σ shift signals on the sixth period")
    func defaults() {
        let points = ControlCharts.cusum(Array(repeating: 1.5, count: 8))

        // C⁺ grows by 1 a period and must exceed 5, not reach it.
        #expect(points.firstIndex(where: \.signalsUp) == 5)
        #expect(points.allSatisfy { $0.upRunStart == 0 && $0.down == 0 })
    }

    @Test("A value that is not finite leaves the sums and the run where they were")
    func gap() {
        let points = ControlCharts.cusum([2, .nan, 2, .infinity, -3])

        #expect(points.map(\.up) == [1.5, 1.5, 3, 3, 0])
        #expect(points.map(\.upRunStart) == [0, 0, 0, 0, nil])
        #expect(points.map(\.down) == [0, 0, 0, 0, 2.5])
        #expect(points.map(\.downRunStart) == [nil, nil, nil, nil, 4])
    }

    @Test(
        "A CUSUM with an impossible σ, slack or threshold has no points",
        arguments: [(0.0, 0.5, 5.0), (-1, 0.5, 5), (.nan, 0.5, 5), (1, -0.1, 5), (1, .infinity, 5), (1, 0.5, 0)])
    func invalid(sigma: Double, slack: Double, threshold: Double) {
        #expect(ControlCharts.cusum([1, 2, 3], sigma: sigma, slack: slack, threshold: threshold).isEmpty)
    }
}
