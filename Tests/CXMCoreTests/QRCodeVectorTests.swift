import Testing

@testable import CXMCore

@Suite("QR code encoder: published vectors and tables")
struct QRCodeVectorTests {
    /// Parses "0100 0000 …" bit strings as a published table prints them.
    static func bits(_ text: String) -> Int { Int(text.filter { $0 != " " }, radix: 2)! }

    @Test("HELLO WORLD at 1-M gives the codewords of the thonky.com tutorial")
    func helloWorld() throws {
        // thonky.com QR code tutorial, "Data Encoding" (final data codewords) and "Error Correction Coding"
        // (the ten error correction codewords of the same message).
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let ecc: [UInt8] = [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]

        let segment = QRCode.Segment(text: "HELLO WORLD")
        let layout = QRCode.BlockLayout(version: 1, correction: .medium)

        #expect(segment.dataCodewords(version: 1, capacity: layout.dataCodewords) == data)
        #expect(layout.interleaved(data) == data + ecc)
        let read = try QRTestDecoder.decode(try QRCode(text: "HELLO WORLD", correction: .medium))
        #expect(read.version == 1)
        #expect(read.dataCodewords == data)
    }

    @Test("01234567 at 1-M gives the codewords of ISO/IEC 18004 Annex I")
    func annexI() throws {
        // ISO/IEC 18004:2015 Annex I (encoding example), data and error correction codewords as bit strings.
        let data = [
            "00010000", "00100000", "00001100", "01010110", "01100001", "10000000", "11101100", "00010001", "11101100",
            "00010001", "11101100", "00010001", "11101100", "00010001", "11101100", "00010001",
        ].map { UInt8(Self.bits($0)) }
        let ecc = [
            "10100101", "00100100", "11010100", "11000001", "11101101", "00110110", "11000111", "10000111", "00101100",
            "01010101",
        ].map { UInt8(Self.bits($0)) }

        let segment = QRCode.Segment(text: "01234567")

        #expect(segment.mode == .numeric)
        #expect(segment.dataCodewords(version: 1, capacity: 16) == data)
        #expect(QRCode.ReedSolomon.remainder(of: data, generator: QRCode.ReedSolomon.generator(degree: 10)) == ecc)
    }

    @Test("the generator polynomial for ten codewords is the one the thonky.com tutorial lists")
    func generatorPolynomial() {
        // α exponents of x¹⁰ … x⁰, from the tutorial's "Generator Polynomial for 10 Error Correction Codewords".
        let exponents = [0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45]

        #expect(QRCode.ReedSolomon.generator(degree: 10) == exponents.map(QRReference.alphaPower))
    }

    /// ISO/IEC 18004 Annex C Table C.1 (and the thonky.com format information table), masks 0…7 per level.
    static let formatStrings: [(QRCode.Correction, [String])] = [
        (
            .low,
            [
                "111011111000100", "111001011110011", "111110110101010", "111100010011101", "110011000101111",
                "110001100011000", "110110001000001", "110100101110110",
            ]
        ),
        (
            .medium,
            [
                "101010000010010", "101000100100101", "101111001111100", "101101101001011", "100010111111001",
                "100000011001110", "100111110010111", "100101010100000",
            ]
        ),
        (
            .quartile,
            [
                "011010101011111", "011000001101000", "011111100110001", "011101000000110", "010010010110100",
                "010000110000011", "010111011011010", "010101111101101",
            ]
        ),
        (
            .high,
            [
                "001011010001001", "001001110111110", "001110011100111", "001100111010000", "000011101100010",
                "000001001010101", "000110100001100", "000100000111011",
            ]
        ),
    ]

    @Test("format information matches the published table for every level and mask", arguments: formatStrings)
    func formatInformation(correction: QRCode.Correction, strings: [String]) {
        for (mask, string) in strings.enumerated() {
            #expect(QRCode.Matrix.formatBits(correction: correction, mask: mask) == Self.bits(string), "mask \(mask)")
        }
    }

    @Test(
        "version information matches the published table (Annex D, Table D.1)",
        arguments: [
            (7, "000111110010010100"), (8, "001000010110111100"), (9, "001001101010011001"), (10, "001010010011010011"),
            (40, "101000110001101001"),
        ])
    func versionInformation(version: Int, string: String) {
        #expect(QRCode.Matrix.versionBits(version: version) == Self.bits(string))
    }

    @Test("block structure matches Table 9 for every version and level")
    func blockStructure() {
        for version in 1...40 {
            for correction in QRCode.Correction.allCases {
                let layout = QRCode.BlockLayout(version: version, correction: correction)
                let lengths = layout.dataLengths
                let groups = Dictionary(grouping: lengths, by: { $0 }).sorted { $0.key < $1.key }
                let actual = QRReference.BlockStructure(
                    ecc: layout.eccPerBlock, groups: groups.map { (blocks: $0.value.count, data: $0.key) })

                #expect(
                    actual == QRReference.blockStructure(version: version, correction: correction), "\(version)-\(correction)")
            }
        }
    }

    @Test("total codewords and remainder bits match Table 1 for every version")
    func totalCodewords() {
        // Table 1, column "number of data codewords" plus error correction: the total per version.
        let totals = [
            26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,
            1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185, 2323, 2465, 2611, 2761, 2876, 3034, 3196, 3362,
            3532, 3706,
        ]
        let remainderBits =
            [0] + Array(repeating: 7, count: 5) + Array(repeating: 0, count: 7) + Array(repeating: 3, count: 7)
            + Array(repeating: 4, count: 7) + Array(repeating: 3, count: 7) + Array(repeating: 0, count: 6)

        for version in 1...40 {
            let modules = QRCode.Matrix.dataModuleCount(version: version)
            #expect(modules / 8 == totals[version - 1], "version \(version)")
            #expect(modules % 8 == remainderBits[version - 1], "version \(version)")
            let matrix = QRCode.Matrix(version: version)
            #expect(matrix.isFunction.filter { !$0 }.count == modules, "the drawn patterns leave that many modules")
        }
    }

    @Test("alignment patterns sit where Annex E puts them")
    func alignmentPositions() {
        for version in 1...40 {
            #expect(QRCode.Matrix.alignmentPositions(version: version) == QRReference.alignmentPositions[version - 1])
        }
    }

    @Test(
        "penalty rules 1 and 3 score hand-counted lines (# dark, . light)",
        arguments: [
            ("#####", 3), ("#######", 5), ("...........", 9), ("#.###.#....", 40), ("#.###.#", 40),
            ("....#.###.#....", 40), ("...#.###.#...", 40), ("#.#.###.#....#", 40), ("#...#.###.#...#", 0), ("####.###.####", 0),
            ("##..######..##........", 50), ("#.#.#.#.#.#", 0),
        ])
    func linePenalty(line: String, expected: Int) {
        #expect(QRCode.Matrix.linePenalty(line.map { $0 == "#" }) == expected)
    }

    @Test(
        "whole-symbol penalty: a blank grid scores runs, blocks and balance; a checkerboard scores nothing",
        arguments: [("light", 2098), ("dark", 2098), ("checkerboard", 0)])
    func symbolPenalty(fill: String, expected: Int) {
        var matrix = QRCode.Matrix(version: 1)
        // 21 rows and columns of one 21-run (19 each), 400 one-colour 2×2 blocks (3 each), 50 % off balance (100).
        matrix.dark = (0..<21 * 21).map { index in
            switch fill {
            case "light": false
            case "dark": true
            default: (index / 21 + index % 21) % 2 == 0
            }
        }

        #expect(matrix.penalty() == expected)
    }
}
