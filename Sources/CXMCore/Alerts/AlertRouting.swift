import Foundation

/// How often a person hears about the alerts in their units, besides the mail when one is raised.
public enum AlertDigest: String, Sendable, Codable, CaseIterable, Hashable {
    case daily, weekly, none

    /// The default: a weekly summary, so that no one misses a change but no one is flooded.
    public static let standard = AlertDigest.weekly
}

/// Who hears of an alert: people who follow results up (the roles that may manage alerts), for alerts in
/// the units they may see; workspace-wide alerts only reach people who see every unit.
public enum AlertRouting {
    public static func recipients(of key: AlertSeriesKey, users: [User], tree: UnitTree) -> [User] {
        users.filter { user in
            guard !user.disabled, user.role.allows(.manageAlerts), user.email.contains("@") else { return false }
            guard let visible = Principal.scope(for: user.role, unitID: user.unitID, in: tree) else { return true }
            return key.unitID.map(visible.contains) ?? false
        }
    }
}
