/// Where a theme's pattern matched in a text.
public struct ThemeMatch: Sendable, Hashable {
    public let themeID: String
    /// The theme's position in the taxonomy.
    public let themeIndex: Int
    /// The matched words, in Unicode scalars of the analysed text.
    public let start: Int
    public let end: Int
}

/// Finds a taxonomy's themes in tokenised text, with tables per language built once.
///
/// A word is checked against the patterns' first words by exact lookup, then by its prefixes and suffixes of
/// the lengths the patterns use, then against the few patterns with `*` at both ends; phrases are then
/// checked word by word. A text in an unknown language is matched against every language's patterns.
public struct ThemeMatcher: Sendable {
    private struct Compiled: Sendable {
        let theme: Int
        let pattern: ThemePattern
    }

    private struct Tables: Sendable {
        var patterns: [Compiled] = []
        var exact: [String: [Int]] = [:]
        /// Patterns by a hash of their first word's bytes (prefixes) or reversed bytes (suffixes), and the
        /// byte lengths in use as bit masks, so that a word is hashed once per direction.
        var prefixes: [UInt64: [Int]] = [:]
        var prefixLengths: UInt64 = 0
        var suffixes: [UInt64: [Int]] = [:]
        var suffixLengths: UInt64 = 0
        var infixes: [Int] = []
    }

    public let taxonomy: Taxonomy
    /// Per theme (by position), the position of the theme it refines.
    let parentIndex: [Int?]
    private let tables: [Language: Tables]
    private let anyLanguage: Tables

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        let positions = Dictionary(taxonomy.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        parentIndex = taxonomy.themes.map { $0.parentID.flatMap { positions[$0] } }
        var tables: [Language: Tables] = [:]
        var all = Tables()
        for (themeIndex, theme) in taxonomy.themes.enumerated() {
            for (language, texts) in theme.patterns {
                for text in texts {
                    guard let pattern = try? ThemePattern(text) else { continue }
                    let compiled = Compiled(theme: themeIndex, pattern: pattern)
                    Self.add(compiled, to: &tables[language, default: Tables()])
                    Self.add(compiled, to: &all)
                }
            }
        }
        self.tables = tables
        anyLanguage = all
    }

    private static func add(_ compiled: Compiled, to tables: inout Tables) {
        let index = tables.patterns.count
        tables.patterns.append(compiled)
        guard let first = compiled.pattern.words.first else { return }
        let bytes = Array(first.core.utf8)
        switch (first.anyBeginning, first.anyEnding) {
        case (false, false): tables.exact[first.core, default: []].append(index)
        case (false, true) where bytes.count < 64:
            tables.prefixes[Self.hash(bytes), default: []].append(index)
            tables.prefixLengths |= 1 << UInt64(bytes.count)
        case (true, false) where bytes.count < 64:
            tables.suffixes[Self.hash(bytes.reversed()), default: []].append(index)
            tables.suffixLengths |= 1 << UInt64(bytes.count)
        default: tables.infixes.append(index)
        }
    }

    /// Every match in the tokens, in text order; a theme may match more than once.
    public func matches(in tokens: [TextToken], language: Language?) -> [ThemeMatch] {
        let tables = language.flatMap { self.tables[$0] } ?? (language == nil ? anyLanguage : Tables())
        guard !tables.patterns.isEmpty else { return [] }
        var matches: [ThemeMatch] = []
        var candidates: [Int] = []
        for (index, token) in tokens.enumerated() {
            guard token.kind == .word else { continue }
            candidates.removeAll(keepingCapacity: true)
            let word = token.text
            if let found = tables.exact[word] { candidates += found }
            if tables.prefixLengths != 0 || tables.suffixLengths != 0 {
                Self.affixCandidates(of: word, in: tables, into: &candidates)
            }
            for infix in tables.infixes { candidates.append(infix) }
            for candidate in candidates {
                let compiled = tables.patterns[candidate]
                // Hashes may collide and infixes are only candidates: check the first word for real.
                guard compiled.pattern.words[0].matches(word) else { continue }
                guard let end = Self.phraseEnd(compiled.pattern, at: index, in: tokens) else { continue }
                matches.append(
                    ThemeMatch(
                        themeID: taxonomy.themes[compiled.theme].id, themeIndex: compiled.theme, start: token.start,
                        end: tokens[end].end))
            }
        }
        return matches
    }

    /// Adds the patterns whose first word is a prefix or suffix of `word`: one pass over its bytes in each
    /// direction, looking up the running hash at each length a pattern has.
    private static func affixCandidates(of word: String, in tables: Tables, into candidates: inout [Int]) {
        var word = word
        word.withUTF8 { bytes in
            let count = bytes.count
            if tables.prefixLengths != 0 {
                var hash = Self.seed
                for length in 1..<min(count + 1, 64) {
                    hash = (hash ^ UInt64(bytes[length - 1])) &* Self.prime
                    if tables.prefixLengths & (1 << UInt64(length)) != 0, let found = tables.prefixes[hash] {
                        candidates += found
                    }
                }
            }
            if tables.suffixLengths != 0 {
                var hash = Self.seed
                for length in 1..<min(count + 1, 64) {
                    hash = (hash ^ UInt64(bytes[count - length])) &* Self.prime
                    if tables.suffixLengths & (1 << UInt64(length)) != 0, let found = tables.suffixes[hash] {
                        candidates += found
                    }
                }
            }
        }
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    /// FNV-1a of the bytes.
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The index of the last token of the pattern when it matches from `index` on.
    private static func phraseEnd(_ pattern: ThemePattern, at index: Int, in tokens: [TextToken]) -> Int? {
        var position = index
        for (offset, word) in pattern.words.enumerated() {
            if offset > 0 {
                position += 1
                guard position < tokens.count, tokens[position].kind == .word, word.matches(tokens[position].text)
                else { return nil }
            }
        }
        return position
    }
}
