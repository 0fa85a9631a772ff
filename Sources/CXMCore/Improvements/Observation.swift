import Foundation

/// How often a member of staff sees what they report.
public enum ObservationFrequency: String, Sendable, Codable, CaseIterable, Hashable {
    case once
    case weekly
    case daily
    /// Several times a day.
    case hourly

    /// A rough count of customers a month it stands for, for the impact score: staff say how often, not how
    /// many, so the score says this is an estimate.
    public var customersPerMonth: Int {
        switch self {
        case .once: 1
        case .weekly: 4
        case .daily: 30
        case .hourly: 150
        }
    }
}

/// What a member of staff who meets customers recorded: what customers told them or what they saw, where,
/// how often, and in their own words. Colleagues vote for it ("I see this too") and comment.
public struct Observation: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var text: String
    public var touchpointID: String?
    /// The unit it was seen in; nil for something company-wide.
    public var unitID: String?
    public var frequency: ObservationFrequency
    /// The customer it is about, when the observer named one.
    public var customerID: String?
    /// The language the text is written in, as read from it (or as the observer's language when it cannot be told).
    public var language: Language
    /// The taxonomy's themes found in the text, most specific first; they group similar observations.
    public var themeIDs: [String]
    public var authorID: String?
    public var authorName: String
    public var createdAt: Date
    /// Colleagues who see it too (the author's own report is not a vote).
    public var votes: Int
    public var comments: Int

    public init(
        id: String = Identifier.make(), text: String, touchpointID: String? = nil, unitID: String? = nil,
        frequency: ObservationFrequency = .once, customerID: String? = nil, language: Language = .en,
        themeIDs: [String] = [], authorID: String? = nil, authorName: String, createdAt: Date, votes: Int = 0,
        comments: Int = 0
    ) {
        self.id = id
        self.text = text
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.frequency = frequency
        self.customerID = customerID
        self.language = language
        self.themeIDs = themeIDs
        self.authorID = authorID
        self.authorName = authorName
        self.createdAt = createdAt
        self.votes = votes
        self.comments = comments
    }

    /// The theme it is grouped under: the first, most specific one found.
    public var themeID: String? { themeIDs.first }
}

/// An observation as staff send it (form or API).
public struct ObservationDraft: Sendable, Codable, Hashable {
    public var text: String
    public var touchpointID: String?
    public var unitID: String?
    public var frequency: ObservationFrequency?
    public var customerID: String?

    public init(
        text: String, touchpointID: String? = nil, unitID: String? = nil, frequency: ObservationFrequency? = nil,
        customerID: String? = nil
    ) {
        self.text = text
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.frequency = frequency
        self.customerID = customerID
    }

    public static let maxLength = 2_000

    /// The draft trimmed, with empty ids as none; the text must say something.
    public func validated() throws(ValidationFailure) -> ObservationDraft {
        var check = Validator()
        var draft = self
        draft.text = check.text(text, field: "text", maxLength: Self.maxLength)
        if draft.text.isEmpty {
            check.add("text", "must not be empty; say what customers told you or what you saw", code: .required)
        }
        for (field, value) in [("touchpointID", touchpointID), ("unitID", unitID), ("customerID", customerID)] {
            guard let value = value?.trimmedWhitespace, !value.isEmpty else { continue }
            check.check(Identifier.isValid(value), field, "'\(value)' is not a valid id")
        }
        draft.touchpointID = touchpointID?.trimmedWhitespace.nilIfEmpty
        draft.unitID = unitID?.trimmedWhitespace.nilIfEmpty
        draft.customerID = customerID?.trimmedWhitespace.nilIfEmpty
        try check.finish()
        return draft
    }
}

/// A colleague's comment on an observation.
public struct ObservationComment: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var observationID: String
    public var authorName: String
    public var text: String
    public var createdAt: Date

    public init(id: String = Identifier.make(), observationID: String, authorName: String, text: String, createdAt: Date) {
        self.id = id
        self.observationID = observationID
        self.authorName = authorName
        self.text = text
        self.createdAt = createdAt
    }
}

extension Observation {
    /// The themes a text analysis found, sub-themes before the themes they refine (`queue.waiting` before
    /// `queue`), otherwise in taxonomy order: an observation is grouped under the most specific.
    public static func themeIDs(of analysis: TextAnalysis) -> [String] {
        let found = analysis.themes.map(\.themeID)
        let refined = Set(found.compactMap(Theme.parentID(of:)))
        return found.filter { !refined.contains($0) } + found.filter { refined.contains($0) }
    }
}
