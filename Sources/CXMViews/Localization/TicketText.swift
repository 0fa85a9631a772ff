import CXMCore

/// Messages of the ticket metrics page: contact, repeat contact, first-contact resolution and categories.
public enum TicketText: String, Localizable {
    case tickets, ticketsHint, figure, value, count, contactRate, perHundred, repeatContact, firstContact, reopened
    case hoursToResponse, hoursToClose, byTouchpoint, touchpoint, noTouchpoint, category, share, noTickets

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .tickets: Translations(en: "Tickets", sv: "Ärenden", da: "Henvendelser", nb: "Henvendelser", fi: "Tiketit")
        case .ticketsHint:
            Translations(
                en:
                    "Support tickets as experience figures: how often customers had to get in touch, and whether once was enough.",
                sv: "Supportärenden som upplevelsemått: hur ofta kunderna behövde höra av sig och om en gång räckte.",
                da: "Supporthenvendelser som oplevelsestal: hvor ofte kunderne måtte henvende sig, og om én gang var nok.",
                nb: "Supporthenvendelser som opplevelsestall: hvor ofte kundene måtte ta kontakt, og om én gang var nok.",
                fi: "Tukipyynnöt kokemuksen mittareina: kuinka usein asiakkaiden piti ottaa yhteyttä ja riittikö yksi kerta.")
        case .figure: Translations(en: "Figure", sv: "Mått", da: "Tal", nb: "Tall", fi: "Mittari")
        case .value: Translations(en: "Value", sv: "Värde", da: "Værdi", nb: "Verdi", fi: "Arvo")
        case .count: Translations(en: "Tickets", sv: "Ärenden", da: "Henvendelser", nb: "Henvendelser", fi: "Tiketit")
        case .contactRate:
            Translations(
                en: "Contact rate (customers who got in touch)", sv: "Kontaktgrad (kunder som hörde av sig)",
                da: "Kontaktrate (kunder der henvendte sig)", nb: "Kontaktrate (kunder som tok kontakt)",
                fi: "Yhteydenottoaste (yhteyttä ottaneet asiakkaat)")
        case .perHundred:
            Translations(
                en: "Tickets per 100 customers", sv: "Ärenden per 100 kunder", da: "Henvendelser pr. 100 kunder",
                nb: "Henvendelser per 100 kunder", fi: "Tikettejä 100 asiakasta kohden")
        case .repeatContact:
            Translations(
                en: "Repeat contact within 7 days", sv: "Återkontakt inom 7 dagar", da: "Gentagen henvendelse inden 7 dage",
                nb: "Gjentatt kontakt innen 7 dager", fi: "Uusi yhteydenotto 7 päivän sisällä")
        case .firstContact:
            Translations(
                en: "First-contact resolution", sv: "Löst vid första kontakt", da: "Løst ved første kontakt",
                nb: "Løst ved første kontakt", fi: "Ratkaistu ensimmäisellä yhteydenotolla")
        case .reopened:
            Translations(en: "Reopened", sv: "Återöppnade", da: "Genåbnede", nb: "Gjenåpnet", fi: "Uudelleen avatut")
        case .hoursToResponse:
            Translations(
                en: "Median hours to first response", sv: "Median timmar till första svar", da: "Median timer til første svar",
                nb: "Median timer til første svar", fi: "Mediaanitunnit ensimmäiseen vastaukseen")
        case .hoursToClose:
            Translations(
                en: "Median hours to close", sv: "Median timmar till avslut", da: "Median timer til lukning",
                nb: "Median timer til lukking", fi: "Mediaanitunnit sulkemiseen")
        case .byTouchpoint:
            Translations(
                en: "Top categories per touchpoint", sv: "Vanligaste kategorier per kontaktpunkt",
                da: "Hyppigste kategorier pr. kontaktpunkt", nb: "Vanligste kategorier per kontaktpunkt",
                fi: "Yleisimmät luokat kohtaamispisteittäin")
        case .touchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kohtaamispiste")
        case .noTouchpoint:
            Translations(
                en: "no touchpoint", sv: "ingen kontaktpunkt", da: "intet kontaktpunkt", nb: "intet kontaktpunkt",
                fi: "ei kohtaamispistettä")
        case .category: Translations(en: "Category", sv: "Kategori", da: "Kategori", nb: "Kategori", fi: "Luokka")
        case .share: Translations(en: "Share", sv: "Andel", da: "Andel", nb: "Andel", fi: "Osuus")
        case .noTickets:
            Translations(
                en: "No tickets were opened in this period.", sv: "Inga ärenden öppnades under perioden.",
                da: "Ingen henvendelser blev åbnet i perioden.", nb: "Ingen henvendelser ble åpnet i perioden.",
                fi: "Tällä jaksolla ei avattu tikettejä.")
        }
    }
}
