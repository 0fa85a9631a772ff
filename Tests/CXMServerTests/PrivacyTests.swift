import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SQLKit
import Testing

@Suite("Privacy")
struct PrivacyTests {
    /// No IP address is stored: after sign-ins (one failed), a submitted response and a saved customer,
    /// all sent with a client address in the forwarding headers, no value in any table contains it.
    @Test func noClientAddressIsStoredAnywhere() async throws {
        try await TestServer.with { server, client in
            let address = "203.0.113.77"
            let forwarded: HTTPFields = [
                HTTPField.Name("X-Forwarded-For")!: address, HTTPField.Name("X-Real-IP")!: address,
                HTTPField.Name("Forwarded")!: "for=\(address)",
            ]
            let admin = server.login(.admin)
            _ = try await client.execute(uri: "/login", method: .get, headers: forwarded)
            _ = try await client.signIn(email: admin.email, password: "wrong")
            #expect(try await client.signIn(email: admin.email, password: admin.password).loginResponse.status == .seeOther)
            let token = server.tokens[.admin]
            let submitted = try await client.api(
                .post, "/api/v1/responses", token: token, json: try await ResponseAPITests.submission(server),
                headers: forwarded)
            #expect(submitted.status == .created)
            let customer = try await client.api(
                .post, "/api/v1/customers", token: token, json: #"{"displayName": "Eva Berg", "identifiers": ["crm:P-1"]}"#,
                headers: forwarded)
            #expect(customer.status == .created)

            // The scan finds what is stored: the customer's name, in one column.
            #expect(try await Self.columns(of: server.store, containing: "Eva Berg") == ["customers.display_name"])
            let found = try await Self.columns(of: server.store, containing: address)
            #expect(found.isEmpty, "the client address is stored in \(found)")
        }
    }

    /// Every `table.column` of the database in which some value, read as text, contains `text`.
    static func columns(of store: Store, containing text: String) async throws -> [String] {
        try await store.database.read { sql in
            var found: [String] = []
            let tables = try await sql.raw(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).all().map { try $0.decode(column: "name", as: String.self) }
            for table in tables {
                let columns = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table))").all()
                    .map { try $0.decode(column: "name", as: String.self) }
                for column in columns {
                    let hits =
                        try await sql.raw(
                            "SELECT COUNT(*) AS n FROM \(ident: table) WHERE CAST(\(ident: column) AS TEXT) LIKE \(bind: "%" + text + "%")"
                        ).first().map { try $0.decode(column: "n", as: Int.self) } ?? 0
                    if hits > 0 { found.append("\(table).\(column)") }
                }
            }
            return found
        }
    }
}
