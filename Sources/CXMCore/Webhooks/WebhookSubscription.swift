import Foundation

/// Where cxm posts events as they happen: an address, the shape the receiver reads (signed JSON,
/// a Slack or a Microsoft Teams incoming webhook), and the events it wants.
public struct WebhookSubscription: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var url: String
    public var format: WebhookFormat
    public var events: [WebhookEventType]
    public var active: Bool
    public var createdAt: Date
    /// The last characters of the signing secret, so that people can tell secrets apart.
    public var secretHint: String

    public init(
        id: String = Identifier.make(), name: String, url: String, format: WebhookFormat = .json,
        events: [WebhookEventType], active: Bool = true, createdAt: Date = Date(), secretHint: String = ""
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.format = format
        self.events = events
        self.active = active
        self.createdAt = createdAt
        self.secretHint = secretHint
    }

    /// The scheme, host and port of an address, for lists, logs and the audit trail: the path of a
    /// Slack or Teams address is itself a secret.
    public static func origin(of url: String) -> String {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host else {
            return "?"
        }
        return "\(scheme)://\(host)\(components.port.map { ":\($0)" } ?? "")/…"
    }

    /// Checks the name, the address and the events; the events come back sorted and without repeats.
    public func validated() throws(ValidationFailure) -> WebhookSubscription {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        result.url = url.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = Self.problem(withURL: result.url) { check.add("url", problem) }
        result.events = Array(Set(events)).sorted { $0.rawValue < $1.rawValue }
        check.check(
            !result.events.isEmpty, "events",
            "choose at least one event: \(WebhookEventType.subscribable.map(\.rawValue).joined(separator: ", "))")
        if result.events.contains(.test) {
            check.add("events", "'webhook.test' is sent on request only; leave it out of the events")
        }
        try check.finish()
        return result
    }

    /// What is wrong with a webhook address, or nil: it must be an absolute http(s) URL with a
    /// host, without a user name or password in it and without a fragment.
    public static func problem(withURL text: String) -> String? {
        let fix = "write an address such as https://hooks.example.com/cxm"
        guard !text.isEmpty else { return "is required; \(fix)" }
        guard text.count <= 2_000 else { return "is longer than 2000 characters" }
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased() else {
            return "'\(text)' is not a URL; \(fix)"
        }
        guard scheme == "https" || scheme == "http" else {
            return "must be an http or https URL, not \(scheme):; \(fix)"
        }
        guard let host = url.host, !host.isEmpty else { return "has no host; \(fix)" }
        guard url.user == nil, url.password == nil else {
            return "must not carry a user name or password; the receiver checks the signature instead"
        }
        guard url.fragment == nil else { return "must not have a #fragment, which is never sent" }
        return nil
    }
}

/// The shape of what is posted.
public enum WebhookFormat: String, Sendable, Codable, Hashable, CaseIterable {
    /// The event as JSON, signed as the Standard Webhooks specification says.
    case json
    /// A message for a Slack incoming webhook.
    case slack
    /// An Adaptive Card for a Microsoft Teams incoming webhook or workflow.
    case teams
}

/// The events a subscription may ask for.
public enum WebhookEventType: String, Sendable, Codable, Hashable, CaseIterable {
    case caseOpened = "case.opened"
    case caseStatusChanged = "case.status_changed"
    case caseAssigned = "case.assigned"
    case caseContactLogged = "case.contact_logged"
    case caseNoteAdded = "case.note_added"
    case caseEscalated = "case.escalated"
    case caseUpdated = "case.updated"
    case caseFollowUp = "case.follow_up"
    case responseCreated = "response.created"
    /// The trend engine found a real change in a series.
    case alertRaised = "alert.raised"
    /// Sent when someone asks for a test delivery; never subscribed to.
    case test = "webhook.test"

    public static let subscribable = allCases.filter { $0 != .test }

    /// The event a case history entry of this kind makes.
    public init(_ kind: CaseEvent.Kind) {
        self =
            switch kind {
            case .opened: .caseOpened
            case .status: .caseStatusChanged
            case .assignment: .caseAssigned
            case .contact: .caseContactLogged
            case .note: .caseNoteAdded
            case .escalation: .caseEscalated
            case .update: .caseUpdated
            case .followUp: .caseFollowUp
            }
    }
}

/// Signing secrets as the Standard Webhooks specification writes them: `whsec_` and 24 random
/// bytes in base64. The receiver keeps it; cxm signs every delivery with it.
public enum WebhookSecret {
    public static let prefix = "whsec_"

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<24).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + Data(bytes).base64EncodedString()
    }

    /// The key bytes of a secret, or nil when it is not one.
    public static func key(of secret: String) -> [UInt8]? {
        guard secret.hasPrefix(prefix), let data = Data(base64Encoded: String(secret.dropFirst(prefix.count))),
            data.count >= 16
        else { return nil }
        return Array(data)
    }

    /// The last four characters, to tell secrets apart without showing them.
    public static func hint(of secret: String) -> String { "…" + secret.suffix(4) }
}
