import CXMCore
import Foundation

/// An event as a chat message: the body a Slack incoming webhook or a Microsoft Teams incoming
/// webhook (or Teams workflow) accepts. It says what happened in the workspace's language, names
/// units, people and surveys rather than ids, and links to the case in cxm.
public struct WebhookMessage: Sendable {
    /// What names the ids of an event, read once per batch of deliveries.
    public struct Context: Sendable {
        public var language: Language
        public var timeZone: String
        /// The public address of cxm, for links; nil leaves links out.
        public var linkBase: String?
        public var unitNames: [String: String]
        public var userNames: [String: String]
        public var touchpointNames: [String: String]
        public var surveys: [String: Survey]

        public init(
            language: Language, timeZone: String, linkBase: String?, unitNames: [String: String] = [:],
            userNames: [String: String] = [:], touchpointNames: [String: String] = [:], surveys: [String: Survey] = [:]
        ) {
            self.language = language
            self.timeZone = timeZone
            self.linkBase = linkBase
            self.unitNames = unitNames
            self.userNames = userNames
            self.touchpointNames = touchpointNames
            self.surveys = surveys
        }
    }

    public var event: WebhookEvent
    public var context: Context

    public init(_ event: WebhookEvent, context: Context) {
        self.event = event
        self.context = context
    }

    /// The body to post in `format` (`json` posts the event itself).
    public func body(_ format: WebhookFormat) throws -> String {
        switch format {
        case .json: try event.json()
        case .slack: try Self.encode(slack)
        case .teams: try Self.encode(teams)
        }
    }

    // MARK: What the message says

    /// The message's heading: the case and its title, or the survey answered.
    var heading: String {
        let t = Localizer(context.language)
        if let record = event.data.case {
            return "\(t(CaseText.caseNumber, String(record.number))): \(record.title ?? t(CaseText.sourceComplaint))"
        }
        if let alert = event.data.alert {
            let place = [
                alert.touchpointID.map { context.touchpointNames[$0] ?? $0 }, alert.unitID.map { context.unitNames[$0] ?? $0 },
                alert.themeID,
            ]
            .compactMap { $0 }.joined(separator: ", ")
            let figures = [alert.baselineValue, alert.currentValue].compactMap { $0 }.map { String(format: "%.1f", $0) }
                .joined(separator: " → ")
            return t(WebhookText.msgAlert, "\(alert.metric.rawValue.uppercased()) \(place) \(figures)")
        }
        if let response = event.data.response {
            return t(WebhookText.msgResponse, context.surveys[response.surveyID]?.name ?? response.surveyID)
        }
        return t(WebhookText.msgTest)
    }

    /// What happened, and who did it.
    var summary: String? {
        let t = Localizer(context.language)
        guard let change = event.data.change, let record = event.data.case else { return nil }
        let unit = { (id: String?) in id.map { context.unitNames[$0] ?? $0 } ?? "" }
        let what: String =
            switch change.kind {
            case .opened: t(CaseText.evOpened)
            case .status:
                t(
                    CaseText.evStatus, change.fromStatus.map { CaseLabels.status($0, t) } ?? "",
                    CaseLabels.status(change.toStatus ?? record.status, t))
            case .assignment:
                if let person = change.toAssigneeID {
                    t(CaseText.evAssigned, context.userNames[person] ?? person)
                } else if let moved = change.toUnitID, moved != change.fromUnitID {
                    t(CaseText.evMoved, unit(moved))
                } else {
                    t(WebhookText.msgUnassigned)
                }
            case .contact:
                t(
                    WebhookText.msgContact, change.contactChannel.map { CaseLabels.channel($0, t) } ?? "",
                    change.contactOutcome.map { CaseLabels.outcome($0, t) } ?? "")
            case .note: t(CaseText.evNote)
            case .escalation:
                change.escalation == .parentUnit
                    ? t(CaseText.evEscalatedUnit, unit(change.toUnitID ?? record.unitID)) : t(CaseText.evEscalatedLead)
            case .followUp:
                change.followUp.map {
                    CaseLabels.followUp(
                        $0, surveyName: context.surveys[$0.surveyID]?.name ?? $0.surveyID, language: context.language,
                        timeZone: context.timeZone)
                } ?? t(CaseText.followUpTitle)
            case .update:
                t(CaseText.evUpdate, "")
                    .trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            }
        return change.by == "cxm" ? what : "\(what) (\(t(WebhookText.msgBy, change.by)))"
    }

    /// Label and value pairs under the summary.
    var facts: [(String, String)] {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        if let record = event.data.case {
            var facts = [
                (t(CaseText.status), CaseLabels.status(record.status, t)),
                (t(CaseText.priority), CaseLabels.priority(record.priority, t)),
                (t(CaseText.unit), context.unitNames[record.unitID] ?? record.unitID),
            ]
            if let person = record.assigneeID { facts.append((t(CaseText.assignee), context.userNames[person] ?? person)) }
            if record.status.isOpen {
                if let due = record.firstContactDue, record.status == .new {
                    facts.append((t(CaseText.firstContactDue), format.dateTime(due, timeZone: context.timeZone)))
                } else if let due = record.resolutionDue {
                    facts.append((t(CaseText.resolutionDue), format.dateTime(due, timeZone: context.timeZone)))
                }
            }
            return facts
        }
        if let response = event.data.response {
            var facts = [
                (t(CaseText.unit), context.unitNames[response.unitID] ?? response.unitID),
                (
                    t(WebhookText.msgTouchpoint),
                    context.touchpointNames[response.touchpointID] ?? response.touchpointID
                ),
            ]
            let questions = context.surveys[response.surveyID]?.questions ?? []
            for answer in response.answers {
                guard let score = answer.value.score else { continue }
                let label =
                    questions.first { $0.key == answer.question }?.text.text(in: context.language) ?? answer.question
                facts.append((label, String(score)))
            }
            return facts
        }
        return []
    }

    /// Where the message links to: the case, or the response's survey results.
    var link: String? {
        guard let base = context.linkBase else { return nil }
        if let record = event.data.case { return "\(base)/cases/\(record.id)" }
        if let response = event.data.response { return "\(base)/surveys/\(response.surveyID)" }
        return nil
    }

    // MARK: Slack

    /// Verbatim: Slack neither links bare addresses nor reads `@here` in it; only the markup written
    /// here (`<url|label>`, `*bold*`) counts.
    struct SlackText: Encodable {
        var type = "mrkdwn"
        var text: String
        var verbatim = true
    }

    struct SlackBlock: Encodable {
        var type = "section"
        var text: SlackText?
        var fields: [SlackText]?
    }

    struct SlackMessage: Encodable {
        var text: String
        var blocks: [SlackBlock]
    }

    /// Slack's `text` is the notification and fallback; the blocks carry the layout. Slack reads
    /// `&`, `<` and `>` as markup, so they are escaped in everything that came from people.
    var slack: SlackMessage {
        let t = Localizer(context.language)
        let escape = { (text: String) in
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        let title = link.map { "*<\($0)|\(escape(heading))>*" } ?? "*\(escape(heading))*"
        var lines = [title]
        if let summary { lines.append(escape(summary)) }
        var blocks = [SlackBlock(text: SlackText(text: lines.joined(separator: "\n")))]
        let facts = self.facts
        if !facts.isEmpty {
            // Slack takes at most ten fields in a section.
            blocks.append(
                SlackBlock(fields: facts.prefix(10).map { SlackText(text: "*\(escape($0.0))*\n\(escape($0.1))") }))
        }
        if let link, event.data.case == nil, event.data.response != nil {
            blocks.append(SlackBlock(text: SlackText(text: "<\(link)|\(escape(t(WebhookText.msgOpen)))>")))
        }
        let fallback = [heading, summary].compactMap { $0 }.joined(separator: " · ")
        return SlackMessage(text: escape(fallback), blocks: blocks)
    }

    // MARK: Teams

    struct TeamsFact: Encodable {
        var title: String
        var value: String
    }

    struct TeamsElement: Encodable {
        var type: String
        var text: String?
        var weight: String?
        var size: String?
        var wrap: Bool?
        var isSubtle: Bool?
        var facts: [TeamsFact]?
    }

    struct TeamsAction: Encodable {
        var type = "Action.OpenUrl"
        var title: String
        var url: String
    }

    struct TeamsCard: Encodable {
        var schema = "http://adaptivecards.io/schemas/adaptive-card.json"
        var type = "AdaptiveCard"
        var version = "1.4"
        var body: [TeamsElement]
        var actions: [TeamsAction]?

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case type, version, body, actions
        }
    }

    struct TeamsAttachment: Encodable {
        var contentType = "application/vnd.microsoft.card.adaptive"
        var content: TeamsCard
    }

    struct TeamsMessage: Encodable {
        var type = "message"
        var attachments: [TeamsAttachment]
    }

    /// An Adaptive Card 1.4 in a message, which Teams incoming webhooks and workflows both accept.
    /// Card text is plain here: Teams renders a subset of Markdown, so `*`, `_` and `[` are escaped.
    var teams: TeamsMessage {
        let t = Localizer(context.language)
        let plain = { (text: String) in
            var escaped = ""
            for character in text {
                if "\\*_[]`#".contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
        }
        var body = [TeamsElement(type: "TextBlock", text: plain(heading), weight: "Bolder", size: "Medium", wrap: true)]
        if let summary { body.append(TeamsElement(type: "TextBlock", text: plain(summary), wrap: true, isSubtle: true)) }
        let facts = self.facts
        if !facts.isEmpty {
            body.append(TeamsElement(type: "FactSet", facts: facts.map { TeamsFact(title: plain($0.0), value: plain($0.1)) }))
        }
        let actions = link.map { [TeamsAction(title: t(WebhookText.msgOpen), url: $0)] }
        return TeamsMessage(attachments: [TeamsAttachment(content: TeamsCard(body: body, actions: actions))])
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
