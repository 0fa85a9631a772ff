/// Who made a change, as the audit log records it.
public struct AuditActor: Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// Changes made from the command line on the server itself.
    public static let commandLine = AuditActor(id: "cli", name: "command line")
    /// Changes made by cxm itself (demo loading, start-up).
    public static let system = AuditActor(id: "system", name: "cxm")
}

extension Principal {
    public var auditActor: AuditActor { AuditActor(id: actorID, name: name) }
}
