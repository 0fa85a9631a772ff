import Foundation

/// How well the loop is closed, per unit or touchpoint and in all: whether customers were reached
/// and cases resolved within their targets, how long it took, and whether detractors came back
/// happier. Every share carries its n and a Wilson interval; groups under `lowSample` are flagged.
public struct CaseReport: Sendable, Hashable, Codable {
    /// A share of yes/no outcomes.
    public struct Share: Sendable, Hashable, Codable {
        public var successes: Int
        public var n: Int
        public var share: Double?
        public var interval: Interval?
        /// Fewer than 30: read with care.
        public var lowSample: Bool

        public init(successes: Int, n: Int, lowSample: Int = 30) {
            self.successes = successes
            self.n = n
            share = n > 0 ? Double(successes) / Double(n) : nil
            interval = ProportionStatistics.wilson(successes: successes, n: n)
            self.lowSample = n < lowSample
        }
    }

    /// Hours, as the median and 90th percentile of the cases that have them.
    public struct Duration: Sendable, Hashable, Codable {
        public var n: Int
        public var medianHours: Double?
        public var p90Hours: Double?

        public init(hours: [Double]) {
            let sorted = hours.sorted()
            n = sorted.count
            func quantile(_ q: Double) -> Double? {
                guard !sorted.isEmpty else { return nil }
                let position = q * Double(sorted.count - 1)
                let (low, high) = (Int(position.rounded(.down)), Int(position.rounded(.up)))
                return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
            }
            medianHours = quantile(0.5)
            p90Hours = quantile(0.9)
        }
    }

    public struct Group: Sendable, Hashable, Codable {
        /// A unit or touchpoint id; nil for the total.
        public var key: String?
        public var cases: Int
        public var open: Int
        /// Reached within the first-contact target (cases whose target has passed or was met).
        public var firstContactInTime: Share
        /// Resolved within the resolution target (likewise).
        public var resolvedInTime: Share
        public var timeToFirstContact: Duration
        public var timeToResolution: Duration
        /// Detractors whose next answer after the case was resolved gave 7 or more; and 9 or more.
        public var recoveredToPassive: Share
        public var recoveredToPromoter: Share
        /// Resolved detractor cases whose customer has not answered since.
        public var awaitingAnswer: Int
    }

    /// What one case contributes, with the customer's next NPS answer after its resolution.
    public struct Item: Sendable, Hashable {
        public var record: Case
        /// The score the case was opened for, if it was an NPS detractor's.
        public var openingScore: Int?
        public var nextScore: Int?

        public init(record: Case, openingScore: Int?, nextScore: Int?) {
            self.record = record
            self.openingScore = openingScore
            self.nextScore = nextScore
        }
    }

    public var from: Date
    public var to: Date
    public var total: Group
    public var groups: [Group]

    /// The report over the items, grouped by `key` (nil: the total only), as of `now`.
    public static func make(
        _ items: [Item], from: Date, to: Date, now: Date, key: ((Case) -> String?)? = nil
    ) -> CaseReport {
        let total = group(nil, items, now: now)
        var groups: [Group] = []
        if let key {
            let byKey = Dictionary(grouping: items) { key($0.record) ?? "" }
            groups = byKey.keys.sorted().map { group($0.isEmpty ? nil : $0, byKey[$0]!, now: now) }
                .sorted { $0.cases != $1.cases ? $0.cases > $1.cases : ($0.key ?? "") < ($1.key ?? "") }
        }
        return CaseReport(from: from, to: to, total: total, groups: groups)
    }

    private static func group(_ key: String?, _ items: [Item], now: Date) -> Group {
        var contactMet = 0
        var contactDue = 0
        var resolveMet = 0
        var resolveDue = 0
        var contactHours: [Double] = []
        var resolveHours: [Double] = []
        var passive = 0
        var promoter = 0
        var answered = 0
        var awaiting = 0
        for item in items {
            let record = item.record
            if let due = record.firstContactDue {
                if let reached = record.firstContactAt {
                    contactDue += 1
                    if reached <= due { contactMet += 1 }
                } else if due <= now {
                    contactDue += 1
                }
            }
            if let due = record.resolutionDue {
                if let resolved = record.resolvedAt {
                    resolveDue += 1
                    if resolved <= due { resolveMet += 1 }
                } else if due <= now {
                    resolveDue += 1
                }
            }
            if let reached = record.firstContactAt { contactHours.append(reached.timeIntervalSince(record.createdAt) / 3_600) }
            if let resolved = record.resolvedAt { resolveHours.append(resolved.timeIntervalSince(record.createdAt) / 3_600) }
            if let score = item.openingScore, score <= 6, record.resolvedAt != nil {
                if let next = item.nextScore {
                    answered += 1
                    if next >= 7 { passive += 1 }
                    if next >= 9 { promoter += 1 }
                } else {
                    awaiting += 1
                }
            }
        }
        return Group(
            key: key, cases: items.count, open: items.filter { $0.record.status.isOpen }.count,
            firstContactInTime: Share(successes: contactMet, n: contactDue),
            resolvedInTime: Share(successes: resolveMet, n: resolveDue),
            timeToFirstContact: Duration(hours: contactHours), timeToResolution: Duration(hours: resolveHours),
            recoveredToPassive: Share(successes: passive, n: answered),
            recoveredToPromoter: Share(successes: promoter, n: answered), awaitingAnswer: awaiting)
    }
}
