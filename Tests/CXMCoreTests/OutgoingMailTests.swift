import CXMCore
import Foundation
import Testing

@Suite("Outgoing e-mail")
struct OutgoingMailTests {
    static let date = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func aMessageHasCRLFLinesUTF8TextAndAnEncodedSubject() throws {
        let mail = OutgoingMail(
            to: "anna@example.se", subject: "Välj ett nytt lösenord i cxm", body: "Hej!\nÖppna länken:\n.\nhttps://x/y")
        let message = try mail.message(from: "cxm@example.se", date: Self.date, messageID: "m1")
        let (head, body) = try #require(message.split(separator: "\r\n\r\n", maxSplits: 1).map(String.init).pairs)
        #expect(head.contains("To: anna@example.se\r\n"))
        #expect(head.contains("From: cxm@example.se\r\n"))
        #expect(head.contains("Date: Thu, 28 May 2026 20:26:40 +0000\r\n"))
        #expect(head.contains("Message-ID: <m1@example.se>\r\n"))
        #expect(head.contains("Content-Type: text/plain; charset=utf-8"))
        let subject = try #require(head.split(separator: "\r\n").first { $0.hasPrefix("Subject: ") })
        #expect(subject.hasPrefix("Subject: =?UTF-8?B?"))
        let encoded = subject.dropFirst("Subject: ".count).dropFirst("=?UTF-8?B?".count).dropLast(2)
        #expect(String(decoding: Data(base64Encoded: String(encoded)) ?? Data(), as: UTF8.self) == "Välj ett nytt lösenord i cxm")
        // A line of one dot stays as written; the SMTP transport stuffs it on the wire.
        #expect(body == "Hej!\r\nÖppna länken:\r\n.\r\nhttps://x/y\r\n")
        #expect(!message.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // A long subject folds into several encoded words, each line short.
        let long = OutgoingMail(to: "a@b.se", subject: String(repeating: "ö", count: 60), body: "")
        let folded = try long.message(from: "c@d.se", date: Self.date, messageID: "m2")
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
        #expect(folded.contains("?=\r\n =?UTF-8?B?"))
        #expect(
            try OutgoingMail(to: "a@b.se", subject: "Plain", body: "").message(from: "c@d.se", date: Self.date, messageID: "m")
                .contains("Subject: Plain\r\n"))
    }

    @Test(arguments: ["anna@example.se\r\nBcc: all@example.se", "Anna <anna@example.se>", "a@b.se, c@d.se", "nobody"])
    func anAddressThatCouldAddHeadersIsRefused(address: String) {
        #expect(throws: ValidationFailure.self) {
            try OutgoingMail(to: address, subject: "s", body: "b").message(from: "c@d.se", date: Self.date, messageID: "m")
        }
    }
}

extension Array where Element == String {
    fileprivate var pairs: (String, String)? { count == 2 ? (self[0], self[1]) : nil }
}
