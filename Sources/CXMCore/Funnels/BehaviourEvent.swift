import Foundation

/// A behavioural event as a web site or app sends it, in the shape analytics tools use (Segment's
/// `track`, `page` and `screen` calls): who (`userId` or `anonymousId`), what (`event`, or the page's
/// or screen's `name`), when (`timestamp`), and optionally the session, the cxm channel and a
/// `messageId` that makes a resent event recognisable. Other fields (`properties`, `context`) are
/// accepted and ignored.
public struct BehaviourEventSubmission: Sendable, Codable, Hashable {
    /// `track` (the default), `page` or `screen`.
    public var type: String?
    /// A track call's event name, such as `Checkout Started`.
    public var event: String?
    /// A page's or screen's name, such as `Cart`.
    public var name: String?
    /// The signed-in user's id in the sending system, matched to a customer through the source's
    /// identifier map (`userId → crm`).
    public var userId: String?
    /// The device's or browser's id before anyone signs in.
    public var anonymousId: String?
    /// When it happened; the time of arrival when left out.
    public var timestamp: Date?
    public var messageId: String?
    public var sessionId: String?
    /// The cxm channel key (`web`, `app`).
    public var channel: String?

    public init(event: String, userId: String? = nil, anonymousId: String? = nil, timestamp: Date? = nil) {
        self.event = event
        self.userId = userId
        self.anonymousId = anonymousId
        self.timestamp = timestamp
    }

    private enum CodingKeys: String, CodingKey {
        case type, event, name, userId, anonymousId, timestamp, messageId, sessionId, channel
    }

    /// Checks the event and returns it normalised; every problem names its field.
    public func resolve(
        channelKeys: Set<String>, began: Date, now: Date
    ) throws(ValidationFailure) -> BehaviourEvent {
        var check = Validator()
        let kind = (type ?? "track").trimmedWhitespace.lowercased()
        let named: String?
        switch kind {
        case "track":
            named = event
            if event == nil {
                check.add("event", "is required for a track call: the event's name, such as 'Checkout Started'", code: .required)
            }
        case "page", "screen":
            named = name ?? event
            if named == nil {
                check.add("name", "is required for a \(kind) call: the \(kind)'s name, such as 'Cart'", code: .required)
            }
        default:
            named = nil
            check.add("type", "must be track, page or screen (got '\(kind)')")
        }
        // Composed (NFC), so that "Café" typed two ways is one event.
        let eventName =
            named.map { check.name($0.composed, field: kind == "track" ? "event" : "name") } ?? ""
        func identifier(_ value: String?, _ field: String) -> String? {
            guard let value else { return nil }
            let trimmed = check.text(value, field: field, maxLength: 200)
            return trimmed.isEmpty ? nil : trimmed
        }
        let user = identifier(userId, "userId")
        let anonymous = identifier(anonymousId, "anonymousId")
        if user == nil && anonymous == nil {
            check.add("userId", "is required when there is no anonymousId: say who did it", code: .required)
        }
        let at = timestamp ?? now
        if at > now.addingTimeInterval(SignalCatalog.clockSkew) {
            check.add("timestamp", "is in the future (\(SignalSubmission.iso(at))); check the sender's clock and time zone")
        } else if at < began {
            check.add("timestamp", "is before the earliest time cxm accepts (\(SignalSubmission.iso(began))); check the date")
        }
        let message = identifier(messageId, "messageId")
        let session = identifier(sessionId, "sessionId")
        var channelKey: String?
        if let value = channel?.trimmedWhitespace.lowercased(), !value.isEmpty {
            channelKey = value
            if !channelKeys.contains(value) {
                check.add("channel", SignalCatalog.unknownChannel(value, known: channelKeys))
            }
        }
        try check.finish()
        return BehaviourEvent(
            name: eventName, userID: user, anonymousID: anonymous, at: at, messageID: message, sessionID: session,
            channel: channelKey)
    }
}

/// A checked behavioural event.
public struct BehaviourEvent: Sendable, Hashable {
    public var name: String
    public var userID: String?
    public var anonymousID: String?
    public var at: Date
    public var messageID: String?
    public var sessionID: String?
    public var channel: String?

    public init(
        name: String, userID: String?, anonymousID: String?, at: Date, messageID: String? = nil, sessionID: String? = nil,
        channel: String? = nil
    ) {
        self.name = name
        self.userID = userID
        self.anonymousID = anonymousID
        self.at = at
        self.messageID = messageID
        self.sessionID = sessionID
        self.channel = channel
    }
}

/// A stored behavioural event as a customer's time line shows it.
public struct SiteActivity: Sendable, Hashable, Codable {
    /// `ev-` and the stored number, zero-padded so that ids sort as the events were stored.
    public var id: String
    public var name: String
    public var at: Date
    public var channel: String?
    public var sessionID: String?
    public var sourceID: String

    public init(id: String, name: String, at: Date, channel: String?, sessionID: String?, sourceID: String) {
        self.id = id
        self.name = name
        self.at = at
        self.channel = channel
        self.sessionID = sessionID
        self.sourceID = sourceID
    }

    public static func id(number: Int64) -> String {
        "ev-" + String(repeating: "0", count: max(0, 19 - String(number).count)) + String(number)
    }

    /// Events whose id sorts before `id` (a time line cursor of any kind) are those numbered below this.
    public static func numbers(below id: String) -> Int64 {
        if id.hasPrefix("ev-"), id.count == 22, let number = Int64(id.dropFirst(3)) { return number }
        return id <= Self.id(number: 0) ? 0 : (id >= "ev-9999999999999999999" ? Int64.max : 0)
    }
}
