import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Response ingestion over the API")
struct ResponseAPITests {
    /// A submission for the first survey/touchpoint of the demo that asks NPS, built from the store.
    static func submission(_ server: TestServer, nps: Int = 9, key: String? = nil) async throws -> String {
        let survey = try #require(try await server.store.surveys().first { $0.questions.contains { $0.key == "nps" } })
        var answers: [[String: Any]] = []
        for question in survey.questions where question.required {
            switch question.type {
            case .nps: answers.append(["question": question.key, "value": nps])
            case .singleChoice, .multipleChoice: answers.append(["question": question.key, "value": question.options[0].key])
            case .openText: answers.append(["question": question.key, "value": "ok"])
            default: answers.append(["question": question.key, "value": question.scale!.upperBound])
            }
        }
        if !survey.questions.contains(where: { $0.key == "nps" && $0.required }) {
            answers.append(["question": "nps", "value": nps])
        }
        var object: [String: Any] = [
            "surveyID": survey.id, "touchpointID": survey.touchpointIDs[0], "language": survey.languages[0].rawValue,
            "answers": answers, "submittedAt": "2026-05-01T10:00:00Z",
        ]
        if let key { object["idempotencyKey"] = key }
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func aRetriedSubmissionIsStoredOnce() async throws {
        try await TestServer.with { server, client in
            let token = server.tokens[.cxManager]
            let body = try await Self.submission(server)
            let before = try await server.store.responseCount()
            let first = try await client.api(
                .post, "/api/v1/responses", token: token, json: body, headers: [HTTPField.Name("Idempotency-Key")!: "abc-1"])
            #expect(first.status == .created)
            let again = try await client.api(
                .post, "/api/v1/responses", token: token, json: body, headers: [HTTPField.Name("Idempotency-Key")!: "abc-1"])
            #expect(again.status == .ok)
            let a = try #require(try first.body.json() as? [String: Any])
            let b = try #require(try again.body.json() as? [String: Any])
            #expect(a["id"] as? String == b["id"] as? String)
            #expect(first.headers[.location] == "/api/v1/responses/\(a["id"] as? String ?? "")")
            #expect(b["duplicate"] as? Bool == true)
            #expect(try await server.store.responseCount() == before + 1)
        }
    }

    @Test func theServerFoldsQueuedTalliesIntoRollupsInTheBackground() async throws {
        try await TestServer.with { server, client in
            _ = try await server.store.foldRollups()
            let body = try await Self.submission(server, nps: 10)
            let stored = try await client.api(.post, "/api/v1/responses", token: server.tokens[.cxManager], json: body)
            #expect(stored.status == .created)
            #expect(try await server.store.rollupBacklog().responses == 1)
            let metrics = try await client.execute(uri: "/metrics", method: .get).body.string
            #expect(metrics.contains("cxm_rollup_backlog_responses 1"))
            // No read asks for rollups here: the folder notices that arrivals stopped and folds.
            let deadline = Date().addingTimeInterval(10)
            while try await server.store.rollupBacklog().responses > 0 && Date() < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(try await server.store.rollupBacklog().responses == 0)
        }
    }

    @Test func theFolderWaitsWhileTheQueueGrowsAndFoldsWhenItPausesOrFillsOrAges() {
        let policy = RollupFoldPolicy(
            checkEvery: .milliseconds(200), quietPeriod: .seconds(1), maxResponses: 100_000, maxWait: 10)
        #expect(!policy.shouldFold(responses: 0, quietFor: .seconds(5), oldestWaited: 0))
        #expect(!policy.shouldFold(responses: 20_000, quietFor: .milliseconds(400), oldestWaited: 1))
        #expect(policy.shouldFold(responses: 20_000, quietFor: .seconds(1), oldestWaited: 1))
        #expect(policy.shouldFold(responses: 100_000, quietFor: .zero, oldestWaited: 1))
        #expect(policy.shouldFold(responses: 30_000, quietFor: .zero, oldestWaited: 10))
    }

    @Test func aBatchKeepsTheGoodItemsAndNamesEveryBadOne() async throws {
        try await TestServer.with { server, client in
            let good = try await Self.submission(server, key: "b-1")
            let badScore = try await Self.submission(server, nps: 11)
            let unknownSurvey = #"{"surveyID": "no-such-survey", "language": "en", "answers": []}"#
            let batch = "{\"responses\": [\(good), \(badScore), \(unknownSurvey), \(good)]}"
            let response = try await client.api(.post, "/api/v1/responses:batch", token: server.tokens[.admin], json: batch)
            #expect(response.status == .ok)
            let result = try #require(try response.body.json() as? [String: Any])
            #expect(result["stored"] as? Int == 1)
            #expect(result["duplicates"] as? Int == 1)
            #expect(result["rejected"] as? Int == 2)
            let items = try #require(result["results"] as? [[String: Any]])
            #expect(items.map { $0["status"] as? String } == ["stored", "rejected", "rejected", "duplicate"])
            let errors = try #require(items[1]["errors"] as? [[String: Any]])
            #expect(errors.contains { ($0["field"] as? String)?.hasSuffix(".value") == true })
            let unknown = try #require(items[2]["errors"] as? [[String: Any]])
            #expect((unknown.first?["message"] as? String)?.contains("no-such-survey") == true)
        }
    }

    @Test func aMalformedItemIsRejectedAloneNotTheWholeBatch() async throws {
        try await TestServer.with { server, client in
            let good = try await Self.submission(server)
            let wrongLanguage = #"{"surveyID": "x", "language": "de", "answers": []}"#
            let wrongType = #"{"surveyID": "x", "language": "sv", "answers": [{"question": "nps", "value": {"a": 1}}]}"#
            let batch = "{\"responses\": [\(wrongLanguage), \(good), \(wrongType)]}"
            let response = try await client.api(.post, "/api/v1/responses:batch", token: server.tokens[.admin], json: batch)
            #expect(response.status == .ok)
            let result = try #require(try response.body.json() as? [String: Any])
            let items = try #require(result["results"] as? [[String: Any]])
            #expect(items.map { $0["status"] as? String } == ["rejected", "stored", "rejected"])
            let fields = (items[0]["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
            #expect(fields == ["language"])
            let valueField = (items[2]["errors"] as? [[String: Any]])?.first?["field"] as? String
            #expect(valueField == "answers[0].value")
        }
    }

    @Test func aLargeBatchDecodedInSlicesReportsEachItemAsASmallOneWould() async throws {
        try await TestServer.with { server, client in
            let good = try await Self.submission(server)
            let wrongLanguage = #"{"surveyID": "x", "language": "de", "answers": []}"#
            var items = Array(repeating: good, count: 3000)
            items[2700] = wrongLanguage
            let batch = "{\"responses\": [" + items.joined(separator: ",\n") + "]}"
            #expect(batch.utf8.count > 256 * 1024)
            let response = try await client.api(.post, "/api/v1/responses:batch", token: server.tokens[.admin], json: batch)
            #expect(response.status == .ok)
            let result = try #require(try response.body.json() as? [String: Any])
            #expect(result["stored"] as? Int == 2999)
            let items2700 = try #require((result["results"] as? [[String: Any]])?[2700])
            #expect(items2700["status"] as? String == "rejected")
            #expect(items2700["index"] as? Int == 2700)
            #expect((items2700["errors"] as? [[String: Any]])?.first?["field"] as? String == "language")
        }
    }

    @Test func aCustomerReadFromTheAPICanBeWrittenBackUnchanged() async throws {
        try await TestServer.with { server, client in
            let token = server.tokens[.admin]
            let created = try await client.api(
                .post, "/api/v1/customers", token: token,
                json:
                    #"{"displayName": "Åsa Öberg", "identifiers": ["crm:X-1", {"system": "email", "value": "ASA@example.se"}], "attributes": {"plan": {"type": "text", "value": "Bas"}}, "consent": {"mayContact": false}}"#
            )
            #expect(created.status == .created)
            let id = try #require((try created.body.json() as? [String: Any])?["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/customers/\(id)")
            let fetched = try await client.api(.get, created.headers[.location] ?? "", token: token)
            let written = try await client.api(.put, "/api/v1/customers/\(id)", token: token, json: fetched.body.string)
            #expect(written.status == .ok)
            let stored = try await server.store.customer(id)
            #expect(stored.identifiers.map(\.description) == ["crm:X-1", "email:asa@example.se"])
            #expect(stored.consent == Consent(maySurvey: true, mayContact: false))

            // A data-subject request: an admin exports the record, then erases it.
            let export = try await client.api(.get, "/api/v1/customers/\(id)/personal-data", token: token)
            #expect(export.status == .ok)
            let data = try #require(try export.body.json() as? [String: Any])
            #expect((data["customer"] as? [String: Any])?["displayName"] as? String == "Åsa Öberg")
            #expect(data["responses"] as? [Any] != nil)
            let cxManager = try await client.api(
                .get, "/api/v1/customers/\(id)/personal-data", token: server.tokens[.cxManager])
            #expect(cxManager.status == .forbidden)
            #expect(try await client.api(.delete, "/api/v1/customers/\(id)", token: token).status == .noContent)
            let gone = try await client.api(.get, "/api/v1/customers/\(id)/personal-data", token: token)
            #expect(gone.status == .notFound)
        }
    }

    @Test func tooManyItemsOrTooLargeABodyIsRefusedWithoutStoringAnything() async throws {
        try await TestServer.with { server, client in
            let before = try await server.store.responseCount()
            let one = try await Self.submission(server)
            let many = "{\"responses\": [" + Array(repeating: one, count: 10_001).joined(separator: ",") + "]}"
            let tooMany = try await client.api(.post, "/api/v1/responses:batch", token: server.tokens[.admin], json: many)
            #expect(tooMany.status == .badRequest)
            #expect(tooMany.body.string.contains("10000"))
            let huge = "{\"responses\": [], \"padding\": \"" + String(repeating: "x", count: 17 * 1024 * 1024) + "\"}"
            let tooLarge = try await client.api(.post, "/api/v1/responses:batch", token: server.tokens[.admin], json: huge)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(try await server.store.responseCount() == before)
        }
    }

    @Test(arguments: [
        ("{", "body"),
        (#"{"surveyID": 5, "language": "sv", "answers": []}"#, "surveyID"),
        (#"{"surveyID": "x", "language": "de", "answers": []}"#, "language"),
        (#"{"surveyID": "x", "language": "sv"}"#, "answers"),
        (String(repeating: "[", count: 100) + String(repeating: "]", count: 100), "body"),
    ])
    func malformedJSONIsA400NamingTheField(body: String, field: String) async throws {
        try await TestServer.with { server, client in
            let response = try await client.api(.post, "/api/v1/responses", token: server.tokens[.admin], json: body)
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
            let problem = try #require(try response.body.json() as? [String: Any])
            let errors = try #require(problem["errors"] as? [[String: Any]])
            #expect(errors.contains { $0["field"] as? String == field })
        }
    }

    @Test func validationProblemsAre422WithEveryField() async throws {
        try await TestServer.with { server, client in
            let body = #"{"surveyID": "no-such-survey", "language": "sv", "answers": []}"#
            let response = try await client.api(.post, "/api/v1/responses", token: server.tokens[.admin], json: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.body.string.contains("no-such-survey"))
        }
    }
}
