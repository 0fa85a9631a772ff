import CXMCore

/// One customer: identifiers, consent, segments, attributes and recent survey responses.
public struct CustomerDetailPage: Sendable {
    /// One attribute row; the value is already formatted for the locale.
    public struct CustomerAttribute: Sendable {
        public var name: String
        /// Raw type: `text`, `number`, `date` or `boolean`.
        public var type: String
        /// Formatted with `LocaleFormat` (numbers, dates) or `Labels.yesNo` (booleans).
        public var value: String

        /// Creates an attribute row.
        public init(name: String, type: String, value: String) {
            self.name = name
            self.type = type
            self.value = value
        }
    }

    /// One event of the time line, already formatted.
    public struct TimelineEntry: Sendable, Hashable {
        public var date: String
        /// The kind's label (Answer, Support ticket, …).
        public var kind: String
        /// What it was: the survey, the ticket's category, the incident's title.
        public var title: String
        /// Score, status, durations or amounts, joined for reading.
        public var detail: String?
        /// A page about it, when cxm has one (a case, a response).
        public var href: String?

        /// Creates a time line entry.
        public init(date: String, kind: String, title: String, detail: String? = nil, href: String? = nil) {
            self.date = date
            self.kind = kind
            self.title = title
            self.detail = detail
            self.href = href
        }
    }

    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var id: String
    public var displayName: String
    /// Source-system identifiers such as `crm:123`.
    public var identifiers: [String]
    public var maySurvey: Bool
    public var mayContact: Bool
    public var segments: [String]
    public var attributes: [CustomerAttribute]
    /// The newest events first.
    public var timeline: [TimelineEntry]
    /// The address of the next, older page of the time line, when there is one.
    public var olderTimeline: String?
    /// Whether the merge form and the merges with their undo buttons are shown (field id `merge-other`).
    public var canMerge = false
    /// Merges this customer took part in, newest first.
    public var merges: [Merge] = []

    /// One merge, already formatted; `undoAction` is set while it can be undone.
    public struct Merge: Sendable, Hashable {
        public var date: String
        public var summary: String
        public var undoAction: String?

        public init(date: String, summary: String, undoAction: String?) {
            self.date = date
            self.summary = summary
            self.undoAction = undoAction
        }
    }
    /// Whether the link to the edit page is shown.
    public var canEdit: Bool
    /// Whether the GDPR erase form is shown (field id `erase-confirm`).
    public var canErase: Bool
    /// Units a case about this customer may go to; empty hides the form (field id `new-case-title`).
    public var caseUnits: [SelectOption] = []
    /// The unit the form offers first (the customer's own).
    public var caseUnit: String?

    /// Creates the customer detail page model.
    public init(
        context: PageContext, id: String, displayName: String, identifiers: [String], maySurvey: Bool, mayContact: Bool,
        segments: [String], attributes: [CustomerAttribute], timeline: [TimelineEntry], olderTimeline: String? = nil,
        canEdit: Bool = false, canErase: Bool = false
    ) {
        self.context = context
        self.id = id
        self.displayName = displayName
        self.identifiers = identifiers
        self.maySurvey = maySurvey
        self.mayContact = mayContact
        self.segments = segments
        self.attributes = attributes
        self.timeline = timeline
        self.olderTimeline = olderTimeline
        self.canEdit = canEdit
        self.canErase = canErase
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let language = context.language
        return Layout.page(title: displayName, context: context, section: .customers, isSectionIndex: false) {
            el("p") { el("a", .href("/customers")) { t(CustomerText.backToCustomers) } }
            if canEdit {
                el("p") {
                    el("a", .href(URLPath.make("/customers", id, "/edit")), .class("button")) { t(CustomerText.editCustomer) }
                }
            }
            el("div", .class("panel")) {
                el("h2") { t(CustomerText.identifiers) }
                textList(identifiers, emptyText: t(CommonText.noneListed))
                el("h2") { t(CustomerText.consent) }
                el("ul", .class("plain-list")) {
                    el("li") { "\(t(ConsentText.maySurvey)): \(Labels.yesNo(maySurvey, in: language))" }
                    el("li") { "\(t(ConsentText.mayContact)): \(Labels.yesNo(mayContact, in: language))" }
                }
                el("h2") { t(CustomerText.segments) }
                textList(segments, emptyText: t(CommonText.noneListed))
            }
            el("h2") { t(CustomerText.attributes) }
            if attributes.isEmpty {
                el("p", .class("muted")) { t(CustomerText.noAttributes) }
            } else {
                dataTable(
                    caption: t(CustomerText.attributes),
                    headers: [t(CommonText.name), t(CustomerText.type), t(CustomerText.value)]
                ) {
                    attributes.map { attribute in
                        el("tr") {
                            el("th", .scope("row")) { attribute.name }
                            el("td") { Labels.attributeType(attribute.type, in: language) }
                            el("td", attribute.type == "number" ? .class("number") : nil) { attribute.value }
                        }
                    }
                }
            }
            el("h2", .id("timeline")) { t(TimelineText.timeline) }
            el("p", .class("muted")) { t(TimelineText.timelineHint) }
            if timeline.isEmpty {
                el("p", .class("muted")) { t(TimelineText.noTimeline) }
            } else {
                dataTable(
                    caption: t(TimelineText.timeline),
                    headers: [t(CustomerText.date), t(TimelineText.kind), t(TimelineText.what), t(TimelineText.details)]
                ) {
                    timeline.map { entry in
                        el("tr") {
                            el("th", .scope("row")) { entry.date }
                            el("td") { entry.kind }
                            el("td") {
                                if let href = entry.href { el("a", .href(href)) { entry.title } } else { entry.title }
                            }
                            el("td") { entry.detail ?? "–" }
                        }
                    }
                }
            }
            if let olderTimeline {
                el("p") { el("a", .href(olderTimeline)) { t(TimelineText.olderEntries) } }
            }
            if !caseUnits.isEmpty {
                el("section", .class("panel"), .aria("labelledby", "new-case")) {
                    el("h2", .id("new-case")) { t(CaseText.openCase) }
                    postForm(action: URLPath.make("/customers", id, "/cases"), csrf: context.csrfToken) {
                        inputField(
                            FieldSpec(id: "new-case-title", name: "title", label: t(CaseText.caseAbout), required: true),
                            value: "", errors: context.errors)
                        selectField(
                            FieldSpec(id: "new-case-unit", name: "unit", label: t(CaseText.unit)), options: caseUnits,
                            selected: caseUnit, errors: context.errors)
                        selectField(
                            FieldSpec(id: "new-case-priority", name: "priority", label: t(CaseText.priority)),
                            options: CasePriority.allCases.map {
                                SelectOption(value: $0.rawValue, label: CaseLabels.priority($0, t))
                            },
                            selected: CasePriority.normal.rawValue, errors: context.errors)
                        textAreaField(
                            FieldSpec(id: "new-case-note", name: "note", label: t(CaseText.noteLabel)), lines: [], rows: 3,
                            errors: context.errors)
                        el("div") { submitButton(t(CaseText.openCase)) }
                    }
                }
            }
            if canMerge {
                el("section", .class("panel"), .aria("labelledby", "merge-title")) {
                    el("h2", .id("merge-title")) { t(IdentityText.mergeTitle) }
                    el("p", .class("muted")) { t(IdentityText.mergeHint) }
                    postForm(action: URLPath.make("/customers", id, "/merge"), csrf: context.csrfToken) {
                        inputField(
                            FieldSpec(id: "merge-other", name: "other", label: t(IdentityText.mergeOther), required: true),
                            value: "", errors: context.errors)
                        el("div") { submitButton(t(IdentityText.mergeButton)) }
                    }
                    if !merges.isEmpty {
                        el("h3") { t(IdentityText.merges) }
                        el("ul", .class("plain-list")) {
                            merges.map { merge in
                                el("li") {
                                    "\(merge.date): \(merge.summary) "
                                    if let action = merge.undoAction {
                                        postForm(action: action, csrf: context.csrfToken, class: "inline-form") {
                                            submitButton(t(IdentityText.undoMerge))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if canErase {
                el("section", .class("panel danger-zone"), .aria("labelledby", "erase-title")) {
                    el("h2", .id("erase-title")) { t(CustomerText.eraseCustomer) }
                    el("p") { t(CustomerText.eraseHint) }
                    postForm(action: URLPath.make("/customers", id, "/erase"), csrf: context.csrfToken) {
                        checkboxField(
                            FieldSpec(id: "erase-confirm", name: "confirm", label: t(CustomerText.eraseConfirm)),
                            checked: false, value: "yes", errors: context.errors)
                        el("div") { dangerButton(t(CustomerText.eraseButton)) }
                    }
                }
            }
        }
    }
}
