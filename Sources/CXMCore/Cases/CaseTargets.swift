import Foundation

/// When an overdue case is escalated, in business hours: a warning to its owners some hours before
/// a target, the team lead at the target, and the next unit up some hours after it.
public struct EscalationPolicy: Sendable, Codable, Hashable {
    public var warnBeforeHours: Double
    public var parentUnitAfterHours: Double

    public init(warnBeforeHours: Double = 2, parentUnitAfterHours: Double = 8) {
        self.warnBeforeHours = warnBeforeHours
        self.parentUnitAfterHours = parentUnitAfterHours
    }
}

/// A case's two targets as instants, with the moments around each that the escalation sweep acts
/// on. Worked out once, in the queue unit's business hours, when the case opens; the sweep then
/// only compares times, which keeps it fast over any number of open cases.
public struct CaseTargets: Sendable, Hashable, Codable {
    public struct Target: Sendable, Hashable, Codable {
        /// When the owners are told the target is near.
        public var warnAt: Date
        public var due: Date
        /// When the case moves to the next unit up if the target is still missed.
        public var escalateAt: Date

        public init(warnAt: Date, due: Date, escalateAt: Date) {
            self.warnAt = warnAt
            self.due = due
            self.escalateAt = escalateAt
        }
    }

    public var firstContact: Target
    public var resolution: Target

    public init(firstContact: Target, resolution: Target) {
        self.firstContact = firstContact
        self.resolution = resolution
    }

    /// The targets of a case opened at `start` with the given business hours. A calendar with no
    /// opening hours at all falls back to plain hours, so a case never goes without a target.
    public static func make(
        from start: Date, firstContactHours: Double, resolutionHours: Double, calendar: BusinessCalendar,
        policy: EscalationPolicy = EscalationPolicy()
    ) -> CaseTargets {
        // One walk through the calendar for all six instants.
        let hours = [firstContactHours, resolutionHours].flatMap { hours in
            [max(0, hours - policy.warnBeforeHours), hours, hours + policy.parentUnitAfterHours]
        }
        let seconds = hours.map { max(0, $0) * 3_600 }
        let found = calendar.adding(openSeconds: seconds, to: start)
        let instants = zip(found, seconds).map { $0 ?? start.addingTimeInterval($1) }
        func target(_ offset: Int) -> Target {
            Target(warnAt: instants[offset], due: instants[offset + 1], escalateAt: instants[offset + 2])
        }
        return CaseTargets(firstContact: target(0), resolution: target(3))
    }
}
