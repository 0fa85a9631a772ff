import Foundation

/// A link that opens a survey for anyone who has it: a public link to share (web, receipts, social
/// media) or a kiosk link for a tablet or QR code in one unit. Answers through it are anonymous and
/// count for the link's touchpoint and unit.
public struct SurveyLink: Sendable, Codable, Hashable, Identifiable {
    /// How the link behaves for respondents.
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// Resumable from the same browser; anonymous.
        case `public`
        /// Starts over for the next customer after each answer, never resumes, asks nothing personal.
        case kiosk
    }

    public var id: String
    /// The path segment of the link: random, not guessable from other links, safe to print.
    public var token: String
    public var surveyID: String
    public var kind: Kind
    public var touchpointID: String
    /// The unit answers count for; the touchpoint's owner when nil.
    public var unitID: String?
    /// What the link is for ("Receipt QR, Södermalm store").
    public var label: String
    public var createdAt: Date
    /// A disabled link shows a friendly "closed" page and takes no answers.
    public var disabled: Bool

    public init(
        id: String = Identifier.make(), token: String = SurveyLink.makeToken(), surveyID: String, kind: Kind,
        touchpointID: String, unitID: String? = nil, label: String, createdAt: Date = Date(), disabled: Bool = false
    ) {
        self.id = id
        self.token = token
        self.surveyID = surveyID
        self.kind = kind
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.label = label
        self.createdAt = createdAt
        self.disabled = disabled
    }

    /// 128 random bits in URL-safe base64 (22 characters).
    public static func makeToken() -> String { RandomToken.make(bytes: 16) }

    /// Whether text has the shape of a link token, checked before any lookup.
    public static func isToken(_ text: String) -> Bool { RandomToken.isWellFormed(text, lengths: 16...64) }

    /// The path respondents open.
    public var path: String { "/s/\(token)" }

    /// Checks what an editor typed.
    public func validated() throws(ValidationFailure) -> SurveyLink {
        var check = Validator()
        var result = self
        result.label = label.trimmedSpaces
        check.check(!result.label.isEmpty, "label", "must say what the link is for, e.g. 'Receipt QR, city store'")
        check.check(result.label.unicodeScalars.count <= 200, "label", "must be at most 200 characters")
        check.check(Self.isToken(token), "token", "must be 16–64 characters of A–Z, a–z, 0–9, '-' and '_'")
        try check.finish()
        return result
    }
}
