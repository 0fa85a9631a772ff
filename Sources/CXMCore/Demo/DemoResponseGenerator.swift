import Foundation

/// Generates responses one at a time from precomputed tables; a value type, so every sequence of
/// batches starts from the same state and yields the same responses.
struct DemoResponseGenerator: Sendable {
    private struct Resolved: Sendable {
        let plan: DemoTouchpointPlan
        let channelID: String
        let ownerUnitID: String
        let surveyID: String
        let surveyVersion: Int
        let kind: DemoSurveyKind
        let linkedShare: Double
        let openingHours: Bool
    }

    private let resolved: [Resolved]
    private let touchpointWeights: DemoWeights
    private let calendar: DemoCalendar
    private let profiles: [DemoCustomerProfile]
    private let customerIDs: [String]
    private let surveyable: [Int32]
    private let surveyableFibre: [Int32]
    private let storeWeights: DemoWeights
    private let fieldEffects: [Double]
    private let phrases: [DemoPhrases]
    private let cesPlanIndex: Int
    private let cesChangeDay: Int
    /// The fibre outage: its day and the customers it hit, who answer worse for four weeks after.
    private let outageDay: Int
    private let outageHit: Set<Int32>
    /// The weak store's queue fix: before it, its store customers complain of waiting more often; from its day
    /// on, they answer better.
    private let queueStoreIndex: Int
    /// The data set's seed, for the answers drawn from streams of their own.
    private let seed: UInt64
    private let queueFixDay: Int
    /// Each resolved touchpoint's weight in the relationship survey (`DemoTouchpointPlan.loyaltyWeights`).
    private let loyaltyWeights: [Double]
    private var random: SeededRandom
    private var counter = 0

    /// Customer service is a little better in Denmark and a little worse in Norway; field teams differ slightly.
    private static let customerServiceEffects: [Double] = [0.0, 0.15, -0.1]
    private static let fieldTeamEffects: [String: Double] = [
        "unit-se-field-stockholm": 0.05, "unit-se-field-west-south": -0.1, "unit-dk-field-zealand": 0.1,
        "unit-dk-field-jutland-funen": 0.0, "unit-no-field-east": -0.05, "unit-no-field-west": 0.05,
    ]

    init(
        seed: UInt64, touchpoints: [Touchpoint], surveys: [Survey], customers: [Customer],
        profiles: [DemoCustomerProfile], calendar: DemoCalendar, cesTouchpointID: String, cesChangeDay: Int,
        outageDay: Int = -1, outageHit: Set<Int32> = [], queueStoreID: String? = nil, queueFixDay: Int = .max
    ) {
        let touchpointsByID = Dictionary(uniqueKeysWithValues: touchpoints.map { ($0.id, $0) })
        var resolved: [Resolved] = []
        for plan in DemoTouchpointPlan.all {
            guard let touchpoint = touchpointsByID[plan.touchpointID],
                let survey = surveys.first(where: { $0.touchpointIDs.contains(plan.touchpointID) })
            else { continue }
            resolved.append(
                Resolved(
                    plan: plan, channelID: touchpoint.channelID, ownerUnitID: touchpoint.ownerUnitID, surveyID: survey.id,
                    surveyVersion: survey.version, kind: DemoTouchpointPlan.kind(ofSurvey: survey.id),
                    linkedShare: DemoTouchpointPlan.linkedShare(channelID: touchpoint.channelID),
                    openingHours: touchpoint.channelID == "channel-store" || touchpoint.channelID == "channel-field_service"))
        }
        self.resolved = resolved
        touchpointWeights = DemoWeights(resolved.map(\.plan.weight))
        self.calendar = calendar
        self.profiles = profiles
        customerIDs = customers.map(\.id)
        surveyable = profiles.indices.filter { profiles[$0].maySurvey }.map { Int32($0) }
        surveyableFibre = profiles.indices.filter { profiles[$0].maySurvey && profiles[$0].hasFibre }.map { Int32($0) }
        storeWeights = DemoWeights(
            DemoOrganisation.stores.map { store in
                let sameCountry = DemoOrganisation.stores.filter { $0.country == store.country }
                return store.country.weight * store.weight / sameCountry.reduce(0) { $0 + $1.weight }
            })
        fieldEffects = DemoOrganisation.stores.map { DemoResponseGenerator.fieldTeamEffects[$0.fieldTeamID] ?? 0 }
        phrases = Language.allCases.map(DemoPhrases.bank(for:))
        cesPlanIndex = resolved.firstIndex { $0.plan.touchpointID == cesTouchpointID } ?? -1
        self.cesChangeDay = cesChangeDay
        self.outageDay = outageDay
        self.outageHit = outageHit
        queueStoreIndex = queueStoreID.flatMap { id in DemoOrganisation.stores.firstIndex { $0.id == id } } ?? -1
        self.queueFixDay = queueFixDay
        loyaltyWeights = resolved.map { DemoTouchpointPlan.loyaltyWeights[$0.plan.touchpointID] ?? 0.05 }
        random = SeededRandom(seed: seed, stream: 2)
        self.seed = seed
    }

    mutating func next() -> SurveyResponse {
        counter += 1
        let index = touchpointWeights.pick(&random)
        let point = resolved[index]
        let plan = point.plan

        // When: weekdays and daytime hours are busier; stores and technicians work opening hours.
        var day = 0
        var time = 0.0
        repeat {
            day = calendar.dayWeights.pick(&random)
            let hour = (point.openingHours ? calendar.openingHours : calendar.allDayHours).pick(&random)
            time = calendar.dayStarts[day] + Double(hour * 3600 + random.below(3600))
        } while time > calendar.endTime

        // Who: a known customer who agreed to surveys, or an anonymous respondent.
        var customer: Int?
        if random.chance(point.linkedShare) {
            let pool = plan.fibreOnly ? surveyableFibre : surveyable
            if !pool.isEmpty { customer = Int(pool[random.below(pool.count)]) }
        }
        let storeIndex: Int
        let country: DemoCountry
        let language: Language
        var z: Double
        if let customer {
            let profile = profiles[customer]
            storeIndex = profile.storeIndex
            country = profile.country
            language = profile.language
            z = profile.offset + (profile.isBusiness ? -0.15 : 0) + (profile.tenureMonths < 12 ? 0.15 : 0)
            // A customer meets each touchpoint in their own way, and the relationship survey sums up those
            // experiences with the weights of the touchpoints that matter most.
            z +=
                point.kind == .relationship
                ? loyaltyWeights.enumerated().reduce(0) { sum, weight in
                    sum + weight.element * DemoTouchpointPlan.customerExperience(customer: customer, plan: weight.offset)
                }
                : 0.8 * DemoTouchpointPlan.customerExperience(customer: customer, plan: index)
        } else {
            storeIndex = storeWeights.pick(&random)
            country = DemoOrganisation.stores[storeIndex].country
            let roll = random.unit()
            language = roll < 0.88 ? country.language : (country == .sweden && roll < 0.93 ? .fi : .en)
            z = random.normal() * 0.75
        }

        let unitID: String
        switch plan.unitRule {
        case .owner:
            unitID = point.ownerUnitID
        case .homeStore:
            unitID = DemoOrganisation.stores[storeIndex].id
            z += DemoOrganisation.stores[storeIndex].effect
            // The queue host meets those who come for help first.
            if storeIndex == queueStoreIndex && day >= queueFixDay && plan.touchpointID == DemoPatterns.queueFixTouchpointID {
                z += DemoPatterns.queueFixEffect
            }
        case .customerService:
            unitID = country.customerServiceID
            z += DemoResponseGenerator.customerServiceEffects[country.rawValue]
        case .fieldTeam:
            unitID = DemoOrganisation.stores[storeIndex].fieldTeamID
            z += fieldEffects[storeIndex]
        }
        z += plan.base + calendar.seasonEffects[day] + random.normal() * 1.85

        // Customers the outage hit remember it: clearly worse for two weeks, still worse for two more.
        if let customer, outageHit.contains(Int32(customer)), day >= outageDay, day < outageDay + 28 {
            z -= day < outageDay + 14 ? 1.1 : 0.6
        }

        var cesShift = 0.0
        if index == cesPlanIndex && day >= cesChangeDay {
            z -= 0.6
            cesShift = -1.9
        }

        var draft = DemoAnswerDraft(kind: point.kind, touchpointID: plan.touchpointID, month: calendar.months[day])
        draft.drawCircumstances(&random)
        z += draft.effect
        var (answers, sentiment) = draft.answers(latent: z, cesShift: cesShift, random: &random)
        if point.kind == .store {
            answers.append(contentsOf: storeEase(latent: z, storeIndex: storeIndex, touchpointID: plan.touchpointID, day: day))
        }
        if let sentiment {
            var textRandom = random
            // At the app's login touchpoint, complaints before the new login are about the app itself; after it,
            // customers name the new login that made the app harder to use (the CES drop, in their own words).
            let loginEra: Bool? = index == cesPlanIndex ? day >= cesChangeDay : nil
            let queues = plan.unitRule == .homeStore && storeIndex == queueStoreIndex && day < queueFixDay
            let text = composeComment(
                sentiment: sentiment, plan: plan, draft: draft, language: language, afterNewLogin: loginEra,
                waitingStore: queues, random: &textRandom)
            random = textRandom
            answers.append(Answer(question: "comment", value: .text(text)))
        }

        return SurveyResponse(
            id: "resp-" + demoPadded(counter, width: 7), surveyID: point.surveyID, surveyVersion: point.surveyVersion,
            touchpointID: plan.touchpointID, unitID: unitID, channelID: point.channelID,
            customerID: customer.map { customerIDs[$0] }, language: language,
            submittedAt: Date(timeIntervalSinceReferenceDate: time), answers: answers, idempotencyKey: nil)
    }

    /// The kiosk by the door of the weak store's help desk (`DemoLinks.kioskToken`): anonymous visitors answer
    /// the store-visit survey there (`perDay` on average) in opening hours, from a stream of their own so that the
    /// rest of the data set stays as it was. With the visits the main survey reaches, the help desk's weekly
    /// series has the answers an alert check needs.
    func kioskResponses(perDay: Double) -> [SurveyResponse] {
        guard DemoOrganisation.stores.indices.contains(queueStoreIndex),
            let point = resolved.first(where: { $0.plan.touchpointID == DemoPatterns.queueFixTouchpointID })
        else { return [] }
        let store = DemoOrganisation.stores[queueStoreIndex]
        var random = SeededRandom(seed: seed, stream: 11)
        var responses: [SurveyResponse] = []
        for day in calendar.dayStarts.indices {
            let count = Int(perDay) + (random.unit() < perDay - perDay.rounded(.down) ? 1 : 0)
            for _ in 0..<count {
                let hour = calendar.openingHours.pick(&random)
                let time = calendar.dayStarts[day] + Double(hour * 3600 + random.below(3600))
                guard time <= calendar.endTime else { continue }
                var z = random.normal() * 0.75 + store.effect + point.plan.base + calendar.seasonEffects[day]
                z += random.normal() * 1.85 + (day >= queueFixDay ? DemoPatterns.queueFixEffect : 0)
                var answers = [Answer(question: "nps", value: .score(min(10, max(0, Int(z.rounded())))))]
                if random.chance(0.9) {
                    answers.append(
                        Answer(question: "csat", value: .score(DemoAnswerDraft.scaled(z + 0.4 + random.normal() * 0.8, 1, 5))))
                }
                var ease = random
                answers += storeEase(
                    latent: z, storeIndex: queueStoreIndex, touchpointID: point.plan.touchpointID, day: day, random: &ease)
                random = ease
                responses.append(
                    SurveyResponse(
                        id: "kiosk-" + demoPadded(responses.count + 1, width: 6), surveyID: point.surveyID,
                        surveyVersion: point.surveyVersion, touchpointID: point.plan.touchpointID, unitID: store.id,
                        channelID: point.channelID, customerID: nil, language: random.chance(0.85) ? .sv : .en,
                        submittedAt: Date(timeIntervalSinceReferenceDate: time), answers: answers, idempotencyKey: nil))
            }
        }
        return responses
    }

    /// The store visit's ease answer (CES), drawn from a stream of its own so that every other answer and text
    /// of the data set stays as it was before stores asked it. At the weak store's help desk, visits get harder
    /// as the lunch queues grow in the weeks before the fix.
    private func storeEase(latent z: Double, storeIndex: Int, touchpointID: String, day: Int) -> [Answer] {
        var ease = SeededRandom(seed: seed, stream: 0xCE5_0000_0000 &+ UInt64(counter))
        return storeEase(latent: z, storeIndex: storeIndex, touchpointID: touchpointID, day: day, random: &ease)
    }

    private func storeEase(
        latent z: Double, storeIndex: Int, touchpointID: String, day: Int, random ease: inout SeededRandom
    ) -> [Answer] {
        guard ease.chance(0.88) else { return [] }
        var strain = 0.0
        if storeIndex == queueStoreIndex && touchpointID == DemoPatterns.queueFixTouchpointID && day < queueFixDay {
            let start = queueFixDay - DemoPatterns.queueStrainStartDays
            let ramp = DemoPatterns.queueStrainStartDays - DemoPatterns.queueStrainFullDays
            strain = -DemoPatterns.queueStrain * min(1, max(0, Double(day - start) / Double(ramp)))
        }
        return [Answer(question: "ces", value: .score(DemoAnswerDraft.scaled(z + 0.25 + strain + ease.normal(), 1, 7)))]
    }

    /// An open-text answer whose tone fits the score and whose topic fits what happened.
    private func composeComment(
        sentiment: DemoSentiment, plan: DemoTouchpointPlan, draft: DemoAnswerDraft, language: Language,
        afterNewLogin: Bool?, waitingStore: Bool = false, random: inout SeededRandom
    ) -> String {
        let bank = phrases[Language.allCases.firstIndex(of: language) ?? 0]
        // At the weak store before its queue fix, most complaints are about waiting (the same one draw).
        let complaint =
            draft.complaint
            ?? random.pick(waitingStore ? plan.complaints.map { _ in .waiting } + [plan.complaints[0]] : plan.complaints)
        var praise = draft.praise ?? random.pick(plan.praise)
        if sentiment == .mixed && praise.contradicts(complaint) {
            // "Fast installation" next to "the technician never came" would read as nonsense.
            praise = (plan.praise + [.friendlyStaff, .goodNetwork]).first { !$0.contradicts(complaint) } ?? praise
        }
        let complaints = bank.complaints[complaint.rawValue]
        // The login sentences: 0 and 3 blame the new login, 1 the one-time code, 2 the app. One draw either way,
        // so that everything generated after stays the same.
        let complaintCore =
            if complaint == .appLogin, let afterNewLogin, complaints.count == 4 {
                complaints[random.pick(afterNewLogin ? [0, 3, 0, 1] : [2, 1, 2, 2])]
            } else {
                random.pick(complaints)
            }
        let praiseCore = random.pick(bank.praise[praise.rawValue])
        switch sentiment {
        case .negative:
            var text = complaintCore
            if random.chance(0.5) { text += " " + random.pick(bank.negativeFollowUps) }
            if random.chance(0.35) { text += " " + random.pick(bank.negativeClosings) }
            return text
        case .mixed:
            return random.chance(0.5) ? praiseCore + " " + complaintCore : complaintCore + " " + praiseCore
        case .positive:
            var text = praiseCore
            if random.chance(0.4) { text += " " + random.pick(bank.positiveFollowUps) }
            if random.chance(0.3) { text += " " + random.pick(bank.positiveClosings) }
            return text
        }
    }
}
