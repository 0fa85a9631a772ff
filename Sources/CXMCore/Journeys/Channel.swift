import Foundation

/// A channel through which customers meet the company (web, store, phone, …); users may add their own.
public struct Channel: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// A short stable key such as `web` or `field_service`, used by imports and the API.
    public var key: String
    public var name: String
    /// One of `Channel.kinds`, so reports can group user-defined channels.
    public var kind: String

    public init(id: String = Identifier.make(), key: String, name: String, kind: String) {
        self.id = id
        self.key = key
        self.name = name
        self.kind = kind
    }

    public static let kinds = ["web", "app", "store", "phone", "email", "chat", "field_service", "other"]

    /// The channels a new workspace starts with.
    public static let defaults: [Channel] = kinds.map { kind in
        let names = [
            "web": "Web", "app": "App", "store": "Store", "phone": "Phone", "email": "Email", "chat": "Chat",
            "field_service": "Field service", "other": "Other",
        ]
        return Channel(id: "channel-\(kind)", key: kind, name: names[kind] ?? kind, kind: kind)
    }

    public func validated() throws(ValidationFailure) -> Channel {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        result.key = key.trimmingCharacters(in: .whitespaces).lowercased()
        check.check(
            !result.key.isEmpty && result.key.count <= 40
                && result.key.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "-" },
            "key", "must be 1–40 characters of a–z, 0–9, '_' or '-' (for example field_service)")
        check.check(
            Channel.kinds.contains(kind), "kind", "must be one of \(Channel.kinds.joined(separator: ", "))")
        try check.finish()
        return result
    }
}
