import CXMCore
import Foundation

/// Turns time line items into the rows the customer page shows, in the reader's language.
public enum CustomerTimelineEntries {
    /// The names the rows need: surveys (for the headline score) and touchpoints.
    public struct Names: Sendable {
        public var surveys: [String: Survey]
        public var touchpoints: [String: String]

        public init(surveys: [String: Survey], touchpoints: [String: String]) {
            self.surveys = surveys
            self.touchpoints = touchpoints
        }
    }

    public static func make(
        _ items: [TimelineItem], names: Names, language: Language, timeZone: String
    ) -> [CustomerDetailPage.TimelineEntry] {
        let t = Localizer(language)
        let format = LocaleFormat(language)
        func hours(_ minutes: Double) -> String { format.decimal(minutes / 60, fractionDigits: 1) }
        func joined(_ parts: [String?]) -> String? {
            let present = parts.compactMap { $0 }.filter { !$0.isEmpty }
            return present.isEmpty ? nil : present.joined(separator: " · ")
        }
        func touchpoint(_ id: String?) -> String? { id.flatMap { names.touchpoints[$0] } }
        return items.map { item in
            let date = format.dateTime(item.at, timeZone: timeZone)
            switch item {
            case .response(let response):
                let survey = names.surveys[response.surveyID]
                let scored = survey?.questions.first { $0.type.isScale && response.answer($0.key)?.score != nil }
                let score = scored.flatMap { question in
                    response.answer(question.key)?.score.map {
                        "\(Labels.questionType(question.type.rawValue, in: language)) \($0)"
                    }
                }
                return .init(
                    date: date, kind: t(TimelineText.response), title: survey?.name ?? response.surveyID,
                    detail: joined([score, touchpoint(response.touchpointID)]))
            case .invitation(let invitation):
                let status = InvitationStatusText(rawValue: invitation.status.rawValue).map { t($0) }
                let reason = invitation.reason.map { InvitationStatusText.reason($0, in: language, timeZone: timeZone) }
                return .init(
                    date: date, kind: t(TimelineText.invitation),
                    title: names.surveys[invitation.surveyID]?.name ?? invitation.surveyID,
                    detail: joined([status, reason, touchpoint(invitation.touchpointID)]))
            case .serviceCase(let record):
                return .init(
                    date: date, kind: t(TimelineText.serviceCase),
                    title: "\(t(CaseText.caseNumber, String(record.number))): \(record.title)",
                    detail: CaseLabels.status(record.status, t), href: URLPath.make("/cases", record.id))
            case .ticket(let ticket):
                let closed =
                    ticket.resolutionMinutes.map { t(TimelineText.ticketClosedAfter, hours($0)) } ?? t(TimelineText.ticketOpen)
                let answered = ticket.firstResponseMinutes.map { t(TimelineText.firstAnswerAfter, hours($0)) }
                return .init(
                    date: date, kind: t(TimelineText.ticket), title: ticket.subject ?? ticket.category,
                    detail: joined([
                        ticket.subject == nil ? nil : ticket.category, answered, closed, touchpoint(ticket.touchpointID),
                    ]))
            case .incident(let incident):
                let lasted = incident.endedAt.map {
                    t(TimelineText.incidentLasted, hours($0.timeIntervalSince(incident.startedAt) / 60))
                }
                return .init(
                    date: date, kind: t(TimelineText.incident), title: incident.title,
                    detail: joined([incident.severity.rawValue, lasted ?? t(TimelineText.incidentOngoing), incident.service]))
            case .churn(let churn):
                return .init(
                    date: date, kind: t(TimelineText.churn), title: t(TimelineText.churnReason, churn.reason),
                    detail: joined([
                        churn.reasonText, churn.revenue.map { t(TimelineText.yearlyRevenue, format.integer(Int($0.rounded()))) },
                    ]))
            case .order(let order):
                return .init(
                    date: date, kind: t(TimelineText.order), title: order.type,
                    detail: joined([
                        order.value.map { t(TimelineText.value, format.decimal($0, fractionDigits: 2)) },
                        touchpoint(order.touchpointID),
                    ]))
            case .activity(let activity):
                return .init(
                    date: date, kind: t(TimelineText.activity), title: activity.name,
                    detail: joined([activity.channel, activity.sourceID]))
            }
        }
    }
}
