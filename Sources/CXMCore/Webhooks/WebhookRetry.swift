import Foundation

/// When a failed delivery is tried again: after 1 minute, 5, 30, then 2, 6, 12 and 24 hours, so
/// that a receiver down for a day and a half still gets every event. A receiver that asks for
/// more time (`Retry-After`) gets it, up to a day. After the last try the delivery has failed.
public enum WebhookRetry {
    public static let delays: [TimeInterval] = [60, 300, 1_800, 7_200, 21_600, 43_200, 86_400]

    /// Tries in all, the first included.
    public static var maxAttempts: Int { delays.count + 1 }

    /// When to try again after the `attempts`-th try failed at `failedAt`; nil when that was the last.
    public static func nextAttempt(after attempts: Int, failedAt: Date, retryAfter: TimeInterval? = nil) -> Date? {
        guard attempts >= 1, attempts < maxAttempts else { return nil }
        var delay = delays[attempts - 1]
        if let retryAfter, retryAfter > delay { delay = min(retryAfter, 86_400) }
        return failedAt.addingTimeInterval(delay)
    }

    /// Whether a receiver's answer means "do not try again": the address is gone for good.
    public static func isPermanent(status: Int) -> Bool { status == 410 }

    /// The seconds of a `Retry-After` header (seconds, or an HTTP date), if it has any.
    public static func retryAfter(_ header: String?, now: Date) -> TimeInterval? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if let seconds = Int(header) { return seconds >= 0 ? TimeInterval(seconds) : nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: header) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

/// One event on its way to one subscription, and how its tries went.
public struct WebhookDelivery: Sendable, Codable, Hashable, Identifiable {
    public enum State: String, Sendable, Codable, Hashable, CaseIterable {
        case pending, delivered, failed
    }

    public var id: String
    public var subscriptionID: String
    public var eventType: WebhookEventType
    /// The event as JSON (the body of a `json` delivery).
    public var event: String
    public var state: State
    public var attempts: Int
    public var createdAt: Date
    public var nextAttemptAt: Date?
    public var lastAttemptAt: Date?
    public var lastStatus: Int?
    public var lastError: String?
    public var deliveredAt: Date?

    public init(
        id: String = Identifier.make(), subscriptionID: String, eventType: WebhookEventType, event: String,
        state: State = .pending, attempts: Int = 0, createdAt: Date, nextAttemptAt: Date?, lastAttemptAt: Date? = nil,
        lastStatus: Int? = nil, lastError: String? = nil, deliveredAt: Date? = nil
    ) {
        self.id = id
        self.subscriptionID = subscriptionID
        self.eventType = eventType
        self.event = event
        self.state = state
        self.attempts = attempts
        self.createdAt = createdAt
        self.nextAttemptAt = nextAttemptAt
        self.lastAttemptAt = lastAttemptAt
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.deliveredAt = deliveredAt
    }
}

/// One try of a delivery: the receiver's status (or why there was none) and how long it took.
public struct WebhookAttempt: Sendable, Codable, Hashable {
    public var deliveryID: String
    public var number: Int
    public var at: Date
    public var status: Int?
    public var error: String?
    public var milliseconds: Int
    /// The start of what the receiver answered, for finding out why it refused.
    public var responseExcerpt: String?

    public init(
        deliveryID: String, number: Int, at: Date, status: Int?, error: String?, milliseconds: Int,
        responseExcerpt: String? = nil
    ) {
        self.deliveryID = deliveryID
        self.number = number
        self.at = at
        self.status = status
        self.error = error
        self.milliseconds = milliseconds
        self.responseExcerpt = responseExcerpt
    }

    public var succeeded: Bool { status.map { (200..<300).contains($0) } ?? false }
}
