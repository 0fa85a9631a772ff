import CXMCore

/// Messages of a customer's time line.
public enum TimelineText: String, Localizable {
    case timeline, timelineHint, noTimeline, olderEntries, kind, what, details
    case response, invitation, serviceCase, ticket, incident, churn, order, activity
    case ticketOpen, ticketClosedAfter, firstAnswerAfter, incidentOngoing, incidentLasted, churnReason, yearlyRevenue, value

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .timeline: Translations(en: "Timeline", sv: "Tidslinje", da: "Tidslinje", nb: "Tidslinje", fi: "Aikajana")
        case .timelineHint:
            Translations(
                en:
                    "Everything that happened with this customer, newest first: answers, invitations, cases, support tickets, incidents, orders.",
                sv:
                    "Allt som hänt med kunden, nyast först: svar, inbjudningar, ärenden, supportärenden, driftstörningar, ordrar.",
                da:
                    "Alt, der er sket med kunden, nyeste først: svar, invitationer, sager, supportsager, driftsforstyrrelser, ordrer.",
                nb:
                    "Alt som har skjedd med kunden, nyeste først: svar, invitasjoner, saker, supportsaker, driftsforstyrrelser, ordrer.",
                fi:
                    "Kaikki asiakkaan tapahtumat uusimmasta alkaen: vastaukset, kutsut, tapaukset, tukipyynnöt, häiriöt, tilaukset."
            )
        case .noTimeline:
            Translations(
                en: "Nothing has happened with this customer yet.", sv: "Inget har hänt med kunden ännu.",
                da: "Der er ikke sket noget med kunden endnu.", nb: "Ingenting har skjedd med kunden ennå.",
                fi: "Asiakkaalle ei ole vielä tapahtunut mitään.")
        case .olderEntries:
            Translations(
                en: "Older events", sv: "Äldre händelser", da: "Ældre hændelser", nb: "Eldre hendelser",
                fi: "Vanhemmat tapahtumat")
        case .kind: Translations(en: "Kind", sv: "Typ", da: "Type", nb: "Type", fi: "Tyyppi")
        case .what: Translations(en: "What", sv: "Vad", da: "Hvad", nb: "Hva", fi: "Mitä")
        case .details: Translations(en: "Details", sv: "Detaljer", da: "Detaljer", nb: "Detaljer", fi: "Tiedot")
        case .response: Translations(en: "Answer", sv: "Svar", da: "Svar", nb: "Svar", fi: "Vastaus")
        case .invitation: Translations(en: "Invitation", sv: "Inbjudan", da: "Invitation", nb: "Invitasjon", fi: "Kutsu")
        case .serviceCase: Translations(en: "Case", sv: "Ärende", da: "Sag", nb: "Sak", fi: "Tapaus")
        case .ticket:
            Translations(en: "Support ticket", sv: "Supportärende", da: "Supportsag", nb: "Supportsak", fi: "Tukipyyntö")
        case .incident:
            Translations(en: "Incident", sv: "Driftstörning", da: "Driftsforstyrrelse", nb: "Driftsforstyrrelse", fi: "Häiriö")
        case .churn:
            Translations(
                en: "Customer left", sv: "Kunden lämnade", da: "Kunden forlod os", nb: "Kunden sluttet", fi: "Asiakas lähti")
        case .order: Translations(en: "Order", sv: "Order", da: "Ordre", nb: "Ordre", fi: "Tilaus")
        case .activity:
            Translations(
                en: "On the site or app", sv: "På webben eller i appen", da: "På nettet eller i appen",
                nb: "På nettet eller i appen", fi: "Verkossa tai sovelluksessa")
        case .ticketOpen: Translations(en: "open", sv: "öppet", da: "åben", nb: "åpen", fi: "avoin")
        case .ticketClosedAfter:
            Translations(
                en: "closed after {0} h", sv: "stängt efter {0} h", da: "lukket efter {0} t", nb: "lukket etter {0} t",
                fi: "suljettu {0} tunnin jälkeen")
        case .firstAnswerAfter:
            Translations(
                en: "first answer after {0} h", sv: "första svar efter {0} h", da: "første svar efter {0} t",
                nb: "første svar etter {0} t", fi: "ensimmäinen vastaus {0} tunnin jälkeen")
        case .incidentOngoing: Translations(en: "ongoing", sv: "pågår", da: "igangværende", nb: "pågår", fi: "käynnissä")
        case .incidentLasted:
            Translations(en: "lasted {0} h", sv: "varade {0} h", da: "varede {0} t", nb: "varte {0} t", fi: "kesti {0} h")
        case .churnReason: Translations(en: "reason: {0}", sv: "orsak: {0}", da: "årsag: {0}", nb: "årsak: {0}", fi: "syy: {0}")
        case .yearlyRevenue:
            Translations(
                en: "yearly revenue {0}", sv: "årsintäkt {0}", da: "årlig omsætning {0}", nb: "årlig omsetning {0}",
                fi: "vuosimyynti {0}")
        case .value: Translations(en: "value {0}", sv: "värde {0}", da: "værdi {0}", nb: "verdi {0}", fi: "arvo {0}")
        }
    }
}
