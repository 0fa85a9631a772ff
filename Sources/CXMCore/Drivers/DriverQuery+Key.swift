import Foundation

extension DriverQuery {
    /// A key that names the query, the units it is computed within and the language of its labels, for
    /// keeping its result: two queries share a key only if every field is equal. The visible units go in as
    /// a hash, so that a large subtree makes no long key.
    public func cacheKey(visibleUnits: Set<String>?, language: Language) -> String {
        let fields: [String] = [
            outcome, level.rawValue, from.iso, to.iso, journey ?? "", touchpoints.joined(separator: ","),
            units.joined(separator: ","), channels.joined(separator: ","), surveys.joined(separator: ","),
            drivers.joined(separator: ","), outcomeSurvey ?? "", options.missing.rawValue, "\(options.confidence)",
            "\(options.replicates)", "\(options.replicateRows)", "\(options.seed)", "\(options.minimumPerDriver)",
            "\(options.rowsPerDriver)", "\(options.shapley)", language.rawValue,
        ]
        let scope = visibleUnits.map { Self.fingerprint($0.sorted().joined(separator: ",")) } ?? "all"
        // Each field with its length first, so that no value containing the separator can pass for two.
        return "drivers|" + fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|") + "|" + scope
    }

    /// The key of the analysis behind a journey's badges on a day, for the units someone may see: one per
    /// journey, day and scope, whatever the options it was computed with.
    public static func badgeKey(journey: String, day: LocalDay, visibleUnits: Set<String>?) -> String {
        let scope = visibleUnits.map { fingerprint($0.sorted().joined(separator: ",")) } ?? "all"
        return "badges|\(journey.utf8.count):\(journey)|\(day.iso)|\(scope)"
    }

    /// FNV-1a, 64 bits, in hex: stable across runs and machines, unlike `Hasher`.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
