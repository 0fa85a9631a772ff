import CXMCore
import Foundation

/// The words for cases' statuses, priorities and contacts, and the phrases of their targets.
public enum CaseLabels {
    public static func status(_ status: CaseStatus, _ t: Localizer) -> String {
        switch status {
        case .new: t(CaseText.statusNew)
        case .contacted: t(CaseText.statusContacted)
        case .inProgress: t(CaseText.statusInProgress)
        case .waitingForCustomer: t(CaseText.statusWaiting)
        case .resolved: t(CaseText.statusResolved)
        case .closed: t(CaseText.statusClosed)
        }
    }

    public static func priority(_ priority: CasePriority, _ t: Localizer) -> String {
        switch priority {
        case .low: t(CaseText.priorityLow)
        case .normal: t(CaseText.priorityNormal)
        case .high: t(CaseText.priorityHigh)
        case .urgent: t(CaseText.priorityUrgent)
        }
    }

    public static func channel(_ channel: ContactChannel, _ t: Localizer) -> String {
        switch channel {
        case .phone: t(CaseText.channelPhone)
        case .email: t(CaseText.channelEmail)
        case .sms: t(CaseText.channelSms)
        case .visit: t(CaseText.channelVisit)
        case .chat: t(CaseText.channelChat)
        case .letter: t(CaseText.channelLetter)
        }
    }

    public static func outcome(_ outcome: ContactOutcome, _ t: Localizer) -> String {
        switch outcome {
        case .reached: t(CaseText.outcomeReached)
        case .noAnswer: t(CaseText.outcomeNoAnswer)
        case .leftMessage: t(CaseText.outcomeLeftMessage)
        case .wrongDetails: t(CaseText.outcomeWrongDetails)
        case .declined: t(CaseText.outcomeDeclined)
        }
    }

    public static func source(_ source: CaseSource, _ t: Localizer) -> String {
        switch source {
        case .response: t(CaseText.sourceResponse)
        case .complaint: t(CaseText.sourceComplaint)
        case .manual: t(CaseText.sourceManual)
        }
    }

    /// "First contact due 3 June 14:00" or "Overdue since …", and whether it is overdue.
    public static func due(_ record: Case, now: Date, timeZone: String, _ t: Localizer) -> (text: String, overdue: Bool)? {
        guard let target = record.currentTarget else { return nil }
        let when = LocaleFormat(t.language).dateTime(target.due, timeZone: timeZone)
        if target.due <= now { return (t(CaseText.overdueSince, when), true) }
        return (t(record.firstContactAt == nil ? CaseText.firstContactDue : CaseText.resolutionDue, when), false)
    }

    /// The statuses a filter offers: open, all, then each status.
    public static func statusOptions(_ t: Localizer) -> [SelectOption] {
        [SelectOption(value: "open", label: t(CaseText.statusOpen)), SelectOption(value: "all", label: t(CaseText.statusAll))]
            + CaseStatus.allCases.map { SelectOption(value: $0.rawValue, label: status($0, t)) }
    }

    /// What became of a case's follow-up survey, with its date in the workspace's zone.
    public static func followUp(_ note: CaseFollowUpNote, surveyName: String, language: Language, timeZone: String) -> String {
        let t = Localizer(language)
        if note.repeated { return t(CaseText.evFollowUpRepeated) }
        if let reason = note.suppressed {
            return t(CaseText.evFollowUpHeld, InvitationStatusText.reason(reason, in: language, timeZone: timeZone))
        }
        return t(CaseText.evFollowUp, surveyName, LocaleFormat(language).dateTime(note.sendAt, timeZone: timeZone))
    }
}
