import Foundation
import Testing

@testable import CXMCore

@Suite("Phone numbers in E.164")
struct PhoneNumberTests {
    @Test(
        "Numbers from the Nordics are written one way",
        arguments: [
            ("+46 70-123 45 67", nil, "+46701234567"),
            ("+46 (0)70 123 45 67", nil, "+46701234567"),
            ("+460701234567", nil, "+46701234567"),
            ("0046701234567", nil, "+46701234567"),
            ("070-123 45 67", PhoneCountry.se, "+46701234567"),
            ("08-123 456 78", PhoneCountry.se, "+46812345678"),
            ("70 123 45 67", PhoneCountry.se, "+46701234567"),
            ("20 12 34 56", PhoneCountry.dk, "+4520123456"),
            ("+45 20 12 34 56", nil, "+4520123456"),
            ("412 34 567", PhoneCountry.no, "+4741234567"),
            ("040 123 4567", PhoneCountry.fi, "+358401234567"),
            ("+358 40 123 4567", nil, "+358401234567"),
            ("+1 (415) 555-0100", nil, "+14155550100"),
        ] as [(String, PhoneCountry?, String)])
    func normalises(raw: String, country: PhoneCountry?, expected: String) {
        #expect(PhoneNumber.e164(raw, country: country) == .success(expected))
    }

    @Test(
        "Numbers that cannot be written in E.164 say why",
        arguments: [
            ("070-123 45 67", nil, PhoneNumberError.needsCountry("070-123 45 67")),
            ("+46 70 12", nil, .length("+46 70 12")),
            ("201234", PhoneCountry.dk, .length("201234")),
            ("+4670abc", nil, .notDigits("+4670abc")),
            ("call me", PhoneCountry.se, .notDigits("call me")),
            ("+1234567890123456", nil, .length("+1234567890123456")),
            ("+0046701234567", nil, .notDigits("+0046701234567")),
        ] as [(String, PhoneCountry?, PhoneNumberError)])
    func refuses(raw: String, country: PhoneCountry?, expected: PhoneNumberError) {
        #expect(PhoneNumber.e164(raw, country: country) == .failure(expected))
    }

    @Test func theWorkspaceTimeZoneGivesTheCountry() {
        #expect(PhoneCountry(timeZone: "Europe/Copenhagen") == .dk)
        #expect(PhoneCountry(timeZone: "Europe/Helsinki") == .fi)
        #expect(PhoneCountry(timeZone: "America/New_York") == nil)
    }

    @Test func aCustomerPhoneIdentifierIsStoredInE164() throws {
        let identifier = try CustomerIdentifier(system: "phone", value: "070-123 45 67").validated(phoneCountry: .se)
        #expect(identifier.value == "+46701234567")
        let unplaced = try CustomerIdentifier(system: "phone", value: "070-123 45 67").validated()
        #expect(unplaced.value == "0701234567")
        #expect(throws: ValidationFailure.self) { try CustomerIdentifier(system: "phone", value: "+0046 70").validated() }
    }
}
