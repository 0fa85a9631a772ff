import Foundation

/// A complaint a customer made through the public form or an integration. It opens a case at
/// once; its contact details are kept only with the customer's consent to be contacted.
public struct Complaint: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var createdAt: Date
    public var language: Language
    /// What happened, in the customer's words.
    public var text: String
    public var name: String?
    public var email: String?
    public var phone: String?
    /// Whether the customer agreed to be contacted about it (and to have the details kept for that).
    public var consentToContact: Bool
    public var touchpointID: String?
    public var unitID: String?
    /// The customer, when the store recognised them (by e-mail or phone) or an integration named them.
    public var customerID: String?
    /// The case it opened.
    public var caseID: String?

    public init(
        id: String = Identifier.make(), createdAt: Date, language: Language, text: String, name: String? = nil,
        email: String? = nil, phone: String? = nil, consentToContact: Bool, touchpointID: String? = nil,
        unitID: String? = nil, customerID: String? = nil
    ) {
        self.id = id
        self.createdAt = createdAt
        self.language = language
        self.text = text
        self.name = name
        self.email = email
        self.phone = phone
        self.consentToContact = consentToContact
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.customerID = customerID
    }

    public static let maxTextLength = 5_000

    /// Checks and trims. Contact details without consent are dropped (not refused): the complaint
    /// still counts, and nobody is contacted against their wish. Consent without a way to reach the
    /// customer is refused, naming the fields to fill.
    public func validated() throws(ValidationFailure) -> Complaint {
        var check = Validator()
        var result = self
        result.text = check.text(text, field: "text", maxLength: Self.maxTextLength)
        if result.text.isEmpty { check.add("text", "must not be empty: say what happened", code: .required) }
        func optional(_ value: String?, _ field: String, _ max: Int) -> String? {
            let trimmed = check.text(value ?? "", field: field, maxLength: max)
            return trimmed.isEmpty ? nil : trimmed
        }
        result.name = optional(name, "name", 200)
        result.email = optional(email, "email", 254)?.lowercased()
        result.phone = optional(phone, "phone", 40)
        if let email = result.email, !EmailAddress.isPlausible(email) {
            check.add("email", "'\(email)' is not an e-mail address", code: .invalidEmail)
        }
        if let phone = result.phone, phone.filter(\.isNumber).count < 6 {
            check.add("phone", "'\(phone)' is not a phone number; give it with the area or country code")
        }
        if result.consentToContact, result.email == nil, result.phone == nil {
            check.add("email", "give an e-mail address or a phone number, so that we can contact you")
        }
        if !result.consentToContact {
            result.name = nil
            result.email = nil
            result.phone = nil
        }
        try check.finish()
        return result
    }

    /// The case's title: the start of what the customer wrote.
    public var caseTitle: String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        // Cut by code points, as lengths are counted everywhere (JSON Schema's way).
        let scalars = line.unicodeScalars
        return "Complaint · " + (scalars.count > 80 ? String(String.UnicodeScalarView(scalars.prefix(79))) + "…" : line)
    }
}
