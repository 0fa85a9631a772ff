import Foundation
import Testing

@testable import CXMServer

@Suite("Splitting a batch body")
struct BatchBodyTests {
    func elements(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        return BatchBody.elementRanges(bytes)?.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func elementsAreFoundWhateverTheyHoldInside() {
        let body = #" { "responses" : [ {"a": "x, ]}\" ["}, [1, [2]] ,3, "s\\", true, null,{"b":{"c":[]}} ] } "#
        #expect(elements(body) == [#"{"a": "x, ]}\" ["}"#, "[1, [2]]", "3", #""s\\""#, "true", "null", #"{"b":{"c":[]}}"#])
        #expect(elements(#"{"responses": []}"#) == [])
    }

    @Test(arguments: [
        #"{"responses": [1, 2], "more": 1}"#, #"{"other": [1]}"#, #"{"responses": [1, 2]"#, #"{"responses": [1 2]}"#,
        #"{"responses": [1,]}"#, #"{"responses": [{"a": "unterminated}]}"#, #"{"responses": [1]} trailing"#, "[1, 2]",
    ])
    func anyOtherShapeIsLeftToTheFullDecoder(body: String) {
        #expect(elements(body) == nil)
    }
}
