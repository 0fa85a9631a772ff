import CXMCore
import Crypto
import Foundation

/// Unguessable tokens and their stored hashes.
public enum Secrets {
    /// A random token of 256 bits, URL-safe base64 without padding.
    public static func token(prefix: String = "") -> String {
        prefix + RandomToken.make(bytes: 32)
    }

    /// The SHA-256 of a token in hex: what the database keeps instead of the token.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A readable generated password (for `cxm user create` without stdin).
    public static func generatedPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let groups = (0..<4).map { _ in String((0..<5).map { _ in alphabet.randomElement(using: &generator)! }) }
        return groups.joined(separator: "-")
    }

    /// Compares two strings in time independent of where they differ.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
