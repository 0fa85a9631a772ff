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

    /// Counts invitations of one status; `sent`, `opened` and `responded` are how many of them
    /// have ever been sent, opened and answered (an opened invitation that expired was still opened).
    public mutating func add(
        _ status: Invitation.Status, reasonCode: String?, count: Int, sent: Int, opened: Int, responded: Int
    ) {
        requested += count
        self.sent += sent
        self.opened += opened
        self.responded += responded
        switch status {
        case .scheduled: scheduled += count
        case .suppressed: suppressed[reasonCode ?? "unknown", default: 0] += count
        case .bounced: bounced += count
        case .expired: expired += count
        case .sent, .opened, .responded: break
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
