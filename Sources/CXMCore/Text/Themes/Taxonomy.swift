/// What customers talk about: a theme such as "Price" or a sub-theme such as "Price › Fees", with the
/// keywords and phrases that mark it in each language.
public struct Theme: Sendable, Hashable, Codable {
    /// `price`, or `price.fees` for a sub-theme of `price`.
    public var id: String
    public var names: LocalizedText
    /// Pattern texts per language (see `ThemePattern`).
    public var patterns: [Language: [String]]

    public init(id: String, names: LocalizedText, patterns: [Language: [String]]) {
        self.id = id
        self.names = names
        self.patterns = patterns
    }

    /// The theme this one refines, if it is a sub-theme.
    public var parentID: String? { Self.parentID(of: id) }

    /// The id of the theme the theme with this id refines, if it is a sub-theme's.
    public static func parentID(of id: String) -> String? {
        guard let dot = id.lastIndex(of: ".") else { return nil }
        return String(id[..<dot])
    }

    public func name(in language: Language) -> String { names.text(in: language) }

    private enum CodingKeys: String, CodingKey { case id, names, patterns }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        names = try container.decode(LocalizedText.self, forKey: .names)
        let raw = try container.decodeIfPresent([String: [String]].self, forKey: .patterns) ?? [:]
        var patterns: [Language: [String]] = [:]
        for (code, list) in raw {
            guard let language = Language(rawValue: code) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .patterns, in: container,
                    debugDescription: "'\(code)' is not a supported language; use en, sv, da, nb or fi")
            }
            patterns[language] = list
        }
        self.patterns = patterns
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(names, forKey: .names)
        let raw = Dictionary(uniqueKeysWithValues: patterns.map { ($0.key.rawValue, $0.value) })
        try container.encode(raw, forKey: .patterns)
    }
}

/// A workspace's themes: top-level themes and their sub-themes, in display order.
public struct Taxonomy: Sendable, Hashable, Codable {
    public var themes: [Theme]

    public init(themes: [Theme]) { self.themes = themes }

    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

    /// The sub-themes of a theme, in order.
    public func children(of id: String) -> [Theme] { themes.filter { $0.parentID == id } }

    public var topLevel: [Theme] { themes.filter { $0.parentID == nil } }

    /// Why a taxonomy edit is refused, naming the theme and the field.
    public enum Failure: Error, Hashable, CustomStringConvertible {
        case invalidID(String)
        case duplicateID(String)
        case missingParent(id: String, parent: String)
        case tooDeep(String)
        case missingName(String)
        case nameTooLong(String)
        case invalidPattern(theme: String, language: Language, pattern: String, reason: ThemePattern.Failure)
        case tooManyPatterns(theme: String, language: Language)
        case tooManyThemes

        /// The field the problem is in, for a theme at `index` of the list: `id`, `names` or `patterns.sv`.
        public var field: String {
            switch self {
            case .invalidID, .duplicateID, .missingParent, .tooDeep: "id"
            case .missingName, .nameTooLong: "names"
            case .invalidPattern(_, let language, _, _), .tooManyPatterns(_, let language): "patterns.\(language.rawValue)"
            case .tooManyThemes: ""
            }
        }

        /// The theme the problem is about, if one.
        public var themeID: String? {
            switch self {
            case .invalidID(let id), .duplicateID(let id), .tooDeep(let id), .missingName(let id), .nameTooLong(let id):
                id
            case .missingParent(let id, _): id
            case .invalidPattern(let theme, _, _, _), .tooManyPatterns(let theme, _): theme
            case .tooManyThemes: nil
            }
        }

        public var description: String {
            switch self {
            case .invalidID(let id):
                "'\(id)' is not a theme id; use lowercase letters, digits and _, with one dot before a sub-theme "
                    + "(price, price.fees)."
            case .duplicateID(let id): "There are two themes with the id '\(id)'; give each its own."
            case .missingParent(let id, let parent):
                "The sub-theme '\(id)' needs its theme '\(parent)' above it; add '\(parent)' first."
            case .tooDeep(let id): "'\(id)': themes go two levels deep (theme and sub-theme)."
            case .missingName(let id): "The theme '\(id)' needs a name in at least one language."
            case .nameTooLong(let id): "The theme '\(id)' has a name over 80 characters; shorten it."
            case .invalidPattern(let theme, let language, _, let reason):
                "Theme '\(theme)', \(language.rawValue): \(reason.description)"
            case .tooManyPatterns(let theme, let language):
                "Theme '\(theme)' has more than \(Taxonomy.maximumPatterns) \(language.rawValue) patterns; merge some."
            case .tooManyThemes: "A taxonomy holds at most \(Taxonomy.maximumThemes) themes."
            }
        }
    }

    public static let maximumThemes = 300
    public static let maximumPatterns = 200

    /// Checks every id, name and pattern; the first problem found is thrown.
    public func validate() throws(Failure) {
        guard themes.count <= Self.maximumThemes else { throw .tooManyThemes }
        var seen: Set<String> = []
        for theme in themes {
            let levels = theme.id.split(separator: ".", omittingEmptySubsequences: false)
            guard
                !levels.isEmpty,
                levels.allSatisfy({ level in
                    !level.isEmpty && level.count <= 40
                        && level.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
                })
            else { throw .invalidID(theme.id) }
            guard levels.count <= 2 else { throw .tooDeep(theme.id) }
            guard seen.insert(theme.id).inserted else { throw .duplicateID(theme.id) }
            if let parent = theme.parentID, !seen.contains(parent) {
                throw .missingParent(id: theme.id, parent: parent)
            }
            let names = theme.names.values.values.map(\.trimmedSpaces)
            guard names.contains(where: { !$0.isEmpty }) else { throw .missingName(theme.id) }
            guard names.allSatisfy({ $0.unicodeScalars.count <= 80 }) else { throw .nameTooLong(theme.id) }
            for (language, list) in theme.patterns.sorted(by: { $0.key < $1.key }) {
                guard list.count <= Self.maximumPatterns else { throw .tooManyPatterns(theme: theme.id, language: language) }
                for pattern in list {
                    do {
                        _ = try ThemePattern(pattern)
                    } catch {
                        throw .invalidPattern(theme: theme.id, language: language, pattern: pattern, reason: error)
                    }
                }
            }
        }
    }

    /// The taxonomy every workspace starts with (`DefaultTaxonomyText`).
    public static let standard: Taxonomy = {
        do {
            return try Taxonomy(text: DefaultTaxonomyText.text)
        } catch {
            preconditionFailure("the default taxonomy does not parse: \(error)")
        }
    }()

    /// Reads the team's text format: `= id | en | sv | da | nb | fi` starts a theme (`==` a sub-theme, whose
    /// id includes its parent's), followed by `xx: pattern, pattern, …` lines.
    init(text: String) throws(Failure) {
        var themes: [Theme] = []
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmedSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("=") {
                let fields = trimmed.drop { $0 == "=" }.split(separator: "|").map(\.trimmedSpaces)
                var names: [Language: String] = [:]
                for (language, name) in zip([Language.en, .sv, .da, .nb, .fi], fields.dropFirst()) {
                    names[language] = name
                }
                themes.append(Theme(id: fields.first ?? "", names: LocalizedText(names), patterns: [:]))
            } else if let colon = trimmed.firstIndex(of: ":"),
                let language = Language(rawValue: String(trimmed[..<colon]).trimmedSpaces), !themes.isEmpty
            {
                let patterns = trimmed[trimmed.index(after: colon)...].split(separator: ",").map(\.trimmedSpaces)
                themes[themes.count - 1].patterns[language, default: []] += patterns.filter { !$0.isEmpty }
            }
        }
        let taxonomy = Taxonomy(themes: themes)
        try taxonomy.validate()
        self = taxonomy
    }
}
