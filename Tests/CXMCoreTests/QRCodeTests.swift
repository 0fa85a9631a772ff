import Foundation
import Testing

@testable import CXMCore

@Suite("QR code encoder: symbols that read back")
struct QRCodeTests {
    /// A kiosk link of exactly 300 characters with Swedish letters in it, so it needs UTF-8 byte mode.
    static let longURL: String = {
        let start = "https://cxm.example/s/kiosk?butik=Malmö&hälsning="
        let filler = String(repeating: "åäö-ÅÄÖ-", count: 40)
        return String((start + filler).prefix(300))
    }()

    static let texts: [String] = [
        "", "a", "https://cxm.example/s/k3f9", "HTTPS://CXM.EXAMPLE/S/K3F9", "HELLO WORLD", "01234567",
        "Tack för ditt besök! 😀", longURL,
    ]

    @Test("text reads back byte for byte at every level", arguments: texts, QRCode.Correction.allCases)
    func roundTrip(text: String, correction: QRCode.Correction) throws {
        let code = try QRCode(text: text, correction: correction)

        let read = try QRTestDecoder.decode(code)

        #expect(read.payload == Array(text.utf8))
        #expect(read.version == code.version)
        #expect(read.correction == correction)
        #expect(read.mask == code.mask)
        #expect(code.size == 17 + 4 * code.version)
    }

    @Test("the 300-character link with åäö is a version 17 symbol at M in one UTF-8 byte segment")
    func longLink() throws {
        let read = try QRTestDecoder.decode(try QRCode(text: Self.longURL))

        // 300 characters, most of them two bytes in UTF-8: 491 bytes, more than the 450 of version 16-M and
        // within the 504 of version 17-M.
        #expect(Self.longURL.count == 300)
        #expect(Self.longURL.utf8.count == 491)
        #expect(read.version == 17)
        #expect(read.modes == [.byte])
    }

    @Test(
        "the most compact mode is chosen for the text",
        arguments: [
            ("0123456789", QRCode.Mode.numeric), ("HELLO WORLD", .alphanumeric), ("HTTPS://CXM.EXAMPLE/S/K3F9", .alphanumeric),
            ("https://cxm.example/s/k3f9", .byte), ("12.50", .alphanumeric), ("Malmö", .byte), ("", .byte),
        ])
    func modeChoice(text: String, mode: QRCode.Mode) throws {
        let read = try QRTestDecoder.decode(try QRCode(text: text))

        #expect(read.modes == [mode])
        #expect(read.payload == Array(text.utf8))
    }

    @Test("an upper-case link fits a smaller symbol than the same link in lower case")
    func upperCaseLinkIsSmaller() throws {
        let lower = try QRCode(text: "https://cxm.example/s/kiosk/k3f9x2")
        let upper = try QRCode(text: "HTTPS://CXM.EXAMPLE/S/KIOSK/K3F9X2")

        #expect(upper.version < lower.version)
    }

    @Test("every byte value survives byte mode")
    func allBytes() throws {
        let bytes = (0...255).map { UInt8($0) }

        let read = try QRTestDecoder.decode(try QRCode(bytes: bytes, correction: .low))

        #expect(read.payload == bytes)
        #expect(read.modes == [.byte])
    }

    @Test(
        "all eight masks read back, and the encoder picks the one with the lowest penalty",
        arguments: [
            // "cxm-62" at Q scores the same under masks 2 and 4, so it also shows that the lower number wins a tie.
            ("cxm-62", 1), (String(repeating: "cxm kiosk ", count: 8), 7), (String(repeating: "cxm kiosk ", count: 54), 22),
        ])
    func everyMask(text: String, version: Int) throws {
        let segment = QRCode.Segment(text: text)
        var penalties: [Int] = []
        for mask in 0..<8 {
            let code = try QRCode(segment: segment, correction: .quartile, mask: mask)
            let read = try QRTestDecoder.decode(code)
            #expect(read.mask == mask)
            #expect(read.version == version)
            #expect(read.payload == Array(text.utf8))
            var matrix = QRCode.Matrix(version: code.version)
            matrix.dark = code.modules
            penalties.append(matrix.penalty())
        }

        let chosen = try QRCode(text: text, correction: .quartile)

        #expect(penalties[chosen.mask] == penalties.min())
        #expect(penalties.firstIndex(of: penalties.min()!) == chosen.mask, "ties go to the lower mask number")
    }

    /// Published byte-mode capacities (ISO/IEC 18004 Table 7; thonky.com "character capacities" table) per
    /// version, in the order L, M, Q, H.
    static let byteCapacities: [(version: Int, bytes: [Int])] = [
        (1, [17, 14, 11, 7]), (2, [32, 26, 20, 14]), (5, [106, 84, 60, 44]), (7, [154, 122, 86, 64]),
        (9, [230, 180, 130, 98]), (10, [271, 213, 151, 119]), (40, [2953, 2331, 1663, 1273]),
    ]

    @Test("a full symbol keeps its version and one byte more needs the next", arguments: byteCapacities)
    func versionBoundaries(version: Int, capacities: [Int]) throws {
        for (correction, capacity) in zip(QRCode.Correction.allCases, capacities) {
            let full = (0..<capacity).map { UInt8(truncatingIfNeeded: $0 &* 37) }

            let code = try QRCode(bytes: full, correction: correction)

            #expect(code.version == version, "\(capacity) bytes at \(correction)")
            #expect(try QRTestDecoder.decode(code).payload == full)
            if version < 40 {
                let over = try QRCode(bytes: full + [0x41], correction: correction)
                #expect(over.version == version + 1, "\(capacity + 1) bytes at \(correction)")
                #expect(try QRTestDecoder.decode(over).payload == full + [0x41])
            }
        }
    }

    @Test(
        "numeric and alphanumeric limits match the published table at version 1 and 40",
        arguments: [
            (QRCode.Correction.medium, "9", 34, 1), (.medium, "A", 20, 1), (.low, "7", 7089, 40), (.low, "Z", 4296, 40),
            (.high, "1", 3057, 40), (.high, "$", 1852, 40),
        ])
    func otherModeCapacities(correction: QRCode.Correction, character: String, capacity: Int, version: Int) throws {
        let text = String(repeating: character, count: capacity)

        let code = try QRCode(text: text, correction: correction)

        #expect(code.version == version)
        #expect(try QRTestDecoder.decode(code).payload == Array(text.utf8))
        if version == 40 {
            #expect(throws: QRCodeError.self) { try QRCode(text: text + character, correction: correction) }
        } else {
            #expect(try QRCode(text: text + character, correction: correction).version == version + 1)
        }
    }

    @Test("data beyond version 40 is refused with the limit in words")
    func tooLong() {
        let error = #expect(throws: QRCodeError.self) { try QRCode(bytes: Array(repeating: 0x61, count: 2332)) }

        #expect(error == .dataTooLong(length: 2332, maximum: 2331, mode: .byte, correction: .medium))
        #expect(
            error?.description
                == "The data is 2332 bytes, but a QR code holds at most 2331 bytes at medium error correction; "
                + "shorten it or choose a lower correction level.")
        #expect(throws: QRCodeError.dataTooLong(length: 7090, maximum: 7089, mode: .numeric, correction: .low)) {
            try QRCode(text: String(repeating: "5", count: 7090), correction: .low)
        }
    }

    @Test("the decoder rejects a symbol with one module flipped, so the round trips can fail")
    func decoderIsStrict() throws {
        let code = try QRCode(text: "https://cxm.example/s/k3f9")
        let size = code.size
        // A data module in the bottom-right corner, a format module, and a timing module.
        for (flipX, flipY) in [(size - 1, size - 1), (8, 2), (10, 6)] {
            let decoder = try QRTestDecoder(size: size) { x, y in
                code.isDark(x: x, y: y) != (x == flipX && y == flipY)
            }
            #expect(throws: QRDecodeFailure.self, "flipped (\(flipX), \(flipY))") { try decoder.decode() }
        }
    }

    @Test("outside the symbol is the light quiet zone")
    func outside() throws {
        let code = try QRCode(text: "cxm")

        #expect(code.isDark(x: 0, y: 0), "the finder's corner is dark")
        #expect(!code.isDark(x: -1, y: 0))
        #expect(!code.isDark(x: 0, y: code.size))
        #expect(!code.isDark(x: code.size, y: code.size))
    }
}
