import Foundation

extension QRCode.Correction {
    /// Column of the per-level tables below.
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// The two bits the format information uses for the level (ISO/IEC 18004 Table 12): not in L-M-Q-H order.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}

extension QRCode {
    /// How a version and level split their codewords into Reed–Solomon blocks (ISO/IEC 18004 Table 9).
    ///
    /// Every block carries the same number of error correction codewords; when the data does not divide evenly,
    /// the last blocks hold one data codeword more than the first.
    struct BlockLayout: Sendable, Hashable {
        let totalCodewords: Int
        let blockCount: Int
        let eccPerBlock: Int

        init(version: Int, correction: QRCode.Correction) {
            totalCodewords = Matrix.dataModuleCount(version: version) / 8
            blockCount = Self.blocks[correction.tableIndex][version - 1]
            eccPerBlock = Self.eccCodewords[correction.tableIndex][version - 1]
        }

        var dataCodewords: Int { totalCodewords - blockCount * eccPerBlock }

        /// Data codewords in each block, shorter blocks first.
        var dataLengths: [Int] {
            let short = totalCodewords / blockCount - eccPerBlock
            let longBlocks = totalCodewords % blockCount
            return (0..<blockCount).map { $0 < blockCount - longBlocks ? short : short + 1 }
        }

        /// Splits the data into blocks, adds each block's error correction, and interleaves them so that a
        /// smudge across neighbouring modules damages several blocks a little rather than one beyond repair.
        func interleaved(_ data: [UInt8]) -> [UInt8] {
            let generator = ReedSolomon.generator(degree: eccPerBlock)
            var blocks: [ArraySlice<UInt8>] = []
            var eccBlocks: [[UInt8]] = []
            var start = data.startIndex
            for length in dataLengths {
                let block = data[start..<start + length]
                blocks.append(block)
                eccBlocks.append(ReedSolomon.remainder(of: block, generator: generator))
                start += length
            }
            var result: [UInt8] = []
            result.reserveCapacity(totalCodewords)
            for index in 0..<(dataLengths.last ?? 0) {
                for block in blocks where index < block.count {
                    result.append(block[block.startIndex + index])
                }
            }
            for index in 0..<eccPerBlock {
                for ecc in eccBlocks { result.append(ecc[index]) }
            }
            return result
        }

        // ISO/IEC 18004 Table 9, one row per level (L, M, Q, H), one column per version 1…40.
        static let eccCodewords: [[Int]] = [
            [
                7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
                28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ],
            [
                10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
                26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            ],
            [
                13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
                28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ],
            [
                17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
                30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ],
        ]

        static let blocks: [[Int]] = [
            [
                1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
                8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
            ],
            [
                1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
                17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
            ],
            [
                1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
                23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
            ],
            [
                1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
                25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
            ],
        ]
    }
}
