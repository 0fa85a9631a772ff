import Foundation

/// Something that happened, as cxm posts it: `{"id", "type", "timestamp", "data"}`. Case events hold
/// identifiers, codes and the case's title, not free text written about or by a customer: notes,
/// contact summaries and complaints stay in cxm, and the receiver follows the case's id back for
/// them. Response events hold the answers.
public struct WebhookEvent: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var type: WebhookEventType
    public var timestamp: Date
    public var data: Payload

    public struct Payload: Sendable, Codable, Hashable {
        public var `case`: CaseData?
        public var change: ChangeData?
        /// A response as it was stored, with its answers (open ones too: the receiver is the company's
        /// own system).
        public var response: SurveyResponse?
        public var message: String?
        /// An alert as raised: where, since when, from what to what.
        public var alert: AlertData?

        public init(
            case: CaseData? = nil, change: ChangeData? = nil, response: SurveyResponse? = nil, message: String? = nil,
            alert: AlertData? = nil
        ) {
            self.case = `case`
            self.change = change
            self.response = response
            self.message = message
            self.alert = alert
        }
    }

    public init(id: String = Identifier.make(), type: WebhookEventType, timestamp: Date, data: Payload) {
        self.id = id
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// A case as it stands after the change.
    public struct CaseData: Sendable, Codable, Hashable {
        public var id: String
        public var number: Int
        /// Absent for a complaint's case, whose title is the start of what the customer wrote.
        public var title: String?
        public var status: CaseStatus
        public var priority: CasePriority
        public var source: CaseSource
        public var unitID: String
        public var assigneeID: String?
        public var customerID: String?
        public var touchpointID: String?
        public var surveyID: String?
        public var responseID: String?
        public var complaintID: String?
        public var createdAt: Date
        public var firstContactDue: Date?
        public var resolutionDue: Date?
        public var escalation: CaseEscalation

        public init(_ record: Case) {
            id = record.id
            number = record.number
            title = record.source == .complaint ? nil : record.title
            status = record.status
            priority = record.priority
            source = record.source
            unitID = record.unitID
            assigneeID = record.assigneeID
            customerID = record.customerID
            touchpointID = record.touchpointID
            surveyID = record.surveyID
            responseID = record.responseID
            complaintID = record.complaintID
            createdAt = record.createdAt
            firstContactDue = record.firstContactDue
            resolutionDue = record.resolutionDue
            escalation = record.escalation
        }
    }

    /// What one history entry changed, without its free text.
    public struct ChangeData: Sendable, Codable, Hashable {
        public var kind: CaseEvent.Kind
        public var by: String
        public var fromStatus: CaseStatus?
        public var toStatus: CaseStatus?
        public var fromAssigneeID: String?
        public var toAssigneeID: String?
        public var fromUnitID: String?
        public var toUnitID: String?
        public var escalation: CaseEscalation?
        public var contactChannel: ContactChannel?
        public var contactOutcome: ContactOutcome?
        /// For a follow-up: the invitation, when it goes out, or why it does not.
        public var followUp: CaseFollowUpNote?

        public init(_ event: CaseEvent) {
            kind = event.kind
            by = event.actorName
            fromStatus = event.fromStatus
            toStatus = event.toStatus
            fromAssigneeID = event.fromAssigneeID
            toAssigneeID = event.toAssigneeID
            fromUnitID = event.fromUnitID
            toUnitID = event.toUnitID
            escalation = event.escalation
            contactChannel = event.contact?.channel
            contactOutcome = event.contact?.outcome
            followUp = event.followUp
        }
    }

    /// The events a case's new history entries make, each with the case as it now stands.
    public static func events(for record: Case, history: [CaseEvent]) -> [WebhookEvent] {
        history.map { entry in
            WebhookEvent(
                type: WebhookEventType(entry.kind), timestamp: entry.at,
                data: Payload(case: CaseData(record), change: ChangeData(entry)))
        }
    }

    public static func responseCreated(_ response: SurveyResponse, at time: Date) -> WebhookEvent {
        WebhookEvent(type: .responseCreated, timestamp: time, data: Payload(response: response))
    }

    /// An alert's series and the change found in it.
    public struct AlertData: Sendable, Codable, Hashable {
        public var id: String
        public var metric: AlertMetric
        public var question: String?
        public var touchpointID: String?
        public var unitID: String?
        public var themeID: String?
        public var worse: Bool
        public var direction: TrendDirection?
        /// The first day of the week the change started in.
        public var since: String?
        public var baselineValue: Double?
        public var currentValue: Double?
        public var difference: Double?
        public var interval: Interval?
        public var qValue: Double

        public init(_ alert: Alert) {
            id = alert.id
            metric = alert.key.metric
            question = alert.key.question
            touchpointID = alert.key.touchpointID
            unitID = alert.key.unitID
            themeID = alert.key.themeID
            worse = alert.snapshot.isWorse
            direction = alert.change?.direction
            since = alert.since?.iso
            baselineValue = alert.change?.baselineValue
            currentValue = alert.change?.currentValue
            difference = alert.change?.difference
            interval = alert.change?.interval
            qValue = alert.snapshot.qValue
        }
    }

    public static func alertRaised(_ alert: Alert, at time: Date) -> WebhookEvent {
        WebhookEvent(type: .alertRaised, timestamp: time, data: Payload(alert: AlertData(alert)))
    }

    public static func test(at time: Date) -> WebhookEvent {
        WebhookEvent(
            type: .test, timestamp: time,
            data: Payload(message: "A test delivery from cxm: if you read this, the webhook works."))
    }

    /// The event as posted: sorted keys, times in ISO 8601 with milliseconds (UTC).
    public func json() throws -> String {
        String(decoding: try Self.encoder.encode(self), as: UTF8.self)
    }

    public static func decode(_ json: String) throws -> WebhookEvent {
        try decoder.decode(WebhookEvent.self, from: Data(json.utf8))
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Self.timeFormat))
        }
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = try? Date(text, strategy: Self.timeFormat) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a time: \(text)"))
            }
            return date
        }
        return decoder
    }()

    private static let timeFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
}
