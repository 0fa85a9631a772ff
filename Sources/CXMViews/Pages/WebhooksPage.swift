import CXMCore
import Foundation

/// The form fields of a webhook, as entered (to show them again after a refused save).
public struct WebhookForm: Sendable {
    public var name: String
    public var url: String
    public var format: WebhookFormat
    public var events: Set<WebhookEventType>
    public var active: Bool

    public init(
        name: String = "", url: String = "", format: WebhookFormat = .json,
        events: Set<WebhookEventType> = [.caseOpened], active: Bool = true
    ) {
        self.name = name
        self.url = url
        self.format = format
        self.events = events
        self.active = active
    }

    public init(_ subscription: WebhookSubscription) {
        self.init(
            name: subscription.name, url: subscription.url, format: subscription.format, events: Set(subscription.events),
            active: subscription.active)
    }

    public static let nameFieldID = "webhook-name"
    public static let urlFieldID = "webhook-url"
    public static let eventsFieldID = "webhook-event-\(WebhookEventType.subscribable[0].rawValue)"

    static func label(_ type: WebhookEventType, _ t: Localizer) -> String {
        switch type {
        case .caseOpened: t(WebhookText.evCaseOpened)
        case .caseStatusChanged: t(WebhookText.evCaseStatus)
        case .caseAssigned: t(WebhookText.evCaseAssigned)
        case .caseContactLogged: t(WebhookText.evCaseContact)
        case .caseNoteAdded: t(WebhookText.evCaseNote)
        case .caseEscalated: t(WebhookText.evCaseEscalated)
        case .caseUpdated: t(WebhookText.evCaseUpdated)
        case .caseFollowUp: t(WebhookText.evCaseFollowUp)
        case .responseCreated: t(WebhookText.evResponse)
        case .alertRaised: t(WebhookText.evAlert)
        case .test: t(WebhookText.evTest)
        }
    }

    static func label(_ format: WebhookFormat, _ t: Localizer) -> String {
        switch format {
        case .json: t(WebhookText.formatJson)
        case .slack: t(WebhookText.formatSlack)
        case .teams: t(WebhookText.formatTeams)
        }
    }

    /// The fields, inside a form the caller makes.
    func fields(_ t: Localizer, errors: [FormError]) -> HTML {
        HTML.build {
            inputField(
                FieldSpec(id: Self.nameFieldID, name: "name", label: t(WebhookText.name), required: true), value: name,
                errors: errors)
            inputField(
                FieldSpec(
                    id: Self.urlFieldID, name: "url", label: t(WebhookText.url), hint: t(WebhookText.urlHint), required: true),
                value: url, type: "url", errors: errors)
            selectField(
                FieldSpec(id: "webhook-format", name: "format", label: t(WebhookText.format)),
                options: WebhookFormat.allCases.map { SelectOption(value: $0.rawValue, label: Self.label($0, t)) },
                selected: format.rawValue, errors: errors)
            checkboxGroup(
                legend: t(WebhookText.events), hint: t(WebhookText.privacy), name: "events", idPrefix: "webhook-event",
                options: WebhookEventType.subscribable.map { SelectOption(value: $0.rawValue, label: Self.label($0, t)) },
                checked: Set(events.map(\.rawValue)), errors: errors)
            checkboxField(
                FieldSpec(id: "webhook-active", name: "active", label: t(WebhookText.active)), checked: active, errors: errors)
        }
    }
}

/// Settings → Webhooks: every subscription with how its deliveries go, and a form to add one.
public struct WebhooksPage: Sendable {
    public var context: PageContext
    public var subscriptions: [WebhookSubscription]
    public var health: [String: (pending: Int, failed: Int, lastDeliveredAt: Date?)]
    public var form: WebhookForm
    public var timeZone: String

    public init(
        context: PageContext, subscriptions: [WebhookSubscription],
        health: [String: (pending: Int, failed: Int, lastDeliveredAt: Date?)], form: WebhookForm = WebhookForm(),
        timeZone: String
    ) {
        self.context = context
        self.subscriptions = subscriptions
        self.health = health
        self.form = form
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(title: t(WebhookText.webhooks), context: context, section: .settings, isSectionIndex: false) {
            el("p") { t(WebhookText.intro) }
            if subscriptions.isEmpty {
                el("p", .class("muted")) { t(WebhookText.none) }
            } else {
                dataTable(
                    caption: t(WebhookText.webhooks),
                    headers: [t(WebhookText.name), t(WebhookText.format), t(WebhookText.events), t(WebhookText.colState)]
                ) {
                    subscriptions.map { subscription in
                        let found = health[subscription.id]
                        let last = found?.lastDeliveredAt.map { format.dateTime($0, timeZone: timeZone) } ?? t(WebhookText.never)
                        return el("tr") {
                            el("th", .scope("row")) {
                                el("a", .href(URLPath.make("/settings/webhooks", subscription.id))) { subscription.name }
                                el("div", .class("muted")) { WebhookSubscription.origin(of: subscription.url) }
                            }
                            el("td") { WebhookForm.label(subscription.format, t) }
                            el("td") { subscription.events.map { WebhookForm.label($0, t) }.joined(separator: ", ") }
                            el("td") {
                                el("div") { subscription.active ? t(WebhookText.active) : t(WebhookText.paused) }
                                el("div", .class("muted")) {
                                    t(
                                        WebhookText.health, format.integer(found?.pending ?? 0),
                                        format.integer(found?.failed ?? 0), last)
                                }
                            }
                        }
                    }
                }
            }
            el("section", .aria("labelledby", "webhook-add")) {
                el("h2", .id("webhook-add")) { t(WebhookText.add) }
                postForm(action: "/settings/webhooks", csrf: context.csrfToken) {
                    form.fields(t, errors: context.errors)
                    el("div") { submitButton(t(WebhookText.add)) }
                }
            }
            el("section", .aria("labelledby", "webhook-signing")) {
                el("h2", .id("webhook-signing")) { t(WebhookText.signingTitle) }
                el("p") { t(WebhookText.signing) }
            }
        }
    }
}

/// One webhook: its settings, its secret (once, right after it was made), test and secret actions,
/// and the delivery log with a way to send a failed delivery again.
public struct WebhookPage: Sendable {
    public var context: PageContext
    public var subscription: WebhookSubscription
    public var form: WebhookForm
    /// The signing secret, only right after it was made.
    public var secret: String?
    public var deliveries: [WebhookDelivery]
    public var timeZone: String

    public init(
        context: PageContext, subscription: WebhookSubscription, form: WebhookForm? = nil, secret: String? = nil,
        deliveries: [WebhookDelivery], timeZone: String
    ) {
        self.context = context
        self.subscription = subscription
        self.form = form ?? WebhookForm(subscription)
        self.secret = secret
        self.deliveries = deliveries
        self.timeZone = timeZone
    }

    func stateText(_ delivery: WebhookDelivery, _ t: Localizer, _ format: LocaleFormat) -> String {
        switch delivery.state {
        case .delivered: return t(WebhookText.stateDelivered)
        case .failed: return t(WebhookText.stateFailed)
        case .pending:
            guard let next = delivery.nextAttemptAt, delivery.attempts > 0 else { return t(WebhookText.statePending) }
            return "\(t(WebhookText.statePending)), \(t(WebhookText.nextTry, format.dateTime(next, timeZone: timeZone)))"
        }
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        let base = URLPath.make("/settings/webhooks", subscription.id)
        return Layout.page(title: subscription.name, context: context, section: .settings, isSectionIndex: false) {
            el("p") { el("a", .href("/settings/webhooks")) { t(WebhookText.all) } }
            if let secret {
                el("div", .class("notice"), Attribute("role", "status")) {
                    el("p") { t(WebhookText.secretShown) }
                    el("p") { el("code", .id("webhook-secret")) { secret } }
                }
            }
            postForm(action: base, csrf: context.csrfToken) {
                form.fields(t, errors: context.errors)
                el("p", .class("muted")) { t(WebhookText.secretHint, subscription.secretHint) }
                el("div") { submitButton(t(CommonText.save)) }
            }
            el("div", .class("actions")) {
                postForm(action: base + "/test", csrf: context.csrfToken, class: "inline-form") {
                    submitButton(t(WebhookText.sendTest))
                }
                postForm(action: base + "/secret", csrf: context.csrfToken, class: "inline-form") {
                    submitButton(t(WebhookText.rotate))
                }
                postForm(action: base + "/delete", csrf: context.csrfToken, class: "inline-form") {
                    submitButton(t(WebhookText.delete))
                }
            }
            el("section", .aria("labelledby", "webhook-log")) {
                el("h2", .id("webhook-log")) { t(WebhookText.log) }
                if deliveries.isEmpty {
                    el("p", .class("muted")) { t(WebhookText.noDeliveries) }
                } else {
                    dataTable(
                        caption: t(WebhookText.log),
                        headers: [
                            t(WebhookText.colEvent), t(WebhookText.colQueued), t(WebhookText.colState),
                            t(WebhookText.colTries), t(WebhookText.colAnswer), t(CommonText.actions),
                        ]
                    ) {
                        deliveries.map { delivery in
                            el("tr") {
                                el("th", .scope("row")) { WebhookForm.label(delivery.eventType, t) }
                                el("td") { format.dateTime(delivery.createdAt, timeZone: timeZone) }
                                el("td") { stateText(delivery, t, format) }
                                el("td") { format.integer(delivery.attempts) }
                                el("td") {
                                    [delivery.lastStatus.map { "HTTP \($0)" }, delivery.lastError].compactMap { $0 }
                                        .joined(separator: " · ")
                                }
                                el("td") {
                                    if delivery.state != .delivered {
                                        postForm(
                                            action: URLPath.make("/settings/webhooks/deliveries", delivery.id, "/retry"),
                                            csrf: context.csrfToken, class: "inline-form"
                                        ) {
                                            submitButton(t(WebhookText.retry))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
