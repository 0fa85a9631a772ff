import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Survey links, QR codes and survey import over the API and the web")
struct SurveyLinksAndImportTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/surveys")

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    @Test func everySharedSurveyFileImportsOverTheAPIWithAReport() async throws {
        try await TestServer.with { server, client in
            let token = try #require(server.tokens[.cxManager])
            let touchpoint = try #require(try await server.store.surveys().first?.touchpointIDs.first)
            let files = try ["limesurvey", "formbricks"].flatMap { folder in
                try FileManager.default.contentsOfDirectory(atPath: Self.shared.appendingPathComponent(folder).path).sorted()
                    .map { Self.shared.appendingPathComponent(folder).appendingPathComponent($0) }
            }
            #expect(files.count == 15)
            var imported = 0
            for file in files {
                let response = try await client.execute(
                    uri: "/api/v1/surveys:import?touchpointID=\(touchpoint)", method: .post,
                    headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(bytes: try Data(contentsOf: file)))
                #expect(response.status == .created, "\(file.lastPathComponent): \(response.body.string.prefix(300))")
                let surveys = try #require(try Self.json(response)["surveys"] as? [[String: Any]])
                for survey in surveys {
                    let id = try #require(survey["id"] as? String)
                    let report = try #require((survey["report"] as? [String: Any])?["entries"] as? [[String: Any]])
                    #expect(report.contains { $0["kind"] as? String == "mapped" || $0["kind"] as? String == "approximated" })
                    #expect(try await server.store.survey(id).questions.count == survey["questions"] as? Int)
                    imported += 1
                }
            }
            #expect(imported == 14 + 51)
        }
    }

    @Test func anExportImportsBackUnchangedAndBadFilesNameTheFault() async throws {
        try await TestServer.with { server, client in
            let token = try #require(server.tokens[.cxManager])
            let original = try #require(try await server.store.surveys().first)
            let export = try await client.api(.get, "/api/v1/surveys/\(original.id)/export", token: token)
            #expect(export.status == .ok)
            // Imported back without naming touchpoints: the export's own are used, and it becomes the next version.
            let back = try await client.execute(
                uri: "/api/v1/surveys:import", method: .post, headers: [.authorization: "Bearer \(token)"],
                body: ByteBuffer(string: export.body.string))
            #expect(back.status == .created)
            var again = try await server.store.survey(original.id)
            #expect(again.version == original.version + 1)
            again.version = original.version
            #expect(again == original)

            let broken =
                "<?xml version=\"1.0\"?>\n<document>\n<LimeSurveyDocType>Survey</LimeSurveyDocType>\n<questions></rows>\n</document>"
            let refused = try await client.execute(
                uri: "/api/v1/surveys:import?touchpointID=\(original.touchpointIDs[0])", method: .post,
                headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: broken))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.string.contains("line 4"))
            let viewer = try await client.execute(
                uri: "/api/v1/surveys:import", method: .post,
                headers: [.authorization: "Bearer \(try #require(server.tokens[.viewer]))"],
                body: ByteBuffer(string: export.body.string))
            #expect(viewer.status == .forbidden)
        }
    }

    @Test func linksAreCreatedClosedAndDrawnAsQRCodes() async throws {
        try await TestServer.with(configure: { $0.publicURL = "https://feedback.example.se" }) { server, client in
            let token = try #require(server.tokens[.cxManager])
            let survey = try #require(try await server.store.surveys().first)
            let created = try await client.api(
                .post, "/api/v1/surveys/\(survey.id)/links", token: token,
                json: #"{"kind": "kiosk", "touchpointID": "\#(survey.touchpointIDs[0])", "label": "Kassan, Södermalm"}"#)
            #expect(created.status == .created)
            let link = try Self.json(created)
            let url = try #require(link["url"] as? String)
            #expect(url.hasPrefix("https://feedback.example.se/s/"))
            let id = try #require(link["id"] as? String)

            let qr = try await client.api(.get, "/api/v1/surveys/\(survey.id)/links/\(id)/qr.svg", token: token)
            #expect(qr.status == .ok)
            #expect(qr.headers[.contentType] == "image/svg+xml; charset=utf-8")
            #expect(qr.body.string.hasPrefix("<svg") && qr.body.string.contains("Kassan, Södermalm"))

            let wrongTouchpoint = try await client.api(
                .post, "/api/v1/surveys/\(survey.id)/links", token: token,
                json: #"{"kind": "public", "touchpointID": "no-such-touchpoint", "label": "x"}"#)
            #expect(wrongTouchpoint.status == .unprocessableContent)
            #expect(wrongTouchpoint.body.string.contains("touchpointID"))

            let closed = try await client.api(
                .put, "/api/v1/surveys/\(survey.id)/links/\(id)", token: token, json: #"{"disabled": true}"#)
            #expect(try Self.json(closed)["disabled"] as? Bool == true)
            let path = String(url.dropFirst("https://feedback.example.se".count))
            #expect(try await client.execute(uri: path, method: .get).status == .gone)

            // The survey page lists the link with its QR code; viewers see no form.
            let manager = try await client.signIn(
                email: server.login(.cxManager).email, password: server.login(.cxManager).password)
            let page = try await client.page("/surveys/\(survey.id)", as: manager)
            #expect(page.body.string.contains("Kassan, Södermalm"))
            #expect(page.body.string.contains("/api/v1/surveys/\(survey.id)/links/\(id)/qr.svg"))
            #expect(page.body.string.contains("action=\"/surveys/\(survey.id)/links\""))
            let viewer = try await client.signIn(email: server.login(.viewer).email, password: server.login(.viewer).password)
            #expect(
                !(try await client.page("/surveys/\(survey.id)", as: viewer)).body.string.contains(
                    "action=\"/surveys/\(survey.id)/links\""))

            // Creating on the page: a missing label is named beside its field.
            let refused = try await client.post(
                "/surveys/\(survey.id)/links",
                form: [
                    ("csrf", manager.csrf), ("label", ""), ("kind", "public"), ("touchpoint", survey.touchpointIDs[0]),
                    ("unit", ""),
                ],
                as: manager)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.string.contains("href=\"#link-label\""))
            let made = try await client.post(
                "/surveys/\(survey.id)/links",
                form: [
                    ("csrf", manager.csrf), ("label", "Kvitto"), ("kind", "public"), ("touchpoint", survey.touchpointIDs[0]),
                    ("unit", ""),
                ],
                as: manager)
            #expect(made.status == .seeOther)
            #expect(try await server.store.surveyLinks(survey: survey.id).map(\.label).contains("Kvitto"))
        }
    }
}
