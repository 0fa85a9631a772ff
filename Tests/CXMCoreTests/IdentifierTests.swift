import CXMCore
import Foundation
import Testing

@Suite("Identifiers")
struct IdentifierTests {
    @Test func newIdentifiersAreVersion7UUIDsThatSortByCreationTime() throws {
        let earlier = Identifier.make(at: Date(timeIntervalSince1970: 1_780_000_000))
        let later = Identifier.make(at: Date(timeIntervalSince1970: 1_780_000_000.002))

        let parsed = try #require(UUID(uuidString: earlier))
        #expect(parsed.uuidString.lowercased() == earlier)
        #expect(Array(earlier)[14] == "7")
        #expect("89ab".contains(Array(earlier)[19]))
        #expect(earlier < later)
        #expect(Identifier.isValid(earlier))
    }

    @Test func identifiersMadeInTheSameMillisecondDiffer() {
        let moment = Date(timeIntervalSince1970: 1_780_000_000)
        let ids = Set((0..<1000).map { _ in Identifier.make(at: moment) })
        #expect(ids.count == 1000)
    }

    @Test(arguments: ["", "has space", "semi;colon", String(repeating: "a", count: 65), "åäö"])
    func clientIdentifiersMustBeShortASCIIWords(id: String) {
        #expect(!Identifier.isValid(id))
    }
}
