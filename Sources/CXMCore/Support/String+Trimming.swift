import Foundation

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs. A plain Swift loop: Foundation's
    /// `trimmingCharacters(in:)` goes through UTF-16 and showed up in bulk-import profiles.
    public var trimmedSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(self[first...last])
    }

    /// The text without leading and trailing white space and line breaks, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it, but without that call when neither end
    /// is white space: nearly every field a machine sends, and Foundation's trim was 17 % of event ingestion.
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        let blank = CharacterSet.whitespacesAndNewlines
        if !blank.contains(first) && !blank.contains(last) { return String(self) }
        return trimmingCharacters(in: blank)
    }
}

extension String {
    /// The text in Unicode's composed form (NFC), so that "Café" typed two ways is one name. ASCII text
    /// is its own composed form and is returned without Foundation's mapping, which costs more than all of
    /// an event's other checks.
    public var composed: String {
        utf8.allSatisfy { $0 < 0x80 } ? self : precomposedStringWithCanonicalMapping
    }
}

extension String {
    /// Nil for the empty string: an optional field left blank in a form is no value.
    public var nilIfEmpty: String? { isEmpty ? nil : self }
}
