import Foundation

/// What the demo's support tickets are about, where in the journeys that happens, and how customers put it.
enum DemoTicketCategory: String, CaseIterable {
    case billing, coverage, fibreFault = "fibre_fault", appLogin = "app_login", delivery, moving, outage

    var touchpointID: String {
        switch self {
        case .billing: "tp-first-bill"
        case .coverage: "tp-support-chat"
        case .fibreFault: "tp-repair-visit"
        case .appLogin: "tp-app-login"
        case .delivery: "tp-welcome-email"
        case .moving: "tp-support-phone"
        case .outage: "tp-outage-notice"
        }
    }

    /// A category for an everyday ticket; the new app login makes login trouble three times as common.
    static func draw(fibre: Bool, afterNewLogin: Bool, _ random: inout SeededRandom) -> DemoTicketCategory {
        let options: [(DemoTicketCategory, Double)] = [
            (.billing, 30), (.coverage, 14), (.fibreFault, fibre ? 16 : 0), (.appLogin, afterNewLogin ? 27 : 9),
            (.delivery, 12), (.moving, 8),
        ]
        var roll = random.unit() * options.reduce(0) { $0 + $1.1 }
        for (category, weight) in options {
            roll -= weight
            if roll < 0 { return category }
        }
        return .billing
    }

    func subject(_ language: Language) -> String {
        let texts: [Language: String] =
            switch self {
            case .billing:
                [
                    .en: "Question about my invoice", .sv: "Fråga om min faktura", .da: "Spørgsmål om min regning",
                    .nb: "Spørsmål om fakturaen min", .fi: "Kysymys laskustani",
                ]
            case .coverage:
                [
                    .en: "Poor mobile coverage at home", .sv: "Dålig mobiltäckning hemma", .da: "Dårlig mobildækning hjemme",
                    .nb: "Dårlig mobildekning hjemme", .fi: "Huono kuuluvuus kotona",
                ]
            case .fibreFault:
                [
                    .en: "Fibre keeps dropping", .sv: "Fibern går ner hela tiden", .da: "Fiberforbindelsen falder ud",
                    .nb: "Fiberen faller ut hele tiden", .fi: "Kuituyhteys katkeilee",
                ]
            case .appLogin:
                [
                    .en: "Cannot log in to the app", .sv: "Kan inte logga in i appen", .da: "Kan ikke logge ind i appen",
                    .nb: "Får ikke logget inn i appen", .fi: "En pääse kirjautumaan sovellukseen",
                ]
            case .delivery:
                [
                    .en: "SIM card has not arrived", .sv: "SIM-kortet har inte kommit", .da: "SIM-kortet er ikke kommet",
                    .nb: "SIM-kortet har ikke kommet", .fi: "SIM-kortti ei ole saapunut",
                ]
            case .moving:
                [
                    .en: "Moving to a new address", .sv: "Flyttar till ny adress", .da: "Flytter til ny adresse",
                    .nb: "Flytter til ny adresse", .fi: "Muutan uuteen osoitteeseen",
                ]
            case .outage:
                [
                    .en: "No internet since this morning", .sv: "Inget internet sedan i morse",
                    .da: "Intet internet siden i morges", .nb: "Ikke noe internett siden i morges",
                    .fi: "Ei nettiä aamusta asti",
                ]
            }
        return texts[language] ?? texts[.en]!
    }
}

/// Why the demo's customers leave, and how some of them say it.
enum DemoChurnReason: String, CaseIterable {
    case price, competitorOffer = "competitor_offer", service, coverage, moved, outage

    /// A reason that fits the customer: the unhappy name the service, those the outage hit name it.
    static func draw(mood: Double, hit: Bool, _ random: inout SeededRandom) -> DemoChurnReason {
        if hit && random.chance(0.5) { return .outage }
        let options: [(DemoChurnReason, Double)] = [
            (.price, 32), (.competitorOffer, 22), (.service, mood < -0.4 ? 30 : 8), (.coverage, 10), (.moved, 14),
        ]
        var roll = random.unit() * options.reduce(0) { $0 + $1.1 }
        for (reason, weight) in options {
            roll -= weight
            if roll < 0 { return reason }
        }
        return .price
    }

    func words(_ language: Language) -> String {
        let texts: [Language: String] =
            switch self {
            case .price:
                [
                    .en: "Too expensive for what I get", .sv: "För dyrt för vad jag får",
                    .da: "For dyrt i forhold til hvad jeg får",
                    .nb: "For dyrt for det jeg får", .fi: "Liian kallis siihen nähden mitä saan",
                ]
            case .competitorOffer:
                [
                    .en: "Got a better offer elsewhere", .sv: "Fick ett bättre erbjudande",
                    .da: "Fik et bedre tilbud et andet sted",
                    .nb: "Fikk et bedre tilbud et annet sted", .fi: "Sain paremman tarjouksen muualta",
                ]
            case .service:
                [
                    .en: "Nobody helped me when I called", .sv: "Ingen hjälpte mig när jag ringde",
                    .da: "Ingen hjalp mig, da jeg ringede", .nb: "Ingen hjalp meg da jeg ringte",
                    .fi: "Kukaan ei auttanut kun soitin",
                ]
            case .coverage:
                [
                    .en: "No coverage where I live", .sv: "Ingen täckning där jag bor", .da: "Ingen dækning hvor jeg bor",
                    .nb: "Ingen dekning der jeg bor", .fi: "Ei kuuluvuutta asuinpaikassani",
                ]
            case .moved:
                [
                    .en: "Moved abroad", .sv: "Flyttat utomlands", .da: "Flyttet til udlandet", .nb: "Flyttet utenlands",
                    .fi: "Muutin ulkomaille",
                ]
            case .outage:
                [
                    .en: "A whole day without internet", .sv: "En hel dag utan internet", .da: "En hel dag uden internet",
                    .nb: "En hel dag uten internett", .fi: "Koko päivä ilman nettiä",
                ]
            }
        return texts[language] ?? texts[.en]!
    }
}
