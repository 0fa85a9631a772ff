import CXMCore
import Foundation

/// A public KPI board: the goals' figures for anyone with the link, no account and no navigation; in TV mode
/// large, dark and reloading itself every five minutes (a script, not a timed meta refresh, which would reload
/// under a reader who opened the normal view; the normal view never reloads).
public struct KPIBoardPage: Sendable {
    public var language: Language
    public var workspaceName: String
    public var board: KPIBoard
    public var rows: [GoalRow]
    public var tv: Bool
    public var updatedAt: Date
    public var timeZone: String

    public init(
        language: Language, workspaceName: String, board: KPIBoard, rows: [GoalRow], tv: Bool, updatedAt: Date,
        timeZone: String
    ) {
        self.language = language
        self.workspaceName = workspaceName
        self.board = board
        self.rows = rows
        self.tv = tv
        self.updatedAt = updatedAt
        self.timeZone = timeZone
    }

    public static let refreshSeconds = 300

    /// The TV mode's script: reload after `refreshSeconds`, served at `/assets/kpi-tv.js`.
    public static let tvScript = "setTimeout(function () { location.reload(); }, \(refreshSeconds * 1_000));\n"

    public func render() -> String {
        let t = Localizer(language)
        let format = LocaleFormat(language)
        return Layout.document(
            language: language, title: "\(board.title) – \(workspaceName)",
            bodyClass: tv ? "kpi-board tv" : "kpi-board", script: tv ? "/assets/kpi-tv.js" : nil
        ) {
            el("main", .id("main"), Attribute("tabindex", "-1")) {
                el("h1") { board.title }
                el("p", .class("muted")) { workspaceName }
                if rows.isEmpty {
                    el("p", .class("no-data")) { t(GoalText.noGoals) }
                } else {
                    el("ul", .class("goal-cards")) { rows.map { GoalCard.render($0, t: t) } }
                }
                el("p", .class("muted")) {
                    t(GoalText.publicFooter, format.integer(board.minimumN), format.dateTime(updatedAt, timeZone: timeZone))
                }
                el("p") {
                    tv
                        ? el("a", .href(board.path)) { t(GoalText.normalView) }
                        : el("a", .href(board.path + "?tv=1")) { t(GoalText.tvMode) }
                }
            }
        }
    }
}
