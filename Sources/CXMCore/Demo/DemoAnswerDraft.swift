/// The tone of an open-text answer.
enum DemoSentiment: Sendable {
    case negative, mixed, positive
}

/// The circumstances of one response (why the customer came, whether the technician was late, whether the
/// matter was solved) and the answers that follow from them and from the latent experience.
struct DemoAnswerDraft: Sendable {
    let kind: DemoSurveyKind
    let touchpointID: String
    let month: Int
    /// What the circumstances do to the experience, in latent points.
    private(set) var effect = 0.0
    /// A topic the circumstances force on the open text, if any.
    private(set) var complaint: DemoComplaint?
    private(set) var praise: DemoPraise?
    private var reason: String?
    private var outcome: String?

    init(kind: DemoSurveyKind, touchpointID: String, month: Int) {
        self.kind = kind
        self.touchpointID = touchpointID
        self.month = month
    }

    private static func draw(_ options: [(String, Double)], _ random: inout SeededRandom) -> String {
        var roll = random.unit() * options.reduce(0) { $0 + $1.1 }
        for (key, weight) in options {
            roll -= weight
            if roll < 0 { return key }
        }
        return options[options.count - 1].0
    }

    mutating func drawCircumstances(_ random: inout SeededRandom) {
        switch kind {
        case .store:
            let options: [(String, Double)] =
                switch touchpointID {
                case "tp-store-advice": [("buy_phone", 45), ("new_subscription", 35), ("billing", 5), ("other", 15)]
                case "tp-store-order": [("new_subscription", 60), ("buy_phone", 35), ("other", 5)]
                default: [("get_help", 68), ("billing", 25), ("other", 7)]
                }
            reason = Self.draw(options, &random)
            if reason == "billing" { effect -= 0.4; complaint = .billing }
            if reason == "get_help" { effect -= 0.2 }
        case .website:
            outcome = Self.draw([("yes", 62), ("partly", 25), ("no", 13)], &random)
            effect += outcome == "yes" ? 0.45 : outcome == "partly" ? -0.8 : -2.2
            if outcome == "no" { complaint = .website }
        case .technician:
            // Technicians run late more often when the holidays thin out the teams.
            let strain = month == 12 || month == 7 ? 1.6 : 1.0
            outcome = Self.draw([("on_time", 74), ("late_short", 17 * strain), ("late_long", 9 * strain)], &random)
            switch outcome {
            case "late_short": effect -= 1.3; complaint = .technicianLate
            case "late_long": effect -= 3.2; complaint = .technicianLate
            default: effect += 0.3
            }
        case .customerService:
            let options: [(String, Double)] =
                switch touchpointID {
                case "tp-sales-chat": [("change_subscription", 50), ("coverage", 20), ("billing", 10), ("other", 20)]
                case "tp-install-reschedule", "tp-install-followup":
                    [("installation", 80), ("technical_fault", 10), ("other", 10)]
                default: [("billing", 30), ("technical_fault", 32), ("coverage", 12), ("change_subscription", 14), ("other", 12)]
                }
            reason = Self.draw(options, &random)
            let solved: Double
            switch reason {
            case "billing": solved = 0.7; effect -= 0.3; complaint = .billing
            case "technical_fault": solved = 0.62; effect -= 0.2
            case "coverage": solved = 0.5; effect -= 0.6; complaint = .coverage
            case "change_subscription": solved = 0.9
            case "installation": solved = 0.78; if random.chance(0.5) { complaint = .technicianLate }
            default: solved = 0.8
            }
            let roll = random.unit()
            outcome = roll < solved ? "yes" : roll < solved + (1 - solved) * 0.55 ? "partly" : "no"
            switch outcome {
            case "yes": effect += 0.45; if random.chance(0.5) { praise = .quickSolution }
            case "partly": effect -= 0.9
            default: effect -= 2.6; if random.chance(0.6) { complaint = .unresolved }
            }
        case .onlineOrder, .app, .welcome, .relationship:
            break
        }
    }

    /// Maps the latent experience (about 0–10) onto a scale, with a little noise of the item's own.
    static func scaled(_ latent: Double, _ low: Int, _ high: Int) -> Int {
        let fraction = min(max(latent / 10, 0), 1)
        return low + Int((fraction * Double(high - low)).rounded())
    }

    /// The answers, and the tone of the open text if the respondent writes one.
    func answers(latent z: Double, cesShift: Double, random: inout SeededRandom) -> ([Answer], DemoSentiment?) {
        let nps = min(10, max(0, Int(z.rounded())))
        var answers: [Answer] = []
        answers.reserveCapacity(6)
        func score(_ key: String, _ value: Int) { answers.append(Answer(question: key, value: .score(value))) }
        func choice(_ key: String, _ value: String?) {
            if let value { answers.append(Answer(question: key, value: .choice(value))) }
        }
        switch kind {
        case .store:
            score("nps", nps)
            if random.chance(0.92) { score("csat", Self.scaled(z + 0.4 + random.normal() * 0.8, 1, 5)) }
            if random.chance(0.9) { choice("visit_reason", reason) }
        case .website:
            choice("found", outcome)
            if random.chance(0.9) { score("ces", Self.scaled(z + 0.2 + random.normal(), 1, 7)) }
            if random.chance(0.85) { score("csat", Self.scaled(z + 0.4 + random.normal() * 0.8, 1, 5)) }
        case .onlineOrder:
            score("ces", Self.scaled(z + 0.3 + random.normal(), 1, 7))
            score("nps", nps)
        case .app:
            score("ces", Self.scaled(z + cesShift + 0.3 + random.normal(), 1, 7))
            if random.chance(0.9) { score("app_rating", Self.scaled(z + 0.3 + random.normal() * 0.8, 1, 5)) }
            score("nps", nps)
        case .welcome:
            score("csat", Self.scaled(z + 0.4 + random.normal() * 0.8, 1, 5))
            if random.chance(0.9) { score("clarity", Self.scaled(z + 0.2 + random.normal() * 0.9, 1, 5)) }
        case .technician:
            score("nps", nps)
            if random.chance(0.92) { score("csat", Self.scaled(z + 0.4 + random.normal() * 0.8, 1, 5)) }
            if random.chance(0.95) { choice("arrival", outcome) }
        case .customerService:
            score("nps", nps)
            if random.chance(0.9) { score("ces", Self.scaled(z + 0.1 + random.normal(), 1, 7)) }
            if random.chance(0.93) { choice("contact_reason", reason) }
            if random.chance(0.9) { choice("resolved", outcome) }
        case .relationship:
            score("nki_overall", Self.scaled(z + random.normal() * 0.6, 1, 10))
            score("nki_expectations", Self.scaled(z - 0.35 + random.normal() * 0.6, 1, 10))
            score("nki_ideal", Self.scaled(z - 0.9 + random.normal() * 0.6, 1, 10))
            score("nps", nps)
        }
        let sentiment: DemoSentiment = nps <= 6 ? .negative : nps <= 8 ? .mixed : .positive
        let share = sentiment == .negative ? 0.42 : sentiment == .mixed ? 0.17 : 0.2
        return (answers, random.chance(share) ? sentiment : nil)
    }
}
