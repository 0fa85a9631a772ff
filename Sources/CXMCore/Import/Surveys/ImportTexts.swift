/// Turns a source's texts, keyed by the source's language codes, into cxm texts: plain text in every
/// language the survey keeps, with each loss (another language, markup, a missing translation, a
/// text too long) written into the report.
struct ImportTexts: Sendable {
    /// The survey's languages, the source's primary language first when cxm speaks it.
    let languages: [Language]
    private let kept: [String: Language]

    /// Decides the languages from the source's codes, primary first. Codes cxm does not speak, and a
    /// second code for a language already kept (`en` and `en-GB`), are dropped; a survey with no
    /// language cxm speaks is refused.
    init(sourceCodes: [String]) throws(SurveyImportError) {
        var languages: [Language] = []
        var kept: [String: Language] = [:]
        for code in sourceCodes {
            guard let language = Language(code: code), !languages.contains(language) else { continue }
            languages.append(language)
            kept[code] = language
        }
        guard !languages.isEmpty else { throw .noSupportedLanguage(found: sourceCodes) }
        self.languages = languages
        self.kept = kept
    }

    /// The text in the survey's languages, or nil when the source has none; `field` names the text
    /// in report details (`text`, `help`, `option 'A1'`).
    func localized(
        _ raw: [String: String], element: String, field: String, limit: Int = 1000,
        report: inout SurveyImportReport
    ) -> LocalizedText? {
        var values: [Language: String] = [:]
        for (code, source) in raw.sorted(by: { $0.key < $1.key }) {
            let converted = MarkupText.plain(source)
            guard !converted.text.isEmpty else { continue }
            guard let language = kept[code] else {
                report.dropLanguage(code, element: element)
                continue
            }
            var text = converted.text
            if !converted.lostElements.isEmpty {
                report.add(
                    .approximated, element,
                    "\(field): rich content (\(converted.lostElements.joined(separator: ", "))) reduced to plain text")
            }
            let placeholders = Self.placeholders(in: text)
            if !placeholders.isEmpty {
                report.add(
                    .approximated, element,
                    "\(field) holds \(placeholders.joined(separator: ", ")), which cxm shows as written; edit the text")
            }
            if text.count > limit {
                report.add(.approximated, element, "\(field) shortened from \(text.count) to \(limit) characters")
                text = String(text.prefix(limit - 1)) + "…"
            }
            values[language] = text
        }
        guard let source = languages.first(where: { values[$0] != nil }), let fill = values[source] else { return nil }
        for language in languages where values[language] == nil {
            values[language] = fill
            report.add(
                .approximated, element, "\(field) has no \(language.rawValue) text; the \(source.rawValue) text is used")
        }
        return LocalizedText(values)
    }

    /// The same text in every survey language, for fixed labels the importer supplies.
    func everywhere(_ texts: [Language: String]) -> LocalizedText {
        LocalizedText(Dictionary(uniqueKeysWithValues: languages.map { ($0, texts[$0] ?? texts[.en] ?? "") }))
    }

    /// Piped-in answers and expressions the source would fill in at run time: LimeSurvey `{…}`,
    /// Formbricks `#recall:…#` and `$[…]`. Up to three, for the report.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while found.count < 3, let start = rest.firstIndex(where: { $0 == "{" || $0 == "#" || $0 == "$" }) {
            let tail = rest[start...]
            let end: Character? =
                switch tail.first {
                case "{": "}"
                case "#" where tail.hasPrefix("#recall:"): "#"
                case "$" where tail.hasPrefix("$["): "]"
                default: nil
                }
            if let end, let close = tail.dropFirst().firstIndex(of: end) {
                let token = tail[...close]
                if token.count > 2, token.count <= 80, token.dropFirst().first?.isWhitespace == false {
                    found.append(String(token))
                }
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[rest.index(after: start)...]
            }
        }
        return found
    }
}
