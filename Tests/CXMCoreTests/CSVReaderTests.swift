import Testing

@testable import CXMCore

/// Reads the whole input in chunks of the given size and returns every record with its line.
private func read(
    _ bytes: [UInt8], chunkSize: Int? = nil, delimiter: Character? = nil
) -> (records: [CSVReader.Record], reader: CSVReader) {
    var reader = CSVReader(delimiter: delimiter)
    var records: [CSVReader.Record] = []
    let size = chunkSize ?? max(bytes.count, 1)
    var start = 0
    while start < bytes.count {
        records += reader.feed(bytes[start..<min(start + size, bytes.count)])
        start += size
    }
    records += reader.finish()
    return (records, reader)
}

private func read(_ text: String, chunkSize: Int? = nil, delimiter: Character? = nil) -> [CSVReader.Record] {
    read(Array(text.utf8), chunkSize: chunkSize, delimiter: delimiter).records
}

private func record(_ line: Int, _ fields: String...) -> CSVReader.Record { CSVReader.Record(line: line, fields: fields) }

@Suite("CSV reader")
struct CSVReaderTests {
    /// Inputs that exercise every rule of the reader, with the records they must give.
    static let cases: [(name: String, input: String, expected: [CSVReader.Record])] = [
        ("plain", "a,b,c\n1,2,3\n", [record(1, "a", "b", "c"), record(2, "1", "2", "3")]),
        ("no trailing newline", "a,b\n1,2", [record(1, "a", "b"), record(2, "1", "2")]),
        (
            "quoted delimiter", "name,comment\n\"Berg, Anna\",\"ok, fast\"\n",
            [record(1, "name", "comment"), record(2, "Berg, Anna", "ok, fast")]
        ),
        (
            "doubled quotes", "q\n\"She said \"\"hej\"\"\"\n\"\"\"\"\n",
            [record(1, "q"), record(2, "She said \"hej\""), record(3, "\"")]
        ),
        (
            "newline inside quotes",
            "id,text\n1,\"first line\nsecond line\"\n2,after\n",
            [record(1, "id", "text"), record(2, "1", "first line\nsecond line"), record(4, "2", "after")]
        ),
        (
            "several newlines inside quotes",
            "a\n\"x\n\ny\"\nb\n",
            [record(1, "a"), record(2, "x\n\ny"), record(5, "b")]
        ),
        ("CRLF", "a,b\r\n1,2\r\n3,4", [record(1, "a", "b"), record(2, "1", "2"), record(3, "3", "4")]),
        ("lone CR", "a,b\r1,2\r", [record(1, "a", "b"), record(2, "1", "2")]),
        ("CRLF inside quotes", "a\r\n\"1\r\n2\"\r\nz\r\n", [record(1, "a"), record(2, "1\r\n2"), record(4, "z")]),
        (
            "semicolons", "namn;betyg;kommentar\nAnna;9;Bra, snabbt\n",
            [record(1, "namn", "betyg", "kommentar"), record(2, "Anna", "9", "Bra, snabbt")]
        ),
        ("semicolon inside quotes before comma", "\"a;b\",c\n1;2,3\n", [record(1, "a;b", "c"), record(2, "1;2", "3")]),
        ("byte order mark", "\u{FEFF}surveyID,nps\ns1,9\n", [record(1, "surveyID", "nps"), record(2, "s1", "9")]),
        ("blank lines", "\na,b\n\n\n1,2\r\n\r\n", [record(2, "a", "b"), record(5, "1", "2")]),
        ("empty fields", "a,,c\n,,\n\"\"\n", [record(1, "a", "", "c"), record(2, "", "", ""), record(3, "")]),
        ("trailing delimiter", "a,b,\n", [record(1, "a", "b", "")]),
        (
            "UTF-8", "ort;kommentar\nLuleå;\"Kyllä, jätte bra 👍\"\n",
            [record(1, "ort", "kommentar"), record(2, "Luleå", "Kyllä, jätte bra 👍")]
        ),
        ("quote inside unquoted field is text", "a,b\"c\n", [record(1, "a", "b\"c")]),
        ("only a byte order mark", "\u{FEFF}", []),
        ("empty", "", []),
        ("one field, no newline", "x", [record(1, "x")]),
    ]

    @Test("Records and their first lines", arguments: cases)
    func parses(name: String, input: String, expected: [CSVReader.Record]) {
        let records = read(input)

        #expect(records == expected, "\(name)")
    }

    @Test("Chunk size never changes the records", arguments: 1...7)
    func chunkingIsInvisible(chunkSize: Int) {
        for (name, input, expected) in Self.cases {
            let records = read(input, chunkSize: chunkSize)

            #expect(records == expected, "\(name) in chunks of \(chunkSize)")
        }
    }

    @Test func delimiterIsDetectedFromTheFirstOneSeen() {
        var semicolon = CSVReader()
        var comma = CSVReader()

        _ = semicolon.feed(Array("a;b,c\n".utf8))
        _ = comma.feed(Array("\"x;y\",z\n".utf8))

        #expect(semicolon.delimiter == UInt8(ascii: ";"))
        #expect(comma.delimiter == UInt8(ascii: ","))
    }

    @Test func givenDelimiterIsUsed() {
        let records = read("a\tb,c;d\n", delimiter: "\t")

        #expect(records == [record(1, "a", "b,c;d")])
    }

    @Test func byteOrderMarkIsOnlyStrippedAtTheStart() {
        let records = read("a\n\u{FEFF}b\n")

        #expect(records == [record(1, "a"), record(2, "\u{FEFF}b")])
    }

    @Test func partialByteOrderMarkIsKept() {
        let bytes: [UInt8] = [0xEF, 0xBB, UInt8(ascii: "\n"), UInt8(ascii: "x")]

        let records = read(bytes, chunkSize: 1).records

        #expect(records.count == 2)
        #expect(records[0].fields[0].utf8.count == 3)  // the two bytes become one replacement character
        #expect(records[1] == record(2, "x"))
    }

    @Test(
        "Unterminated quote",
        arguments: [
            ("a,\"open\n", true), ("\"never closed", true), ("a,\"closed\"\n", false), ("\"\"\"\"", false), ("\"a\"\"", true),
        ])
    func unterminatedQuote(input: String, inside: Bool) {
        let (_, reader) = read(Array(input.utf8))

        #expect(reader.isInsideQuotes == inside)
    }

    @Test func unterminatedQuoteStillYieldsWhatWasRead() {
        let (records, reader) = read(Array("id,text\n1,\"no end\n2,x".utf8))

        #expect(reader.isInsideQuotes)
        #expect(records == [record(1, "id", "text"), record(2, "1", "no end\n2,x")])
    }

    @Test("Arbitrary split points", arguments: [0, 1, 2, 3, 5, 8, 13, 21, 34])
    func splitAnywhere(at split: Int) {
        let input = Array("\u{FEFF}\"a\"\"b\";c\r\n\"x\r\ny\";\"\"\r\n\r\nlast;ö".utf8)
        let cut = min(split, input.count)
        var reader = CSVReader()

        let records = reader.feed(input[..<cut]) + reader.feed(input[cut...]) + reader.finish()

        #expect(records == [record(1, "a\"b", "c"), record(2, "x\r\ny", ""), record(5, "last", "ö")])
    }
}
