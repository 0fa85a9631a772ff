import Foundation

/// What other systems knew about the customer who answered, as of the answer: a driver analysis then
/// says whether a recent support contact or an outage goes with lower scores, and by how much, beside
/// the questions and themes. Only answers of known customers carry them; anonymous answers are left out
/// of these drivers (not counted as "no").
public enum SignalDriver: String, Sendable, CaseIterable, Hashable {
    /// The customer opened a support ticket in the 30 days up to the answer.
    case recentTicket = "signal:ticket-30d"
    /// Two or more tickets in those 30 days: a problem that was not solved the first time.
    case repeatContact = "signal:repeat-contact-30d"
    /// An incident that named the customer started in the 28 days up to the answer.
    case recentIncident = "signal:incident-28d"

    public static let ticketDays = 30
    public static let incidentDays = 28
    /// A signal driver is offered when at least this many answers have it and this many do not.
    public static let minimumRows = 20

    /// The driver's label in the workspace's language.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.recentTicket, .en): "Contacted support in the 30 days before"
        case (.recentTicket, .sv): "Kontaktade kundtjänst de 30 dagarna innan"
        case (.recentTicket, .da): "Kontaktede kundeservice de 30 dage før"
        case (.recentTicket, .nb): "Kontaktet kundeservice de 30 dagene før"
        case (.recentTicket, .fi): "Otti yhteyttä asiakaspalveluun 30 päivän sisällä ennen"
        case (.repeatContact, .en): "Contacted support twice or more in the 30 days before"
        case (.repeatContact, .sv): "Kontaktade kundtjänst två gånger eller fler de 30 dagarna innan"
        case (.repeatContact, .da): "Kontaktede kundeservice to gange eller flere de 30 dage før"
        case (.repeatContact, .nb): "Kontaktet kundeservice to ganger eller flere de 30 dagene før"
        case (.repeatContact, .fi): "Otti yhteyttä asiakaspalveluun vähintään kahdesti 30 päivän sisällä ennen"
        case (.recentIncident, .en): "Hit by an incident in the 4 weeks before"
        case (.recentIncident, .sv): "Drabbad av en störning de 4 veckorna innan"
        case (.recentIncident, .da): "Ramt af en driftsforstyrrelse de 4 uger før"
        case (.recentIncident, .nb): "Rammet av en driftsforstyrrelse de 4 ukene før"
        case (.recentIncident, .fi): "Häiriö osui 4 viikon sisällä ennen"
        }
    }

    /// The signals of a customer's answer from their tickets and incidents in the days before it.
    public static func of(ticketsBefore tickets: Int, incidentsBefore incidents: Int) -> Set<SignalDriver> {
        var signals: Set<SignalDriver> = []
        if tickets >= 1 { signals.insert(.recentTicket) }
        if tickets >= 2 { signals.insert(.repeatContact) }
        if incidents >= 1 { signals.insert(.recentIncident) }
        return signals
    }
}
