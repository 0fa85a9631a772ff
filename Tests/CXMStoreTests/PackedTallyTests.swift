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
