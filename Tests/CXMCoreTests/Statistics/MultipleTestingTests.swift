import Testing

@testable import CXMCore

@Suite("Multiple testing")
struct MultipleTestingTests {
    @Test("Holm and Benjamini–Hochberg match the reference")
    func reference() throws {
        let reference = try StatsFixtures.load().multipleTesting

        #expect(isClose(MultipleTesting.holm(reference.pValues), reference.holm, tolerance: 1e-12))
        #expect(isClose(MultipleTesting.benjaminiHochberg(reference.pValues), reference.benjaminiHochberg, tolerance: 1e-12))
    }

    @Test("Adjusted values come back in input order", arguments: Correction.allCases)
    func inputOrder(correction: Correction) throws {
        let reference = try StatsFixtures.load().multipleTesting
        let order = [5, 0, 7, 2, 6, 1, 4, 3]
        let sorted = correction.adjust(reference.pValues)

        let shuffled = correction.adjust(order.map { reference.pValues[$0] })

        #expect(shuffled == order.map { sorted[$0] })
    }

    @Test("Adjusted values are capped at 1 and never below the raw value", arguments: Correction.allCases)
    func bounds(correction: Correction) {
        let raw = [0.9, 0.02, 0.5, 0.3, 0.04]

        let adjusted = correction.adjust(raw)

        #expect(zip(raw, adjusted).allSatisfy { $0 <= $1 && $1 <= 1 })
    }

    @Test("The corrections have their wire names")
    func names() {
        #expect(Correction.allCases.map(\.rawValue) == ["none", "holm", "bh"])
        #expect(Correction.none.adjust([0.01, 0.2]) == [0.01, 0.2])
    }

    @Test("An empty family stays empty")
    func empty() {
        #expect(MultipleTesting.holm([]).isEmpty)
        #expect(MultipleTesting.benjaminiHochberg([]).isEmpty)
    }
}
