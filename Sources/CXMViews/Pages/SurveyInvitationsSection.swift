import CXMCore

/// The invitations of a survey as its page shows them: the funnel per touchpoint with the response
/// rate and its interval, why invitations were not sent, and the latest invitations.
public struct SurveyInvitationSummary: Sendable, Equatable {
    /// One touchpoint's funnel, already formatted.
    public struct Row: Sendable, Equatable {
        public var touchpoint: String
        public var counts: [Int]
        /// "34 % (28–40 %)", or nil before any invitation was delivered.
        public var responseRate: String?

        /// Creates a row; `counts` are requested, not sent, sent, opened, answered, bounced, expired.
        public init(touchpoint: String, counts: [Int], responseRate: String?) {
            self.touchpoint = touchpoint
            self.counts = counts
            self.responseRate = responseRate
        }
    }

    /// One recent invitation.
    public struct Recent: Sendable, Equatable {
        public var when: String
        public var customer: String
        public var customerPath: String
        public var status: String
        public var reason: String?

        /// Creates an entry.
        public init(when: String, customer: String, customerPath: String, status: String, reason: String?) {
            self.when = when
            self.customer = customer
            self.customerPath = customerPath
            self.status = status
            self.reason = reason
        }
    }

    public var rows: [Row]
    /// Suppressed invitations by reason, named.
    public var reasons: [(name: String, count: Int)]
    /// Nil for readers who may not see customers.
    public var recent: [Recent]?

    /// Creates the summary.
    public init(rows: [Row], reasons: [(name: String, count: Int)], recent: [Recent]?) {
        self.rows = rows
        self.reasons = reasons
        self.recent = recent
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rows == rhs.rows && lhs.reasons.map(\.name) == rhs.reasons.map(\.name)
            && lhs.reasons.map(\.count) == rhs.reasons.map(\.count) && lhs.recent == rhs.recent
    }

    func render(t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        return el("section", .aria("labelledby", "invitations-title")) {
            el("h2", .id("invitations-title")) { t(InvitationStatusText.invitations) }
            el("p", .class("hint")) { t(InvitationStatusText.invitationsHint) }
            if rows.isEmpty {
                el("p", .class("muted")) { t(InvitationStatusText.noInvitations) }
            } else {
                let headers: [InvitationStatusText] = [
                    .requested, .suppressedCount, .sentCount, .openedCount, .respondedCount, .bouncedCount, .expiredCount,
                    .responseRate,
                ]
                dataTable(
                    caption: t(InvitationStatusText.invitations), headers: [t(JourneyText.touchpoint)] + headers.map { t($0) }
                ) {
                    rows.map { row in
                        el("tr") {
                            el("th", .scope("row")) { row.touchpoint }
                            row.counts.map { count in el("td", .class("number")) { format.integer(count) } }
                            el("td", .class("number")) { row.responseRate ?? "–" }
                        }
                    }
                }
                if !reasons.isEmpty {
                    el("h3") { t(InvitationStatusText.whyNotSent) }
                    el("ul", .class("plain-list")) {
                        reasons.map { reason in el("li") { "\(reason.name): \(format.integer(reason.count))" } }
                    }
                }
                if let recent, !recent.isEmpty {
                    dataTable(
                        caption: t(InvitationStatusText.recent),
                        headers: [
                            t(InvitationStatusText.when), t(InvitationStatusText.customer), t(InvitationStatusText.status),
                            t(InvitationStatusText.reasonColumn),
                        ]
                    ) {
                        recent.map { entry in
                            el("tr") {
                                el("td") { entry.when }
                                el("td") { el("a", .href(entry.customerPath)) { entry.customer } }
                                el("td") { entry.status }
                                el("td") { entry.reason ?? "" }
                            }
                        }
                    }
                }
            }
        }
    }
}
