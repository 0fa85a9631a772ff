import Foundation

/// An e-mail cxm sends (a password-reset link, a survey invitation), and its RFC 5322 form: plain
/// text, or plain text with an HTML alternative.
public struct OutgoingMail: Sendable, Hashable, Codable {
    public var to: String
    public var subject: String
    public var body: String
    /// An HTML version of the body, for mail programs that show it.
    public var html: String?
    /// Further headers, such as `List-Unsubscribe`; names and values are checked when the message is made.
    public var headers: [String: String]

    public init(to: String, subject: String, body: String, html: String? = nil, headers: [String: String] = [:]) {
        self.to = to
        self.subject = subject
        self.body = body
        self.html = html
        self.headers = headers
    }

    /// The message as a mail transfer agent takes it (`sendmail -t`, a pickup folder): CRLF line
    /// ends, UTF-8 text, the subject encoded for non-ASCII (RFC 2047). Fails on an address that
    /// could inject headers.
    public func message(from sender: String, date: Date, messageID: String) throws(ValidationFailure) -> String {
        for (field, address) in [("to", to), ("from", sender)] {
            guard !address.contains(where: { $0.isNewline || $0 == "<" || $0 == ">" || $0 == "," }), address.contains("@")
            else { throw ValidationFailure(field: field, "'\(address)' is not a single e-mail address") }
        }
        for (name, value) in headers {
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), name.allSatisfy(\.isASCII),
                !value.contains(where: \.isNewline)
            else { throw ValidationFailure(field: "headers", "'\(name)' is not a header cxm can send") }
        }
        var lines = [
            "From: \(sender)",
            "To: \(to)",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)@\(sender.split(separator: "@").last ?? "cxm")>",
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated",
        ]
        lines += headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        let text = Self.crlf(body)
        guard let html else {
            lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
            return lines.joined(separator: "\r\n") + "\r\n\r\n" + text + "\r\n"
        }
        // Both parts in base64: lines stay short however long a paragraph or a line of HTML is.
        let boundary = "cxm-alt-\(messageID.filter { $0.isLetter || $0.isNumber })"
        lines.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
        func part(_ type: String, _ content: String) -> String {
            "--\(boundary)\r\nContent-Type: \(type); charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Data(content.utf8).base64EncodedString(options: [
                    .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
                ])
                + "\r\n"
        }
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + part("text/plain", text) + part("text/html", html)
            + "--\(boundary)--\r\n"
    }

    /// Text with CRLF line ends.
    private static func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\r\n")
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
