/// Which unit a response to a touchpoint belongs to.
enum DemoUnitRule: Sendable {
    /// The touchpoint's owner (digital and central teams).
    case owner
    /// The customer's home store (store touchpoints).
    case homeStore
    /// The customer service team of the customer's country.
    case customerService
    /// The field-service team that covers the customer's home store.
    case fieldTeam
}

/// The kind of survey a touchpoint is measured with, which decides the answers generated.
enum DemoSurveyKind: Sendable {
    case store, website, onlineOrder, app, welcome, technician, customerService, relationship
}

/// How answers at one touchpoint are generated: volume, typical level, unit and what people write about.
struct DemoTouchpointPlan: Sendable {
    let touchpointID: String
    let weight: Double
    /// The typical experience on a 0–10 scale before season, unit and customer effects.
    let base: Double
    let unitRule: DemoUnitRule
    let complaints: [DemoComplaint]
    let praise: [DemoPraise]
    /// Only customers with fibre meet this touchpoint.
    let fibreOnly: Bool

    static let all: [DemoTouchpointPlan] = [
        plan("tp-web-compare", 4, 7.7, .owner, [.website, .billing], [.clearInfo, .goodNetwork]),
        plan("tp-store-advice", 5, 8.25, .homeStore, [.waiting, .unhelpfulStaff], [.friendlyStaff]),
        plan("tp-sales-chat", 3, 8.15, .customerService, [.waiting, .unhelpfulStaff], [.quickSolution, .friendlyStaff]),
        plan("tp-web-order", 5, 8.0, .owner, [.website, .billing], [.clearInfo]),
        plan("tp-store-order", 5, 8.3, .homeStore, [.unhelpfulStaff, .waiting, .billing], [.friendlyStaff]),
        plan("tp-welcome-email", 3, 8.0, .owner, [.billing, .coverage], [.clearInfo]),
        plan("tp-app-login", 8, 8.0, .owner, [.appLogin], [.easyApp]),
        plan("tp-first-bill", 4, 7.5, .owner, [.billing, .coverage], [.clearInfo, .goodNetwork]),
        plan("tp-fibre-check", 3, 7.6, .owner, [.website], [.clearInfo], fibreOnly: true),
        plan("tp-install-booking", 3, 7.9, .owner, [.technicianLate, .website], [.clearInfo], fibreOnly: true),
        plan(
            "tp-install-reschedule", 2, 7.7, .customerService, [.waiting, .unresolved], [.quickSolution, .friendlyStaff],
            fibreOnly: true),
        plan("tp-install-visit", 7, 8.65, .fieldTeam, [.technicianLate], [.fastInstall, .friendlyStaff], fibreOnly: true),
        plan("tp-router-setup", 3, 8.1, .owner, [.coverage, .appLogin], [.easyApp, .goodNetwork], fibreOnly: true),
        plan(
            "tp-install-followup", 2, 8.6, .customerService, [.unresolved, .coverage], [.friendlyStaff, .goodNetwork],
            fibreOnly: true),
        plan("tp-help-centre", 4, 7.2, .owner, [.website, .unresolved], [.quickSolution, .clearInfo]),
        plan("tp-outage-notice", 2, 7.0, .owner, [.coverage], [.clearInfo, .easyApp]),
        plan("tp-support-chat", 8, 7.95, .customerService, [.waiting, .unresolved, .billing], [.quickSolution, .friendlyStaff]),
        plan(
            "tp-support-phone", 10, 7.75, .customerService, [.waiting, .unresolved, .billing], [.quickSolution, .friendlyStaff]),
        plan(
            "tp-store-support", 6, 8.05, .homeStore, [.waiting, .unhelpfulStaff, .unresolved], [.friendlyStaff, .quickSolution]),
        plan("tp-repair-visit", 4, 8.3, .fieldTeam, [.technicianLate, .unresolved], [.quickSolution, .friendlyStaff]),
        plan("tp-resolution-email", 4, 7.6, .customerService, [.unresolved, .billing], [.quickSolution, .clearInfo]),
    ]

    /// How much a customer's own experience at a touchpoint moves their answers to the relationship survey
    /// (NKI and NPS): the demo's true drivers, which driver analysis should find. Touchpoints not listed
    /// move it by 0.05.
    static let loyaltyWeights: [String: Double] = [
        "tp-support-phone": 0.5, "tp-app-login": 0.45, "tp-support-chat": 0.35, "tp-install-visit": 0.3,
        "tp-repair-visit": 0.25, "tp-store-support": 0.2,
    ]

    /// A customer's lasting experience at one touchpoint, as a standard normal number fixed by the customer
    /// and the touchpoint (a hash, so that it takes nothing from the response stream).
    static func customerExperience(customer: Int, plan: Int) -> Double {
        var random = SeededRandom(seed: UInt64(customer) &* 0x9E37_79B9 &+ UInt64(plan), stream: 7)
        return random.normal()
    }

    private static func plan(
        _ id: String, _ weight: Double, _ base: Double, _ rule: DemoUnitRule, _ complaints: [DemoComplaint],
        _ praise: [DemoPraise], fibreOnly: Bool = false
    ) -> DemoTouchpointPlan {
        DemoTouchpointPlan(
            touchpointID: id, weight: weight, base: base, unitRule: rule, complaints: complaints, praise: praise,
            fibreOnly: fibreOnly)
    }

    static func kind(ofSurvey id: String) -> DemoSurveyKind {
        switch id {
        case "survey-store-visit": .store
        case "survey-website": .website
        case "survey-online-order": .onlineOrder
        case "survey-app": .app
        case "survey-welcome": .welcome
        case "survey-technician-visit": .technician
        case "survey-customer-service": .customerService
        default: .relationship
        }
    }

    /// The share of answers that come from a known customer, by channel (web visitors are mostly anonymous).
    static func linkedShare(channelID: String) -> Double {
        switch channelID {
        case "channel-web": 0.3
        case "channel-app": 0.8
        case "channel-store": 0.45
        case "channel-phone": 0.65
        case "channel-chat": 0.6
        case "channel-email": 0.75
        case "channel-field_service": 0.9
        default: 0.5
        }
    }
}
