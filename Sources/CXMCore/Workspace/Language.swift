import Foundation

/// A language cxm speaks to users and respondents in.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case en, sv, da, nb, fi

    /// The BCP 47 tag used for `lang` attributes and for Foundation's locale (`sv-SE`).
    public var localeIdentifier: String {
        switch self {
        case .en: "en-GB"
        case .sv: "sv-SE"
        case .da: "da-DK"
        case .nb: "nb-NO"
        case .fi: "fi-FI"
        }
    }

    /// The language's own name, as shown in a language switcher.
    public var endonym: String {
        switch self {
        case .en: "English"
        case .sv: "Svenska"
        case .da: "Dansk"
        case .nb: "Norsk bokmål"
        case .fi: "Suomi"
        }
    }

    /// Parses a code, accepting `no` and `nn` as Norwegian bokmål and region suffixes (`sv-FI`).
    public init?(code: String) {
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "no", "nn", "nb": self = .nb
        default:
            guard let language = Language(rawValue: primary) else { return nil }
            self = language
        }
    }

    /// The best supported language for an HTTP `Accept-Language` header, honouring q-values.
    public static func preferred(acceptLanguage header: String?) -> Language? {
        preferred(acceptLanguage: header, among: allCases)
    }

    /// The best of `offered` for an `Accept-Language` header (a survey offered in some languages only).
    public static func preferred(acceptLanguage header: String?, among offered: [Language]) -> Language? {
        guard let header, !header.isEmpty else { return nil }
        var best: (language: Language, quality: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, let language = Language(code: tag), offered.contains(language) else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            if quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        return best?.language
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
