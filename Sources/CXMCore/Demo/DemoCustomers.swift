import Foundation

/// What the response generator needs to know about a customer, kept compact.
struct DemoCustomerProfile: Sendable {
    let storeIndex: Int
    let country: DemoCountry
    let language: Language
    let maySurvey: Bool
    let hasFibre: Bool
    let isBusiness: Bool
    let tenureMonths: Int
    /// The customer's own lasting mood towards the company, in latent points.
    let offset: Double
}

/// Builds the demo's customers: Nordic names, identifiers in several systems, typed attributes and consent.
enum DemoCustomers {
    static let privatePlans = [
        "Mobile S", "Mobile M", "Mobile L", "Mobile Unlimited", "Fibre 250", "Fibre 500",
        "Fibre 1000", "Home Bundle",
    ]
    static let privatePlanWeights = DemoWeights([10, 22, 18, 14, 8, 10, 6, 12])
    static let businessPlans = ["Business Mobile", "Business Mobile Plus", "Business Fibre", "Business Complete"]
    static let businessPlanWeights = DemoWeights([35, 25, 20, 20])
    /// Monthly prices by plan, in kronor.
    static let monthlyPrices: [String: Double] = [
        "Mobile S": 199, "Mobile M": 279, "Mobile L": 349, "Mobile Unlimited": 449, "Fibre 250": 399, "Fibre 500": 459,
        "Fibre 1000": 549, "Home Bundle": 699, "Business Mobile": 329, "Business Mobile Plus": 429, "Business Fibre": 899,
        "Business Complete": 1_490,
    ]

    static func generate(count: Int, seed: UInt64, endDate: Date) -> (customers: [Customer], profiles: [DemoCustomerProfile]) {
        var random = SeededRandom(seed: seed, stream: 1)
        let countryWeights = DemoWeights(DemoCountry.allCases.map(\.weight))
        let storesByCountry = DemoCountry.allCases.map { country in
            DemoOrganisation.stores.indices.filter { DemoOrganisation.stores[$0].country == country }
        }
        let storeWeights = storesByCountry.map { DemoWeights($0.map { DemoOrganisation.stores[$0].weight }) }
        let months = monthPrefixes(endDate: endDate, count: 241)
        var usedEmails = Set<String>()
        usedEmails.reserveCapacity(count)
        var customers: [Customer] = []
        var profiles: [DemoCustomerProfile] = []
        customers.reserveCapacity(count)
        profiles.reserveCapacity(count)

        for index in 0..<count {
            let country = DemoCountry.allCases[countryWeights.pick(&random)]
            let storeIndex = storesByCountry[country.rawValue][storeWeights[country.rawValue].pick(&random)]
            let languageRoll = random.unit()
            let language: Language =
                country == .sweden && languageRoll < 0.06 ? .fi : languageRoll > 0.92 ? .en : country.language
            let names: DemoNames =
                switch language {
                case .fi: .finnish
                case .en: .international
                default: [DemoNames.swedish, .danish, .norwegian][country.rawValue]
                }
            let first = random.below(names.first.count)
            let last = random.below(names.last.count)
            let isBusiness = random.chance(0.15)
            let plan: String
            if isBusiness {
                plan = businessPlans[businessPlanWeights.pick(&random)]
            } else {
                plan = privatePlans[privatePlanWeights.pick(&random)]
            }
            let hasFibre =
                plan.contains("Fibre") || plan.contains("Bundle") || plan == "Business Complete"
                || random.chance(0.12)
            let tenure = min(240, Int(-log(max(random.unit(), 1e-9)) * 42))
            let maxDay = tenure == 0 ? months.todayDay : 28
            let since = months.prefixes[tenure] + demoPadded(1 + random.below(maxDay), width: 2)
            let maySurvey = !random.chance(0.05)
            let mayContact = maySurvey && !random.chance(0.055)

            var identifiers = [CustomerIdentifier(system: "crm", value: String(4_200_000 + index * 3 + random.below(3)))]
            if random.chance(0.9) {
                let domain = random.pick(country.emailDomains)
                let firstPart = names.firstASCII[first]
                let lastPart = names.lastASCII[last]
                var local = random.chance(0.7) ? firstPart + "." + lastPart : firstPart + lastPart
                if usedEmails.contains(local + "@" + domain) { local += String(40 + random.below(60)) }
                if usedEmails.contains(local + "@" + domain) { local += "." + String(index) }
                let email = local + "@" + domain
                usedEmails.insert(email)
                identifiers.append(CustomerIdentifier(system: "email", value: email))
            }
            // Two or three systems know each customer: CRM always, then e-mail or phone, sometimes support.
            if identifiers.count == 1 || random.chance(0.45) {
                let digits = (index &* 7_919 &+ 1_234_567) % 10_000_000
                identifiers.append(CustomerIdentifier(system: "phone", value: country.phonePrefix + demoPadded(digits, width: 7)))
            }
            if identifiers.count < 3 && random.chance(0.35) {
                identifiers.append(
                    CustomerIdentifier(system: "support", value: "SR-" + String(510_000 + index * 5 + random.below(5))))
            }
            let attributes: [String: AttributeValue] = [
                "segment": .text(isBusiness ? "business" : "private"),
                "plan": .text(plan),
                "tenure_months": .number(Double(tenure)),
                "country": .text(country.code),
                "has_fibre": .boolean(hasFibre),
                "customer_since": .date(since),
                // A year of the plan: the revenue that leaves with the customer, or is at risk.
                "yearly_revenue": .number(12 * (monthlyPrices[plan] ?? 300)),
            ]
            customers.append(
                Customer(
                    id: "cust-" + demoPadded(index + 1, width: 6), displayName: names.first[first] + " " + names.last[last],
                    identifiers: identifiers, attributes: attributes,
                    consent: Consent(maySurvey: maySurvey, mayContact: mayContact),
                    unitID: DemoOrganisation.stores[storeIndex].id, preferredLanguage: language))
            profiles.append(
                DemoCustomerProfile(
                    storeIndex: storeIndex, country: country, language: language, maySurvey: maySurvey, hasFibre: hasFibre,
                    isBusiness: isBusiness, tenureMonths: tenure, offset: random.normal() * 0.75))
        }
        return (customers, profiles)
    }

    /// `YYYY-MM-` for the end date's month and each month before it, and the end date's day of the month.
    private static func monthPrefixes(endDate: Date, count: Int) -> (prefixes: [String], todayDay: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: endDate)
        var year = parts.year ?? 2026
        var month = parts.month ?? 1
        var prefixes: [String] = []
        for _ in 0..<count {
            prefixes.append(demoPadded(year, width: 4) + "-" + demoPadded(month, width: 2) + "-")
            month -= 1
            if month == 0 { month = 12; year -= 1 }
        }
        return (prefixes, parts.day ?? 28)
    }

    static let segments: [Segment] = [
        Segment(
            id: "segment-business", name: "Business customers",
            description: "Companies with a business subscription.",
            conditions: [SegmentCondition(attribute: "segment", op: .equals, value: .text("business"))]),
        Segment(
            id: "segment-private", name: "Private customers",
            description: "Households and individuals.",
            conditions: [SegmentCondition(attribute: "segment", op: .equals, value: .text("private"))]),
        Segment(
            id: "segment-fibre-norway", name: "Fibre households in Norway",
            description: "Private customers in Norway with fibre broadband.",
            conditions: [
                SegmentCondition(attribute: "country", op: .equals, value: .text("NO")),
                SegmentCondition(attribute: "has_fibre", op: .equals, value: .boolean(true)),
                SegmentCondition(attribute: "segment", op: .equals, value: .text("private")),
            ]),
        Segment(
            id: "segment-new-customers", name: "New customers (< 12 months)",
            description: "Customers in their first year, when most of them decide whether to stay.",
            conditions: [SegmentCondition(attribute: "tenure_months", op: .lessThan, value: .number(12))]),
        Segment(
            id: "segment-loyal-customers", name: "Long-standing customers (5+ years)",
            description: "Customers who have stayed for five years or more.",
            conditions: [SegmentCondition(attribute: "tenure_months", op: .greaterThan, value: .number(59))]),
    ]
}
