/// The invitations of one survey at one touchpoint on one channel, from request to answer: how
/// many were suppressed and why, sent, opened and answered, and the response rate with its interval.
public struct InvitationFunnel: Sendable, Codable, Hashable {
    public var surveyID: String
    public var touchpointID: String
    public var channel: Invitation.Channel
    /// Every trigger decided.
    public var requested: Int
    public var scheduled: Int
    /// Not sent, by reason code (`cooldown`, `no_consent` …).
    public var suppressed: [String: Int]
    /// Handed to the mail system (including those later opened, answered, bounced or expired).
    public var sent: Int
    public var opened: Int
    public var responded: Int
    public var bounced: Int
    public var expired: Int

    public init(
        surveyID: String, touchpointID: String, channel: Invitation.Channel, requested: Int = 0, scheduled: Int = 0,
        suppressed: [String: Int] = [:], sent: Int = 0, opened: Int = 0, responded: Int = 0, bounced: Int = 0, expired: Int = 0
    ) {
        self.surveyID = surveyID
        self.touchpointID = touchpointID
        self.channel = channel
        self.requested = requested
        self.scheduled = scheduled
        self.suppressed = suppressed
        self.sent = sent
        self.opened = opened
        self.responded = responded
        self.bounced = bounced
        self.expired = expired
    }

    /// Counts one invitation in its current status.
    public mutating func add(_ status: Invitation.Status, reasonCode: String?, count: Int = 1) {
        requested += count
        switch status {
        case .scheduled: scheduled += count
        case .suppressed: suppressed[reasonCode ?? "unknown", default: 0] += count
        case .sent: sent += count
        case .opened:
            sent += count
            opened += count
        case .responded:
            sent += count
            opened += count
            responded += count
        case .bounced:
            sent += count
            bounced += count
        case .expired:
            sent += count
            expired += count
        }
    }

    /// Delivered invitations: sent and not bounced.
    public var delivered: Int { sent - bounced }

    /// Answered among delivered invitations, with its Wilson interval; nil before any was delivered.
    public var responseRate: (share: Double, interval: Interval)? {
        guard delivered > 0, let interval = ProportionStatistics.wilson(successes: responded, n: delivered) else { return nil }
        return (Double(responded) / Double(delivered), interval)
    }

    /// Suppressed in all.
    public var suppressedTotal: Int { suppressed.values.reduce(0, +) }
}
