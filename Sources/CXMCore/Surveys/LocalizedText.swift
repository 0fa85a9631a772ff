/// A text in several languages, as a survey question or choice label has.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var values: [Language: String]

    public init(_ values: [Language: String]) { self.values = values }

    /// The text in the language, else in the fallback, else any text there is.
    public func text(in language: Language, fallback: Language = .en) -> String {
        values[language] ?? values[fallback] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// Encoded as an object keyed by language code: `{"en": "…", "sv": "…"}`.
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: String].self)
        var values: [Language: String] = [:]
        for (code, text) in raw {
            guard let language = Language(rawValue: code) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "'\(code)' is not a supported language; use en, sv, da, nb or fi"))
            }
            values[language] = text
        }
        self.values = values
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }))
    }
}
