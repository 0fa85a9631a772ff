import Foundation
import Testing

@testable import CXMCore

/// One full-size data set shared by the tests: building it and its 110,000 responses takes about a second.
private enum DemoFixture {
    /// 2026-05-28 20:26:40 UTC.
    static let endDate = Date(timeIntervalSince1970: 1_780_000_000)
    static let data = DemoDataSet(endDate: endDate)
    static let responses: [SurveyResponse] = data.responseBatches(size: 5_000).flatMap { $0 }

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        return calendar
    }

    static func nps(_ responses: some Sequence<SurveyResponse>) -> (score: Double, count: Int) {
        var promoters = 0
        var detractors = 0
        var count = 0
        for response in responses {
            guard let score = response.answer("nps")?.score else { continue }
            count += 1
            if score >= 9 { promoters += 1 } else if score <= 6 { detractors += 1 }
        }
        return (100 * Double(promoters - detractors) / Double(max(count, 1)), count)
    }

    static func mean(_ values: [Int]) -> Double { Double(values.reduce(0, +)) / Double(max(values.count, 1)) }
}

@Suite("Demo data set")
struct DemoDataSetTests {
    // MARK: Determinism

    @Test func sameSeedGivesSameData() {
        let first = DemoDataSet(seed: 7, endDate: DemoFixture.endDate, customerCount: 500, responseCount: 3_000)
        let second = DemoDataSet(seed: 7, endDate: DemoFixture.endDate, customerCount: 500, responseCount: 3_000)
        #expect(first.customers == second.customers)
        #expect(first.units == second.units && first.touchpoints == second.touchpoints && first.surveys == second.surveys)
        #expect(Array(first.responseBatches(size: 1_000)) == Array(second.responseBatches(size: 1_000)))
    }

    @Test func differentSeedGivesDifferentData() {
        let first = DemoDataSet(seed: 7, endDate: DemoFixture.endDate, customerCount: 500, responseCount: 1_000)
        let other = DemoDataSet(seed: 8, endDate: DemoFixture.endDate, customerCount: 500, responseCount: 1_000)
        #expect(first.customers != other.customers)
        #expect(
            first.responseBatches(size: 1_000).first(where: { _ in true })
                != other.responseBatches(size: 1_000).first(where: { _ in true }))
    }

    @Test func batchSizeAndRepeatedIterationDoNotChangeResponses() {
        let data = DemoDataSet(seed: 3, endDate: DemoFixture.endDate, customerCount: 300, responseCount: 2_345)
        let batches = data.responseBatches(size: 7)
        let small = batches.flatMap { $0 }
        let large = data.responseBatches(size: 1_000).flatMap { $0 }
        #expect(small.count == 2_345)
        #expect(small == large)
        #expect(batches.flatMap { $0 } == small)
        #expect(Array(batches).allSatisfy { $0.count <= 7 })
    }

    // MARK: Counts and shape

    @Test func hasTheExpectedSizes() {
        let data = DemoFixture.data
        #expect(data.units.count >= 20)
        #expect(Set(data.units.map(\.kind)) == ["company", "region", "store", "team"])
        #expect(data.journeys.count == 3)
        for journey in data.journeys {
            #expect((3...5).contains(data.stages.filter { $0.journeyID == journey.id }.count), "\(journey.name)")
        }
        #expect((15...25).contains(data.touchpoints.count))
        #expect((6...10).contains(data.surveys.count))
        #expect(data.segments.count >= 3)
        #expect(data.customers.count == 20_000)
        #expect(DemoFixture.responses.count == 110_000)
        #expect(data.responseBatches(size: 1_000).underestimatedCount == 110)
    }

    @Test func touchpointsUseEveryCustomerFacingChannel() {
        let used = Set(DemoFixture.data.touchpoints.map(\.channelID))
        for kind in ["web", "app", "store", "phone", "chat", "email", "field_service"] {
            #expect(used.contains("channel-\(kind)"), "no touchpoint in \(kind)")
        }
        #expect(DemoFixture.data.channels == Channel.defaults)
    }

    @Test func unitsFormOneTree() {
        let data = DemoFixture.data
        let tree = UnitTree(data.units)
        #expect(tree.roots.map(\.id) == ["unit-norrsken"])
        #expect(tree.subtree(of: "unit-norrsken").count == data.units.count)
        #expect(tree.subtree(of: "unit-se").contains(DemoFixture.data.patterns.weakStoreID))
        let ids = Set(data.units.map(\.id))
        for touchpoint in data.touchpoints { #expect(ids.contains(touchpoint.ownerUnitID)) }
        for customer in data.customers.prefix(500) { #expect(customer.unitID.map(ids.contains) == true) }
    }

    @Test func everyIdentifierIsValidAndUnique() {
        let data = DemoFixture.data
        let groups: [[String]] = [
            data.units.map(\.id), data.journeys.map(\.id), data.stages.map(\.id), data.touchpoints.map(\.id),
            data.surveys.map(\.id), data.segments.map(\.id), data.customers.map(\.id), DemoFixture.responses.map(\.id),
        ]
        for ids in groups {
            #expect(Set(ids).count == ids.count)
            #expect(ids.allSatisfy(Identifier.isValid))
        }
        #expect(data.customers.first?.id == "cust-000001")
        #expect(DemoFixture.responses.first?.id == "resp-0000001")
    }

    // MARK: Validity

    @Test func definitionsValidateUnchanged() throws {
        let data = DemoFixture.data
        #expect(try data.settings.validated() == data.settings)
        #expect(data.settings.name == "Norrsken Telecom" && data.settings.timeZone == "Europe/Stockholm")
        #expect(data.settings.defaultLanguage == .en && data.settings.enabledLanguages == Language.allCases)
        for unit in data.units { #expect(try unit.validated() == unit) }
        for journey in data.journeys { #expect(try journey.validated() == journey) }
        for stage in data.stages { #expect(try stage.validated() == stage) }
        for touchpoint in data.touchpoints { #expect(try touchpoint.validated() == touchpoint) }
        for survey in data.surveys { #expect(try survey.validated() == survey) }
        for segment in data.segments { #expect(try segment.validated() == segment) }
    }

    @Test func touchpointsAreFullyDescribed() {
        for touchpoint in DemoFixture.data.touchpoints {
            #expect(!touchpoint.feeling.isEmpty && !touchpoint.functionalNeeds.isEmpty && !touchpoint.emotionalNeeds.isEmpty)
            #expect(!touchpoint.hygieneFactors.isEmpty)
            let blueprint = touchpoint.blueprint
            #expect(
                !blueprint.customerActions.isEmpty && !blueprint.frontstage.isEmpty && !blueprint.backstage.isEmpty
                    && !blueprint.supportProcesses.isEmpty, "\(touchpoint.id)")
        }
    }

    @Test func surveysCoverEveryTouchpointInAllLanguagesWithEveryQuestionType() {
        let data = DemoFixture.data
        let measured = Set(data.surveys.flatMap(\.touchpointIDs))
        #expect(measured == Set(data.touchpoints.map(\.id)))
        #expect(data.surveys.allSatisfy { $0.languages == Language.allCases })
        let types = Set(data.surveys.flatMap { $0.questions.map(\.type) })
        for type in [QuestionType.nps, .csat, .ces, .nki, .rating, .singleChoice, .openText] { #expect(types.contains(type)) }
        let nki = data.surveys.first { $0.questions.contains { $0.type == .nki } }
        #expect(Set(nki?.questions.compactMap(\.nkiItem) ?? []) == Set(NKIItem.allCases))
    }

    @Test func customersValidateUnchanged() throws {
        for customer in DemoFixture.data.customers { #expect(try customer.validated() == customer) }
    }

    @Test func everyFiftiethResponseResolvesAgainstTheCatalog() throws {
        let data = DemoFixture.data
        let catalog = data.responseCatalog()
        for response in stride(from: 0, to: DemoFixture.responses.count, by: 50).map({ DemoFixture.responses[$0] }) {
            let submission = ResponseSubmission(
                surveyID: response.surveyID, surveyVersion: response.surveyVersion, touchpointID: response.touchpointID,
                unitID: response.unitID, channelID: response.channelID, customerID: response.customerID,
                language: response.language, submittedAt: response.submittedAt, answers: response.answers,
                idempotencyKey: response.idempotencyKey)
            let resolved = try submission.resolve(in: catalog, receivedAt: DemoFixture.endDate)
            #expect(resolved.answers == response.answers)
            #expect(resolved.unitID == response.unitID && resolved.channelID == response.channelID)
            #expect(resolved.touchpointID == response.touchpointID && resolved.customerID == response.customerID)
        }
    }

    @Test func responsesLinkOnlyCustomersWhoAgreedAndFitTheirSurvey() {
        let data = DemoFixture.data
        let customers = Dictionary(uniqueKeysWithValues: data.customers.map { ($0.id, $0) })
        let surveys = Dictionary(uniqueKeysWithValues: data.surveys.map { ($0.id, $0) })
        var linked = 0
        for response in DemoFixture.responses {
            #expect(response.idempotencyKey == nil)
            #expect(surveys[response.surveyID]?.touchpointIDs.contains(response.touchpointID) == true)
            if let id = response.customerID {
                linked += 1
                #expect(customers[id]?.consent.maySurvey == true)
            }
        }
        let share = Double(linked) / Double(DemoFixture.responses.count)
        #expect((0.5...0.7).contains(share))
    }

    @Test func storeAnswersBelongToTheCustomersStore() {
        let customers = Dictionary(uniqueKeysWithValues: DemoFixture.data.customers.map { ($0.id, $0) })
        for response in DemoFixture.responses.prefix(20_000) where response.channelID == "channel-store" {
            if let id = response.customerID { #expect(customers[id]?.unitID == response.unitID) }
        }
    }

    @Test func answersFallInTheYearBeforeTheEndDateOnBusyDaysAndHours() {
        let end = DemoFixture.endDate
        let start = end.addingTimeInterval(-366 * 86_400)
        let calendar = DemoFixture.calendar
        var weekdays = 0
        var weekend = 0
        var daytime = 0
        var night = 0
        for response in DemoFixture.responses {
            #expect(response.submittedAt > start && response.submittedAt <= end)
            let parts = calendar.dateComponents([.weekday, .hour], from: response.submittedAt)
            if parts.weekday == 1 || parts.weekday == 7 { weekend += 1 } else { weekdays += 1 }
            if (8...20).contains(parts.hour!) { daytime += 1 } else if (0...5).contains(parts.hour!) { night += 1 }
        }
        // Five weekdays should clearly outweigh two weekend days per day, and nights are quiet.
        #expect(Double(weekdays) / 5 > 1.5 * Double(weekend) / 2)
        #expect(daytime > 20 * night)
    }

    // MARK: Patterns

    @Test func weakStoreIsClearlyBelowTheOtherStores() {
        let weak = DemoFixture.data.patterns.weakStoreID
        let storeIDs = Set(DemoFixture.data.units.filter { $0.kind == "store" }.map(\.id))
        let stores = DemoFixture.responses.filter { storeIDs.contains($0.unitID) }
        let weakNPS = DemoFixture.nps(stores.filter { $0.unitID == weak })
        let others = DemoFixture.nps(stores.filter { $0.unitID != weak })
        #expect(weakNPS.count > 500)
        #expect(weakNPS.score < others.score - 12, "weak \(weakNPS.score) others \(others.score)")
    }

    @Test func appLoginEffortWorsensAfterTheChange() {
        let patterns = DemoFixture.data.patterns
        let days = patterns.cesChangeDate.timeIntervalSince(DemoFixture.endDate) / 86_400
        #expect((-125 ... -115).contains(days))
        let app = DemoFixture.responses.filter { $0.touchpointID == patterns.cesTouchpointID }
        let before = app.filter { $0.submittedAt < patterns.cesChangeDate }.compactMap { $0.answer("ces")?.score }
        let after = app.filter { $0.submittedAt >= patterns.cesChangeDate }.compactMap { $0.answer("ces")?.score }
        #expect(
            DemoFixture.mean(after) < DemoFixture.mean(before) - 0.7,
            "before \(DemoFixture.mean(before)) after \(DemoFixture.mean(after))")
    }

    @Test func decemberAndJulyAreWorseThanMay() {
        let calendar = DemoFixture.calendar
        func month(_ number: Int) -> Double {
            DemoFixture.nps(DemoFixture.responses.lazy.filter { calendar.component(.month, from: $0.submittedAt) == number })
                .score
        }
        let may = month(5)
        #expect(month(12) < may - 8)
        #expect(month(7) < may - 8)
    }

    @Test func lateTechniciansDragTheScoreDown() {
        let visits = DemoFixture.responses.filter { DemoFixture.data.patterns.lateArrivalTouchpointIDs.contains($0.touchpointID) }
        let onTime = DemoFixture.nps(visits.filter { $0.answer("arrival") == .choice("on_time") })
        let late = DemoFixture.nps(visits.filter { $0.answer("arrival") == .choice("late_long") })
        #expect(late.count > 100)
        #expect(late.score < onTime.score - 40)
    }

    @Test func overallNPSIsPlausibleForATelecom() {
        let overall = DemoFixture.nps(DemoFixture.responses)
        #expect((5.0...35.0).contains(overall.score))
    }

    @Test func openTextExistsInAllLanguagesAndFitsTheScore() {
        var distinct: [Language: Set<String>] = [:]
        var withText = 0
        var misfits: [String] = []
        for response in DemoFixture.responses {
            guard case .text(let text)? = response.answer("comment") else { continue }
            withText += 1
            distinct[response.language, default: []].insert(text)
            // A detractor's comment opens with a complaint, a promoter's with praise.
            guard let nps = response.answer("nps")?.score, nps <= 6 || nps >= 9 else { continue }
            let bank = DemoPhrases.bank(for: response.language)
            let openers = nps <= 6 ? bank.complaints.joined() : bank.praise.joined()
            if !openers.contains(where: text.hasPrefix) { misfits.append("\(nps): \(text)") }
        }
        for language in Language.allCases {
            #expect((distinct[language]?.count ?? 0) >= 200, "\(language): \(distinct[language]?.count ?? 0)")
        }
        let share = Double(withText) / Double(DemoFixture.responses.count)
        #expect((0.15...0.35).contains(share))
        #expect(misfits.isEmpty, "\(misfits.prefix(3))")
    }

    // MARK: Customers

    @Test func customerIdentifiersAreUniqueAndInTwoOrThreeSystems() {
        var seen = Set<String>()
        for customer in DemoFixture.data.customers {
            #expect((2...3).contains(customer.identifiers.count))
            #expect(customer.identifiers.first?.system == "crm")
            for identifier in customer.identifiers { #expect(seen.insert(identifier.description).inserted, "\(identifier)") }
        }
    }

    @Test func customersLookNordic() {
        let customers = DemoFixture.data.customers
        let notSurveyed = customers.filter { !$0.consent.maySurvey }.count
        let notContacted = customers.filter { !$0.consent.mayContact }.count
        #expect((600...1_400).contains(notSurveyed))
        #expect((1_400...2_600).contains(notContacted))
        let expected: [String: Language] = ["SE": .sv, "DK": .da, "NO": .nb]
        var matching = 0
        for customer in customers {
            guard case .text(let country)? = customer.attributes["country"] else {
                Issue.record("\(customer.id) has no country")
                continue
            }
            if customer.preferredLanguage == expected[country] { matching += 1 }
            #expect(customer.attributes["has_fibre"]?.type == .boolean)
            #expect(customer.attributes["tenure_months"]?.type == .number)
            if case .date(let day)? = customer.attributes["customer_since"] {
                #expect(CalendarDay.isValid(day))
            } else {
                Issue.record("\(customer.id) has no customer_since date")
            }
        }
        #expect(Double(matching) / Double(customers.count) > 0.8)
        #expect(customers.contains { $0.preferredLanguage == .fi } && customers.contains { $0.preferredLanguage == .en })
    }

    @Test func everySegmentHasMembers() {
        for segment in DemoFixture.data.segments {
            let members = DemoFixture.data.customers.filter(segment.contains).count
            #expect(members > 100 && members < 20_000, "\(segment.name): \(members)")
        }
    }

    @Test func loginsAreTheDocumentedOnes() {
        let logins = DemoFixture.data.logins
        let expected: [(String, String, Role)] = [
            ("admin@demo.cxm.example", "demo-admin", .admin), ("cx@demo.cxm.example", "demo-cx", .cxManager),
            ("analyst@demo.cxm.example", "demo-analyst", .analyst), ("lead@demo.cxm.example", "demo-lead", .teamLead),
            ("frontline@demo.cxm.example", "demo-frontline", .frontline), ("viewer@demo.cxm.example", "demo-viewer", .viewer),
        ]
        #expect(logins.map(\.email) == expected.map(\.0))
        #expect(logins.map(\.password) == expected.map(\.1))
        #expect(logins.map(\.role) == expected.map(\.2))
        let units = Dictionary(uniqueKeysWithValues: DemoFixture.data.units.map { ($0.id, $0) })
        #expect(logins[0].unitID == nil)
        #expect(logins[3].unitID.flatMap { units[$0]?.kind } == "region")
        #expect(logins[4].unitID.flatMap { units[$0]?.kind } == "store")
    }
}
