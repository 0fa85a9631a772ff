import Foundation

/// The settings of the one workspace a cxm installation serves.
public struct WorkspaceSettings: Sendable, Codable, Hashable {
    public var name: String
    public var defaultLanguage: Language
    /// An IANA time zone identifier such as `Europe/Stockholm`; periods are cut in this zone.
    public var timeZone: String
    public var enabledLanguages: [Language]
    /// How long responses, open text and personal data are kept; absent in JSON for keeping everything.
    public var retention: RetentionPolicy

    public init(
        name: String, defaultLanguage: Language, timeZone: String, enabledLanguages: [Language],
        retention: RetentionPolicy = RetentionPolicy()
    ) {
        self.name = name
        self.defaultLanguage = defaultLanguage
        self.timeZone = timeZone
        self.enabledLanguages = enabledLanguages
        self.retention = retention
    }

    private enum CodingKeys: String, CodingKey {
        case name, defaultLanguage, timeZone, enabledLanguages, retention
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            defaultLanguage: try container.decode(Language.self, forKey: .defaultLanguage),
            timeZone: try container.decode(String.self, forKey: .timeZone),
            enabledLanguages: try container.decode([Language].self, forKey: .enabledLanguages),
            retention: try container.decodeIfPresent(RetentionPolicy.self, forKey: .retention) ?? RetentionPolicy())
    }

    /// The settings of a new installation.
    public static let initial = WorkspaceSettings(
        name: "cxm", defaultLanguage: .en, timeZone: "Europe/Stockholm", enabledLanguages: Language.allCases)

    /// Checks the settings and returns them normalised (names trimmed, languages deduplicated).
    public func validated() throws(ValidationFailure) -> WorkspaceSettings {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        if TimeZone(identifier: timeZone) == nil {
            check.add("timeZone", "'\(timeZone)' is not a known IANA time zone; use one such as Europe/Stockholm")
        }
        var seen = Set<Language>()
        result.enabledLanguages = enabledLanguages.filter { seen.insert($0).inserted }
        check.check(!result.enabledLanguages.isEmpty, "enabledLanguages", "must name at least one language")
        check.check(
            result.enabledLanguages.contains(defaultLanguage), "defaultLanguage",
            "must be one of the enabled languages (\(result.enabledLanguages.map(\.rawValue).joined(separator: ", ")))")
        do { result.retention = try retention.validated() } catch { check.merge(error, prefix: "retention.") }
        try check.finish()
        return result
    }
}
