import CXMCore

/// Localized labels for the raw domain values the server passes as strings; unknown values come back unchanged.
public enum Labels {
    /// A user role such as `cx_manager`.
    public static func role(_ raw: String, in language: Language) -> String { label(RoleText.self, raw, language) }

    /// A question type such as `single_choice`.
    public static func questionType(_ raw: String, in language: Language) -> String {
        label(QuestionTypeText.self, raw, language)
    }

    /// A language's name as a sentence in `language` writes it (`svenska` in Swedish).
    public static func languageName(_ name: Language, in language: Language) -> String {
        label(LanguageNameText.self, name.rawValue, language)
    }

    /// A stage phase: `before`, `during`, `after` or `custom`.
    public static func phase(_ raw: String, in language: Language) -> String { label(PhaseText.self, raw, language) }

    /// A customer attribute type: `text`, `number`, `date` or `boolean`.
    public static func attributeType(_ raw: String, in language: Language) -> String {
        label(AttributeTypeText.self, raw, language)
    }

    /// A unit kind such as `branch`.
    public static func unitKind(_ raw: String, in language: Language) -> String { label(UnitKindText.self, raw, language) }

    /// A channel kind such as `field_service`.
    public static func channelKind(_ raw: String, in language: Language) -> String { label(ChannelKindText.self, raw, language) }

    /// A consent flag: `may_survey` or `may_contact`.
    public static func consent(_ raw: String, in language: Language) -> String { label(ConsentText.self, raw, language) }

    /// "Yes" or "No".
    public static func yesNo(_ value: Bool, in language: Language) -> String {
        (value ? CommonText.yes : CommonText.no).translations[language]
    }

    /// Select options for every case of a label enum, in declaration order.
    static func options<Key: Localizable & RawRepresentable<String>>(_ type: Key.Type, in language: Language) -> [SelectOption] {
        Key.allCases.map { SelectOption(value: $0.rawValue, label: $0.translations[language]) }
    }

    private static func label<Key: Localizable & RawRepresentable<String>>(
        _ type: Key.Type, _ raw: String, _ language: Language
    )
        -> String
    {
        Key(rawValue: raw)?.translations[language] ?? raw
    }
}
