import Testing

@testable import CXMCore

struct RandomTokenTests {
    @Test(arguments: [(16, 22), (32, 43)])
    func tokensAreURLSafeOfTheirLengthAndNeverRepeat(bytes: Int, length: Int) {
        let tokens = (0..<200).map { _ in RandomToken.make(bytes: bytes) }
        #expect(tokens.allSatisfy { $0.count == length && RandomToken.isWellFormed($0, lengths: length...length) })
        #expect(Set(tokens).count == tokens.count)
    }

    @Test(arguments: ["", "short", "has space in it and is long enough", "åäö-åäö-åäö-åäö-åäö", "../../etc/passwd/../../x"])
    func malformedTextIsRefusedBeforeAnyLookup(text: String) {
        #expect(!RandomToken.isWellFormed(text, lengths: 16...64))
    }
}
