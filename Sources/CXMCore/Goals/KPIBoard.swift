import Foundation

/// A read-only page of goals that anyone with its link can open, without signing in: on a TV in the shop
/// or the canteen, so that every team sees the same numbers. It shows only figures over at least
/// `minimumN` answers, never answers, comments or people.
public struct KPIBoard: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// The unguessable part of its link (128 random bits).
    public var token: String
    public var title: String
    /// The goals it shows, in order; empty for all of the company's goals (those of the whole company, a journey or
    /// a touchpoint; a unit's goal is shown only when named).
    public var goalIDs: [String]
    /// Figures over fewer answers are left out ("too few answers").
    public var minimumN: Int
    /// The language it speaks to those without an account.
    public var language: Language
    public var createdBy: String
    public var createdAt: Date
    /// Once revoked, the link answers 404.
    public var revokedAt: Date?

    public init(
        id: String = Identifier.make(), token: String = KPIBoard.makeToken(), title: String, goalIDs: [String] = [],
        minimumN: Int = KPIBoard.defaultMinimumN, language: Language, createdBy: String, createdAt: Date,
        revokedAt: Date? = nil
    ) {
        self.id = id
        self.token = token
        self.title = title
        self.goalIDs = goalIDs
        self.minimumN = minimumN
        self.language = language
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    public static let defaultMinimumN = 30

    public static func makeToken() -> String { RandomToken.make(bytes: 16) }

    public static func isToken(_ text: String) -> Bool { RandomToken.isWellFormed(text, lengths: 16...64) }

    /// The public path of the board; `tv` gives the full-screen view that refreshes itself.
    public var path: String { "/kpi/\(token)" }

    /// Checks what an editor typed: a title, a minimum of at least the anonymity threshold, valid goal ids.
    public func validated() throws(ValidationFailure) -> KPIBoard {
        var check = Validator()
        var board = self
        board.title = check.text(title, field: "title", maxLength: 200)
        if board.title.isEmpty {
            check.add("title", "must say what the board shows, e.g. 'Our goals this year'", code: .required)
        }
        check.check(
            (MetricOptions.anonymityThreshold...10_000).contains(minimumN), "minimumN",
            "must be between \(MetricOptions.anonymityThreshold) and 10000: a public board never shows a figure over fewer than \(MetricOptions.anonymityThreshold) answers"
        )
        board.goalIDs = goalIDs.map(\.trimmedWhitespace).filter { !$0.isEmpty }
        for (index, id) in board.goalIDs.enumerated() where !Identifier.isValid(id) {
            check.add("goalIDs[\(index)]", "'\(id)' is not a valid goal id")
        }
        check.check(Set(board.goalIDs).count == board.goalIDs.count, "goalIDs", "names a goal twice")
        check.check(board.goalIDs.count <= 24, "goalIDs", "may name at most 24 goals: a board must be readable at a glance")
        try check.finish()
        return board
    }
}
