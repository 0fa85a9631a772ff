import Foundation

/// An sRGB colour written as `#rrggbb`, with the WCAG 2.1 contrast arithmetic that decides whether
/// text in one colour can be read on another.
public struct Colour: Sendable, Hashable, Codable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Reads `#rrggbb` or the short `#rgb`, in either case, the `#` optional; nil for anything else.
    public init?(hex text: String) {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces))
        if digits.first == "#" { digits = digits.dropFirst() }
        guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
        let full = digits.count == 3 ? String(digits.flatMap { [$0, $0] }) : String(digits)
        guard let value = UInt32(full, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xff), green: UInt8(value >> 8 & 0xff), blue: UInt8(value & 0xff))
    }

    public static let white = Colour(red: 255, green: 255, blue: 255)
    public static let black = Colour(red: 0, green: 0, blue: 0)

    /// `#rrggbb` in lower case: safe to put in CSS, HTML and JavaScript as it is.
    public var hex: String {
        String(format: "#%02x%02x%02x", red, green, blue)
    }

    public var description: String { hex }

    /// The relative luminance of WCAG 2.1: 0 for black, 1 for white.
    public var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio with another colour, from 1 (the same) to 21 (black on white).
    public func contrast(with other: Colour) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// This colour mixed towards `target` by `amount` (0: unchanged, 1: the target).
    public func mixed(towards target: Colour, amount: Double) -> Colour {
        func channel(_ from: UInt8, _ to: UInt8) -> UInt8 {
            UInt8((Double(from) + (Double(to) - Double(from)) * min(max(amount, 0), 1)).rounded())
        }
        return Colour(
            red: channel(red, target.red), green: channel(green, target.green), blue: channel(blue, target.blue))
    }

    /// The closest shade towards `target` (black to darken, white to lighten) that reaches `ratio`
    /// against `other`, or nil if even the target does not.
    public func nearestShade(towards target: Colour, reaching ratio: Double, against other: Colour) -> Colour? {
        if contrast(with: other) >= ratio { return self }
        guard target.contrast(with: other) >= ratio else { return nil }
        var (low, high) = (0.0, 1.0)
        for _ in 0..<24 {
            let middle = (low + high) / 2
            if mixed(towards: target, amount: middle).contrast(with: other) >= ratio { high = middle } else { low = middle }
        }
        // Rounding to whole channel values can land just short: step on until the bar is met.
        var amount = high
        while mixed(towards: target, amount: amount).contrast(with: other) < ratio, amount < 1 { amount += 0.005 }
        return mixed(towards: target, amount: amount)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let colour = Colour(hex: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not a colour; write it as #rrggbb, for example #123a5e"))
        }
        self = colour
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}
