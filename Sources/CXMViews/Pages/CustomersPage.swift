/// The customer list: a search form, a table and paging links.
public struct CustomersPage: Sendable {
    /// One row of the table.
    public struct Customer: Sendable {
        public var id: String
        public var displayName: String
        /// Source-system identifiers such as `crm:123`.
        public var identifiers: [String]
        public var maySurvey: Bool
        public var mayContact: Bool
        public var segments: [String]

        /// Creates a row.
        public init(id: String, displayName: String, identifiers: [String], maySurvey: Bool, mayContact: Bool, segments: [String])
        {
            self.id = id
            self.displayName = displayName
            self.identifiers = identifiers
            self.maySurvey = maySurvey
            self.mayContact = mayContact
            self.segments = segments
        }
    }

    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    /// The search text (`q`), empty when not searching.
    public var query: String
    /// This page of customers.
    public var customers: [Customer]
    /// Page number, page size and total number of matches.
    public var paging: Paging
    /// Records waiting for identity review, shown with a link to the list to those who may resolve them.
    public var openReviews: Int?

    /// Creates the customers page model.
    public init(context: PageContext, query: String, customers: [Customer], paging: Paging) {
        self.context = context
        self.query = query
        self.customers = customers
        self.paging = paging
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let language = context.language
        return Layout.page(title: t(CommonText.customers), context: context, section: .customers) {
            if let openReviews, openReviews > 0 {
                el("p", .class("notice")) {
                    el("a", .href("/identity-reviews")) { t(IdentityText.waiting, LocaleFormat(language).integer(openReviews)) }
                }
            }
            el("form", Attribute("method", "get"), Attribute("action", "/customers"), .class("search"), .role("search")) {
                inputField(
                    FieldSpec(
                        id: "customer-search", name: "q", label: t(CustomerText.searchCustomers),
                        hint: t(CustomerText.searchHint)),
                    value: query, type: "search", errors: [])
                el("div") { submitButton(t(CommonText.search)) }
            }
            if customers.isEmpty {
                el("p", .class("muted")) { query.isEmpty ? t(CustomerText.noCustomers) : t(CustomerText.noMatches, query) }
            } else {
                dataTable(
                    caption: t(CommonText.customers),
                    headers: [
                        t(CommonText.name), t(CustomerText.identifiers), t(ConsentText.maySurvey),
                        t(ConsentText.mayContact), t(CustomerText.segments),
                    ]
                ) {
                    customers.map { customer in
                        el("tr") {
                            el("th", .scope("row")) {
                                el("a", .href(URLPath.make("/customers", customer.id))) { customer.displayName }
                            }
                            el("td") { customer.identifiers.joined(separator: ", ") }
                            el("td") { Labels.yesNo(customer.maySurvey, in: language) }
                            el("td") { Labels.yesNo(customer.mayContact, in: language) }
                            el("td") { customer.segments.joined(separator: ", ") }
                        }
                    }
                }
                paging.render(t) { page in
                    URLPath.withQuery("/customers", [("q", query), ("page", String(page))])
                }
            }
        }
    }
}
