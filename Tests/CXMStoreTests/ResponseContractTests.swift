import CXMCore
import CXMStore
import Foundation
import Testing

@Suite("Surveys and responses")
struct ResponseContractTests {
    let fixture = Fixture()

    @Test(arguments: TestBackend.available)
    func changingASurveyMakesANewVersionAndKeepsTheOld(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            var survey = try await store.survey("sv-1")
            #expect(survey.version == 1)
            survey.questions.removeLast()
            let saved = try await store.saveSurvey(survey, by: Fixture.actor)
            #expect(saved.version == 2)
            #expect(try await store.survey("sv-1").questions.count == 3)
            #expect(try await store.survey("sv-1", version: 1).questions.count == 4)
            await #expect(throws: StoreError.self) { try await store.survey("sv-1", version: 3) }
        }
    }

    @Test(arguments: TestBackend.available)
    func answersOfEveryKindRoundTrip(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let response = fixture.response(nps: 7)
            let outcome = try await store.insertResponses([response])
            #expect(outcome == [.stored(id: response.id)])
            let stored = try await store.response(response.id)
            #expect(stored.answer("nps") == .score(7))
            #expect(stored.answer("reason") == .choice("price"))
            #expect(stored.answer("topics") == .choices(["a", "b"]))
            #expect(stored.answer("comment") == .text("Bra, men dyrt"))
            #expect(stored.submittedAt == response.submittedAt)
            #expect(stored.language == .sv)
        }
    }

    @Test(arguments: TestBackend.available)
    func textThatNeedsEscapingRoundTripsExactly(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let texts = [
                "Sa \"hej\" \\ och\nny rad\tflik \u{1}\u{1F}", "Ærø, Ålesund, Tromsø – ”fint” 😀 日本",
                "'; DROP TABLE answers; --", "\\u0041 stays as written", "",
            ]
            var responses: [SurveyResponse] = []
            for (index, text) in texts.enumerated() {
                var response = fixture.response(nps: index)
                response.id = "escape-\(index)"
                response.idempotencyKey = "escape-key-\(index)"
                response.answers = response.answers.map { answer in
                    answer.question == "comment" ? Answer(question: "comment", value: .text(text)) : answer
                }
                responses.append(response)
            }
            _ = try await store.insertResponses(responses)
            for (index, text) in texts.enumerated() {
                #expect(try await store.response("escape-\(index)").answer("comment") == .text(text))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func anIdempotencyKeyStoresAResponseOnce(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let first = fixture.response(nps: 10, key: "retry-1")
            let again = fixture.response(nps: 10, key: "retry-1")
            let other = fixture.response(nps: 2, key: "retry-2")
            let outcomes = try await store.insertResponses([first, again, other])
            #expect(outcomes == [.stored(id: first.id), .duplicate(id: first.id), .stored(id: other.id)])
            let retried = try await store.insertResponses([fixture.response(nps: 10, key: "retry-1")])
            #expect(retried == [.duplicate(id: first.id)])
            #expect(try await store.responseCount() == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func aLargeBatchCrossesStatementLimitsInOneTransaction(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let batch = (0..<6000).map { i in fixture.response(nps: i % 11, key: "k\(i)") }
            let outcomes = try await store.insertResponses(batch)
            #expect(outcomes.allSatisfy { if case .stored = $0 { true } else { false } })
            #expect(try await store.responseCount() == 6000)
        }
    }

    @Test(arguments: TestBackend.available)
    func responsesAreListedNewestFirstWithinScopeAndFilters(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let base = Date(timeIntervalSince1970: 1_780_000_000)
            let responses = (0..<5).map { i in
                fixture.response(
                    id: "r\(i)", nps: i, unit: i % 2 == 0 ? "u-store1" : "u-store2", at: base.addingTimeInterval(Double(i) * 3600)
                )
            }
            _ = try await store.insertResponses(responses)
            let all = try await store.responses(ResponseQuery(), page: PageRequest())
            #expect(all.items.map(\.id) == ["r4", "r3", "r2", "r1", "r0"])
            let scoped = try await store.responses(ResponseQuery(visibleUnits: ["u-store1"]), page: PageRequest())
            #expect(scoped.items.map(\.id) == ["r4", "r2", "r0"])
            let window = try await store.responses(
                ResponseQuery(from: base.addingTimeInterval(3600), to: base.addingTimeInterval(3 * 3600)), page: PageRequest())
            #expect(window.items.map(\.id) == ["r2", "r1"])
            #expect(try await store.responseCountsBySurvey() == ["sv-1": 5])
        }
    }

    @Test(arguments: TestBackend.available)
    func aSurveyWithAnswersCannotBeDeleted(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            _ = try await store.insertResponses([fixture.response(nps: 5)])
            await #expect(throws: StoreError.self) { try await store.deleteSurvey("sv-1", by: Fixture.actor) }
        }
    }

    @Test(arguments: TestBackend.available)
    func theCatalogResolvesSubmissionsAgainstStoredData(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            let customer = Customer(id: "c-1", displayName: "", identifiers: [CustomerIdentifier(system: "crm", value: "77")])
            try await store.saveCustomer(customer, by: Fixture.actor)
            let submission = ResponseSubmission(
                surveyID: "sv-1", customer: "crm:77", language: .en, answers: [Answer(question: "nps", value: .score(9))])
            let catalog = try await store.responseCatalog(for: [submission])
            let response = try submission.resolve(in: catalog, receivedAt: Date())
            #expect(response.customerID == "c-1")
            #expect(response.unitID == "u-store1")
            #expect(response.channelID == "ch-web")
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentWritersAllCommitAndReadersKeepReading(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await fixture.install(in: store)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        for i in 0..<10 {
                            _ = try await store.insertResponses([fixture.response(nps: i, key: "w\(writer)-\(i)")])
                        }
                    }
                }
                for _ in 0..<4 {
                    group.addTask {
                        for _ in 0..<10 { _ = try await store.responses(ResponseQuery(), page: PageRequest(limit: 5)) }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.responseCount() == 80)
            #expect(try await store.integrityProblems().isEmpty)
        }
    }
}
