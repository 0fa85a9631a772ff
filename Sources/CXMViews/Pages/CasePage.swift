import CXMCore
import Foundation

/// One case: what happened, the customer's answer and their other cases, the timeline, and forms to
/// work it (status, assignment, contact log, notes, details). Every form carries the version read,
/// so a change made meanwhile by someone else is refused rather than overwritten.
///
/// Field ids for `FormError.field`: `case-status`, `case-resolution-code`, `case-assignee`,
/// `case-contact-note`, `case-note`, `case-root-cause`.
public struct CasePage: Sendable {
    /// One answer of the response that opened the case.
    public struct AnswerLine: Sendable {
        public var question: String
        public var value: String

        public init(question: String, value: String) {
            self.question = question
            self.value = value
        }
    }

    /// Another case of the same customer.
    public struct OtherCase: Sendable {
        public var id: String
        public var number: Int
        public var title: String
        public var status: CaseStatus

        public init(id: String, number: Int, title: String, status: CaseStatus) {
            self.id = id
            self.number = number
            self.title = title
            self.status = status
        }
    }

    public var context: PageContext
    public var record: Case
    /// Names of the users and units the case and its timeline mention, by id.
    public var names: [String: String]
    public var customer: (id: String, name: String)?
    public var surveyName: String?
    public var answers: [AnswerLine]
    public var otherCases: [OtherCase]
    public var events: [CaseEvent]
    /// People the case may be given to; empty when the viewer may not work it.
    public var assignees: [SelectOption]
    public var touchpoints: [SelectOption]
    public var canWork: Bool
    public var now: Date
    public var timeZone: String
    /// The follow-up survey closing this case would send, when one is chosen and the customer is known.
    public var followUpSurvey: String?
    /// Whether its box is ticked (it is, unless the person unticked it before a refused change).
    public var followUpChecked: Bool

    public init(
        context: PageContext, record: Case, names: [String: String], customer: (id: String, name: String)?,
        surveyName: String?, answers: [AnswerLine], otherCases: [OtherCase], events: [CaseEvent],
        assignees: [SelectOption], touchpoints: [SelectOption], canWork: Bool, now: Date, timeZone: String,
        followUpSurvey: String? = nil, followUpChecked: Bool = true
    ) {
        self.context = context
        self.record = record
        self.names = names
        self.customer = customer
        self.surveyName = surveyName
        self.answers = answers
        self.otherCases = otherCases
        self.events = events
        self.assignees = assignees
        self.touchpoints = touchpoints
        self.canWork = canWork
        self.now = now
        self.timeZone = timeZone
        self.followUpSurvey = followUpSurvey
        self.followUpChecked = followUpChecked
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        let title = "\(t(CaseText.caseNumber, String(record.number))) · \(record.title)"
        return Layout.page(title: title, context: context, section: .cases, isSectionIndex: false) {
            el("p", .class("meta")) {
                el("span") { CaseLabels.status(record.status, t) }
                el("span", .class(record.priority >= .high ? "flag flag-down" : "")) { CaseLabels.priority(record.priority, t) }
                el("span") { names[record.unitID] ?? record.unitID }
                el("span") { "\(t(CaseText.assignee)): \(record.assigneeID.flatMap { names[$0] } ?? t(CaseText.nobody))" }
                el("span") { CaseLabels.source(record.source, t) }
                el("span") { t(CaseText.openedAt, format.dateTime(record.createdAt, timeZone: timeZone)) }
            }
            switch record.escalation {
            case .none: HTML.empty
            case .teamLead: el("p", .class("flag flag-down")) { t(CaseText.escalatedLead) }
            case .parentUnit: el("p", .class("flag flag-down")) { t(CaseText.escalatedUnit) }
            }
            targets(t, format)
            ImprovementsTab.proposeLink(
                context, [EvidenceLink(kind: .case, id: record.id)],
                touchpoint: record.rootCauseTouchpointID ?? record.touchpointID)
            el("section", .class("panel"), .aria("labelledby", "case-customer")) {
                el("h2", .id("case-customer")) { t(CaseText.customer) }
                if let customer {
                    el("p") { el("a", .href(URLPath.make("/customers", customer.id))) { customer.name } }
                } else {
                    el("p", .class("muted")) { t(CaseText.anonymous) }
                }
                if !answers.isEmpty {
                    el("h3") { [t(CaseText.theAnswer), surveyName].compactMap { $0 }.joined(separator: " · ") }
                    el("dl", .class("readonly-list")) {
                        answers.map { line in
                            HTML.build {
                                el("dt") { line.question }
                                el("dd") { line.value }
                            }
                        }
                    }
                }
                if !otherCases.isEmpty {
                    el("h3") { t(CaseText.otherCases) }
                    el("ul", .class("plain-list")) {
                        otherCases.map { other in
                            el("li") {
                                el("a", .href(URLPath.make("/cases", other.id))) {
                                    "\(t(CaseText.caseNumber, String(other.number))) · \(other.title)"
                                }
                                " (\(CaseLabels.status(other.status, t)))"
                            }
                        }
                    }
                }
            }
            if canWork { forms(t) }
            el("section", .aria("labelledby", "case-history")) {
                el("h2", .id("case-history")) { t(CaseText.history) }
                el("ol", .class("case-timeline")) {
                    events.reversed().map { event in
                        el("li") {
                            el("p", .class("meta")) {
                                el("time", Attribute("datetime", ISO8601DateFormatter().string(from: event.at))) {
                                    format.dateTime(event.at, timeZone: timeZone)
                                }
                                el("span") { event.actorID == nil ? t(CaseText.cxmItself) : event.actorName }
                            }
                            el("p", .class("case-event")) { describe(event, t) }
                            if let text = event.text,
                                event.kind == .note || event.kind == .contact || event.kind == .assignment
                                    || event.kind == .opened
                            {
                                el("p", .class("notes")) { text }
                            }
                        }
                    }
                }
            }
        }
    }

    private func targets(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        guard let targets = record.targets else { return .empty }
        func line(_ label: String, _ target: CaseTargets.Target, met: Date?) -> HTML {
            let due = format.dateTime(target.due, timeZone: timeZone)
            if let met {
                return el("li") {
                    "\(label): \(t(CaseText.met, format.dateTime(met, timeZone: timeZone))) (\(t(CaseText.dueAt, due)))"
                }
            }
            let late = record.status.isOpen && target.due <= now
            return el("li", .class(late ? "flag-down" : "")) {
                "\(label): \(t(CaseText.dueAt, due))" + (late ? " – \(t(CaseText.overdue))" : "")
            }
        }
        return el("section", .aria("labelledby", "case-targets")) {
            el("h2", .id("case-targets"), .class("visually-hidden")) { t(CaseText.targets) }
            el("ul", .class("plain-list case-targets")) {
                line(t(CaseText.firstContact), targets.firstContact, met: record.firstContactAt)
                line(t(CaseText.resolution), targets.resolution, met: record.resolvedAt)
            }
        }
    }

    /// The timeline entry in words.
    private func describe(_ event: CaseEvent, _ t: Localizer) -> String {
        switch event.kind {
        case .opened:
            return t(CaseText.evOpened)
        case .status:
            return t(
                CaseText.evStatus, event.fromStatus.map { CaseLabels.status($0, t) } ?? "–",
                event.toStatus.map { CaseLabels.status($0, t) } ?? "–")
        case .assignment:
            var parts: [String] = []
            if let unit = event.toUnitID { parts.append(t(CaseText.evMoved, names[unit] ?? unit)) }
            if event.toAssigneeID != event.fromAssigneeID || event.toUnitID == nil {
                parts.append(
                    event.toAssigneeID.map { t(CaseText.evAssigned, names[$0] ?? $0) } ?? t(CaseText.evUnassigned))
            }
            return parts.joined(separator: "; ")
        case .note:
            return t(CaseText.evNote)
        case .contact:
            guard let contact = event.contact else { return t(CaseText.logContact) }
            return "\(CaseLabels.channel(contact.channel, t)): \(CaseLabels.outcome(contact.outcome, t))"
        case .escalation:
            if event.escalation == .parentUnit {
                return t(CaseText.evEscalatedUnit, event.toUnitID.flatMap { names[$0] } ?? "–")
            }
            return t(CaseText.evEscalatedLead)
        case .update:
            return t(CaseText.evUpdate, event.text ?? "")
        case .followUp:
            guard let note = event.followUp else { return t(CaseText.followUpTitle) }
            return CaseLabels.followUp(
                note, surveyName: names[note.surveyID] ?? note.surveyID, language: t.language, timeZone: timeZone)
        }
    }

    private func forms(_ t: Localizer) -> HTML {
        let errors = context.errors
        let version = void("input", .type("hidden"), .name("version"), .value(String(record.version)))
        let base = URLPath.make("/cases", record.id)
        return HTML.build {
            el("section", .class("panel"), .aria("labelledby", "case-contact-title")) {
                el("h2", .id("case-contact-title")) { t(CaseText.logContact) }
                postForm(action: base + "/contact", csrf: context.csrfToken) {
                    version
                    selectField(
                        FieldSpec(id: "case-channel", name: "channel", label: t(CaseText.channel)),
                        options: ContactChannel.allCases.map {
                            SelectOption(value: $0.rawValue, label: CaseLabels.channel($0, t))
                        },
                        selected: ContactChannel.phone.rawValue, errors: errors)
                    selectField(
                        FieldSpec(id: "case-outcome", name: "outcome", label: t(CaseText.outcome)),
                        options: ContactOutcome.allCases.map {
                            SelectOption(value: $0.rawValue, label: CaseLabels.outcome($0, t))
                        },
                        selected: ContactOutcome.reached.rawValue, errors: errors)
                    textAreaField(
                        FieldSpec(id: "case-contact-note", name: "note", label: t(CaseText.noteLabel)), lines: [], rows: 3,
                        errors: errors)
                    el("div") { submitButton(t(CaseText.logContact)) }
                }
            }
            el("section", .class("panel"), .aria("labelledby", "case-status-title")) {
                el("h2", .id("case-status-title")) { t(CaseText.changeStatus) }
                postForm(action: base + "/status", csrf: context.csrfToken) {
                    version
                    selectField(
                        FieldSpec(id: "case-status", name: "status", label: t(CaseText.newStatus)),
                        options: record.status.allowedNext.map {
                            SelectOption(value: $0.rawValue, label: CaseLabels.status($0, t))
                        },
                        selected: nil, errors: errors)
                    inputField(
                        FieldSpec(
                            id: "case-resolution-code", name: "resolution_code", label: t(CaseText.resolutionCode),
                            hint: t(CaseText.resolutionHint)), value: record.resolutionCode ?? "", errors: errors)
                    if let followUpSurvey, record.status.allowedNext.contains(.closed) {
                        checkboxField(
                            FieldSpec(
                                id: "case-follow-up", name: "follow_up", label: t(CaseText.sendFollowUp, followUpSurvey),
                                hint: t(CaseText.sendFollowUpHint)), checked: followUpChecked, errors: errors)
                    }
                    el("div") { submitButton(t(CaseText.changeStatus)) }
                }
            }
            el("section", .class("panel"), .aria("labelledby", "case-assign-title")) {
                el("h2", .id("case-assign-title")) { t(CaseText.assign) }
                postForm(action: base + "/assign", csrf: context.csrfToken) {
                    version
                    selectField(
                        FieldSpec(id: "case-assignee", name: "assignee", label: t(CaseText.person)),
                        options: [SelectOption(value: "", label: t(CaseText.toQueue))] + assignees,
                        selected: record.assigneeID ?? "", errors: errors)
                    inputField(FieldSpec(id: "case-reason", name: "reason", label: t(CaseText.reason)), value: "", errors: errors)
                    el("div") { submitButton(t(CaseText.assign)) }
                }
            }
            el("section", .class("panel"), .aria("labelledby", "case-note-title")) {
                el("h2", .id("case-note-title")) { t(CaseText.addNote) }
                postForm(action: base + "/note", csrf: context.csrfToken) {
                    textAreaField(
                        FieldSpec(id: "case-note", name: "text", label: t(CaseText.noteLabel)), lines: [], rows: 3, errors: errors
                    )
                    el("div") { submitButton(t(CaseText.addNote)) }
                }
            }
            el("section", .class("panel"), .aria("labelledby", "case-details-title")) {
                el("h2", .id("case-details-title")) { t(CaseText.details) }
                postForm(action: base + "/details", csrf: context.csrfToken) {
                    version
                    selectField(
                        FieldSpec(id: "case-priority", name: "priority", label: t(CaseText.priority)),
                        options: CasePriority.allCases.map {
                            SelectOption(value: $0.rawValue, label: CaseLabels.priority($0, t))
                        },
                        selected: record.priority.rawValue, errors: errors)
                    inputField(
                        FieldSpec(id: "case-root-cause", name: "root_cause", label: t(CaseText.rootCause)),
                        value: record.rootCause ?? "", errors: errors)
                    selectField(
                        FieldSpec(
                            id: "case-root-touchpoint", name: "root_cause_touchpoint", label: t(CaseText.rootCauseTouchpoint)),
                        options: [SelectOption(value: "", label: t(CaseText.notChosen))] + touchpoints,
                        selected: record.rootCauseTouchpointID ?? "", errors: errors)
                    el("div") { submitButton(t(CommonText.save)) }
                }
            }
        }
    }
}
