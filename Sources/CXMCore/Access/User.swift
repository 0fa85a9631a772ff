import Foundation

/// A person who signs in to cxm.
public struct User: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var email: String
    public var displayName: String
    public var role: Role
    /// The unit the person belongs to; team leads and frontline staff see by it.
    public var unitID: String?
    /// The interface language the person chose; nil follows the browser.
    public var language: Language?
    public var createdAt: Date
    public var lastLoginAt: Date?
    public var disabled: Bool

    public init(
        id: String = Identifier.make(), email: String, displayName: String = "", role: Role, unitID: String?,
        language: Language? = nil, createdAt: Date, lastLoginAt: Date? = nil, disabled: Bool = false
    ) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.unitID = unitID
        self.language = language
        self.createdAt = createdAt
        self.lastLoginAt = lastLoginAt
        self.disabled = disabled
    }

    public func validated() throws(ValidationFailure) -> User {
        var check = Validator()
        var result = self
        result.email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if !EmailAddress.isPlausible(result.email) {
            check.add("email", "'\(email)' is not an email address", code: .invalidEmail)
        }
        result.displayName = check.text(displayName, field: "displayName", maxLength: 200)
        if role.scopeRule != .everything {
            check.check(unitID != nil, "unitID", "is required for the role \(role.rawValue): it decides what the user sees")
        }
        try check.finish()
        return result
    }
}

/// Rules for passwords people choose.
public enum PasswordPolicy {
    public static let minimumLength = 12

    public static func check(_ password: String, field: String = "password") throws(ValidationFailure) {
        if password.count < minimumLength {
            throw ValidationFailure(field: field, "must be at least \(minimumLength) characters")
        }
        if password.utf8.count > 72 {
            throw ValidationFailure(field: field, "must be at most 72 bytes (the limit of bcrypt)")
        }
    }
}

/// An API token for an integration, stored as a hash; the secret is shown once.
public struct APIToken: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var role: Role
    public var unitID: String?
    public var createdAt: Date
    public var createdBy: String
    public var lastUsedAt: Date?
    public var revoked: Bool

    public init(
        id: String = Identifier.make(), name: String, role: Role, unitID: String?, createdAt: Date, createdBy: String,
        lastUsedAt: Date? = nil, revoked: Bool = false
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.unitID = unitID
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.lastUsedAt = lastUsedAt
        self.revoked = revoked
    }
}
