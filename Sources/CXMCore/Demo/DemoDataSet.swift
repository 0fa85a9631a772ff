import Foundation

/// A complete, deterministic demo workspace for an invented Nordic telecom, "Norrsken Telecom": organisation,
/// journeys, surveys in five languages, customers and a year of responses with patterns worth finding.
///
/// Everything follows from `seed` and `endDate`; no system randomness or UUIDs are used, so two data sets
/// with the same arguments are equal. Responses are generated lazily in batches (`responseBatches(size:)`)
/// so that a store can insert them while they are made, in constant memory.
public struct DemoDataSet: Sendable {
    public let seed: UInt64
    public let endDate: Date
    public let responseCount: Int

    public let settings: WorkspaceSettings
    public let units: [OrgUnit]
    public let channels: [Channel]
    public let journeys: [Journey]
    public let stages: [Stage]
    public let touchpoints: [Touchpoint]
    public let surveys: [Survey]
    public let segments: [Segment]
    /// When responses open cases, and the business hours their targets count in.
    public let caseRules: [CaseRule]
    /// The survey a customer gets a day after their case is closed.
    public let caseFollowUp = CaseFollowUp(surveyID: DemoSurveys.followUpID, delayHours: 24)
    public let businessHours: [(unitID: String, calendar: BusinessCalendar)]
    public let customers: [Customer]
    /// The sign-ins a demo installation offers, one per role.
    public let logins: [DemoLogin]
    /// Where the built-in patterns are, for documentation, tours and tests.
    public let patterns: DemoPatterns

    private let generator: DemoResponseGenerator
    let profiles: [DemoCustomerProfile]
    let calendar: DemoCalendar

    /// Builds everything but the responses (20,000 customers take well under a second).
    public init(seed: UInt64 = 2026, endDate: Date, customerCount: Int = 20_000, responseCount: Int = 110_000) {
        self.seed = seed
        self.endDate = endDate
        self.responseCount = max(0, responseCount)
        settings = DemoOrganisation.settings
        units = DemoOrganisation.units()
        channels = Channel.defaults
        journeys = DemoJourneys.journeys
        stages = DemoJourneys.stages
        touchpoints = DemoJourneys.touchpoints
        surveys = DemoSurveys.all
        segments = DemoCustomers.segments
        caseRules = DemoCases.rules
        businessHours = DemoCases.calendars(endDate: endDate)
        logins = DemoOrganisation.logins()
        let (customers, profiles) = DemoCustomers.generate(count: max(0, customerCount), seed: seed, endDate: endDate)
        self.customers = customers
        self.profiles = profiles
        let calendar = DemoCalendar(endDate: endDate)
        self.calendar = calendar
        let changeDay = calendar.dayIndex(daysBeforeEnd: DemoPatterns.cesChangeDaysBeforeEnd)
        let outageDay = calendar.dayIndex(daysBeforeEnd: DemoPatterns.outageDaysBeforeEnd)
        let outageStores = Set(
            DemoPatterns.outageStoreIDs.compactMap { id in DemoOrganisation.stores.firstIndex { $0.id == id } })
        let hit = profiles.indices.filter { profiles[$0].hasFibre && outageStores.contains(profiles[$0].storeIndex) }
        // 09:10 to 17:40 on the outage day.
        let outageStart = Date(timeIntervalSinceReferenceDate: calendar.dayStarts[outageDay] + 9 * 3600 + 600)
        patterns = DemoPatterns(
            weakStoreID: DemoOrganisation.weakStoreID, cesTouchpointID: "tp-app-login",
            cesChangeDate: Date(timeIntervalSinceReferenceDate: calendar.dayStarts[changeDay]),
            lateArrivalTouchpointIDs: ["tp-install-visit", "tp-repair-visit"], outageStart: outageStart,
            outageEnd: outageStart.addingTimeInterval(8.5 * 3600), outageCustomerIDs: hit.map { customers[$0].id },
            queueFixDate: Date(
                timeIntervalSinceReferenceDate: calendar.dayStarts[
                    calendar.dayIndex(daysBeforeEnd: DemoPatterns.queueFixDaysBeforeEnd)]))
        generator = DemoResponseGenerator(
            seed: seed, touchpoints: touchpoints, surveys: surveys, customers: customers, profiles: profiles,
            calendar: calendar, cesTouchpointID: patterns.cesTouchpointID, cesChangeDay: changeDay, outageDay: outageDay,
            outageHit: Set(hit.map { Int32($0) }), queueStoreID: DemoOrganisation.weakStoreID,
            queueFixDay: calendar.dayIndex(daysBeforeEnd: DemoPatterns.queueFixDaysBeforeEnd))
    }

    /// The responses in batches of `size` (the last may be smaller); each iteration starts afresh and yields the same responses.
    public func responseBatches(size: Int = 1_000) -> DemoResponseBatches {
        DemoResponseBatches(generator: generator, total: responseCount, size: max(1, size))
    }

    /// The answers from the kiosk at the weak store's help desk, apart from the main responses: two or three a
    /// day in the full data set, fewer in proportion in a smaller one.
    public func kioskResponses() -> [SurveyResponse] {
        generator.kioskResponses(perDay: 2.5 * Double(responseCount) / 110_000)
    }

    /// What submitted responses are checked against, built from this data set.
    public func responseCatalog() -> ResponseCatalog {
        var identifiers: [String: String] = [:]
        for customer in customers {
            for identifier in customer.identifiers { identifiers[identifier.description] = customer.id }
        }
        return ResponseCatalog(
            surveys: Dictionary(uniqueKeysWithValues: surveys.map { ($0.id, [$0.version: $0]) }),
            currentVersions: Dictionary(uniqueKeysWithValues: surveys.map { ($0.id, $0.version) }),
            touchpoints: Dictionary(uniqueKeysWithValues: touchpoints.map { ($0.id, $0) }),
            unitIDs: Set(units.map(\.id)), channelIDs: Set(channels.map(\.id)), customerIDs: Set(customers.map(\.id)),
            customersByIdentifier: identifiers)
    }
}

/// The patterns the demo data holds, so that a guided tour or a test can point at them.
public struct DemoPatterns: Sendable, Hashable {
    /// The store whose NPS is about 20 points below the other stores' (Göteborg Nordstan).
    public var weakStoreID: String
    /// The touchpoint whose customer effort gets clearly worse after `cesChangeDate` (the new app login flow).
    public var cesTouchpointID: String
    public var cesChangeDate: Date
    /// Touchpoints where a late technician (the `arrival` answer) drags the score down.
    public var lateArrivalTouchpointIDs: [String]
    /// The fibre outage in western Norway: fibre customers of the Bergen and Trondheim stores lose their
    /// connection for a working day, and answer worse for four weeks after.
    public var outageStart: Date
    public var outageEnd: Date
    public var outageCustomerIDs: [String]
    /// The day the weak store's queue fix (a queue host and an extra till at lunch) was delivered: its
    /// customers complain of waiting before it and answer better in the store after it.
    public var queueFixDate: Date

    static let cesChangeDaysBeforeEnd = 120
    static let outageDaysBeforeEnd = 50
    static let queueFixDaysBeforeEnd = 100
    /// How much better, on the latent scale, the weak store's help visits are after the fix.
    static let queueFixEffect = 1.3
    static let queueFixTouchpointID = "tp-store-support"
    /// How much harder, in latent points (about 0.6 of a step on the 1–7 ease scale each), help visits at the weak
    /// store get as its lunch queues grow over the spring: from nothing `queueStrainStartDays` before the fix to
    /// all of it `queueStrainFullDays` before, until the fix (the store's CES alert, raised before the proposal).
    static let queueStrain = 3.0
    public static let queueStrainStartDays = 130
    static let queueStrainFullDays = 70
    static let outageStoreIDs = ["unit-no-store-bergen-lagunen", "unit-no-store-trondheim-solsiden"]
}

/// The demo responses in batches, generated while iterated.
public struct DemoResponseBatches: Sequence, Sendable {
    let generator: DemoResponseGenerator
    public let total: Int
    public let size: Int

    public var underestimatedCount: Int { (total + size - 1) / size }

    public func makeIterator() -> Iterator { Iterator(generator: generator, remaining: total, size: size) }

    /// Generates one batch per call to `next()`.
    public struct Iterator: IteratorProtocol, Sendable {
        var generator: DemoResponseGenerator
        var remaining: Int
        let size: Int

        public mutating func next() -> [SurveyResponse]? {
            guard remaining > 0 else { return nil }
            let count = Swift.min(size, remaining)
            remaining -= count
            var batch: [SurveyResponse] = []
            batch.reserveCapacity(count)
            for _ in 0..<count { batch.append(generator.next()) }
            return batch
        }
    }
}
