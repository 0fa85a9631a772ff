import Foundation

/// Per-person case statistics are off by default: results are read at team and unit level, not as league
/// tables of individuals. An administrator may switch them on; who did and when is shown wherever they appear.
public struct PersonStatistics: Sendable, Codable, Hashable {
    public var enabledBy: String
    public var enabledAt: Date

    public init(enabledBy: String, enabledAt: Date) {
        self.enabledBy = enabledBy
        self.enabledAt = enabledAt
    }
}
