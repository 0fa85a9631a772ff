import Foundation

/// The demo company's goals, the KPI board that shows them, and Göteborg Nordstan's action plan: the head of
/// Sweden starts it from the store's results when the queues show, the team suggests and comments, and the
/// suggestions become the actions that led to the improvement on the board.
public enum DemoGoalsAndPlans {
    public struct PlannedGoal: Sendable, Hashable {
        public var title: String
        public var metric: Metric
        public var journeyID: String?
        public var touchpointID: String?
        public var unitID: String?
        public var target: Double
    }

    /// Set this many days before the data's last day, due this many days after it.
    public static let goalsSetDaysBeforeEnd = 120
    public static let goalsDueDaysAfterEnd = 215

    public static let goals: [PlannedGoal] = [
        PlannedGoal(title: "NPS för hela Norrsken", metric: .nps, target: 20),
        PlannedGoal(title: "Nöjda kunder (CSAT) i hela Norrsken", metric: .csat, target: 85),
        PlannedGoal(
            title: "Lätt att få hjälp: CES i kundservicens resa", metric: .ces, journeyID: "journey-getting-help", target: 5.8),
        PlannedGoal(
            title: "NPS för butikshjälp i Göteborg Nordstan", metric: .nps, touchpointID: "tp-store-support",
            unitID: DemoOrganisation.weakStoreID, target: 45),
    ]

    public static let boardTitle = "Norrskens mål"

    /// Who wrote what in the plan: a demo login by role, or another member of staff.
    public typealias Person = DemoImprovements.Person

    public struct PlannedEntry: Sendable, Hashable {
        public var kind: PlanEntry.Kind
        public var text: String
        public var author: Person
        public var daysBeforeFix: Double
    }

    public struct PlannedAction: Sendable, Hashable {
        public var title: String
        /// The suggestion (by its index in `entries`) it was taken from.
        public var fromEntry: Int?
        public var owner: Role?
        public var dueDaysAfterFix: Int
        public var status: PlanAction.Status
    }

    public static let plan = ActionPlanDraft(
        unitID: DemoOrganisation.weakStoreID, title: "Kortare köer vid lunch",
        focus:
            "Butikshjälpens NPS i Göteborg Nordstan ligger långt under de andra butikerna, och väntetid är det vanligaste i kommentarerna. Vad skulle vara den bästa handlingsplanen för er?",
        sourcePath: "/dashboards?unit=\(DemoOrganisation.weakStoreID)")
    /// The plan is started this many days before the fix.
    public static let planStartedDaysBeforeFix = 50.0

    static let colleague = DemoImprovements.colleague
    static let shopManager = DemoImprovements.shopManager

    public static let entries: [PlannedEntry] = [
        PlannedEntry(
            kind: .suggestion, text: "En kövärd vid dörren mellan 11 och 13 som visar kunderna rätt direkt.",
            author: .login(.frontline), daysBeforeFix: 49),
        PlannedEntry(
            kind: .suggestion, text: "Öppna en extra kassa vid lunch, vi kan flytta en person från lagret.",
            author: colleague, daysBeforeFix: 48.5),
        PlannedEntry(
            kind: .suggestion, text: "En egen disk för dem som bara hämtar en beställning.", author: shopManager,
            daysBeforeFix: 48),
        PlannedEntry(
            kind: .comment, text: "Kövärden måste kunna svara på enkla frågor, annars blir det bara en kö till.",
            author: colleague, daysBeforeFix: 47),
        PlannedEntry(
            kind: .suggestion, text: "Förskjut våra egna luncher så att alla är på plats 11.30–13.", author: .login(.frontline),
            daysBeforeFix: 46),
        PlannedEntry(
            kind: .comment, text: "Bra förslag. Jag tar kövärd och extra kassa vidare som en förbättring till CX-teamet.",
            author: .login(.teamLead), daysBeforeFix: 45),
    ]

    public static let actions: [PlannedAction] = [
        PlannedAction(title: "Kövärd vid dörren 11–13", fromEntry: 0, owner: .frontline, dueDaysAfterFix: 0, status: .done),
        PlannedAction(title: "Extra kassa vid lunch", fromEntry: 1, owner: .teamLead, dueDaysAfterFix: 0, status: .done),
        PlannedAction(
            title: "Egen disk för hämtning av beställningar", fromEntry: 2, owner: .teamLead, dueDaysAfterFix: 150,
            status: .doing),
        PlannedAction(
            title: "Förskjutna luncher i schemat", fromEntry: 4, owner: .frontline, dueDaysAfterFix: 20, status: .planned),
    ]
}
