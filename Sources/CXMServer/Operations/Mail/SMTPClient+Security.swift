import Foundation
import NIOSSL

extension SMTPClient {
    /// The TLS client context: TLS 1.2 or later, the certificate checked against the system's
    /// CAs and `extraCAFile`, and against the host's name (hostname verification is on by default).
    func makeTLSContext() throws(SMTPError) -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        guard let file = settings.extraCAFile else {
            do {
                return try NIOSSLContext(configuration: configuration)
            } catch {
                throw SMTPError(.connect, .tlsFailed("the system's CA certificates cannot be used: \(error)"))
            }
        }
        let authorities: [NIOSSLCertificate]
        do {
            authorities = try NIOSSLCertificate.fromPEMFile(file)
        } catch {
            throw SMTPError(.connect, .tlsFailed("the CA file \(file) cannot be read as PEM certificates: \(error)"))
        }
        configuration.additionalTrustRoots = [.certificates(authorities)]
        if let context = try? NIOSSLContext(configuration: configuration) { return context }
        // A machine without a system CA bundle (a slim container) still trusts the named file.
        configuration.trustRoots = .certificates(authorities)
        configuration.additionalTrustRoots = []
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw SMTPError(.connect, .tlsFailed("the CA file \(file) cannot be used: \(error)"))
        }
    }

    /// The name to send in SNI and to find in the certificate; nil for an IP address, which
    /// NIOSSL then looks for among the certificate's IP addresses instead.
    var serverHostname: String? {
        let host = settings.host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let isAddress = host.contains(":") || host.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
        return isAddress ? nil : host
    }

    /// An address SMTP can carry between `<` and `>`: one `@`, no spaces, brackets or line breaks
    /// that could end the command and start another.
    static func isSingleAddress(_ address: String) -> Bool {
        address.contains("@") && !address.contains(where: { $0.isWhitespace || "<>,\r\n\0".contains($0) })
    }

    static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    /// The error with the password (plain and in the encodings AUTH sends) and the recipients'
    /// addresses taken out of every text the server or NIO wrote into it.
    func redacted(_ error: SMTPError, _ envelope: MailEnvelope) -> SMTPError {
        var secrets: [(String, String)] = []
        if let credentials = settings.credentials, !credentials.password.isEmpty {
            let plain = Self.base64("\0\(credentials.username)\0\(credentials.password)")
            for secret in [credentials.password, Self.base64(credentials.password), plain] { secrets.append((secret, "***")) }
        }
        secrets += envelope.recipients.map { ($0, "<recipient>") }
        func clean(_ text: String) -> String {
            secrets.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1, options: .caseInsensitive) }
        }
        switch error.reason {
        case .replied(let code, let text): return SMTPError(error.step, .replied(code: code, text: clean(text)))
        case .connectionFailed(let detail): return SMTPError(error.step, .connectionFailed(clean(detail)))
        case .tlsFailed(let detail): return SMTPError(error.step, .tlsFailed(clean(detail)))
        case .noSupportedAuthentication(let offered):
            return SMTPError(error.step, .noSupportedAuthentication(offered: clean(offered)))
        case .timedOut, .startTLSNotOffered, .malformedReply, .invalidAddress: return error
        }
    }
}
