import Foundation

/// Random tokens in URL-safe base64 without padding: links, sessions and API secrets. Made from
/// the system's secure random generator; whoever holds one holds what it opens.
public enum RandomToken {
    /// `bytes` random bytes, encoded (22 characters for 16 bytes, 43 for 32).
    public static func make(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<bytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(random).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether text has the shape of a token of these lengths, checked before any lookup.
    public static func isWellFormed(_ text: String, lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(text.count)
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
            }
    }

    /// The length of a 32-byte token: personal links, drafts, sessions.
    public static let fullLength = 43
}
