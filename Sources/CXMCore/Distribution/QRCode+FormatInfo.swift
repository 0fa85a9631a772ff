import Foundation

extension QRCode.Matrix {
    /// The 15 format bits: level and mask, ten BCH(15,5) check bits, then XOR 0x5412 so that no combination
    /// is all light (ISO/IEC 18004 section 7.9).
    static func formatBits(correction: QRCode.Correction, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data, checkBits: 10, generator: 0x537)) ^ 0x5412
    }

    /// The 18 version bits: the version and twelve BCH(18,6) check bits, unmasked (ISO/IEC 18004 section 7.10).
    static func versionBits(version: Int) -> Int {
        version << 12 | bchRemainder(version, checkBits: 12, generator: 0x1F25)
    }

    /// The remainder of value × x^checkBits divided by the generator, as polynomials over GF(2).
    static func bchRemainder(_ value: Int, checkBits: Int, generator: Int) -> Int {
        var remainder = value << checkBits
        while remainder >> checkBits != 0 {
            let degree = Int.bitWidth - 1 - remainder.leadingZeroBitCount
            remainder ^= generator << (degree - checkBits)
        }
        return remainder
    }

    /// Writes both copies of the format bits, one beside the top-left finder and one split between the other
    /// two, so that either copy alone tells a reader the level and mask; also sets the dark module.
    mutating func drawFormat(correction: QRCode.Correction, mask: Int) {
        let bits = Self.formatBits(correction: correction, mask: mask)
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        // Around the top-left finder: up column 8 (skipping the timing row), then left along row 8.
        for index in 0...5 { setFunction(x: 8, y: index, dark: bit(index)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for index in 9..<15 { setFunction(x: 14 - index, y: 8, dark: bit(index)) }
        // Along row 8 under the top-right finder, then down column 8 beside the bottom-left one.
        for index in 0..<8 { setFunction(x: size - 1 - index, y: 8, dark: bit(index)) }
        for index in 8..<15 { setFunction(x: 8, y: size - 15 + index, dark: bit(index)) }
        setFunction(x: 8, y: size - 8, dark: true)
    }

    /// From version 7, two 6×3 blocks of version bits next to the top-right and bottom-left finders, where the
    /// size alone can no longer be counted reliably.
    mutating func drawVersion() {
        guard version >= 7 else { return }
        let bits = Self.versionBits(version: version)
        for index in 0..<18 {
            let isDark = (bits >> index) & 1 == 1
            let across = index / 3
            let along = size - 11 + index % 3
            setFunction(x: along, y: across, dark: isDark)
            setFunction(x: across, y: along, dark: isDark)
        }
    }
}
