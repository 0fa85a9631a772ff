import Foundation

/// A digital funnel: behavioural events in order (`Product Viewed`, `Added to Cart`, `Checkout
/// Started`, `Payment Entered`, `Order Completed`) and how long a visitor has, from the first step, to
/// reach the last. A step can name the journey touchpoint it belongs to, so that abandonment shows on
/// the journey map beside the touchpoint's survey score.
public struct Funnel: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var steps: [FunnelStep]
    /// The conversion window in minutes, counted from the first step.
    public var windowMinutes: Int

    public static let maxSteps = 10
    /// Ninety days.
    public static let maxWindowMinutes = 90 * 24 * 60

    public init(id: String = "", name: String, steps: [FunnelStep], windowMinutes: Int = 60) {
        self.id = id
        self.name = name
        self.steps = steps
        self.windowMinutes = windowMinutes
    }

    private enum CodingKeys: String, CodingKey { case id, name, steps, windowMinutes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        name = try container.decode(String.self, forKey: .name)
        steps = try container.decode([FunnelStep].self, forKey: .steps)
        windowMinutes = try container.decodeIfPresent(Int.self, forKey: .windowMinutes) ?? 60
    }

    /// Checks the name, steps and window against the known touchpoints and the public survey links a
    /// step's feedback prompt may use, and returns them trimmed. A prompt in `keptPrompts` (step index →
    /// the link it had) is kept as it was and not checked again: its link may have been closed since,
    /// which the funnel page says, and the funnel must still be editable.
    public func validated(
        touchpointIDs: Set<String>, promptLinkIDs: Set<String> = [], keptPrompts: [Int: String] = [:]
    ) throws(ValidationFailure) -> Funnel {
        var check = Validator()
        var result = self
        result.name = check.name(name, field: "name")
        check.check(
            (2...Self.maxSteps).contains(steps.count), "steps",
            "must have 2–\(Self.maxSteps) steps (got \(steps.count)): the events in the order visitors go through them")
        var seen = Set<String>()
        for (index, step) in steps.enumerated() {
            let field = "steps[\(index)]"
            result.steps[index].event = check.name(step.event.composed, field: "\(field).event")
            check.check(
                seen.insert(result.steps[index].event).inserted || result.steps[index].event.isEmpty, "\(field).event",
                "'\(result.steps[index].event)' is already a step; a funnel's steps are different events")
            let label = check.text(step.label ?? "", field: "\(field).label", maxLength: 200)
            result.steps[index].label = label.isEmpty ? nil : label
            if let touchpoint = step.touchpointID?.trimmedSpaces, !touchpoint.isEmpty {
                result.steps[index].touchpointID = touchpoint
                check.check(
                    touchpointIDs.contains(touchpoint), "\(field).touchpointID",
                    "unknown touchpoint '\(touchpoint)'; use the id the journey map shows for it")
            } else {
                result.steps[index].touchpointID = nil
            }
            if let link = step.feedbackLinkID?.trimmedSpaces, !link.isEmpty {
                result.steps[index].feedbackLinkID = link
                if index == steps.count - 1 {
                    check.add(
                        "\(field).feedbackLinkID",
                        "the last step has no drop-off to ask about; attach the prompt to the step visitors leave from")
                } else {
                    check.check(
                        promptLinkIDs.contains(link) || keptPrompts[index] == link, "\(field).feedbackLinkID",
                        "'\(link)' is not an open public survey link; a prompt needs a public link that is not disabled (kiosk links do not run on web sites)"
                    )
                }
            } else {
                result.steps[index].feedbackLinkID = nil
            }
        }
        check.check(
            (1...Self.maxWindowMinutes).contains(windowMinutes), "windowMinutes",
            "must be 1–\(Self.maxWindowMinutes) minutes (90 days): how long a visitor has from the first step to the last")
        try check.finish()
        return result
    }

    /// The conversion window in milliseconds.
    public var windowMilliseconds: Int64 { Int64(windowMinutes) * 60_000 }
}

/// One step of a funnel: the event that marks it, a label for people, the touchpoint it belongs to,
/// and the feedback prompt that asks visitors who stall there why.
public struct FunnelStep: Sendable, Codable, Hashable {
    /// The event name as sites send it (`event` of a track call, `name` of a page or screen call).
    public var event: String
    public var label: String?
    public var touchpointID: String?
    /// A public survey link whose website widget runs on this step's page: it shows to visitors who stay
    /// longer than most who go on, or who move to leave, and asks why. Its answers show beside the step.
    public var feedbackLinkID: String?

    public init(event: String, label: String? = nil, touchpointID: String? = nil, feedbackLinkID: String? = nil) {
        self.event = event
        self.label = label
        self.touchpointID = touchpointID
        self.feedbackLinkID = feedbackLinkID
    }

    /// What people read: the label, else the event name.
    public var title: String { label ?? event }
}
