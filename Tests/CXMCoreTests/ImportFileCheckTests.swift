import CXMCore
import Foundation
import Testing

@Suite("Import file check")
struct ImportFileCheckTests {
    static func problem(_ bytes: [UInt8], chunk: Int) -> String? {
        var check = ImportFileCheck()
        var start = 0
        while start < bytes.count {
            check.feed(bytes[start..<min(start + chunk, bytes.count)])
            start += chunk
        }
        check.finish()
        return check.problem
    }

    @Test(arguments: [1, 2, 3, 7, 65_536])
    func utf8TextPassesHoweverItIsCut(chunk: Int) {
        let text = "\u{FEFF}namn;stad\nÅsa Öberg;Göteborg\nJyväskylä 😀;Ærø\n"
        #expect(Self.problem(Array(text.utf8), chunk: chunk) == nil)
    }

    @Test(arguments: [1, 4, 65_536])
    func latin1NamesTheLine(chunk: Int) {
        let bytes = Array("namn;stad\nAsa;Oslo\n".utf8) + [0x47, 0xF6, 0x74, 0x65, 0x62, 0x6F, 0x72, 0x67, 0x0A]
        let problem = Self.problem(bytes, chunk: chunk)
        #expect(problem?.contains("not UTF-8 text (line 3, byte 21)") == true, "\(problem ?? "nil")")
        #expect(problem?.contains("CSV UTF-8") == true)
    }

    @Test func binaryWorkbooksAndUTF16AreRefused() {
        #expect(Self.problem([0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00], chunk: 100)?.contains("Excel workbook") == true)
        #expect(Self.problem([0xFF, 0xFE, 0x6E, 0x00], chunk: 100)?.contains("UTF-16") == true)
        #expect(Self.problem(Array("a;b\nc;d\u{0}e\n".utf8), chunk: 3)?.contains("NUL byte on line 2") == true)
        // A file that ends in the middle of a character.
        #expect(Self.problem(Array("a;b\nG".utf8) + [0xC3], chunk: 2)?.contains("line 2") == true)
    }
}
