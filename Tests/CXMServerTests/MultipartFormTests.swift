import Foundation
import Testing

@testable import CXMServer

/// The boundary Chrome/Safari-style bodies use in these tests.
private let webKitBoundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"

/// A part to put into a test body: its header lines and its content.
private struct TestPart {
    var headers: [String]
    var content: [UInt8]

    /// A text field, as a browser sends it.
    static func field(_ name: String, _ value: String) -> TestPart {
        TestPart(headers: ["Content-Disposition: form-data; name=\"\(name)\""], content: Array(value.utf8))
    }

    /// A file, as a browser sends it.
    static func file(_ name: String, _ filename: String, _ type: String, _ bytes: [UInt8]) -> TestPart {
        TestPart(
            headers: [
                "Content-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"",
                "Content-Type: \(type)",
            ],
            content: bytes)
    }
}

/// Builds a body as a browser does: each part is `--boundary CRLF headers CRLF CRLF content CRLF`, then
/// `--boundary--` and CRLF; a preamble is followed by CRLF, an epilogue follows the final CRLF.
private func makeBody(
    _ parts: [TestPart], boundary: String = webKitBoundary, preamble: String? = nil, epilogue: String = ""
) -> [UInt8] {
    var body: [UInt8] = []
    if let preamble { body += Array("\(preamble)\r\n".utf8) }
    for part in parts {
        body += Array("--\(boundary)\r\n".utf8)
        for header in part.headers { body += Array("\(header)\r\n".utf8) }
        body += Array("\r\n".utf8)
        body += part.content
        body += Array("\r\n".utf8)
    }
    body += Array("--\(boundary)--\r\n\(epilogue)".utf8)
    return body
}

@Suite("multipart/form-data bodies")
struct MultipartFormTests {
    @Test func browserLikeBodyWithFieldsCheckboxesAndBinaryFile() throws {
        // PNG signature (which itself has CR LF), every byte value, delimiter look-alikes and a trailing CRLF.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += Array(0...255)
        png += Array("\r\n--\r\n--\(webKitBoundary.dropLast())\r\nx--\(webKitBoundary)\r\n\r\r\n-".utf8)
        png += Array((0...255).reversed())
        png += Array("\r\n".utf8)

        let body = makeBody([
            .field("title", "Holiday photos"),
            .field("comment", "Ünïcödé ✓\r\nsecond line"),
            .field("tags", "beach"),
            .field("tags", "sunset"),
            .field("tags", "family"),
            .file("photo", "IMG_0001.png", "image/png", png),
        ])
        let form = try MultipartForm(body: body, boundary: webKitBoundary)

        #expect(
            form.fields == [
                "title": ["Holiday photos"],
                "comment": ["Ünïcödé ✓\r\nsecond line"],
                "tags": ["beach", "sunset", "family"],
            ])
        let photo = MultipartForm.File(filename: "IMG_0001.png", contentType: "image/png", bytes: png)
        #expect(form.files == ["photo": photo])
    }

    @Test func emptyFileInputIsLeftOut() throws {
        let body = makeBody([
            .field("title", "No upload"),
            .file("photo", "", "application/octet-stream", []),
            .file("document", "notes.txt", "text/plain", []),
        ])
        let form = try MultipartForm(body: body, boundary: webKitBoundary)

        #expect(form.fields == ["title": ["No upload"]])
        // An empty but named file is still a file.
        let document = MultipartForm.File(filename: "notes.txt", contentType: "text/plain", bytes: [])
        #expect(form.files == ["document": document])
    }

    @Test(arguments: [
        ("multipart/form-data; boundary=----WebKitFormBoundaryABC", "----WebKitFormBoundaryABC"),
        ("multipart/form-data; boundary=\"----x\"", "----x"),
        ("Multipart/Form-Data; BOUNDARY=abc123", "abc123"),
        ("multipart/form-data; charset=utf-8; boundary=\"a b:c\"", "a b:c"),
        ("multipart/form-data;boundary=xyz;charset=\"utf;8\"", "xyz"),
        ("  multipart/form-data ;  boundary = \"q\" ", "q"),
        ("multipart/form-data; boundary=" + String(repeating: "b", count: 70), String(repeating: "b", count: 70)),
    ])
    func boundaryFromContentType(header: String, expected: String) {
        #expect(MultipartForm.boundary(fromContentType: header) == expected)
    }

    @Test(arguments: [
        "application/json",
        "application/x-www-form-urlencoded",
        "multipart/mixed; boundary=abc",
        "multipart/form-data",
        "multipart/form-data; charset=utf-8",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=\"\"",
        "multipart/form-data; boundary=\"unterminated",
        "multipart/form-data; boundary=" + String(repeating: "b", count: 71),
        "multipart/form-data; boundary=\"ends with space \"",
        "multipart/form-data; boundary=\"bad<char>\"",
        "",
    ])
    func boundaryRejected(header: String) {
        #expect(MultipartForm.boundary(fromContentType: header) == nil)
    }

    @Test func missingClosingBoundaryThrows() {
        var body = makeBody([.field("a", "1")])
        body.removeLast(Array("--\r\n".utf8).count)  // leaves "...\r\n--boundary"
        #expect(throws: MultipartForm.Failure.missingClosingBoundary) {
            try MultipartForm(body: body, boundary: webKitBoundary)
        }
        let truncated = Array("--\(webKitBoundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nval".utf8)
        #expect(throws: MultipartForm.Failure.missingClosingBoundary) {
            try MultipartForm(body: truncated, boundary: webKitBoundary)
        }
    }

    @Test func partWithoutNameThrows() {
        let body = makeBody([
            .field("a", "1"),
            TestPart(headers: ["Content-Disposition: form-data; filename=\"x.txt\""], content: Array("x".utf8)),
        ])
        #expect(throws: MultipartForm.Failure.missingName(part: 2)) {
            try MultipartForm(body: body, boundary: webKitBoundary)
        }
    }

    @Test func partWithoutContentDispositionThrows() {
        let noDisposition = makeBody([TestPart(headers: ["Content-Type: text/plain"], content: Array("x".utf8))])
        #expect(throws: MultipartForm.Failure.missingContentDisposition(part: 1)) {
            try MultipartForm(body: noDisposition, boundary: webKitBoundary)
        }
        let noHeaders = makeBody([TestPart(headers: [], content: Array("x".utf8))])
        #expect(throws: MultipartForm.Failure.missingContentDisposition(part: 1)) {
            try MultipartForm(body: noHeaders, boundary: webKitBoundary)
        }
        let attachment = makeBody([TestPart(headers: ["Content-Disposition: attachment; name=\"a\""], content: [])])
        #expect(throws: MultipartForm.Failure.missingContentDisposition(part: 1)) {
            try MultipartForm(body: attachment, boundary: webKitBoundary)
        }
    }

    @Test func preambleAndEpilogueAreIgnored() throws {
        let body = makeBody(
            [.field("a", "1")],
            preamble: "This is a preamble.\r\n--not-the-boundary\r\n",
            epilogue: "This is an epilogue.\r\n--\(webKitBoundary)\r\ngarbage")
        let form = try MultipartForm(body: body, boundary: webKitBoundary)
        #expect(form.fields == ["a": ["1"]])
        #expect(form.files.isEmpty)
    }

    @Test func tooManyPartsThrows() throws {
        let body = makeBody((1...5).map { .field("f\($0)", "\($0)") })
        #expect(throws: MultipartForm.Failure.tooManyParts(limit: 4)) {
            try MultipartForm(body: body, boundary: webKitBoundary, maxParts: 4)
        }
        #expect(try MultipartForm(body: body, boundary: webKitBoundary, maxParts: 5).fields.count == 5)
    }

    @Test func largeRandomFileRoundTripsByteExactly() throws {
        // Every byte value, scattered by a multiplicative hash: reproducible without a generator.
        var bytes = (0..<300 * 1024).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 11) }
        // Sprinkle in delimiter look-alikes so the search has to reject near-misses.
        let nearMiss = Array("\r\n--\(webKitBoundary.dropLast())".utf8)
        for offset in stride(from: 1000, to: bytes.count - nearMiss.count, by: 10_000) {
            bytes.replaceSubrange(offset..<offset + nearMiss.count, with: nearMiss)
        }
        let body = makeBody([.field("title", "big"), .file("upload", "random.bin", "application/octet-stream", bytes)])

        let form = try MultipartForm(body: body, boundary: webKitBoundary)

        #expect(form.files["upload"]?.bytes == bytes)
        #expect(form.fields == ["title": ["big"]])
    }

    @Test func contentMadeOfNearMissesStaysLinear() throws {
        // Worst case for the search: every byte position starts a long partial match of the delimiter.
        let nearMiss = Array("\r\n--\(webKitBoundary.dropLast())".utf8)
        let bytes = Array(repeatElement(nearMiss, count: 300 * 1024 / nearMiss.count).joined())
        let body = makeBody([.file("upload", "tricky.bin", "application/octet-stream", bytes)])

        let form = try MultipartForm(body: body, boundary: webKitBoundary)

        #expect(form.files["upload"]?.bytes == bytes)
    }

    @Test func missingOpeningBoundaryThrows() {
        #expect(throws: MultipartForm.Failure.missingOpeningBoundary) {
            try MultipartForm(body: makeBody([.field("a", "1")], boundary: "other"), boundary: webKitBoundary)
        }
        #expect(throws: MultipartForm.Failure.missingOpeningBoundary) {
            try MultipartForm(body: [], boundary: webKitBoundary)
        }
    }

    @Test func headerSectionTooLongOrUnterminatedThrows() {
        let longHeader = "X-Padding: " + String(repeating: "a", count: MultipartForm.maxHeaderBytes)
        let disposition = "Content-Disposition: form-data; name=\"a\""
        let long = makeBody([TestPart(headers: [disposition, longHeader], content: [])])
        #expect(throws: MultipartForm.Failure.headersTooLong(part: 1)) {
            try MultipartForm(body: long, boundary: webKitBoundary)
        }

        let unterminated = Array("--\(webKitBoundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n".utf8)
        #expect(throws: MultipartForm.Failure.unterminatedHeaders(part: 1)) {
            try MultipartForm(body: unterminated, boundary: webKitBoundary)
        }

        // No blank line: the next boundary shows up among the headers.
        let noBlankLine = Array(
            """
            --\(webKitBoundary)\r
            Content-Disposition: form-data; name="a"\r
            --\(webKitBoundary)\r
            Content-Disposition: form-data; name="b"\r
            \r
            b\r
            --\(webKitBoundary)--\r

            """.utf8)
        #expect(throws: MultipartForm.Failure.unterminatedHeaders(part: 1)) {
            try MultipartForm(body: noBlankLine, boundary: webKitBoundary)
        }
    }

    @Test func headerSectionOfExactlyTheLimitIsAccepted() throws {
        let disposition = "Content-Disposition: form-data; name=\"a\""
        // Header section = disposition + CRLF + padding line, exactly maxHeaderBytes long.
        let fill = MultipartForm.maxHeaderBytes - disposition.utf8.count - "\r\nX-Padding: ".utf8.count
        let padding = "X-Padding: " + String(repeating: "a", count: fill)
        let body = makeBody([TestPart(headers: [disposition, padding], content: Array("ok".utf8))])
        #expect(try MultipartForm(body: body, boundary: webKitBoundary).fields == ["a": ["ok"]])
    }

    @Test func headerParametersAndNamesAreParsedStrictly() throws {
        let body = makeBody([
            TestPart(
                headers: [
                    "content-disposition: FORM-DATA; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf; "
                        + "FILENAME=\"my \\\"best\\\" r\u{E9}sum\u{E9}.pdf\"; Name=doc",
                    "CONTENT-TYPE:application/pdf",
                ],
                content: Array("%PDF".utf8)),
            TestPart(
                headers: ["Content-Disposition: form-data; name=\"path\"; filename=\"C:\\fakepath\\a.txt\""],
                content: Array("a".utf8)),
            TestPart(headers: ["Content-Disposition: form-data; name=\"semi;colon\""], content: Array("v".utf8)),
        ])
        let form = try MultipartForm(body: body, boundary: webKitBoundary)

        #expect(
            form.files["doc"]
                == MultipartForm.File(
                    filename: "my \"best\" r\u{E9}sum\u{E9}.pdf", contentType: "application/pdf", bytes: Array("%PDF".utf8)))
        let path = MultipartForm.File(filename: "C:\\fakepath\\a.txt", contentType: nil, bytes: [0x61])
        #expect(form.files["path"] == path)
        #expect(form.fields == ["semi;colon": ["v"]])
    }

    @Test func malformedHeadersThrow() {
        let noColon = makeBody([TestPart(headers: ["Content-Disposition form-data; name=a"], content: [])])
        #expect(throws: MultipartForm.Failure.malformedHeader(part: 1)) {
            try MultipartForm(body: noColon, boundary: webKitBoundary)
        }
        let openQuote = TestPart(headers: ["Content-Disposition: form-data; name=\"a"], content: [])
        let unterminatedQuote = makeBody([openQuote])
        #expect(throws: MultipartForm.Failure.malformedHeader(part: 1)) {
            try MultipartForm(body: unterminatedQuote, boundary: webKitBoundary)
        }
    }

    @Test func invalidUTF8IsDecodedLossily() throws {
        let part = TestPart(headers: ["Content-Disposition: form-data; name=\"t\""], content: [0x61, 0xFF, 0x62])
        let body = makeBody([part])
        #expect(try MultipartForm(body: body, boundary: webKitBoundary).fields == ["t": ["a\u{FFFD}b"]])
    }

    @Test func boundaryLinesMayCarryPaddingButNothingElse() throws {
        let padded = Array(
            """
            --b \t\r
            Content-Disposition: form-data; name="a"\r
            \r
            1\r
            --b\t\r
            Content-Disposition: form-data; name="b"\r
            \r
            2\r
            --b--
            """.utf8)
        #expect(try MultipartForm(body: padded, boundary: "b").fields == ["a": ["1"], "b": ["2"]])

        let junk = Array("--bX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--".utf8)
        #expect(throws: MultipartForm.Failure.malformedBoundaryLine) {
            try MultipartForm(body: junk, boundary: "b")
        }
    }

    @Test func emptyFormAndInvalidBoundary() throws {
        // A browser submitting a form with no successful controls sends only the closing delimiter.
        let empty = try MultipartForm(body: Array("--\(webKitBoundary)--\r\n".utf8), boundary: webKitBoundary)
        #expect(empty.fields.isEmpty && empty.files.isEmpty)

        #expect(throws: MultipartForm.Failure.invalidBoundary) {
            try MultipartForm(body: Array("----\r\n".utf8), boundary: "")
        }
        #expect(throws: MultipartForm.Failure.invalidBoundary) {
            try MultipartForm(body: [], boundary: String(repeating: "x", count: 71))
        }
    }

    @Test func failureDescriptionsNameTheProblem() {
        #expect(MultipartForm.Failure.missingOpeningBoundary.description.contains("opening boundary"))
        #expect(MultipartForm.Failure.missingClosingBoundary.description.contains("closing boundary"))
        #expect(MultipartForm.Failure.missingContentDisposition(part: 2).description.contains("Content-Disposition"))
        #expect(MultipartForm.Failure.missingName(part: 3).description.contains("part 3 has no name"))
        #expect(MultipartForm.Failure.headersTooLong(part: 1).description.contains("too long"))
        #expect(MultipartForm.Failure.unterminatedHeaders(part: 1).description.contains("unterminated"))
        #expect(MultipartForm.Failure.tooManyParts(limit: 64).description.contains("more than 64"))
    }
}
