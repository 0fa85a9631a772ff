import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("Open-text analytics in the store")
struct TextAnalyticsContractTests {
    let fixture = Fixture()

    /// A response with the comment and NPS given, on the day given (days after the fixture's first).
    private func response(_ comment: String, nps: Int, day: Int = 0, unit: String = "u-store1") -> SurveyResponse {
        var response = fixture.response(
            nps: nps, unit: unit, at: Date(timeIntervalSince1970: 1_780_000_000 + Double(day) * 86_400))
        response.answers = response.answers.map {
            $0.question == "comment" ? Answer(question: "comment", value: .text(comment)) : $0
        }
        return response
    }

    @Test(arguments: TestBackend.available)
    func answersAreAnalysedAsTheyAreStoredAndListedWithFilters(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let angry = response("Telefonkön var alldeles för lång och ingen svarade.", nps: 2)
            let happy = response("Mycket trevlig och kunnig personal!", nps: 10, day: 1)
            let english = response("The invoice was wrong again.", nps: 4, day: 2, unit: "u-store2")
            _ = try await store.insertResponses([angry, happy, english, response("   ", nps: 8)])

            let all = try await store.feedback(FeedbackQuery(), page: PageRequest(limit: 10))
            #expect(all.total == 3)
            #expect(all.items.map(\.responseID) == [english.id, happy.id, angry.id])
            let first = try #require(all.items.last)
            #expect(first.language == .sv)
            #expect(first.sentiment.label == .negative)
            #expect(first.themes.map(\.themeID).contains("waiting"))
            #expect(first.scores["nps"] == 2)
            let waiting = try #require(first.themes.first { $0.themeID == "waiting" })
            let scalars = Array(first.text.unicodeScalars)
            #expect(waiting.spans.map { String(String.UnicodeScalarView(scalars[$0])) }.contains("Telefonkön"))

            var query = FeedbackQuery()
            query.sentiments = [.negative]
            #expect(
                try await store.feedback(query, page: PageRequest(limit: 10)).items.map(\.responseID).sorted()
                    == [angry.id, english.id].sorted())
            query = FeedbackQuery()
            query.search = "KUNNIG personal"
            #expect(try await store.feedback(query, page: PageRequest(limit: 10)).items.map(\.responseID) == [happy.id])
            query = FeedbackQuery()
            query.search = "100%_"
            #expect(try await store.feedback(query, page: PageRequest(limit: 10)).total == 0)
            query = FeedbackQuery()
            query.themeID = "billing"
            #expect(try await store.feedback(query, page: PageRequest(limit: 10)).items.map(\.responseID) == [english.id])
            query = FeedbackQuery()
            query.languages = ["en"]
            query.npsGroup = .detractor
            #expect(try await store.feedback(query, page: PageRequest(limit: 10)).items.map(\.responseID) == [english.id])
            query = FeedbackQuery()
            query.visibleUnits = ["u-store2"]
            #expect(try await store.feedback(query, page: PageRequest(limit: 10)).total == 1)
            query.visibleUnits = []
            #expect(try await store.feedback(query, page: PageRequest(limit: 10)).total == 0)
            query = FeedbackQuery()
            query.order = .mostPositive
            #expect(try await store.feedback(query, page: PageRequest(limit: 1)).items.first?.responseID == happy.id)
        }
    }

    @Test(arguments: TestBackend.available)
    func peopleTagRethemeAndMarkExamplesAndReanalysisKeepsIt(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let text = response("Telefonkön var alldeles för lång.", nps: 3)
            _ = try await store.insertResponses([text])
            var changed = try await store.annotateText(
                response: text.id, question: "comment",
                TextAnnotationChange(
                    addTags: ["Uppföljning"], addThemes: ["price.fees"], removeThemes: ["waiting"], example: true),
                by: Fixture.actor)
            #expect(changed.tags == ["uppföljning"])
            #expect(changed.isExample)
            #expect(Set(changed.themes.map(\.themeID)) == ["price", "price.fees"])
            #expect(changed.themes.allSatisfy { $0.manual })

            // A new taxonomy version re-reads every answer; what people set and took away stays.
            var taxonomy = try await store.taxonomy().taxonomy
            taxonomy.themes[0].names = LocalizedText([.en: "Money"])
            let saved = try await store.saveTaxonomy(taxonomy, by: Fixture.actor)
            #expect(saved.version == 2 && !saved.isDefault)
            #expect(try await store.textsAwaitingAnalysis() == 1)
            #expect(try await store.analysisIsStale())
            #expect(try await store.analysePendingTexts() == 1)
            #expect(try await store.textsAwaitingAnalysis() == 0)
            #expect(try await store.analysisIsStale() == false)
            changed = try await store.feedbackText(response: text.id, question: "comment")
            #expect(Set(changed.themes.map(\.themeID)) == ["price", "price.fees"])

            var query = FeedbackQuery()
            query.tag = "uppföljning"
            query.examplesOnly = true
            #expect(try await store.feedback(query, page: PageRequest(limit: 5)).total == 1)
            #expect(try await store.feedbackTags().map(\.tag) == ["uppföljning"])

            await #expect(throws: StoreError.self) {
                try await store.annotateText(
                    response: text.id, question: "comment", TextAnnotationChange(addThemes: ["no-such"]),
                    by: Fixture.actor)
            }
            await #expect(throws: StoreError.self) {
                try await store.annotateText(
                    response: "nope", question: "comment", TextAnnotationChange(example: true), by: Fixture.actor)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func withAThemeTheToneOfItsOwnSentencesOrdersTheQuotes(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            // Praise for the staff in an answer that is negative as a whole, and a lukewarm word about them.
            let mixed = response("Personalen var fantastisk. Allt annat var dåligt, krångligt och alldeles för dyrt.", nps: 3)
            let lukewarm = response("Personalen var okej.", nps: 7, day: 1)
            _ = try await store.insertResponses([mixed, lukewarm])
            var query = FeedbackQuery()
            query.themeID = "staff"
            query.order = .mostPositive
            #expect(
                try await store.feedback(query, page: PageRequest(limit: 2)).items.map(\.responseID) == [mixed.id, lukewarm.id])
            query.themeID = nil
            #expect(try await store.feedback(query, page: PageRequest(limit: 2)).items.first?.responseID == lukewarm.id)
        }
    }

    @Test(arguments: TestBackend.available)
    func anInvalidTaxonomyIsRefusedAndTheOldOneKept(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let bad = Taxonomy(themes: [Theme(id: "price", names: LocalizedText([.en: "Price"]), patterns: [.sv: ["pr*s"]])])
            await #expect(throws: StoreError.self) { try await store.saveTaxonomy(bad, by: Fixture.actor) }
            let current = try await store.taxonomy()
            #expect(current.isDefault && current.version == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func themesAreCountedWithScoresOverTimeAndByUnit(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            var responses: [SurveyResponse] = []
            for index in 0..<12 {
                responses.append(response("Telefonkön var alldeles för lång.", nps: index % 3, day: index * 20))
            }
            for index in 0..<8 {
                responses.append(response("Trevlig personal.", nps: 9 + index % 2, day: index * 30, unit: "u-store2"))
            }
            _ = try await store.insertResponses(responses)
            let (texts, themes) = try await store.themeCounts(FeedbackQuery())
            #expect(texts == 20)
            let waiting = try #require(themes.first { $0.themeID == "waiting" })
            #expect(waiting.mentions == 12 && waiting.negative == 12)
            #expect(waiting.nps == NPSCounts(promoters: 0, passives: 0, detractors: 12))
            let staff = try #require(themes.first { $0.themeID == "staff" })
            #expect(staff.positive == 8 && staff.nps.promoters == 8)
            let figure = ThemeFigure(counts: waiting, totalTexts: texts)
            #expect(figure.isLowSample)
            #expect(figure.nps?.score ?? 0 < -50)

            let byUnit = try await store.themeCounts("waiting", by: .unit, FeedbackQuery())
            #expect(byUnit.map(\.key) == ["u-store1"])
            #expect(byUnit.first?.texts == 12)
            let trend = try await store.themeTrend("waiting", grain: .month, FeedbackQuery())
            #expect(trend.reduce(0) { $0 + $1.mentions } == 12)
            #expect(trend.reduce(0) { $0 + $1.texts } == 20)
            #expect(trend.count >= 7)
        }
    }

    @Test(arguments: TestBackend.available)
    func deletingAnAnswersTextDeletesItsAnalysis(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let text = response("Fakturan var fel.", nps: 3, day: -2_000)
            _ = try await store.insertResponses([text])
            var settings = try await store.workspaceSettings()
            settings.retention = RetentionPolicy(openTextMonths: 12)
            try await store.saveWorkspaceSettings(settings, by: Fixture.actor)
            _ = try await store.applyRetention(.manual, now: Date(), by: Fixture.actor)
            #expect(try await store.feedback(FeedbackQuery(), page: PageRequest(limit: 5)).total == 0)
        }
    }
}
