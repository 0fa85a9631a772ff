import CXMCore

/// Records whose identifiers named several customers, each with its candidates and the two ways out.
public struct IdentityReviewsPage: Sendable {
    /// One customer a record may belong to.
    public struct Candidate: Sendable, Hashable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// One review, already formatted.
    public struct Row: Sendable, Hashable {
        public var id: String
        public var date: String
        /// The kind's label and the record's id in its source.
        public var record: String
        public var source: String
        public var identifiers: [String]
        public var candidates: [Candidate]

        public init(id: String, date: String, record: String, source: String, identifiers: [String], candidates: [Candidate]) {
            self.id = id
            self.date = date
            self.record = record
            self.source = source
            self.identifiers = identifiers
            self.candidates = candidates
        }
    }

    public var context: PageContext
    public var rows: [Row]
    public var paging: Paging

    public init(context: PageContext, rows: [Row], paging: Paging) {
        self.context = context
        self.rows = rows
        self.paging = paging
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: t(IdentityText.reviews), context: context, section: .customers, isSectionIndex: false) {
            el("p") { el("a", .href("/customers")) { t(CustomerText.backToCustomers) } }
            el("p", .class("muted")) { t(IdentityText.reviewsHint) }
            if rows.isEmpty {
                el("p", .class("muted")) { t(IdentityText.noReviews) }
            } else {
                dataTable(
                    caption: t(IdentityText.reviews),
                    headers: [
                        t(CustomerText.date), t(IdentityText.record), t(IdentityText.source), t(IdentityText.named),
                        t(IdentityText.candidates),
                    ]
                ) {
                    rows.map { row in
                        el("tr") {
                            el("th", .scope("row")) { row.date }
                            el("td") { row.record }
                            el("td") { row.source }
                            el("td") { textList(row.identifiers, emptyText: "–") }
                            el("td") {
                                for candidate in row.candidates {
                                    postForm(
                                        action: URLPath.make("/identity-reviews", row.id, "/link"), csrf: context.csrfToken,
                                        class: "inline-form"
                                    ) {
                                        el(
                                            "input", .type("hidden"), Attribute("name", "customer"),
                                            Attribute("value", candidate.id))
                                        el("a", .href(URLPath.make("/customers", candidate.id))) { candidate.name }
                                        " "
                                        submitButton(t(IdentityText.linkTo, candidate.name))
                                    }
                                }
                                postForm(
                                    action: URLPath.make("/identity-reviews", row.id, "/dismiss"), csrf: context.csrfToken,
                                    class: "inline-form"
                                ) {
                                    submitButton(t(IdentityText.leaveUnlinked))
                                }
                            }
                        }
                    }
                }
                paging.render(t) { page in URLPath.withQuery("/identity-reviews", [("page", String(page))]) }
            }
        }
    }
}
