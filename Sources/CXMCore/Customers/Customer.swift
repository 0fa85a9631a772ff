import Foundation

/// One person, known to several source systems by their own identifiers.
public struct Customer: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var displayName: String
    /// `crm:123`, `email:anna@example.se`, `phone:+46701234567`, `support:SR-9`: later imports join on any of them.
    public var identifiers: [CustomerIdentifier]
    public var attributes: [String: AttributeValue]
    public var consent: Consent
    /// The unit that serves the customer, if any (home store, account team).
    public var unitID: String?
    public var preferredLanguage: Language?

    public init(
        id: String = Identifier.make(), displayName: String, identifiers: [CustomerIdentifier],
        attributes: [String: AttributeValue] = [:], consent: Consent = Consent(), unitID: String? = nil,
        preferredLanguage: Language? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.identifiers = identifiers
        self.attributes = attributes
        self.consent = consent
        self.unitID = unitID
        self.preferredLanguage = preferredLanguage
    }

    /// Checks and normalises the customer; national phone numbers are read as dialled in `phoneCountry`.
    public func validated(phoneCountry: PhoneCountry? = nil) throws(ValidationFailure) -> Customer {
        var check = Validator()
        var result = self
        result.displayName = check.text(displayName, field: "displayName", maxLength: 200)
        check.check(!identifiers.isEmpty, "identifiers", "must hold at least one identifier such as crm:123")
        check.check(identifiers.count <= 20, "identifiers", "must hold at most 20 identifiers")
        var seen = Set<CustomerIdentifier>()
        result.identifiers = []
        for (index, identifier) in identifiers.enumerated() {
            do {
                let normalised = try identifier.validated(phoneCountry: phoneCountry)
                if seen.insert(normalised).inserted { result.identifiers.append(normalised) }
            } catch {
                check.merge(error, prefix: "identifiers[\(index)].")
            }
        }
        check.check(attributes.count <= 100, "attributes", "must hold at most 100 attributes")
        for (key, value) in attributes {
            if !AttributeDefinition.isValidKey(key) {
                check.add("attributes.\(key)", "attribute names must be 1–64 characters of a–z, 0–9 and '_'")
            }
            if case .text(let text) = value, text.count > AttributeValue.maxTextLength {
                check.add("attributes.\(key)", "must be at most \(AttributeValue.maxTextLength) characters")
            }
            if case .number(let number) = value, !number.isFinite {
                check.add("attributes.\(key)", "must be a finite number")
            }
        }
        try check.finish()
        return result
    }
}

/// An identifier of a customer in one source system.
public struct CustomerIdentifier: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The system: `crm`, `email`, `phone`, `support`, `billing`, …
    public var system: String
    public var value: String

    public init(system: String, value: String) {
        self.system = system
        self.value = value
    }

    /// Parses `system:value`; the value may itself contain colons.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        self.system = String(text[..<colon])
        self.value = String(text[text.index(after: colon)...])
    }

    public var description: String { "\(system):\(value)" }

    private enum CodingKeys: String, CodingKey { case system, value }

    /// Reads `{"system": "crm", "value": "123"}` or the short form `"crm:123"`.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            guard let parsed = CustomerIdentifier(text) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "'\(text)' must be written system:value, for example crm:123"))
            }
            self = parsed
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        system = try container.decode(String.self, forKey: .system)
        value = try container.decode(String.self, forKey: .value)
    }

    /// Lowercases the system (and email addresses), writes phone numbers in E.164, trims the value
    /// and checks both. A national phone number is read in `phoneCountry`, or kept as typed without one.
    public func validated(phoneCountry: PhoneCountry? = nil) throws(ValidationFailure) -> CustomerIdentifier {
        var check = Validator()
        let system = system.trimmingCharacters(in: .whitespaces).lowercased()
        var value = value.trimmedWhitespace
        if system == "email" { value = value.lowercased() }
        var phoneProblem: PhoneNumberError?
        if system == "phone" && !value.isEmpty {
            switch PhoneNumber.e164(value, country: phoneCountry) {
            case .success(let number): value = number
            case .failure(.needsCountry):
                // Outside the Nordics a national number is kept as typed (without separators), as before.
                value = value.filter { !$0.isWhitespace && $0 != "-" }
            case .failure(let problem): phoneProblem = problem
            }
        }
        check.check(
            !system.isEmpty && system.count <= 32
                && system.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") },
            "system", "must be 1–32 characters of a–z, 0–9 or '_' (for example crm, email, support)")
        check.check(!value.isEmpty && value.unicodeScalars.count <= 200, "value", "must be 1–200 characters")
        check.check(
            !value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "value", "must not contain control characters"
        )
        if system == "email" && !value.isEmpty {
            check.check(EmailAddress.isPlausible(value), "value", "'\(value)' is not an email address")
        }
        if let phoneProblem { check.add("value", phoneProblem.description) }
        try check.finish()
        return CustomerIdentifier(system: system, value: value)
    }
}

/// What the customer has agreed to.
public struct Consent: Sendable, Codable, Hashable {
    /// The customer may receive survey invitations.
    public var maySurvey: Bool
    /// The customer may be contacted about their feedback (closing the loop).
    public var mayContact: Bool

    public init(maySurvey: Bool = true, mayContact: Bool = true) {
        self.maySurvey = maySurvey
        self.mayContact = mayContact
    }

    private enum CodingKeys: String, CodingKey { case maySurvey, mayContact }

    /// A flag left out keeps its default (allowed), as a new customer starts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        maySurvey = try container.decodeIfPresent(Bool.self, forKey: .maySurvey) ?? true
        mayContact = try container.decodeIfPresent(Bool.self, forKey: .mayContact) ?? true
    }
}

/// Email address checks shared by users and customer identifiers.
public enum EmailAddress {
    /// A deliberately loose check: one `@`, something on both sides, a dot in the domain, no spaces.
    public static func isPlausible(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), value.count <= 254
        else { return false }
        return !value.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," })
    }
}
