import CXMCore
import Foundation

extension FunnelPage {
    /// A step's feedback prompt: the public link whose widget asks visitors who stall there why, the
    /// script tag for the step's page, and what it brought in the period.
    public struct Prompt: Sendable {
        /// The step's number (1…).
        public var step: Int
        public var linkID: String
        /// The link's label; nil when the link was deleted.
        public var label: String?
        /// False when the link is disabled or gone: the widget then shows nothing.
        public var isOpen: Bool
        /// The script tag for the step's page.
        public var snippet: String
        public var delaySeconds: Int
        /// Answers to the link's survey at its touchpoint in the period.
        public var answers: Int
        /// The feedback inbox filtered to those answers.
        public var answersPath: String

        public init(
            step: Int, linkID: String, label: String?, isOpen: Bool, snippet: String, delaySeconds: Int, answers: Int,
            answersPath: String
        ) {
            self.step = step
            self.linkID = linkID
            self.label = label
            self.isOpen = isOpen
            self.snippet = snippet
            self.delaySeconds = delaySeconds
            self.answers = answers
            self.answersPath = answersPath
        }

        /// The widget's script tag with the delay and exit intent a drop-off prompt uses.
        public static func snippet(base: String, token: String, delaySeconds: Int) -> String {
            "<script src=\"\(base)/widget.js\" data-cxm-link=\"\(token)\" data-delay=\"\(delaySeconds)\" data-exit-intent async></script>"
        }
    }

    func promptSection(_ report: FunnelReport, t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        let worst = report.largestDropOffStep.map { $0 - 1 }  // the step visitors leave from
        return el("section", .class("funnel-prompts"), .aria("labelledby", "funnel-prompts")) {
            el("h2", .id("funnel-prompts")) { t(FunnelPromptText.title) }
            el("p", .class("muted")) { t(FunnelPromptText.hint) }
            if prompts.isEmpty {
                if let worst, worst >= 1, report.steps.indices.contains(worst - 1) {
                    el("p") { t(FunnelPromptText.suggest, report.steps[worst - 1].title) }
                } else {
                    el("p", .class("muted")) { t(FunnelPromptText.none) }
                }
            }
            prompts.map { prompt in
                el("article", .class("funnel-prompt")) {
                    el("h3") {
                        t(
                            FunnelPromptText.atStep, format.integer(prompt.step),
                            report.steps.indices.contains(prompt.step - 1) ? report.steps[prompt.step - 1].title : "",
                            prompt.label ?? prompt.linkID)
                    }
                    if !prompt.isOpen {
                        el("p", .class("flag flag-down")) { t(FunnelPromptText.closed) }
                    }
                    el("p") {
                        t(FunnelPromptText.answers, format.integer(prompt.answers))
                        " "
                        el("a", .href(prompt.answersPath)) { t(FunnelPromptText.readAnswers) }
                    }
                    if prompt.label != nil {
                        el("p") { t(FunnelPromptText.place, format.integer(prompt.delaySeconds)) }
                        el("pre", .class("snippet")) { el("code") { prompt.snippet } }
                    }
                    if canEdit {
                        postForm(
                            action: URLPath.make("/funnels", report.funnelID, "/prompt"), csrf: context.csrfToken,
                            class: "inline-form"
                        ) {
                            void("input", .type("hidden"), .name("step"), .value(String(prompt.step)))
                            void("input", .type("hidden"), .name("link"), .value(""))
                            submitButton(t(FunnelPromptText.remove))
                        }
                    }
                }
            }
            if canEdit { attachForm(report, t: t) }
        }
    }

    private func attachForm(_ report: FunnelReport, t: Localizer) -> HTML {
        HTML.build {
            if promptLinks.isEmpty {
                el("p", .class("muted")) { t(FunnelPromptText.noLinks) }
            } else {
                postForm(action: URLPath.make("/funnels", report.funnelID, "/prompt"), csrf: context.csrfToken) {
                    selectField(
                        FieldSpec(id: "prompt-step", name: "step", label: t(FunnelPromptText.stepField)),
                        options: report.steps.dropLast().map {
                            SelectOption(value: String($0.index), label: "\($0.index). \($0.title)")
                        },
                        selected: report.largestDropOffStep.map { String(max(1, $0 - 1)) }, errors: context.errors)
                    selectField(
                        FieldSpec(id: "prompt-link", name: "link", label: t(FunnelPromptText.linkField)),
                        options: promptLinks, selected: nil, errors: context.errors)
                    submitButton(t(FunnelPromptText.attach))
                }
            }
        }
    }
}
