import Foundation

/// A synthetic workspace for load tests and benchmarks: as many touchpoints, units, channels and
/// responses as asked, spread evenly over the days before `endDate`, and customers (a fifth of them on
/// a business plan, the saved segment `segment`) whom most responses name. Deterministic from its
/// seed. Unlike the demo it tells no story; it exists to be large.
public struct LoadDataSet: Sendable {
    public let seed: UInt64
    public let endDate: Date
    public let days: Int
    public let responseCount: Int
    public let units: [OrgUnit]
    public let channels: [Channel]
    public let journeys: [Journey]
    public let stages: [Stage]
    public let touchpoints: [Touchpoint]
    public let survey: Survey
    public let customerCount: Int
    /// The share of detractors and promoters who leave an open-text comment (a sentence from the demo's
    /// phrase banks in the response's language: a complaint from detractors, praise from promoters), so that
    /// text analytics and theme series have something to work on.
    public let commentShare: Double
    /// The customers on a business plan.
    public let segment = Segment(
        id: "load-segment-business", name: "Business plan",
        conditions: [SegmentCondition(attribute: "plan", op: .equals, value: .text("business"))])

    public static let surveyID = "load-survey"
    /// The share of responses that name a customer.
    public static let identifiedShare = 0.7

    public init(
        seed: UInt64 = 1, endDate: Date, days: Int = 365, responseCount: Int, touchpointCount: Int = 50,
        unitCount: Int = 30, channelCount: Int = 5, customerCount: Int = 0, commentShare: Double = 0
    ) {
        self.seed = seed
        self.commentShare = min(1, max(0, commentShare))
        self.customerCount = max(0, customerCount)
        self.endDate = endDate
        self.days = max(1, days)
        self.responseCount = responseCount
        // A company, a tenth of the units as regions, the rest as stores under them.
        let regionCount = max(1, unitCount / 10)
        var units = [OrgUnit(id: "load-company", parentID: nil, name: "Load Company", kind: "company")]
        units += (0..<regionCount).map {
            OrgUnit(id: "load-region-\($0)", parentID: "load-company", name: "Region \($0 + 1)", kind: "region")
        }
        units += (0..<max(1, unitCount - regionCount - 1)).map {
            OrgUnit(id: "load-store-\($0)", parentID: "load-region-\($0 % regionCount)", name: "Store \($0 + 1)", kind: "store")
        }
        self.units = units
        channels = (0..<max(1, channelCount)).map {
            Channel(id: "load-channel-\($0)", key: "load\($0)", name: "Channel \($0 + 1)", kind: "web")
        }
        let journeyCount = max(1, touchpointCount / 10)
        journeys = (0..<journeyCount).map { Journey(id: "load-journey-\($0)", name: "Journey \($0 + 1)", position: $0) }
        stages = journeys.indices.flatMap { j in
            (0..<2).map {
                Stage(
                    id: "load-stage-\(j)-\($0)", journeyID: "load-journey-\(j)", name: "Stage \($0 + 1)", phase: .during,
                    position: $0)
            }
        }
        let stageIDs = stages.map(\.id)
        let channelIDs = channels.map(\.id)
        touchpoints = (0..<max(1, touchpointCount)).map {
            Touchpoint(
                id: "load-tp-\($0)", stageID: stageIDs[$0 % stageIDs.count], name: "Touchpoint \($0 + 1)", position: $0,
                channelID: channelIDs[$0 % channelIDs.count], ownerUnitID: "load-company")
        }
        let comment = Question(
            key: "comment", type: .openText,
            text: LocalizedText([
                .en: "Why?", .sv: "Varför?", .da: "Hvorfor?", .nb: "Hvorfor?", .fi: "Miksi?",
            ]))
        survey = Survey(
            id: Self.surveyID, name: "Load survey", touchpointIDs: touchpoints.map(\.id), languages: Language.allCases,
            questions: [
                Question(
                    key: "nps", type: .nps,
                    text: LocalizedText([
                        .en: "How likely are you to recommend us?",
                        .sv: "Hur troligt är det att du skulle rekommendera oss?",
                        .da: "Hvor sandsynligt er det, at du vil anbefale os?",
                        .nb: "Hvor sannsynlig er det at du vil anbefale oss?",
                        .fi: "Kuinka todennäköisesti suosittelisit meitä?",
                    ])),
                Question(
                    key: "ces", type: .ces,
                    text: LocalizedText([
                        .en: "How easy was it?", .sv: "Hur lätt var det?", .da: "Hvor let var det?",
                        .nb: "Hvor enkelt var det?", .fi: "Kuinka helppoa se oli?",
                    ])),
            ] + (self.commentShare > 0 ? [comment] : []))
    }

    /// The customers in batches of `size`: every fifth on a business plan, tenures up to ten years.
    public func customerBatches(size: Int) -> some Sequence<[Customer]> {
        var random = SeededRandom(seed: seed, stream: 78)
        return Self.batches(of: customerCount, size: size) { range in
            range.map { index in
                Customer(
                    id: "load-customer-\(index)", displayName: "Customer \(index + 1)",
                    identifiers: [CustomerIdentifier(system: "crm", value: String(10_000_000 + index))],
                    attributes: [
                        "plan": .text(index % 5 == 0 ? "business" : "private"),
                        "tenure_months": .number(Double(random.below(120))),
                    ])
            }
        }
    }

    /// Consecutive ranges of `0..<total`, at most `size` long, each made into a batch as it is iterated.
    private static func batches<Item>(
        of total: Int, size: Int, _ make: @escaping (Range<Int>) -> [Item]
    ) -> AnyIterator<[Item]> {
        var made = 0
        return AnyIterator {
            guard made < total else { return nil }
            let range = made..<min(made + size, total)
            made = range.upperBound
            return make(range)
        }
    }

    /// The stores responses come from.
    public var storeIDs: [String] { units.filter { $0.kind == "store" }.map(\.id) }

    /// The responses in batches of `size`, generated as they are iterated.
    public func responseBatches(size: Int) -> some Sequence<[SurveyResponse]> {
        let stores = storeIDs
        let languages = Language.allCases
        let first = endDate.addingTimeInterval(-Double(days) * 86_400)
        let span = Double(days) * 86_400
        let touchpoints = self.touchpoints
        let total = responseCount
        let customers = customerCount
        var random = SeededRandom(seed: seed, stream: 77)
        // Comments draw from their own stream, so that the other answers do not depend on the comment share.
        var commentRandom = SeededRandom(seed: seed, stream: 79)
        let commentShare = self.commentShare
        return Self.batches(of: total, size: size) { range in
            var batch: [SurveyResponse] = []
            batch.reserveCapacity(range.count)
            for index in range {
                // Responses advance through time, so that batches arrive in time order as live ones would.
                let at = first.addingTimeInterval(span * (Double(index) + random.unit()) / Double(total))
                let touchpoint = touchpoints[random.below(touchpoints.count)]
                let tilt = Double(touchpoint.position % 7) * 0.08
                let nps = min(10, max(0, Int((7.2 + tilt + random.normal() * 2.2).rounded())))
                var answers = [Answer(question: "nps", value: .score(nps))]
                if random.chance(0.8) {
                    answers.append(
                        Answer(question: "ces", value: .score(min(7, max(1, Int((5.3 + random.normal() * 1.3).rounded()))))))
                }
                // Drawn in the order they always were, so that a seed gives the same responses as before comments.
                let unitID = stores[random.below(stores.count)]
                let customerID =
                    customers > 0 && random.chance(Self.identifiedShare) ? "load-customer-\(random.below(customers))" : nil
                let language = languages[random.below(languages.count)]
                if commentShare > 0, nps <= 6 || nps >= 9, commentRandom.chance(commentShare) {
                    let bank = DemoPhrases.bank(for: language)
                    let sentences = nps <= 6 ? bank.complaints : bank.praise
                    let topic = sentences[(touchpoint.position + commentRandom.below(3)) % sentences.count]
                    answers.append(Answer(question: "comment", value: .text(topic[commentRandom.below(topic.count)])))
                }
                batch.append(
                    SurveyResponse(
                        surveyID: Self.surveyID, surveyVersion: 1, touchpointID: touchpoint.id,
                        unitID: unitID, channelID: touchpoint.channelID, customerID: customerID, language: language,
                        submittedAt: at, answers: answers,
                        idempotencyKey: nil))
            }
            return batch
        }
    }
}
