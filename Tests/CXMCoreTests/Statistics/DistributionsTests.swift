import Testing

@testable import CXMCore

@Suite("Distributions")
struct DistributionsTests {
    @Test("The default confidence has z = 1.959963984540054")
    func standardZ() {
        #expect(abs(Confidence.standard.z - 1.959963984540054) < 1e-12)
        #expect(abs(Distributions.normalQuantile(0.975) - 1.959963984540054) < 1e-12)
        #expect(isClose(Confidence.standard.alpha, 0.05, tolerance: 1e-15))
    }

    @Test(
        "Normal quantiles match scipy",
        arguments: [
            (0.975, 1.959963984540054), (0.5, 0), (1e-10, -6.361340902404056), (0.999, 3.090232306167813),
            (0.3, -0.5244005127080409),
        ])
    func normalQuantile(p: Double, expected: Double) {
        #expect(isClose(Distributions.normalQuantile(p), expected, tolerance: 1e-13))
    }

    @Test(
        "The normal CDF matches scipy, tails included",
        arguments: [
            (0, 0.5), (1.96, 0.9750021048517795), (-3, 0.0013498980316300933), (2.5, 0.9937903346742238),
        ])
    func normalCDF(x: Double, expected: Double) {
        #expect(isClose(Distributions.normalCDF(x), expected, tolerance: 1e-14))
    }

    @Test("The far normal tail keeps its relative precision")
    func farTail() {
        #expect(abs(Distributions.normalCDF(-8.5) / 9.47953482220325e-18 - 1) < 1e-12)
    }

    @Test(
        "Two-sided t quantiles match the printed tables",
        arguments: [(1.0, 12.706204736), (5, 2.570581836), (30, 2.042272456)])
    func tTable(degreesOfFreedom: Double, expected: Double) {
        #expect(abs(Distributions.studentTQuantile(0.975, degreesOfFreedom: degreesOfFreedom) - expected) < 1e-9)
    }

    @Test(
        "t quantiles match scipy for fractional degrees of freedom and far tails",
        arguments: [
            (0.975, 1.0, 12.706204736174694), (0.995, 2.5, 7.163728138948783), (0.01, 7.3, -2.9639404475838975),
            (1e-10, 3, -2225.769284683093), (0.9, 1000.5, 1.282398297809231),
        ])
    func tQuantile(p: Double, degreesOfFreedom: Double, expected: Double) {
        #expect(isClose(Distributions.studentTQuantile(p, degreesOfFreedom: degreesOfFreedom), expected, tolerance: 1e-12))
    }

    @Test(
        "The t CDF matches scipy",
        arguments: [
            (1.5, 7.3, 0.912218453598457), (-2.2, 3.5, 0.051166640162727955), (0.3, 120.5, 0.6176529700710367),
            (10, 2.5, 0.9977792521163463), (-40, 1, 0.007956089912025812), (2, 1e5, 0.9772485182712467),
        ])
    func tCDF(t: Double, degreesOfFreedom: Double, expected: Double) {
        #expect(isClose(Distributions.studentTCDF(t, degreesOfFreedom: degreesOfFreedom), expected, tolerance: 1e-12))
    }

    @Test("Quantile and CDF invert each other", arguments: [0.001, 0.05, 0.3, 0.5, 0.8, 0.999])
    func roundTrip(p: Double) {
        for degreesOfFreedom in [1, 2.7, 14.05, 200] {
            let t = Distributions.studentTQuantile(p, degreesOfFreedom: degreesOfFreedom)
            #expect(isClose(Distributions.studentTCDF(t, degreesOfFreedom: degreesOfFreedom), p, tolerance: 1e-13))
        }
        #expect(isClose(Distributions.normalCDF(Distributions.normalQuantile(p)), p, tolerance: 1e-15))
    }

    @Test("Edges give infinities and nonsense gives NaN, never a crash")
    func edges() {
        #expect(Distributions.normalQuantile(0) == -.infinity)
        #expect(Distributions.normalQuantile(1) == .infinity)
        #expect(Distributions.normalQuantile(1.2).isNaN)
        #expect(Distributions.studentTQuantile(1, degreesOfFreedom: 4) == .infinity)
        #expect(Distributions.studentTQuantile(0.5, degreesOfFreedom: 0).isNaN)
        #expect(Distributions.studentTCDF(.infinity, degreesOfFreedom: 3) == 1)
        #expect(Distributions.studentTCDF(1, degreesOfFreedom: -2).isNaN)
        #expect(Confidence(level: 1.5).z.isNaN)
    }
}
