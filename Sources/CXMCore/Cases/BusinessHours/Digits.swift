/// Tiny ASCII helpers shared by the text formats, kept free of locale-aware formatters so parsing is strict.
enum Digits {
    /// Reads an unsigned decimal number; only ASCII digits count, so "+8", " 8" and non-Latin numerals are rejected.
    static func value(of text: Substring, lengths: ClosedRange<Int>) -> Int? {
        let bytes = text.utf8
        guard lengths.contains(bytes.count) else { return nil }
        var result = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            result = result * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return result
    }

    /// Zero-pads a non-negative number to a fixed width, as the ISO formats require.
    static func padded(_ value: some BinaryInteger, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
