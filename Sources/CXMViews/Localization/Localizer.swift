import CXMCore

/// Looks up catalogue messages in one language and fills their `{0}`, `{1}` … placeholders.
public struct Localizer: Sendable {
    /// The language messages come out in.
    public let language: Language

    /// Creates a localizer for one language.
    public init(_ language: Language) {
        self.language = language
    }

    /// The message for `key`, with each `{n}` replaced by `arguments[n]`.
    public func callAsFunction(_ key: some Localizable, _ arguments: String...) -> String {
        Localizer.fill(key.translations[language], arguments)
    }

    /// Replaces placeholders in one pass, so an argument that itself contains `{1}` is left alone.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
                let index = Int(rest[afterOpen..<close]), arguments.indices.contains(index)
            {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
