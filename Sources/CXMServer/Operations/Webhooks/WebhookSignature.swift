import CXMCore
import Crypto
import Foundation

/// Signatures as the Standard Webhooks specification defines them, so that its libraries verify
/// cxm's deliveries: the HMAC-SHA256 of `id.timestamp.body` with the secret's key bytes, in base64
/// after `v1,`. The id stays the same across retries (the receiver's key for ignoring repeats) and
/// the timestamp, in Unix seconds, is of the try, so that a replayed old delivery is refused.
public enum WebhookSignature {
    /// How far a delivery's timestamp may be from the receiver's clock.
    public static let tolerance: TimeInterval = 300

    public static func sign(id: String, timestamp: Int, body: String, secret: String) -> String? {
        guard let key = WebhookSecret.key(of: secret) else { return nil }
        let mac = HMAC<SHA256>.authenticationCode(
            for: Array("\(id).\(timestamp).\(body)".utf8), using: SymmetricKey(data: key))
        return "v1," + Data(mac).base64EncodedString()
    }

    /// The headers of a delivery.
    public static func headers(id: String, timestamp: Int, body: String, secret: String) -> [(String, String)] {
        var headers = [("webhook-id", id), ("webhook-timestamp", String(timestamp))]
        if let signature = sign(id: id, timestamp: timestamp, body: body, secret: secret) {
            headers.append(("webhook-signature", signature))
        }
        return headers
    }

    public enum Failure: Error, Equatable {
        case missingHeader(String)
        case timestampOutOfRange
        case noMatchingSignature
    }

    /// What a receiver does: checks that the timestamp is recent and that one of the signatures
    /// (space-separated, for the time two secrets are valid) is the expected one, compared in
    /// constant time.
    public static func verify(
        id: String?, timestamp: String?, signatures: String?, body: String, secret: String, now: Date = Date()
    ) throws(Failure) {
        guard let id else { throw .missingHeader("webhook-id") }
        guard let timestamp, let seconds = Int(timestamp) else { throw .missingHeader("webhook-timestamp") }
        guard let signatures else { throw .missingHeader("webhook-signature") }
        guard abs(now.timeIntervalSince1970 - TimeInterval(seconds)) <= tolerance else { throw .timestampOutOfRange }
        guard let key = WebhookSecret.key(of: secret) else { throw .noMatchingSignature }
        let content = Array("\(id).\(seconds).\(body)".utf8)
        for candidate in signatures.split(separator: " ") {
            let parts = candidate.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, parts[0] == "v1", let mac = Data(base64Encoded: String(parts[1])) else { continue }
            if HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: content, using: SymmetricKey(data: key)) {
                return
            }
        }
        throw .noMatchingSignature
    }
}
