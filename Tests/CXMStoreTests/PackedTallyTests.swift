import CXMCore
import Testing

@testable import CXMStore

@Suite("Packed tallies")
struct PackedTallyTests {
    @Test(arguments: [
        ("1,2,3,4,0,0,0,0,0,0,0,0,0,0,5", true),
        ("12,-3,300,9000000000,1,2,3,4,5,6,7,8,9,10,11", true),
        ("1,2,3", false), ("1,,3,4,0,0,0,0,0,0,0,0,0,0,5", false), ("a,2,3,4,0,0,0,0,0,0,0,0,0,0,5", false),
        ("1,2,3,4,0,0,0,0,0,0,0,0,0,0,5,", false), ("", false), ("1,2,3,4,0,0,0,0,0,0,0,0,0,0,1.5", false),
    ])
    func packedTalliesReadBackOrAreRefused(text: String, valid: Bool) {
        let tally = RollupSQL.unpack(text)
        #expect((tally != nil) == valid)
        if let tally {
            let parts = text.split(separator: ",").map { Int($0)! }
            #expect([tally.answered, tally.skipped, tally.sum, tally.sumOfSquares] + tally.counts == parts)
        }
    }
}

@Suite("Packed integer lists")
struct IntegerListTests {
    @Test(
        arguments: [
            ("0,17,0,1 3,99,-4,0", [0, 17, 0, 1, 3, 99, -4, 0]), ("5", [5]), ("9223372036854775807", [Int.max]),
            ("", nil), ("1,,2", nil), ("1 ,2", nil), ("1,2,", nil), (" 1", nil), ("1;2", nil), ("1-2", nil), ("--1", nil),
            ("9223372036854775808", nil), ("99999999999999999999,1", nil),
        ] as [(String, [Int]?)])
    func listsReadBackOrAreRefused(text: String, numbers: [Int]?) {
        #expect(IntegerList.parse(text, separators: [UInt8(ascii: ","), UInt8(ascii: " ")]) == numbers)
    }
}

@Suite("Weekly alert series as the store reads them")
struct WeeklySeriesTextTests {
    /// Three weeks starting on days 100, 107 and 114.
    static func position(_ day: Int) -> Int? { (0..<3).first { 100 + 7 * $0 == day } }

    @Test(
        "a series' weeks read back into samples, or the text is refused",
        arguments: [
            (
                "100,10,5,2;114,4,1,1",
                [PeriodSample.nps(promoters: 5, detractors: 2, n: 10), .empty, .nps(promoters: 1, detractors: 1, n: 4)]
            ),
            // Two surveys' rows of the same week add up; a week outside the periods is left out.
            ("107,3,1,0;107,2,2,0;93,9,9,0", [.empty, .nps(promoters: 3, detractors: 0, n: 5), .empty]),
            ("", nil), ("100,10,5", nil), ("100,10,5,2,1", nil), ("100,10,5,2;", nil), ("100,-1,0,0", nil),
            ("100,10,5,2x", nil), ("100,99999999999999999999,1,1", nil), ("100,,5,2", nil),
        ] as [(String, [PeriodSample]?)])
    func weeksReadBackOrAreRefused(text: String, samples: [PeriodSample]?) {
        #expect(Store.weeklySamples(text, metric: .nps, periods: 3, position: Self.position) == samples)
    }

    @Test("a day falls in the last bucket that starts on or before it; earlier days in the first")
    func daysFallInTheirBuckets() {
        let buckets = [LocalDay(10), LocalDay(17), LocalDay(24)]
        let found = [5, 10, 16, 17, 23, 24, 99].map { RollupSQL.bucket(of: LocalDay($0), in: buckets).number }
        #expect(found == [10, 10, 10, 17, 17, 24, 24])
        #expect(RollupSQL.bucket(of: LocalDay(5), in: nil).number == 5)
    }
}
