import Foundation

/// The Nordic countries whose national phone numbers cxm can write in E.164 without a country code.
public enum PhoneCountry: String, Sendable, Codable, CaseIterable {
    case se = "SE"
    case dk = "DK"
    case no = "NO"
    case fi = "FI"
    case `is` = "IS"

    /// The country calling code, without the plus.
    public var callingCode: String {
        switch self {
        case .se: "46"
        case .dk: "45"
        case .no: "47"
        case .fi: "358"
        case .is: "354"
        }
    }

    /// How many digits a national number has once the trunk prefix (a leading 0) is dropped.
    var nationalDigits: ClosedRange<Int> {
        switch self {
        case .se: 7...9
        case .dk, .no: 8...8
        case .fi: 5...12
        case .is: 7...7
        }
    }

    /// Whether national numbers are written with a leading 0 that E.164 drops.
    var hasTrunkPrefix: Bool { self == .se || self == .fi }

    /// The country a workspace in this IANA time zone most likely dials from; nil outside the Nordics.
    public init?(timeZone: String) {
        switch timeZone {
        case "Europe/Stockholm": self = .se
        case "Europe/Copenhagen": self = .dk
        case "Europe/Oslo", "Arctic/Longyearbyen": self = .no
        case "Europe/Helsinki", "Europe/Mariehamn": self = .fi
        case "Atlantic/Reykjavik": self = .is
        default: return nil
        }
    }
}

/// Phone numbers written the one way every system can join on: E.164 (`+46701234567`).
public enum PhoneNumber {
    /// The number in E.164, or a message saying what is wrong with it. `+` and `00` numbers keep
    /// their country; a national number (`070-123 45 67`) needs the country it was dialled in.
    public static func e164(_ raw: String, country: PhoneCountry?) -> Result<String, PhoneNumberError> {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        // "+46 (0)70 …": the bracketed trunk zero is not dialled from abroad.
        text = text.replacingOccurrences(of: "(0)", with: "")
        let separators: Set<Character> = [" ", "-", ".", "(", ")", "/", "\u{00A0}"]
        text.removeAll { separators.contains($0) }
        let international: String?
        if text.hasPrefix("+") {
            international = String(text.dropFirst())
        } else if text.hasPrefix("00") {
            international = String(text.dropFirst(2))
        } else {
            international = nil
        }
        if let digits = international {
            // No country code starts with 0.
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), !digits.hasPrefix("0") else {
                return .failure(.notDigits(raw))
            }
            guard (8...15).contains(digits.count) else { return .failure(.length(raw)) }
            if let nordic = PhoneCountry.allCases.first(where: { digits.hasPrefix($0.callingCode) }) {
                var national = digits.dropFirst(nordic.callingCode.count)
                if nordic.hasTrunkPrefix && national.hasPrefix("0") { national = national.dropFirst() }
                guard nordic.nationalDigits.contains(national.count) else { return .failure(.length(raw)) }
                return .success("+" + nordic.callingCode + national)
            }
            return .success("+" + digits)
        }
        guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else { return .failure(.notDigits(raw)) }
        guard let country else { return .failure(.needsCountry(raw)) }
        var national = Substring(text)
        // The trunk 0 is often left out when a number is typed into a form with the country chosen.
        if country.hasTrunkPrefix && national.hasPrefix("0") { national = national.dropFirst() }
        guard country.nationalDigits.contains(national.count) else { return .failure(.length(raw)) }
        return .success("+" + country.callingCode + national)
    }
}

/// Why a phone number could not be written in E.164.
public enum PhoneNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    case notDigits(String)
    case length(String)
    case needsCountry(String)

    public var description: String {
        switch self {
        case .notDigits(let raw): "'\(raw)' is not a phone number: use digits, optionally starting with + and a country code"
        case .length(let raw): "'\(raw)' has too few or too many digits for a phone number"
        case .needsCountry(let raw):
            "'\(raw)' has no country code: write it as +46701234567 (or set the workspace's time zone to a Nordic one)"
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
