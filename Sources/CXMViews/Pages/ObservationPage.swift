import CXMCore
import Foundation

/// One observation: the text, who saw it where and how often, colleagues' comments and votes, and the
/// improvements that cite it.
///
/// Field id for `FormError.field`: `comment-text`.
public struct ObservationPage: Sendable {
    public var context: PageContext
    public var observation: Observation
    public var comments: [ObservationComment]
    public var voted: Bool
    /// The improvements the reader sees that cite it: id, number and title.
    public var citedBy: [Improvement]
    public var names: ImprovementNames
    public var canComment: Bool
    public var canPropose: Bool
    public var readerID: String?
    public var timeZone: String

    public init(
        context: PageContext, observation: Observation, comments: [ObservationComment], voted: Bool,
        citedBy: [Improvement], names: ImprovementNames, canComment: Bool, canPropose: Bool, readerID: String?,
        timeZone: String
    ) {
        self.context = context
        self.observation = observation
        self.comments = comments
        self.voted = voted
        self.citedBy = citedBy
        self.names = names
        self.canComment = canComment
        self.canPropose = canPropose
        self.readerID = readerID
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(
            title: t(ImprovementText.observation), context: context, section: .improvements, isSectionIndex: false
        ) {
            ImprovementsTab.navigation(current: .observations, isIndex: false, t: t)
            el("blockquote", .class("observation-text"), .lang(observation.language.localeIdentifier)) { observation.text }
            el("dl", .class("facts")) {
                el("dt") { t(ImprovementText.unit) }
                el("dd") { names.unit(observation.unitID) ?? t(ImprovementText.wholeCompany) }
                el("dt") { t(ImprovementText.touchpoint) }
                el("dd") { names.touchpoint(observation.touchpointID) ?? t(ImprovementText.noTouchpoint) }
                el("dt") { t(ImprovementText.frequency) }
                el("dd") { ImprovementsTab.frequency(observation.frequency, t) }
                el("dt") { t(ImprovementText.kindTheme) }
                el("dd") {
                    observation.themeIDs.isEmpty
                        ? t(ImprovementText.unthemed)
                        : observation.themeIDs.map { names.themes[$0] ?? $0 }.joined(separator: ", ")
                }
                el("dt") { t(ImprovementText.observation) }
                el("dd") {
                    t(ImprovementText.byOn, observation.authorName, format.dateTime(observation.createdAt, timeZone: timeZone))
                }
                el("dt") { t(ImprovementText.vote) }
                el("dd") { t(ImprovementText.votes, format.integer(observation.votes)) }
            }
            if canComment, observation.authorID != readerID {
                Self.voteForm(observation.id, voted: voted, csrf: context.csrfToken, t)
            }
            if canPropose {
                el("p") {
                    el("a", .href(Self.proposeLink([observation.id], theme: observation.themeID))) {
                        t(ImprovementText.proposeFrom)
                    }
                }
            }
            if !citedBy.isEmpty {
                el("h2") { t(ImprovementText.citedBy) }
                el("ul") {
                    citedBy.map { item in
                        el("li") {
                            el("a", .href(URLPath.make("/improvements", item.id))) {
                                t(ImprovementText.number, format.integer(item.number)) + ": " + item.title
                            }
                            " (" + ImprovementsTab.stage(item.stage, t) + ")"
                        }
                    }
                }
            }
            el("h2") { t(ImprovementText.comments) }
            if comments.isEmpty {
                el("p", .class("no-data")) { t(ImprovementText.noComments) }
            } else {
                el("ul", .class("comment-list")) {
                    comments.map { comment in
                        el("li") {
                            el("p") { comment.text }
                            el("p", .class("notes")) {
                                t(
                                    ImprovementText.byOn, comment.authorName,
                                    format.dateTime(comment.createdAt, timeZone: timeZone))
                            }
                        }
                    }
                }
            }
            if canComment {
                postForm(action: URLPath.make("/observations", observation.id, "/comments"), csrf: context.csrfToken) {
                    textAreaField(
                        FieldSpec(id: "comment-text", name: "text", label: t(ImprovementText.comment), required: true),
                        lines: [], rows: 3, errors: context.errors)
                    el("div") { submitButton(t(ImprovementText.addComment)) }
                }
            }
        }
    }

    /// The button that backs an observation, or takes the vote back.
    static func voteForm(_ id: String, voted: Bool, csrf: String, _ t: Localizer) -> HTML {
        postForm(action: URLPath.make("/observations", id, "/vote"), csrf: csrf, class: "inline-form") {
            void("input", .type("hidden"), .name("vote"), .value(voted ? "off" : "on"))
            el(
                "button", .type("submit"), .class(voted ? "button button-quiet" : "button"),
                .aria("pressed", voted ? "true" : "false")
            ) {
                voted ? t(ImprovementText.unvote) : t(ImprovementText.vote)
            }
        }
    }

    /// The new-improvement form with these observations (and their theme) as evidence.
    static func proposeLink(_ observations: [String], theme: String?) -> String {
        ImprovementsTab.proposeURL(
            observations.map { EvidenceLink(kind: .observation, id: $0) }
                + (theme.map { [EvidenceLink(kind: .theme, id: $0)] } ?? []))
    }
}
