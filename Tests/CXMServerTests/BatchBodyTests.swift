import Foundation
import Testing

@testable import CXMServer

@Suite("Splitting a batch body")
struct BatchBodyTests {
    func elements(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        return BatchBody.elementRanges(bytes, key: "responses")?.map { String(decoding: bytes[$0], as: UTF8.self) }
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

    @Test func slicesAreDecodedAndWorkedOnWithTheirPlaceInTheBatch() async {
        let body = Array(#"{"batch": [1, 2, 3, 4, 5, 6, 7]}"#.utf8)
        let slices = await BatchBody.decodeInSlices(body, key: "batch", as: Int.self, maxElements: 10, sliceSize: 3) {
            offset, numbers in numbers.enumerated().map { "\(offset + $0.offset):\($0.element)" }
        }
        #expect(slices == [["0:1", "1:2", "2:3"], ["3:4", "4:5", "5:6"], ["6:7"]])
        // Over the limit, another key, or an element that does not decode: the caller reads the body whole.
        #expect(await BatchBody.decodeInSlices(body, key: "batch", as: Int.self, maxElements: 6, sliceSize: 3) { $1 } == nil)
        #expect(await BatchBody.decodeInSlices(body, key: "events", as: Int.self, maxElements: 10, sliceSize: 3) { $1 } == nil)
        let mixed = Array(#"{"batch": [1, "two"]}"#.utf8)
        #expect(await BatchBody.decodeInSlices(mixed, key: "batch", as: Int.self, maxElements: 10, sliceSize: 3) { $1 } == nil)
    }
}
