import CXMCore
import Foundation
import Testing

@Suite("Driver data from CSV")
struct DriverDataCSVTests {
    static func read(_ text: String, outcome: String = "y", drivers: [String] = []) throws(ValidationFailure) -> DriverData {
        try DriverData.csv(Array(text.utf8), outcome: outcome, drivers: drivers)
    }

    static func same(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    @Test("a plain file and the same file with quotes read the same numbers; empty cells are missing answers")
    func plainAndQuotedAgree() throws {
        let plain = "\u{FEFF}y; a ;b\r\n9;1.5;\r\n\r\n7; -2e1 ;4\r\n10;3\r\n"
        let quoted = "y;\"a\";b\n9;1.5;\n7;-2e1;4\n10;3\n"
        let fromPlain = try Self.read(plain)
        let fromQuoted = try Self.read(quoted)
        #expect(fromPlain.outcome.values == [9, 7, 10])
        #expect(fromPlain.drivers.map(\.id) == ["a", "b"])
        #expect(Self.same(fromPlain.drivers[0].values, [1.5, -20, 3]))
        #expect(Self.same(fromPlain.drivers[1].values, [.nan, 4, .nan]))
        #expect(Self.same(fromQuoted.outcome.values, fromPlain.outcome.values))
        for (a, b) in zip(fromQuoted.drivers, fromPlain.drivers) { #expect(a.id == b.id && Self.same(a.values, b.values)) }
    }

    @Test("old Mac line ends, blank lines before the header and no-break spaces read as on the other path")
    func unusualLayouts() throws {
        let data = try Self.read("\n\ny;a\r9;\u{00A0}1.5\u{00A0}\r7;2\r")
        #expect(data.outcome.values == [9, 7])
        #expect(data.drivers.first?.values == [1.5, 2])
        let quoted = try Self.read("\n\ny;\"a\"\r9;\u{00A0}1.5\u{00A0}\r7;2\r")
        #expect(quoted.outcome.values == [9, 7] && quoted.drivers.first?.values == [1.5, 2])
    }

    @Test(
        "a cell that is not a decimal number is refused with its column and line",
        arguments: ["x", "nan", "inf", "0x10", "1,5"])
    func refused(cell: String) {
        do {
            _ = try Self.read("y;a\n1;2\n3;\(cell)\n")
            Issue.record("'\(cell)' was accepted")
        } catch {
            #expect(error.errors.first?.field == "a")
            #expect(error.errors.first?.message.contains("line 3") == true)
        }
    }

    @Test("a column that is not analysed may hold text")
    func unusedTextColumn() throws {
        let data = try Self.read("y,a,comment\n1,2,slow queue\n3,4,fine\n", drivers: ["a"])
        #expect(data.drivers.map(\.id) == ["a"] && data.outcome.values == [1, 3])
        #expect(throws: ValidationFailure.self) { try Self.read("y,a,comment\n1,2,slow queue\n") }
    }

    @Test("an empty file and a missing outcome column are named")
    func emptyAndMissing() {
        for (text, field) in [("", "csv"), ("  \n", "csv"), ("a,b\n1,2\n", "outcome")] {
            do {
                _ = try Self.read(text)
                Issue.record("'\(text)' was accepted")
            } catch {
                #expect(error.errors.map(\.field) == [field])
            }
        }
    }
}
