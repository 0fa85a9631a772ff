/// Messages of the customer list and customer detail pages.
public enum CustomerText: String, Localizable {
    case searchCustomers, searchHint, identifiers, segments, consent, noCustomers, noMatches
    case attributes, type, value, noAttributes, recentResponses, date, survey, score, noResponses, backToCustomers

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .searchCustomers:
            Translations(en: "Search customers", sv: "Sök kunder", da: "Søg efter kunder", nb: "Søk etter kunder", fi: "Hae asiakkaita")
        case .searchHint:
            Translations(en: "Name, email or an identifier such as crm:123.", sv: "Namn, e-post eller ett id som crm:123.",
                         da: "Navn, e-mail eller et id som crm:123.", nb: "Navn, e-post eller en ID som crm:123.",
                         fi: "Nimi, sähköposti tai tunniste, esimerkiksi crm:123.")
        case .identifiers:
            Translations(en: "Identifiers", sv: "Identifierare", da: "Id'er", nb: "ID-er", fi: "Tunnisteet")
        case .segments:
            Translations(en: "Segments", sv: "Segment", da: "Segmenter", nb: "Segmenter", fi: "Segmentit")
        case .consent:
            Translations(en: "Consent", sv: "Samtycke", da: "Samtykke", nb: "Samtykke", fi: "Suostumus")
        case .noCustomers:
            Translations(en: "No customers yet.", sv: "Inga kunder ännu.", da: "Ingen kunder endnu.", nb: "Ingen kunder ennå.",
                         fi: "Asiakkaita ei ole vielä.")
        case .noMatches:
            Translations(en: "No customers match “{0}”.", sv: "Inga kunder matchar ”{0}”.", da: "Ingen kunder matcher “{0}”.",
                         nb: "Ingen kunder samsvarer med «{0}».", fi: "Haulla ”{0}” ei löytynyt asiakkaita.")
        case .attributes:
            Translations(en: "Attributes", sv: "Attribut", da: "Attributter", nb: "Attributter", fi: "Ominaisuudet")
        case .type:
            Translations(en: "Type", sv: "Typ", da: "Type", nb: "Type", fi: "Tyyppi")
        case .value:
            Translations(en: "Value", sv: "Värde", da: "Værdi", nb: "Verdi", fi: "Arvo")
        case .noAttributes:
            Translations(en: "No attributes recorded.", sv: "Inga attribut registrerade.", da: "Ingen attributter registreret.",
                         nb: "Ingen attributter registrert.", fi: "Ominaisuuksia ei ole tallennettu.")
        case .recentResponses:
            Translations(en: "Recent responses", sv: "Senaste svar", da: "Seneste svar", nb: "Siste svar", fi: "Viimeisimmät vastaukset")
        case .date:
            Translations(en: "Date", sv: "Datum", da: "Dato", nb: "Dato", fi: "Päivämäärä")
        case .survey:
            Translations(en: "Survey", sv: "Enkät", da: "Spørgeskema", nb: "Undersøkelse", fi: "Kysely")
        case .score:
            Translations(en: "Score", sv: "Poäng", da: "Score", nb: "Poeng", fi: "Pisteet")
        case .noResponses:
            Translations(en: "No responses yet.", sv: "Inga svar ännu.", da: "Ingen svar endnu.", nb: "Ingen svar ennå.",
                         fi: "Vastauksia ei ole vielä.")
        case .backToCustomers:
            Translations(en: "Back to customers", sv: "Tillbaka till kunder", da: "Tilbage til kunder", nb: "Tilbake til kunder",
                         fi: "Takaisin asiakkaisiin")
        }
    }
}
