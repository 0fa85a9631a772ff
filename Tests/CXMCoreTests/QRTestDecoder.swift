import CXMCore

/// Why the test decoder would not read a symbol; a real reader would fail on the same thing or guess.
struct QRDecodeFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}

/// A strict QR code reader for tests, written apart from the encoder straight from ISO/IEC 18004 and its
/// published tables, so that a round trip proves the symbol reads rather than that the encoder agrees with
/// itself. It checks every function pattern, both format copies with their BCH code, the version blocks,
/// the remainder bits, every Reed–Solomon block's syndromes and the padding, and fails on anything off.
struct QRTestDecoder {
    /// What a symbol says about itself and what it holds.
    struct Result: Equatable {
        var version: Int
        var correction: QRCode.Correction
        var mask: Int
        var modes: [QRCode.Mode]
        var payload: [UInt8]
        /// The data codewords after de-interleaving, padding included.
        var dataCodewords: [UInt8]
    }

    let size: Int
    let version: Int
    let isDark: (Int, Int) -> Bool
    /// Centres of the alignment patterns, less the three that would overlap a finder.
    let alignmentCentres: [(x: Int, y: Int)]

    init(size: Int, isDark: @escaping (Int, Int) -> Bool) throws(QRDecodeFailure) {
        guard size >= 21, size <= 177, (size - 17) % 4 == 0 else { throw QRDecodeFailure("no QR size: \(size)") }
        self.size = size
        self.version = (size - 17) / 4
        self.isDark = isDark
        let positions = QRReference.alignmentPositions[version - 1]
        let last = size - 7
        alignmentCentres = positions.flatMap { y in positions.map { x in (x: x, y: y) } }.filter { centre in
            !(centre.x == 6 && centre.y == 6) && !(centre.x == 6 && centre.y == last)
                && !(centre.x == last && centre.y == 6)
        }
    }

    /// Reads a symbol through its public interface only.
    static func decode(_ code: QRCode) throws(QRDecodeFailure) -> Result {
        try QRTestDecoder(size: code.size) { code.isDark(x: $0, y: $1) }.decode()
    }

    func decode() throws(QRDecodeFailure) -> Result {
        try checkFunctionPatterns()
        let (correction, mask) = try readFormat()
        try checkVersionInformation()
        let codewords = try readCodewords(mask: mask)
        let data = try deinterleave(codewords, correction: correction)
        let (modes, payload) = try parseSegments(data)
        return Result(
            version: version, correction: correction, mask: mask, modes: modes, payload: payload, dataCodewords: data)
    }

    // MARK: Function patterns

    private func expect(_ x: Int, _ y: Int, dark: Bool, _ what: String) throws(QRDecodeFailure) {
        guard isDark(x, y) == dark else { throw QRDecodeFailure("\(what) wrong at (\(x), \(y))") }
    }

    /// Finder patterns with separators, timing lines, alignment patterns and the dark module, as Figure 2 draws them.
    func checkFunctionPatterns() throws(QRDecodeFailure) {
        for (left, top) in [(0, 0), (size - 7, 0), (0, size - 7)] {
            for dy in 0..<7 {
                for dx in 0..<7 {
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    try expect(left + dx, top + dy, dark: ring != 2, "finder pattern")
                }
            }
        }
        for index in 0...7 {
            try expect(7, index, dark: false, "separator")
            try expect(index, 7, dark: false, "separator")
            try expect(size - 8, index, dark: false, "separator")
            try expect(size - 1 - index, 7, dark: false, "separator")
            try expect(7, size - 1 - index, dark: false, "separator")
            try expect(index, size - 8, dark: false, "separator")
        }
        for index in 8..<(size - 8) {
            try expect(index, 6, dark: index % 2 == 0, "horizontal timing pattern")
            try expect(6, index, dark: index % 2 == 0, "vertical timing pattern")
        }
        for centre in alignmentCentres {
            for dy in -2...2 {
                for dx in -2...2 {
                    try expect(centre.x + dx, centre.y + dy, dark: max(abs(dx), abs(dy)) != 1, "alignment pattern")
                }
            }
        }
        try expect(8, size - 8, dark: true, "dark module")
    }

    /// Whether a module belongs to a function pattern or the format and version areas, so holds no data.
    func isFunction(_ x: Int, _ y: Int) -> Bool {
        if x == 6 || y == 6 { return true }
        if x < 9 && (y < 9 || y >= size - 8) { return true }
        if x >= size - 8 && y < 9 { return true }
        if version >= 7 && ((x >= size - 11 && x < size - 8 && y < 6) || (y >= size - 11 && y < size - 8 && x < 6)) {
            return true
        }
        return alignmentCentres.contains { abs($0.x - x) <= 2 && abs($0.y - y) <= 2 }
    }

    // MARK: Format and version information

    /// Both copies must agree and be a BCH(15,5) codeword once the 0x5412 mask is removed.
    func readFormat() throws(QRDecodeFailure) -> (QRCode.Correction, Int) {
        // Most significant bit first, as section 7.9.1 lays the two copies out.
        let first = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8), (8, 7)] + (0...5).reversed().map { (8, $0) }
        let second = (0..<7).map { (8, size - 1 - $0) } + (0..<8).map { (size - 8 + $0, 8) }
        let copies = [first, second].map { positions in positions.reduce(0) { $0 << 1 | (isDark($1.0, $1.1) ? 1 : 0) } }
        guard copies[0] == copies[1] else { throw QRDecodeFailure("format copies differ: \(copies)") }
        let format = copies[0] ^ 0b101_0100_0001_0010
        guard QRReference.gf2Remainder(format, divisor: 0b101_0011_0111) == 0 else {
            throw QRDecodeFailure("format information fails its BCH check: \(String(copies[0], radix: 2))")
        }
        let levels: [Int: QRCode.Correction] = [0b01: .low, 0b00: .medium, 0b11: .quartile, 0b10: .high]
        return (levels[format >> 13]!, (format >> 10) & 0b111)
    }

    /// From version 7 both 18-bit blocks must agree, pass the BCH(18,6) check and name the version the size implies.
    func checkVersionInformation() throws(QRDecodeFailure) {
        guard version >= 7 else { return }
        // Bit 0 (least significant) sits nearest the corner of each block, bit 17 farthest (Figure 27).
        var bottomLeft = 0
        var topRight = 0
        for bit in (0..<18).reversed() {
            bottomLeft = bottomLeft << 1 | (isDark(bit / 3, size - 11 + bit % 3) ? 1 : 0)
            topRight = topRight << 1 | (isDark(size - 11 + bit % 3, bit / 3) ? 1 : 0)
        }
        guard bottomLeft == topRight else { throw QRDecodeFailure("version blocks differ") }
        guard QRReference.gf2Remainder(bottomLeft, divisor: 0b1_1111_0010_0101) == 0 else {
            throw QRDecodeFailure("version information fails its BCH check")
        }
        guard bottomLeft >> 12 == version else { throw QRDecodeFailure("version block says \(bottomLeft >> 12)") }
    }

    // MARK: Codewords

    /// The data region read in two-module columns from the bottom right, up and down in turn, with the
    /// mask removed; the leftover remainder bits must be zero.
    func readCodewords(mask: Int) throws(QRDecodeFailure) -> [UInt8] {
        let rightColumns = Array(stride(from: size - 1, to: 6, by: -2)) + [5, 3, 1]
        var bits: [Bool] = []
        for (pair, right) in rightColumns.enumerated() {
            let rows = pair % 2 == 0 ? Array((0..<size).reversed()) : Array(0..<size)
            for y in rows {
                for x in [right, right - 1] where !isFunction(x, y) {
                    bits.append(isDark(x, y) != QRReference.maskInverts(mask, i: y, j: x))
                }
            }
        }
        let count = bits.count / 8
        guard bits[(count * 8)...].allSatisfy({ !$0 }) else { throw QRDecodeFailure("remainder bits are not zero") }
        return (0..<count).map { index in
            bits[index * 8..<index * 8 + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
    }
}
