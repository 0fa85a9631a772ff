import Foundation

/// Makes valid, unique cxm keys (1–40 characters of a–z, 0–9 and '_') from a source's codes, so that
/// a code like `Q00` or `id0479` stays recognisable in cxm.
struct QuestionKeys: Sendable {
    private var used: Set<String> = []

    /// A key for the source code, unique among the keys made so far.
    mutating func key(for source: String) -> String {
        let base = Self.sanitized(source)
        var key = base
        var number = 2
        while used.contains(key) {
            let suffix = "_\(number)"
            key = String(base.prefix(40 - suffix.count)) + suffix
            number += 1
        }
        used.insert(key)
        return key
    }

    /// Lower-cased, accents folded, other characters turned into '_', at most 40 characters.
    static func sanitized(_ source: String, fallback: String = "q") -> String {
        let folded = source.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var key = ""
        for character in folded {
            let keep = character.isASCII && (character.isLetter || character.isNumber)
            if keep {
                key.append(character)
            } else if !key.isEmpty, key.last != "_" {
                key.append("_")
            }
        }
        key = String(key.prefix(40))
        while key.last == "_" { key.removeLast() }
        return key.isEmpty ? fallback : key
    }

    /// For the report: how the key came from the source code.
    static func note(key: String, source: String) -> String {
        key == source.lowercased() ? "key '\(key)'" : "key '\(key)' (renamed from '\(source)')"
    }
}
