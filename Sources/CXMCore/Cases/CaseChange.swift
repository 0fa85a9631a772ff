import Foundation

/// One thing a person does to a case. Each change is applied to the case as it was read and makes
/// the entries of its timeline.
public enum CaseChange: Sendable, Hashable {
    /// Moves the case to another status; a resolution code may come with it.
    case transition(to: CaseStatus, resolutionCode: String?)
    /// Gives the case to a person (nil: back to the unit's queue) and/or to another unit's queue.
    case assign(userID: String?, unitID: String?, reason: String?)
    /// An internal note.
    case note(String)
    /// A contact attempt with the customer, and what was said.
    case contact(CaseContact, note: String?)
    /// Edits the case's descriptive fields; nil leaves a field as it is, an empty string clears it.
    case update(CaseEdit)
}

/// The descriptive fields a person may edit.
public struct CaseEdit: Sendable, Hashable, Codable {
    public var title: String?
    public var priority: CasePriority?
    public var rootCause: String?
    public var rootCauseTouchpointID: String?
    public var resolutionCode: String?

    public init(
        title: String? = nil, priority: CasePriority? = nil, rootCause: String? = nil,
        rootCauseTouchpointID: String? = nil, resolutionCode: String? = nil
    ) {
        self.title = title
        self.priority = priority
        self.rootCause = rootCause
        self.rootCauseTouchpointID = rootCauseTouchpointID
        self.resolutionCode = resolutionCode
    }
}

/// Who makes a change, for the timeline.
public struct CaseActor: Sendable, Hashable {
    public var id: String?
    public var name: String

    public init(id: String?, name: String) {
        self.id = id
        self.name = name
    }

    public static let cxm = CaseActor(id: nil, name: "cxm")
}

extension Case {
    /// Applies a change made at `time`, returning the timeline entries it makes. Refused with a
    /// `CaseError` (or a validation failure for bad text) and left unchanged when the change is not
    /// allowed. Scope checks (may this person take this case?) are the caller's.
    public mutating func apply(_ change: CaseChange, at time: Date, by actor: CaseActor) throws -> [CaseEvent] {
        func event(_ kind: CaseEvent.Kind, text: String? = nil) -> CaseEvent {
            CaseEvent(caseID: id, at: time, actorID: actor.id, actorName: actor.name, kind: kind, text: text)
        }
        var copy = self
        var events: [CaseEvent] = []
        switch change {
        case .transition(let next, let code):
            if let code = try Self.trimmed(code, field: "resolutionCode", max: 80) { copy.resolutionCode = code }
            let from = copy.status
            try copy.transition(to: next, at: time)
            if from != next {
                var entry = event(.status)
                entry.fromStatus = from
                entry.toStatus = next
                events.append(entry)
            }
        case .assign(let userID, let unitID, let reason):
            var entry = event(.assignment, text: try Self.trimmed(reason, field: "reason", max: 2_000))
            entry.fromAssigneeID = copy.assigneeID
            entry.toAssigneeID = userID
            if let unitID, unitID != copy.unitID {
                entry.fromUnitID = copy.unitID
                entry.toUnitID = unitID
                copy.unitID = unitID
            }
            guard userID != copy.assigneeID || entry.toUnitID != nil else { return [] }
            copy.assigneeID = userID
            events.append(entry)
        case .note(let text):
            guard let text = try Self.trimmed(text, field: "text", max: CaseEvent.maxTextLength) else {
                throw ValidationFailure(field: "text", "must not be empty")
            }
            events.append(event(.note, text: text))
        case .contact(let contact, let note):
            var entry = event(.contact, text: try Self.trimmed(note, field: "note", max: CaseEvent.maxTextLength))
            entry.contact = contact
            events.append(entry)
            let before = copy.status
            copy.recordContact(at: time, reached: contact.outcome.reachedCustomer)
            if before != copy.status {
                var moved = event(.status)
                moved.fromStatus = before
                moved.toStatus = copy.status
                events.append(moved)
            }
        case .update(let edit):
            var changed: [String] = []
            if let title = edit.title {
                guard let title = try Self.trimmed(title, field: "title", max: 200) else {
                    throw ValidationFailure(field: "title", "must not be empty")
                }
                if title != copy.title { copy.title = title; changed.append("title") }
            }
            if let priority = edit.priority, priority != copy.priority {
                copy.priority = priority
                changed.append("priority: \(priority.rawValue)")
            }
            if let cause = edit.rootCause {
                let value = try Self.trimmed(cause, field: "rootCause", max: 80)
                if value != copy.rootCause { copy.rootCause = value; changed.append("root cause: \(value ?? "–")") }
            }
            if let touchpoint = edit.rootCauseTouchpointID {
                let value = touchpoint.isEmpty ? nil : touchpoint
                if value != copy.rootCauseTouchpointID {
                    copy.rootCauseTouchpointID = value; changed.append("root cause touchpoint")
                }
            }
            if let code = edit.resolutionCode {
                let value = try Self.trimmed(code, field: "resolutionCode", max: 80)
                if value != copy.resolutionCode {
                    copy.resolutionCode = value
                    changed.append("resolution: \(value ?? "–")")
                }
            }
            if !changed.isEmpty { events.append(event(.update, text: changed.joined(separator: "; "))) }
        }
        guard !events.isEmpty else { return [] }
        copy.updatedAt = time
        copy.version += 1
        self = copy
        return events
    }

    /// Text trimmed, nil when empty, refused when longer than `max`.
    private static func trimmed(_ text: String?, field: String, max: Int) throws(ValidationFailure) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        guard text.count <= max else {
            throw ValidationFailure([
                FieldError(field, "must be at most \(max) characters (got \(text.count))", code: .tooLong, limit: max)
            ])
        }
        return text
    }
}
