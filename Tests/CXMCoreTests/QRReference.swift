import CXMCore

/// The published tables and arithmetic of ISO/IEC 18004:2015 that the test decoder and the pinned vectors
/// use, as the standard prints them (the thonky.com QR code tutorial reproduces the same tables); kept apart
/// from the encoder's own tables and formulas so that a mistake in one is caught by the other.
enum QRReference {
    /// One row of Table 9: error correction codewords per block and the blocks' data codewords.
    struct BlockStructure: Equatable {
        var ecc: Int
        var groups: [(blocks: Int, data: Int)]

        static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.ecc == rhs.ecc && lhs.groups.map(\.blocks) == rhs.groups.map(\.blocks)
                && lhs.groups.map(\.data) == rhs.groups.map(\.data)
        }
    }

    /// Table 9, one line per version with L, M, Q and H: "ecc per block: blocks × data codewords [+ …]".
    static let table9: [String] = [
        "7: 1×19, 10: 1×16, 13: 1×13, 17: 1×9",  // 1
        "10: 1×34, 16: 1×28, 22: 1×22, 28: 1×16",  // 2
        "15: 1×55, 26: 1×44, 18: 2×17, 22: 2×13",  // 3
        "20: 1×80, 18: 2×32, 26: 2×24, 16: 4×9",  // 4
        "26: 1×108, 24: 2×43, 18: 2×15 + 2×16, 22: 2×11 + 2×12",  // 5
        "18: 2×68, 16: 4×27, 24: 4×19, 28: 4×15",  // 6
        "20: 2×78, 18: 4×31, 18: 2×14 + 4×15, 26: 4×13 + 1×14",  // 7
        "24: 2×97, 22: 2×38 + 2×39, 22: 4×18 + 2×19, 26: 4×14 + 2×15",  // 8
        "30: 2×116, 22: 3×36 + 2×37, 20: 4×16 + 4×17, 24: 4×12 + 4×13",  // 9
        "18: 2×68 + 2×69, 26: 4×43 + 1×44, 24: 6×19 + 2×20, 28: 6×15 + 2×16",  // 10
        "20: 4×81, 30: 1×50 + 4×51, 28: 4×22 + 4×23, 24: 3×12 + 8×13",  // 11
        "24: 2×92 + 2×93, 22: 6×36 + 2×37, 26: 4×20 + 6×21, 28: 7×14 + 4×15",  // 12
        "26: 4×107, 22: 8×37 + 1×38, 24: 8×20 + 4×21, 22: 12×11 + 4×12",  // 13
        "30: 3×115 + 1×116, 24: 4×40 + 5×41, 20: 11×16 + 5×17, 24: 11×12 + 5×13",  // 14
        "22: 5×87 + 1×88, 24: 5×41 + 5×42, 30: 5×24 + 7×25, 24: 11×12 + 7×13",  // 15
        "24: 5×98 + 1×99, 28: 7×45 + 3×46, 24: 15×19 + 2×20, 30: 3×15 + 13×16",  // 16
        "28: 1×107 + 5×108, 28: 10×46 + 1×47, 28: 1×22 + 15×23, 28: 2×14 + 17×15",  // 17
        "30: 5×120 + 1×121, 26: 9×43 + 4×44, 28: 17×22 + 1×23, 28: 2×14 + 19×15",  // 18
        "28: 3×113 + 4×114, 26: 3×44 + 11×45, 26: 17×21 + 4×22, 26: 9×13 + 16×14",  // 19
        "28: 3×107 + 5×108, 26: 3×41 + 13×42, 30: 15×24 + 5×25, 28: 15×15 + 10×16",  // 20
        "28: 4×116 + 4×117, 26: 17×42, 28: 17×22 + 6×23, 30: 19×16 + 6×17",  // 21
        "28: 2×111 + 7×112, 28: 17×46, 30: 7×24 + 16×25, 24: 34×13",  // 22
        "30: 4×121 + 5×122, 28: 4×47 + 14×48, 30: 11×24 + 14×25, 30: 16×15 + 14×16",  // 23
        "30: 6×117 + 4×118, 28: 6×45 + 14×46, 30: 11×24 + 16×25, 30: 30×16 + 2×17",  // 24
        "26: 8×106 + 4×107, 28: 8×47 + 13×48, 30: 7×24 + 22×25, 30: 22×15 + 13×16",  // 25
        "28: 10×114 + 2×115, 28: 19×46 + 4×47, 28: 28×22 + 6×23, 30: 33×16 + 4×17",  // 26
        "30: 8×122 + 4×123, 28: 22×45 + 3×46, 30: 8×23 + 26×24, 30: 12×15 + 28×16",  // 27
        "30: 3×117 + 10×118, 28: 3×45 + 23×46, 30: 4×24 + 31×25, 30: 11×15 + 31×16",  // 28
        "30: 7×116 + 7×117, 28: 21×45 + 7×46, 30: 1×23 + 37×24, 30: 19×15 + 26×16",  // 29
        "30: 5×115 + 10×116, 28: 19×47 + 10×48, 30: 15×24 + 25×25, 30: 23×15 + 25×16",  // 30
        "30: 13×115 + 3×116, 28: 2×46 + 29×47, 30: 42×24 + 1×25, 30: 23×15 + 28×16",  // 31
        "30: 17×115, 28: 10×46 + 23×47, 30: 10×24 + 35×25, 30: 19×15 + 35×16",  // 32
        "30: 17×115 + 1×116, 28: 14×46 + 21×47, 30: 29×24 + 19×25, 30: 11×15 + 46×16",  // 33
        "30: 13×115 + 6×116, 28: 14×46 + 23×47, 30: 44×24 + 7×25, 30: 59×16 + 1×17",  // 34
        "30: 12×121 + 7×122, 28: 12×47 + 26×48, 30: 39×24 + 14×25, 30: 22×15 + 41×16",  // 35
        "30: 6×121 + 14×122, 28: 6×47 + 34×48, 30: 46×24 + 10×25, 30: 2×15 + 64×16",  // 36
        "30: 17×122 + 4×123, 28: 29×46 + 14×47, 30: 49×24 + 10×25, 30: 24×15 + 46×16",  // 37
        "30: 4×122 + 18×123, 28: 13×46 + 32×47, 30: 48×24 + 14×25, 30: 42×15 + 32×16",  // 38
        "30: 20×117 + 4×118, 28: 40×47 + 7×48, 30: 43×24 + 22×25, 30: 10×15 + 67×16",  // 39
        "30: 19×118 + 6×119, 28: 18×47 + 31×48, 30: 34×24 + 34×25, 30: 20×15 + 61×16",  // 40
    ]

    static func blockStructure(version: Int, correction: QRCode.Correction) -> BlockStructure {
        let level = QRCode.Correction.allCases.firstIndex(of: correction)!
        let entry = table9[version - 1].split(separator: ", ")[level]
        let parts = entry.split(separator: ": ")
        let groups = parts[1].split(separator: " + ").map { group in
            let numbers = group.split(separator: "×").map { Int($0)! }
            return (blocks: numbers[0], data: numbers[1])
        }
        return BlockStructure(ecc: Int(parts[0])!, groups: groups)
    }

    /// Annex E, Table E.1: row and column coordinates of the alignment pattern centres, versions 1…40.
    static let alignmentPositions: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
        [6, 30, 54], [6, 32, 58], [6, 34, 62], [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78],
        [6, 30, 56, 82], [6, 30, 58, 86], [6, 34, 62, 90], [6, 28, 50, 72, 94], [6, 26, 50, 74, 98],
        [6, 30, 54, 78, 102], [6, 28, 54, 80, 106], [6, 32, 58, 84, 110], [6, 30, 58, 86, 114], [6, 34, 62, 90, 118],
        [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126], [6, 26, 52, 78, 104, 130], [6, 30, 56, 82, 108, 134],
        [6, 34, 60, 86, 112, 138], [6, 30, 58, 86, 114, 142], [6, 34, 62, 90, 118, 146], [6, 30, 54, 78, 102, 126, 150],
        [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158], [6, 32, 58, 84, 110, 136, 162],
        [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
    ]

    /// Table 10, with i the row and j the column as the standard writes it.
    static func maskInverts(_ mask: Int, i: Int, j: Int) -> Bool {
        switch mask {
        case 0: return (i + j) % 2 == 0
        case 1: return i % 2 == 0
        case 2: return j % 3 == 0
        case 3: return (i + j) % 3 == 0
        case 4: return ((i / 2) + (j / 3)) % 2 == 0
        case 5: return ((i * j) % 2) + ((i * j) % 3) == 0
        case 6: return (((i * j) % 2) + ((i * j) % 3)) % 2 == 0
        case 7: return (((i + j) % 2) + ((i * j) % 3)) % 2 == 0
        default: return false
        }
    }

    /// The remainder of a bit polynomial divided by another over GF(2).
    static func gf2Remainder(_ value: Int, divisor: Int) -> Int {
        let divisorDegree = Int.bitWidth - 1 - divisor.leadingZeroBitCount
        var value = value
        for degree in stride(from: Int.bitWidth - 2, through: divisorDegree, by: -1) where value & (1 << degree) != 0 {
            value ^= divisor << (degree - divisorDegree)
        }
        return value
    }

    /// GF(256) multiplication bit by bit, reducing by x⁸ + x⁴ + x³ + x² + 1: slow, obvious and table-free.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = Int(a)
        var b = Int(b)
        var product = 0
        while b != 0 {
            if b & 1 != 0 { product ^= a }
            a <<= 1
            if a & 0x100 != 0 { a ^= 0x11D }
            b >>= 1
        }
        return UInt8(product)
    }

    static func alphaPower(_ power: Int) -> UInt8 {
        (0..<power).reduce(UInt8(1)) { value, _ in multiply(value, 2) }
    }

    /// The polynomial with these coefficients (highest power first) at `x`, by Horner's rule.
    static func evaluate(_ coefficients: [UInt8], at x: UInt8) -> UInt8 {
        coefficients.reduce(UInt8(0)) { multiply($0, x) ^ $1 }
    }
}
