import CXMCore

extension QRTestDecoder {
    /// Undoes the interleaving with the block structure of the published table, and requires every block to
    /// be a Reed–Solomon codeword (all syndromes zero), so not a single codeword may be wrong.
    func deinterleave(_ codewords: [UInt8], correction: QRCode.Correction) throws(QRDecodeFailure) -> [UInt8] {
        let entry = QRReference.blockStructure(version: version, correction: correction)
        let dataLengths = entry.groups.flatMap { group in Array(repeating: group.data, count: group.blocks) }
        let total = dataLengths.reduce(0, +) + dataLengths.count * entry.ecc
        guard total == codewords.count else {
            throw QRDecodeFailure("the symbol has \(codewords.count) codewords, Table 9 says \(total)")
        }
        var blocks = dataLengths.map { _ in [UInt8]() }
        var next = 0
        for index in 0..<(dataLengths.max() ?? 0) {
            for block in blocks.indices where index < dataLengths[block] {
                blocks[block].append(codewords[next])
                next += 1
            }
        }
        for _ in 0..<entry.ecc {
            for block in blocks.indices {
                blocks[block].append(codewords[next])
                next += 1
            }
        }
        for (number, block) in blocks.enumerated() {
            for power in 0..<entry.ecc where QRReference.evaluate(block, at: QRReference.alphaPower(power)) != 0 {
                throw QRDecodeFailure("block \(number) has a non-zero syndrome S\(power)")
            }
        }
        return zip(blocks, dataLengths).flatMap { block, length in block.prefix(length) }
    }

    /// Reads numeric, alphanumeric and byte segments up to the terminator, then checks that the rest is the
    /// zero bits and the alternating 0xEC 0x11 pad codewords of section 7.4.10.
    func parseSegments(_ data: [UInt8]) throws(QRDecodeFailure) -> ([QRCode.Mode], [UInt8]) {
        var reader = QRBitReader(bytes: data)
        var modes: [QRCode.Mode] = []
        var payload: [UInt8] = []
        let band = version <= 9 ? 0 : version <= 26 ? 1 : 2
        while reader.remaining >= 4 {
            let indicator = reader.read(4)
            if indicator == 0 { break }
            switch indicator {
            case 0b0001:
                var count = reader.read([10, 12, 14][band])
                while count > 0 {
                    let digits = min(3, count)
                    let value = reader.read([4, 7, 10][digits - 1])
                    guard value < [10, 100, 1000][digits - 1] else { throw QRDecodeFailure("numeric group \(value)") }
                    payload += Array(String(value).leftPadded(to: digits).utf8)
                    count -= digits
                }
                modes.append(.numeric)
            case 0b0010:
                let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)
                var count = reader.read([9, 11, 13][band])
                while count > 0 {
                    let pair = count >= 2
                    let value = reader.read(pair ? 11 : 6)
                    guard value < (pair ? 45 * 45 : 45) else { throw QRDecodeFailure("alphanumeric value \(value)") }
                    payload += pair ? [alphabet[value / 45], alphabet[value % 45]] : [alphabet[value]]
                    count -= pair ? 2 : 1
                }
                modes.append(.alphanumeric)
            case 0b0100:
                let count = reader.read([8, 16, 16][band])
                for _ in 0..<count { payload.append(UInt8(reader.read(8))) }
                modes.append(.byte)
            default:
                throw QRDecodeFailure("unexpected mode indicator \(indicator)")
            }
            guard !reader.overran else { throw QRDecodeFailure("segment runs past the data codewords") }
        }
        while reader.position % 8 != 0 && reader.remaining > 0 {
            guard reader.read(1) == 0 else { throw QRDecodeFailure("non-zero bits after the terminator") }
        }
        for (index, byte) in data[(reader.position / 8)...].enumerated() where byte != (index % 2 == 0 ? 0xEC : 0x11) {
            throw QRDecodeFailure("pad codeword \(index) is \(byte)")
        }
        return (modes, payload)
    }
}

/// Reads big-endian bit fields; reading past the end yields zeros and sets `overran`.
struct QRBitReader {
    let bytes: [UInt8]
    private(set) var position = 0
    private(set) var overran = false

    init(bytes: [UInt8]) { self.bytes = bytes }

    var remaining: Int { bytes.count * 8 - position }

    mutating func read(_ count: Int) -> Int {
        var value = 0
        for _ in 0..<count {
            var bit = 0
            if position < bytes.count * 8 {
                bit = Int(bytes[position / 8] >> (7 - position % 8)) & 1
            } else {
                overran = true
            }
            value = value << 1 | bit
            position += 1
        }
        return value
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
