import CXMCore
import Foundation

/// Suggested new themes: phrases customers use often that no theme covers, to accept as a theme, add to a
/// theme, or dismiss.
public struct ThemeCandidatesPage: Sendable {
    public var context: PageContext
    public var candidates: [ThemeCandidate]
    public var taxonomy: Taxonomy

    public init(context: PageContext, candidates: [ThemeCandidate], taxonomy: Taxonomy) {
        self.context = context
        self.candidates = candidates
        self.taxonomy = taxonomy
    }

    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: t(InboxText.candidates), context: context, section: .feedback, isSectionIndex: false) {
            el("p") {
                el("a", .href("/feedback/themes")) { t(InboxText.themes) }
                " · "
                el("a", .href("/settings/themes")) { t(InboxText.editThemes) }
            }
            candidateSection(candidates, t)
        }
    }

    private func candidateSection(_ candidates: [ThemeCandidate], _ t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        let options = FeedbackInboxPage.themeOptions(taxonomy, t.language)
        return el("section") {
            el("p") { t(InboxText.candidatesIntro) }
            if candidates.isEmpty {
                el("p", .class("muted")) { t(InboxText.noCandidates) }
            } else {
                el("ul", .class("candidate-list")) {
                    candidates.enumerated().map { index, candidate in
                        let id = "cand-\(index)"
                        return el("li", .class("card")) {
                            el("p") {
                                el("strong", .lang(candidate.language.localeIdentifier)) { "“\(candidate.phrase)”" }
                                " · \(t(InboxText.mentions)): \(format.integer(candidate.count)) · "
                                "\(t(InboxText.negativeShare)): \(format.percent(candidate.negativeShare))"
                                if candidate.negativeLift >= 1.3 {
                                    " "
                                    el("span", .class("flag flag-down")) { t(InboxText.leansNegative) }
                                }
                                " · "
                                el("a", .href(URLPath.withQuery("/feedback", [("search", candidate.phrase)]))) {
                                    t(InboxText.answers)
                                }
                            }
                            postForm(action: "/feedback/themes/candidates", csrf: context.csrfToken, class: "inline-form") {
                                void("input", .type("hidden"), .name("language"), .value(candidate.language.rawValue))
                                void("input", .type("hidden"), .name("phrase"), .value(candidate.phrase))
                                void("input", .type("hidden"), .name("pattern"), .value(candidate.pattern))
                                inputField(
                                    FieldSpec(id: "\(id)-name", name: "name", label: t(InboxText.acceptAs)),
                                    value: candidate.phrase.prefix(1).uppercased() + candidate.phrase.dropFirst(), errors: [])
                                el("button", .type("submit"), .name("decision"), .value("accept")) { t(InboxText.addTheme) }
                                selectField(
                                    FieldSpec(id: "\(id)-merge", name: "theme", label: t(InboxText.mergeInto)), options: options,
                                    selected: candidate.nearestThemeID ?? "", errors: [])
                                el("button", .type("submit"), .name("decision"), .value("merge")) { t(InboxText.mergeInto) }
                                el("button", .type("submit"), .name("decision"), .value("dismiss"), .class("secondary")) {
                                    t(InboxText.dismiss)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
