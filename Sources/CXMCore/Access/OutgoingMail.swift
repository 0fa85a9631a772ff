import Foundation

/// A plain-text e-mail cxm sends (a password-reset link), and its RFC 5322 form.
public struct OutgoingMail: Sendable, Hashable, Codable {
    public var to: String
    public var subject: String
    public var body: String

    public init(to: String, subject: String, body: String) {
        self.to = to
        self.subject = subject
        self.body = body
    }

    /// The message as a mail transfer agent takes it (`sendmail -t`, a pickup folder): CRLF line
    /// ends, UTF-8 text, the subject encoded for non-ASCII (RFC 2047). Fails on an address that
    /// could inject headers.
    public func message(from sender: String, date: Date, messageID: String) throws(ValidationFailure) -> String {
        for (field, address) in [("to", to), ("from", sender)] {
            guard !address.contains(where: { $0.isNewline || $0 == "<" || $0 == ">" || $0 == "," }), address.contains("@")
            else { throw ValidationFailure(field: field, "'\(address)' is not a single e-mail address") }
        }
        let headers = [
            "From: \(sender)",
            "To: \(to)",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)@\(sender.split(separator: "@").last ?? "cxm")>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "Auto-Submitted: auto-generated",
        ]
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        // The message as written: the SMTP transport dot-stuffs it, `sendmail -i` needs nothing.
        let text = lines.joined(separator: "\r\n")
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + text + "\r\n"
    }

    /// ASCII text as it is; anything else as one RFC 2047 encoded word per at most 39 bytes, so
    /// that no header line grows past 78 characters.
    static func encodedWord(_ text: String) -> String {
        let oneLine = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard oneLine.unicodeScalars.contains(where: { !$0.isASCII }) else { return oneLine }
        var words: [String] = []
        var chunk = ""
        for character in oneLine {
            if (chunk + String(character)).utf8.count > 39 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
