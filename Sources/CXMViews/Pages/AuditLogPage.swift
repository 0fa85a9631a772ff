/// The audit log: who did what to which object, newest first, paged.
public struct AuditLogPage: Sendable {
    /// One log entry; `time` is already formatted.
    public struct Entry: Sendable {
        public var time: String
        /// The user's email or token name that acted.
        public var actor: String
        /// The recorded action, such as `journey.update`.
        public var action: String
        public var entityType: String
        public var entityID: String
        public var summary: String

        /// Creates an entry.
        public init(time: String, actor: String, action: String, entityType: String, entityID: String, summary: String) {
            self.time = time
            self.actor = actor
            self.action = action
            self.entityType = entityType
            self.entityID = entityID
            self.summary = summary
        }
    }

    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var entries: [Entry]
    /// Page number, page size and total number of entries; links go to `/audit?page=N`.
    public var paging: Paging

    /// Creates the audit log page model.
    public init(context: PageContext, entries: [Entry], paging: Paging) {
        self.context = context
        self.entries = entries
        self.paging = paging
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: t(CommonText.auditLog), context: context, section: .audit) {
            if entries.isEmpty {
                el("p", .class("muted")) { t(AccountText.noAuditEntries) }
            } else {
                dataTable(
                    caption: t(CommonText.auditLog),
                    headers: [
                        t(AccountText.time), t(AccountText.actor), t(AccountText.action), t(AccountText.entityType),
                        t(AccountText.entityID), t(AccountText.summary),
                    ]
                ) {
                    entries.map { entry in
                        el("tr") {
                            el("th", .scope("row")) { entry.time }
                            el("td") { entry.actor }
                            el("td") { el("code") { entry.action } }
                            el("td") { entry.entityType }
                            el("td") { el("code") { entry.entityID } }
                            el("td") { entry.summary }
                        }
                    }
                }
                paging.render(t) { page in URLPath.withQuery("/audit", [("page", String(page))]) }
            }
        }
    }
}
