import Foundation

extension QRCode {
    /// The data of a symbol in one mode: the characters as bits, before the mode indicator and length.
    ///
    /// One segment is enough for links and short texts; mixing modes within a symbol would save a few bits on
    /// mixed text at the cost of a search over split points.
    struct Segment: Sendable, Hashable {
        let mode: QRCode.Mode
        /// Characters (numeric and alphanumeric) or bytes, as the character count indicator states it.
        let count: Int
        let bits: BitBuffer

        /// Raw bytes, always in byte mode.
        init(bytes: [UInt8]) {
            var bits = BitBuffer()
            for byte in bytes { bits.append(Int(byte), count: 8) }
            self.init(mode: .byte, count: bytes.count, bits: bits)
        }

        /// Text in the most compact mode that covers every character.
        init(text: String) {
            let utf8 = Array(text.utf8)
            guard !utf8.isEmpty else {
                self.init(bytes: [])
                return
            }
            if utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                self.init(digits: utf8)
            } else if let values = Self.alphanumericValues(utf8) {
                self.init(alphanumeric: values)
            } else {
                self.init(bytes: utf8)
            }
        }

        init(mode: QRCode.Mode, count: Int, bits: BitBuffer) {
            self.mode = mode
            self.count = count
            self.bits = bits
        }

        /// Three digits in 10 bits, a trailing two in 7 and a trailing one in 4.
        private init(digits: [UInt8]) {
            var bits = BitBuffer()
            var start = 0
            while start < digits.count {
                let group = digits[start..<min(start + 3, digits.count)]
                let value = group.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                bits.append(value, count: group.count * 3 + 1)
                start += 3
            }
            self.init(mode: .numeric, count: digits.count, bits: bits)
        }

        /// Two characters in 11 bits (45 × first + second), a trailing one in 6.
        private init(alphanumeric values: [Int]) {
            var bits = BitBuffer()
            var start = 0
            while start + 1 < values.count {
                bits.append(values[start] * 45 + values[start + 1], count: 11)
                start += 2
            }
            if start < values.count { bits.append(values[start], count: 6) }
            self.init(mode: .alphanumeric, count: values.count, bits: bits)
        }

        /// The characters of alphanumeric mode, in the order of their values (ISO/IEC 18004 Table 5).
        static let alphanumericCharacters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)

        private static func alphanumericValues(_ utf8: [UInt8]) -> [Int]? {
            var values: [Int] = []
            values.reserveCapacity(utf8.count)
            for byte in utf8 {
                guard let value = alphanumericCharacters.firstIndex(of: byte) else { return nil }
                values.append(value)
            }
            return values
        }

        /// Whether the character count fits its indicator in this version.
        func fits(version: Int) -> Bool {
            count < 1 << mode.countBits(version: version)
        }

        /// Mode indicator, character count and data.
        func bitLength(version: Int) -> Int {
            4 + mode.countBits(version: version) + bits.count
        }

        /// The data codewords: header and data, a terminator of up to four zero bits, zero bits to the byte
        /// boundary, then the alternating pad codewords 0xEC 0x11 up to the capacity.
        func dataCodewords(version: Int, capacity: Int) -> [UInt8] {
            var buffer = BitBuffer()
            buffer.append(mode.indicator, count: 4)
            buffer.append(count, count: mode.countBits(version: version))
            buffer.append(bits)
            buffer.append(0, count: min(4, capacity * 8 - buffer.count))
            buffer.append(0, count: (8 - buffer.count % 8) % 8)
            var bytes = buffer.bytes
            var pad: UInt8 = 0xEC
            while bytes.count < capacity {
                bytes.append(pad)
                pad = pad == 0xEC ? 0x11 : 0xEC
            }
            return bytes
        }
    }
}

extension QRCode.Mode {
    /// The four-bit mode indicator (ISO/IEC 18004 Table 2).
    var indicator: Int {
        switch self {
        case .numeric: 0b0001
        case .alphanumeric: 0b0010
        case .byte: 0b0100
        }
    }

    /// Length of the character count indicator, which grows with the version (ISO/IEC 18004 Table 3).
    func countBits(version: Int) -> Int {
        let band = version <= 9 ? 0 : version <= 26 ? 1 : 2
        switch self {
        case .numeric: return [10, 12, 14][band]
        case .alphanumeric: return [9, 11, 13][band]
        case .byte: return [8, 16, 16][band]
        }
    }

    /// The most characters of this mode that version 40 holds at the level, for the too-long message.
    func maximumCount(_ correction: QRCode.Correction) -> Int {
        let available = QRCode.BlockLayout(version: 40, correction: correction).dataCodewords * 8 - 4 - countBits(version: 40)
        switch self {
        case .numeric: return available / 10 * 3 + [0, 0, 0, 0, 1, 1, 1, 2, 2, 2][available % 10]
        case .alphanumeric: return available / 11 * 2 + (available % 11 >= 6 ? 1 : 0)
        case .byte: return available / 8
        }
    }
}

extension QRCode {
    /// Bits in the order they are sent, most significant first.
    struct BitBuffer: Sendable, Hashable {
        private(set) var storage: [Bool] = []

        var count: Int { storage.count }

        /// Appends the lowest `count` bits of `value`.
        mutating func append(_ value: Int, count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) {
                storage.append((value >> shift) & 1 == 1)
            }
        }

        mutating func append(_ other: BitBuffer) {
            storage.append(contentsOf: other.storage)
        }

        /// The bits packed eight to a byte; a trailing partial byte is padded with zeros.
        var bytes: [UInt8] {
            stride(from: 0, to: storage.count, by: 8).map { start in
                var byte: UInt8 = 0
                for offset in 0..<8 {
                    let bit = start + offset < storage.count && storage[start + offset]
                    byte = byte << 1 | (bit ? 1 : 0)
                }
                return byte
            }
        }
    }
}
