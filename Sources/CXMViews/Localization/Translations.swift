import CXMCore

/// One message in every language cxm speaks; the initialiser makes a missing language a compile error.
public struct Translations: Sendable, Equatable {
    public let en: String
    public let sv: String
    public let da: String
    public let nb: String
    public let fi: String

    /// Creates a message from its five translations.
    public init(en: String, sv: String, da: String, nb: String, fi: String) {
        self.en = en
        self.sv = sv
        self.da = da
        self.nb = nb
        self.fi = fi
    }

    /// The text in one language.
    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .sv: sv
        case .da: da
        case .nb: nb
        case .fi: fi
        }
    }
}

/// A group of catalogue keys; the exhaustive `switch` behind `translations` keeps every key translated.
public protocol Localizable: CaseIterable, Sendable {
    /// The message for this key in all languages.
    var translations: Translations { get }
}
