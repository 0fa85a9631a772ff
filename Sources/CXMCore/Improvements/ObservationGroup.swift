import Foundation

/// Observations that say the same thing: those about one theme of the taxonomy, or, when the text names no
/// theme, those about one touchpoint. Staff write in their own words and languages; the themes are what
/// the text analytics reads in every language, so "long queue" and "lång kö" fall together.
public struct ObservationGroup: Sendable, Hashable, Identifiable {
    public enum Key: Sendable, Hashable {
        case theme(String)
        /// Not about any theme yet, at a touchpoint (nil: none named).
        case unthemed(touchpointID: String?)
    }

    public var key: Key
    /// Newest first.
    public var observations: [Observation]

    public var id: String {
        switch key {
        case .theme(let theme): "theme:\(theme)"
        case .unthemed(let touchpoint): "touchpoint:\(touchpoint ?? "")"
        }
    }

    /// The colleagues' votes and the reports themselves: how many people see it.
    public var weight: Int { observations.count + observations.reduce(0) { $0 + $1.votes } }

    /// The customers a month they stand for, by the most frequent report in each unit (reports from one unit
    /// describe the same customers).
    public var customersPerMonth: Int {
        var byUnit: [String: Int] = [:]
        for observation in observations {
            byUnit[observation.unitID ?? "", default: 0] = max(
                byUnit[observation.unitID ?? ""] ?? 0, observation.frequency.customersPerMonth)
        }
        return byUnit.values.reduce(0, +)
    }

    public var units: Set<String> { Set(observations.compactMap(\.unitID)) }
    public var touchpoints: Set<String> { Set(observations.compactMap(\.touchpointID)) }
    public var latest: Date? { observations.map(\.createdAt).max() }

    /// Groups observations; the groups most people see come first, then the most recent.
    public static func group(_ observations: [Observation]) -> [ObservationGroup] {
        var groups: [Key: [Observation]] = [:]
        for observation in observations {
            let key: Key = observation.themeID.map(Key.theme) ?? .unthemed(touchpointID: observation.touchpointID)
            groups[key, default: []].append(observation)
        }
        return groups.map { key, members in
            ObservationGroup(
                key: key,
                observations: members.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) })
        }
        .sorted { left, right in
            if left.weight != right.weight { return left.weight > right.weight }
            return (left.latest ?? .distantPast, left.id) > (right.latest ?? .distantPast, right.id)
        }
    }
}
