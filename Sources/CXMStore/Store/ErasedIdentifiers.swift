import CXMCore
import Crypto
import Foundation
import SQLKit

/// What is kept of an erased customer's identifiers: a SHA-256 digest of each (system and value as cxm
/// writes them), with the time of the erasure. The identifiers themselves go with the customer; a digest
/// can only be matched by someone who already knows the identifier. A signal from before the erasure that
/// names one of them is refused rather than stored or made into a new customer.
enum ErasedIdentifiers {
    static func digest(_ identifier: CustomerIdentifier) -> String {
        let text = "cxm erased identifier\n\(identifier.system)\n\(identifier.value)"
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Keeps the digests of a customer's identifiers, erased at `at`.
    static func remember(_ sql: any SQLDatabase, _ identifiers: [CustomerIdentifier], at: Int64) async throws {
        for digest in Set(identifiers.map(digest)).sorted() {
            try await sql.raw(
                """
                INSERT INTO erased_identifiers (digest, erased_at) VALUES (\(bind: digest), \(bind: at))
                ON CONFLICT (digest) DO UPDATE SET erased_at = excluded.erased_at
                """
            ).run()
        }
    }

    /// When the latest customer with one of the identifiers was erased; nil when none was.
    static func erasedAt(_ sql: any SQLDatabase, _ identifiers: [CustomerIdentifier]) async throws -> Int64? {
        guard !identifiers.isEmpty else { return nil }
        return try await sql.raw(
            "SELECT MAX(erased_at) AS at FROM erased_identifiers WHERE digest IN (\(binds: identifiers.map(digest)))"
        ).first()?.decode(column: "at", as: Int64?.self)
    }
}
