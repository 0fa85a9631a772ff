import CXMCore

extension FunnelPage {
    /// The funnel as a slice of the answers: the attributes cxm keeps of each customer's progress, the
    /// segments made of them (each opening the dashboards sliced by it), and a button that makes the two
    /// usual ones.
    func segmentSection(_ report: FunnelReport, t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        return el("section", .class("funnel-segments"), .aria("labelledby", "funnel-segments")) {
            el("h2", .id("funnel-segments")) { t(FunnelSegmentText.title) }
            el("p", .class("muted")) {
                t(
                    FunnelSegmentText.hint, FunnelProgress.key(funnel: report.funnelID), format.integer(report.steps.count),
                    FunnelProgress.dayKey(funnel: report.funnelID))
            }
            if segments.isEmpty {
                el("p", .class("muted")) { t(FunnelSegmentText.none) }
            } else {
                el("ul") {
                    segments.map { segment in
                        el("li") {
                            el("a", .href(URLPath.withQuery("/dashboards", [("segment", segment.value)]))) { segment.label }
                        }
                    }
                }
            }
            if canMakeSegments {
                postForm(action: URLPath.make("/funnels", report.funnelID, "/segments"), csrf: context.csrfToken) {
                    submitButton(t(FunnelSegmentText.make))
                }
            }
        }
    }
}
