/// Where a paged list stands: which page, how many per page and how many in all.
public struct Paging: Sendable, Equatable {
    /// The current page, starting at 1.
    public var page: Int
    /// Rows per page.
    public var pageSize: Int
    /// Rows in the whole result.
    public var totalCount: Int

    /// Creates paging facts; out-of-range values are clamped when rendered.
    public init(page: Int, pageSize: Int, totalCount: Int) {
        self.page = page
        self.pageSize = pageSize
        self.totalCount = totalCount
    }

    var pageCount: Int { max(1, (max(0, totalCount) + max(1, pageSize) - 1) / max(1, pageSize)) }
    var current: Int { min(max(1, page), pageCount) }
    var firstRow: Int { totalCount == 0 ? 0 : (current - 1) * max(1, pageSize) + 1 }
    var lastRow: Int { min(totalCount, current * max(1, pageSize)) }

    /// Page numbers to link: the first, the last and two either side of the current page; `nil` marks a gap.
    var window: [Int?] {
        let wanted = Set([1, pageCount] + Array((current - 2)...(current + 2))).filter { (1...pageCount).contains($0) }
        var result: [Int?] = []
        var previous: Int?
        for number in wanted.sorted() {
            if let previous, number == previous + 2 {
                result.append(previous + 1)  // an ellipsis standing for one page is longer than the page number
            } else if let previous, number > previous + 2 {
                result.append(nil)
            }
            result.append(number)
            previous = number
        }
        return result
    }
}

extension Paging {
    /// The "Showing 1–50 of 20,000" line and the previous/numbers/next navigation.
    func render(_ t: Localizer, link: (Int) -> String) -> HTML {
        let format = LocaleFormat(t.language)
        return el("nav", .class("pagination"), .aria("label", t(CommonText.pagination))) {
            el("p", .class("muted")) {
                t(CommonText.showingRange, format.integer(firstRow), format.integer(lastRow), format.integer(totalCount))
            }
            if pageCount > 1 {
                el("ul") {
                    if current > 1 {
                        el("li") { el("a", .href(link(current - 1)), Attribute("rel", "prev")) { t(CommonText.previous) } }
                    }
                    window.map { number in
                        el("li") {
                            if let number {
                                el(
                                    "a", .href(link(number)), .aria("label", t(CommonText.pageNumber, format.integer(number))),
                                    number == current ? .aria("current", "page") : nil
                                ) { format.integer(number) }
                            } else {
                                el("span", .aria("hidden", "true")) { "…" }
                            }
                        }
                    }
                    if current < pageCount {
                        el("li") { el("a", .href(link(current + 1)), Attribute("rel", "next")) { t(CommonText.next) } }
                    }
                }
            }
        }
    }
}
