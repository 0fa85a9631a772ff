import Foundation

/// What the demo company's store staff observed, and the improvement it led to: Göteborg Nordstan's staff
/// report the queues for weeks, their head of Sweden proposes a queue host and an extra till at lunch, the
/// CX lead accepts it, it is delivered on `DemoPatterns.queueFixDate`, and twelve weeks later its effect is
/// measured (the demo's answers at the store are better after that day).
public enum DemoImprovements {
    /// Who recorded or backed an observation: a demo login by role, or another member of staff by name.
    public enum Person: Sendable, Hashable {
        case login(Role)
        case staff(id: String, name: String)
    }

    public struct PlannedObservation: Sendable, Hashable {
        public var text: String
        public var unitID: String
        public var touchpointID: String?
        public var frequency: ObservationFrequency
        /// Days before the fix it was recorded (negative: after it).
        public var daysBeforeFix: Double
        public var author: Person
        public var votes: [Person]
        public var comment: String?
    }

    static let nordstan = DemoOrganisation.weakStoreID
    static let colleague = Person.staff(id: "demo-staff-nordstan-1", name: "Elin Johansson (Göteborg Nordstan)")
    static let shopManager = Person.staff(id: "demo-staff-nordstan-2", name: "Petra Nilsson (store manager, Göteborg Nordstan)")

    public static let observations: [PlannedObservation] = [
        PlannedObservation(
            text: "Kunderna klagar på den långa kön vid kassan, särskilt vid lunch.", unitID: nordstan,
            touchpointID: "tp-store-support", frequency: .daily, daysBeforeFix: 75, author: .login(.frontline),
            votes: [colleague, shopManager], comment: "Samma sak varje dag mellan 11.30 och 13."),
        PlannedObservation(
            text: "Flera kunder gick innan de fick hjälp, kön var över 20 minuter.", unitID: nordstan,
            touchpointID: "tp-store-support", frequency: .daily, daysBeforeFix: 68, author: colleague,
            votes: [.login(.frontline)], comment: nil),
        PlannedObservation(
            text: "Kö igen vid lunch i dag. Folk ger upp och går till en annan butik.", unitID: nordstan,
            touchpointID: "tp-store-advice", frequency: .hourly, daysBeforeFix: 61, author: .login(.frontline),
            votes: [colleague], comment: nil),
        PlannedObservation(
            text: "Kunder som bara ska hämta en beställning väntar i samma kö som de som behöver rådgivning.",
            unitID: nordstan, touchpointID: "tp-store-order", frequency: .daily, daysBeforeFix: 57, author: shopManager,
            votes: [.login(.frontline), colleague], comment: "En egen kassa för hämtning skulle korta kön."),
        PlannedObservation(
            text: "En kund sa att hon hade väntat i 25 minuter på hjälp med sin router.", unitID: nordstan,
            touchpointID: "tp-store-support", frequency: .weekly, daysBeforeFix: 52, author: colleague, votes: [],
            comment: nil),
        PlannedObservation(
            text: "Ingen tar emot kunderna vid dörren, så de vet inte var de ska ställa sig i kön.", unitID: nordstan,
            touchpointID: "tp-store-support", frequency: .daily, daysBeforeFix: 48, author: .login(.frontline),
            votes: [shopManager], comment: nil),
        PlannedObservation(
            text: "Kunderne forstår ikke den nye regning, vi forklarer den flere gange om dagen.",
            unitID: "unit-dk-store-kobenhavn-fisketorvet", touchpointID: "tp-store-support", frequency: .hourly,
            daysBeforeFix: 40, author: .staff(id: "demo-staff-fisketorvet-1", name: "Mads Holm (København Fisketorvet)"),
            votes: [], comment: nil),
        PlannedObservation(
            text: "Mange kunder spør hvorfor appen krever ny innlogging hele tiden.", unitID: "unit-no-store-oslo-storo",
            touchpointID: "tp-store-support", frequency: .daily, daysBeforeFix: 30,
            author: .staff(id: "demo-staff-storo-1", name: "Ingrid Berg (Oslo Storo)"), votes: [], comment: nil),
        PlannedObservation(
            text: "Sedan vi fick kövärd vid lunch går det mycket lugnare, kunderna säger det själva.", unitID: nordstan,
            touchpointID: "tp-store-support", frequency: .daily, daysBeforeFix: -21, author: .login(.frontline),
            votes: [colleague], comment: nil),
    ]

    /// The improvement the Nordstan observations led to; its evidence is added from what was loaded.
    public static let improvement = ImprovementDraft(
        title: "Kövärd och extra kassa vid lunch i Göteborg Nordstan",
        problem:
            "Kunderna väntar över 20 minuter vid lunch, och några går innan de fått hjälp. Personalen rapporterar det dagligen, och väntetid är det vanligaste klagomålet i butikens enkätsvar.",
        hypothesis:
            "En kövärd som tar emot vid dörren och en extra kassa för hämtning mellan 11 och 14 kortar väntan, och butikens NPS stiger inom åtta veckor jämfört med de andra butikerna.",
        touchpointID: "tp-store-support", unitIDs: [nordstan], effortDays: 6)

    /// Its moves: who made each, and how many days before the fix (negative: after).
    public static let moves: [(stage: ImprovementStage, daysBeforeFix: Double, by: Role)] = [
        (.accepted, 35, .cxManager), (.inProgress, 25, .teamLead), (.delivered, 0, .teamLead), (.measured, -88, .cxManager),
    ]
    /// The weeks compared on each side of the delivery when it is measured.
    public static let effectWeeks = 12
    /// The improvement is proposed this many days before the fix, by the head of Sweden.
    public static let proposedDaysBeforeFix = 44.0
}
