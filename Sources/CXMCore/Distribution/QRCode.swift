import Foundation

/// A QR code symbol (ISO/IEC 18004, Model 2) holding a kiosk link or any other short text, ready to draw.
///
/// The encoder picks the most compact single mode for the text, the smallest version (1…40) that holds it
/// at the chosen correction level, and the mask with the lowest penalty, so the same input always gives the
/// same symbol.
public struct QRCode: Sendable, Hashable {
    /// How much of the symbol may be dirty, scratched or covered and still read: about 7, 15, 25 and 30 %.
    public enum Correction: Sendable, Hashable, CaseIterable {
        case low, medium, quartile, high
    }

    /// How the data is packed into bits; each mode covers fewer characters than the one after it but
    /// packs them tighter.
    public enum Mode: Sendable, Hashable, CaseIterable {
        /// The digits 0–9, three to ten bits.
        case numeric
        /// Digits, upper-case A–Z and ` $%*+-./:`, two to eleven bits.
        case alphanumeric
        /// Any bytes. Text goes as UTF-8 without an ECI header: phone readers recognise UTF-8, and the header
        /// trips up some older readers.
        case byte
    }

    /// 1…40; the symbol is `17 + 4 × version` modules on a side.
    public let version: Int
    /// Modules on a side, without the quiet zone.
    public let size: Int
    public let correction: Correction
    /// The data mask pattern (0…7) that scored the lowest penalty.
    public let mask: Int
    /// Row by row, `true` for a dark module.
    let modules: [Bool]

    /// Encodes raw bytes in byte mode.
    public init(bytes: [UInt8], correction: Correction = .medium) throws(QRCodeError) {
        try self.init(segment: Segment(bytes: bytes), correction: correction)
    }

    /// Encodes text in the most compact mode that covers it: numeric, alphanumeric, or UTF-8 bytes.
    public init(text: String, correction: Correction = .medium) throws(QRCodeError) {
        try self.init(segment: Segment(text: text), correction: correction)
    }

    /// Encodes a segment; `mask` forces one pattern so that tests can read all eight.
    init(segment: Segment, correction: Correction, mask forcedMask: Int? = nil) throws(QRCodeError) {
        guard let version = Self.smallestVersion(for: segment, correction: correction) else {
            throw .dataTooLong(
                length: segment.count, maximum: segment.mode.maximumCount(correction), mode: segment.mode,
                correction: correction)
        }
        let layout = BlockLayout(version: version, correction: correction)
        let codewords = layout.interleaved(segment.dataCodewords(version: version, capacity: layout.dataCodewords))
        var matrix = Matrix(version: version)
        matrix.placeData(codewords)
        let chosen = forcedMask ?? matrix.bestMask(correction: correction)
        matrix.applyMask(chosen)
        matrix.drawFormat(correction: correction, mask: chosen)

        self.version = version
        self.size = matrix.size
        self.correction = correction
        self.mask = chosen
        self.modules = matrix.dark
    }

    /// Whether the module in column `x`, row `y` is dark; anything outside the symbol is the light quiet zone.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }

    /// The first version whose data capacity holds the segment with its header.
    static func smallestVersion(for segment: Segment, correction: Correction) -> Int? {
        (1...40).first { version in
            segment.fits(version: version)
                && segment.bitLength(version: version)
                    <= BlockLayout(version: version, correction: correction).dataCodewords * 8
        }
    }
}

/// Why a QR code could not be made.
public enum QRCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The data does not fit the largest symbol (version 40) at the chosen correction level.
    case dataTooLong(length: Int, maximum: Int, mode: QRCode.Mode, correction: QRCode.Correction)

    /// What went wrong and what to do about it, for the person who entered the text.
    public var description: String {
        switch self {
        case .dataTooLong(let length, let maximum, let mode, let correction):
            let unit =
                switch mode {
                case .numeric: "digits"
                case .alphanumeric: "characters"
                case .byte: "bytes"
                }
            return "The data is \(length) \(unit), but a QR code holds at most \(maximum) \(unit) at \(correction) "
                + "error correction; shorten it or choose a lower correction level."
        }
    }
}
