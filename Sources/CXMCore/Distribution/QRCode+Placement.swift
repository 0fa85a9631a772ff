import Foundation

extension QRCode {
    /// The module grid while a symbol is built: function patterns first, then the data around them.
    struct Matrix: Sendable {
        let version: Int
        let size: Int
        /// Row by row, `true` for dark.
        var dark: [Bool]
        /// Function modules (finder, separator, timing, alignment, format, version, dark module): never data,
        /// never masked.
        var isFunction: [Bool]

        /// A grid with every function pattern drawn and the format areas reserved.
        init(version: Int) {
            self.version = version
            size = 17 + 4 * version
            dark = [Bool](repeating: false, count: size * size)
            isFunction = dark
            drawTimingPatterns()
            for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] { drawFinderPattern(centerX: x, centerY: y) }
            let positions = Self.alignmentPositions(version: version)
            for y in positions {
                for x in positions where !overlapsFinder(x: x, y: y) { drawAlignmentPattern(centerX: x, centerY: y) }
            }
            // Placeholder bits: the real format is known only once the mask is chosen.
            drawFormat(correction: .medium, mask: 0)
            drawVersion()
        }

        mutating func setFunction(x: Int, y: Int, dark isDark: Bool) {
            dark[y * size + x] = isDark
            isFunction[y * size + x] = true
        }

        /// Alternating modules in row 6 and column 6 let a reader find the module pitch across the symbol.
        private mutating func drawTimingPatterns() {
            for index in 0..<size {
                setFunction(x: 6, y: index, dark: index % 2 == 0)
                setFunction(x: index, y: 6, dark: index % 2 == 0)
            }
        }

        /// A 7×7 finder with its one-module light separator, clipped at the symbol's edge.
        private mutating func drawFinderPattern(centerX: Int, centerY: Int) {
            for dy in -4...4 {
                for dx in -4...4 {
                    let x = centerX + dx
                    let y = centerY + dy
                    guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                    let ring = max(abs(dx), abs(dy))
                    setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
                }
            }
        }

        private mutating func drawAlignmentPattern(centerX: Int, centerY: Int) {
            for dy in -2...2 {
                for dx in -2...2 {
                    setFunction(x: centerX + dx, y: centerY + dy, dark: max(abs(dx), abs(dy)) != 1)
                }
            }
        }

        private func overlapsFinder(x: Int, y: Int) -> Bool {
            (x == 6 && y == 6) || (x == 6 && y == size - 7) || (x == size - 7 && y == 6)
        }

        /// Rows and columns of the alignment pattern centres (ISO/IEC 18004 Annex E): from 6 to size − 7, evenly
        /// spaced from the far end by an even step, so that the odd gap lands next to the timing pattern.
        static func alignmentPositions(version: Int) -> [Int] {
            guard version >= 2 else { return [] }
            let count = version / 7 + 2
            let last = 17 + 4 * version - 7
            // The standard rounds the step up to an even number everywhere except version 32, where it rounds down.
            let rawStep = Double(last - 6) / Double(count - 1)
            let step = version == 32 ? 26 : Int((rawStep / 2).rounded(.up)) * 2
            return [6] + (0..<count - 1).map { last - step * $0 }.reversed()
        }

        /// Modules left for data and error correction codewords in a version, from the function patterns:
        /// three finders with separators, two timing lines, the alignment patterns (less the five modules each
        /// one on row or column 6 shares with a timing line), 31 format modules with the dark module, and two
        /// version blocks from version 7.
        static func dataModuleCount(version: Int) -> Int {
            let size = 17 + 4 * version
            var function = 3 * 64 + 2 * (size - 16) + 31
            if version >= 2 {
                let perSide = version / 7 + 2
                function += 25 * (perSide * perSide - 3) - 2 * 5 * (perSide - 2)
            }
            if version >= 7 { function += 36 }
            return size * size - function
        }

        /// Places the codewords in two-module columns, zig-zagging up and down from the bottom-right corner and
        /// skipping the vertical timing line; modules left over (remainder bits) stay light.
        mutating func placeData(_ codewords: [UInt8]) {
            let totalBits = codewords.count * 8
            var bitIndex = 0
            var right = size - 1
            var upward = true
            while right > 0 {
                if right == 6 { right = 5 }
                for step in 0..<size {
                    let y = upward ? size - 1 - step : step
                    for offset in 0..<2 where bitIndex < totalBits && !isFunction[y * size + right - offset] {
                        dark[y * size + right - offset] = (codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1 == 1
                        bitIndex += 1
                    }
                }
                upward.toggle()
                right -= 2
            }
        }
    }
}
