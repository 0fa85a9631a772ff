/// Messages of the customer list and customer detail pages.
public enum CustomerText: String, Localizable {
    case searchCustomers, searchHint, identifiers, segments, consent, noCustomers, noMatches
    case attributes, type, value, noAttributes, recentResponses, date, survey, score, noResponses, backToCustomers
    case editCustomer, preferredLanguage, workspaceDefault, homeUnit, homeUnitHint, noHomeUnit, identifiersReadOnly
    case eraseCustomer, eraseHint, eraseConfirm, eraseButton

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .searchCustomers:
            Translations(
                en: "Search customers", sv: "Sök kunder", da: "Søg efter kunder", nb: "Søk etter kunder", fi: "Hae asiakkaita")
        case .searchHint:
            Translations(
                en: "Name, email or an identifier such as crm:123.", sv: "Namn, e-post eller ett id som crm:123.",
                da: "Navn, e-mail eller et id som crm:123.", nb: "Navn, e-post eller en ID som crm:123.",
                fi: "Nimi, sähköposti tai tunniste, esimerkiksi crm:123.")
        case .identifiers:
            Translations(en: "Identifiers", sv: "Identifierare", da: "Id'er", nb: "ID-er", fi: "Tunnisteet")
        case .segments:
            Translations(en: "Segments", sv: "Segment", da: "Segmenter", nb: "Segmenter", fi: "Segmentit")
        case .consent:
            Translations(en: "Consent", sv: "Samtycke", da: "Samtykke", nb: "Samtykke", fi: "Suostumus")
        case .noCustomers:
            Translations(
                en: "No customers yet.", sv: "Inga kunder ännu.", da: "Ingen kunder endnu.", nb: "Ingen kunder ennå.",
                fi: "Asiakkaita ei ole vielä.")
        case .noMatches:
            Translations(
                en: "No customers match “{0}”.", sv: "Inga kunder matchar ”{0}”.", da: "Ingen kunder matcher “{0}”.",
                nb: "Ingen kunder samsvarer med «{0}».", fi: "Haulla ”{0}” ei löytynyt asiakkaita.")
        case .attributes:
            Translations(en: "Attributes", sv: "Attribut", da: "Attributter", nb: "Attributter", fi: "Ominaisuudet")
        case .type:
            Translations(en: "Type", sv: "Typ", da: "Type", nb: "Type", fi: "Tyyppi")
        case .value:
            Translations(en: "Value", sv: "Värde", da: "Værdi", nb: "Verdi", fi: "Arvo")
        case .noAttributes:
            Translations(
                en: "No attributes recorded.", sv: "Inga attribut registrerade.", da: "Ingen attributter registreret.",
                nb: "Ingen attributter registrert.", fi: "Ominaisuuksia ei ole tallennettu.")
        case .recentResponses:
            Translations(
                en: "Recent responses", sv: "Senaste svar", da: "Seneste svar", nb: "Siste svar", fi: "Viimeisimmät vastaukset")
        case .date:
            Translations(en: "Date", sv: "Datum", da: "Dato", nb: "Dato", fi: "Päivämäärä")
        case .survey:
            Translations(en: "Survey", sv: "Enkät", da: "Spørgeskema", nb: "Undersøkelse", fi: "Kysely")
        case .score:
            Translations(en: "Score", sv: "Poäng", da: "Score", nb: "Poeng", fi: "Pisteet")
        case .noResponses:
            Translations(
                en: "No responses yet.", sv: "Inga svar ännu.", da: "Ingen svar endnu.", nb: "Ingen svar ennå.",
                fi: "Vastauksia ei ole vielä.")
        case .backToCustomers:
            Translations(
                en: "Back to customers", sv: "Tillbaka till kunder", da: "Tilbage til kunder", nb: "Tilbake til kunder",
                fi: "Takaisin asiakkaisiin")
        case .editCustomer:
            Translations(
                en: "Edit customer", sv: "Redigera kund", da: "Rediger kunde", nb: "Rediger kunde", fi: "Muokkaa asiakasta")
        case .preferredLanguage:
            Translations(
                en: "Preferred language", sv: "Önskat språk", da: "Foretrukket sprog", nb: "Foretrukket språk",
                fi: "Ensisijainen kieli")
        case .workspaceDefault:
            Translations(
                en: "Workspace default", sv: "Arbetsytans standard", da: "Arbejdsområdets standard",
                nb: "Arbeidsområdets standard", fi: "Työtilan oletus")
        case .homeUnit:
            Translations(en: "Home unit", sv: "Hemenhet", da: "Hjemmeenhed", nb: "Hjemmeenhet", fi: "Kotiyksikkö")
        case .homeUnitHint:
            Translations(
                en: "The store or team that serves the customer; it decides which team leads see them.",
                sv: "Butiken eller teamet som betjänar kunden; den avgör vilka teamledare som ser kunden.",
                da: "Butikken eller teamet, der betjener kunden; den afgør, hvilke teamledere der ser kunden.",
                nb: "Butikken eller teamet som betjener kunden; den avgjør hvilke teamledere som ser kunden.",
                fi: "Asiakasta palveleva myymälä tai tiimi; se ratkaisee, mitkä tiiminvetäjät näkevät asiakkaan.")
        case .noHomeUnit:
            Translations(en: "No unit", sv: "Ingen enhet", da: "Ingen enhed", nb: "Ingen enhet", fi: "Ei yksikköä")
        case .identifiersReadOnly:
            Translations(
                en: "Identifiers come from the source systems and cannot be changed here.",
                sv: "Identifierarna kommer från källsystemen och kan inte ändras här.",
                da: "Id'erne kommer fra kildesystemerne og kan ikke ændres her.",
                nb: "ID-ene kommer fra kildesystemene og kan ikke endres her.",
                fi: "Tunnisteet tulevat lähdejärjestelmistä, eikä niitä voi muuttaa täällä.")
        case .eraseCustomer:
            Translations(
                en: "Erase customer (GDPR)", sv: "Radera kund (GDPR)", da: "Slet kunde (GDPR)", nb: "Slett kunde (GDPR)",
                fi: "Poista asiakas (GDPR)")
        case .eraseHint:
            Translations(
                en:
                    "Erasing removes the customer record, all its identifiers and all its survey responses and answers for good; the statistics drop their scores and every other figure stays as it was. This cannot be undone.",
                sv:
                    "Raderingen tar bort kundposten, alla dess identifierare och alla dess enkätsvar permanent; statistiken tappar kundens betyg och alla andra siffror förblir som de var. Det går inte att ångra.",
                da:
                    "Sletningen fjerner kundeposten, alle dens id'er og alle dens besvarelser permanent; statistikken mister kundens scorer, og alle andre tal forbliver som de var. Det kan ikke fortrydes.",
                nb:
                    "Slettingen fjerner kundeposten, alle ID-ene og alle svarene for godt; statistikken mister kundens poeng, og alle andre tall forblir som de var. Dette kan ikke angres.",
                fi:
                    "Poisto poistaa asiakastietueen, kaikki sen tunnisteet ja kaikki sen kyselyvastaukset pysyvästi; tilastoista poistuvat asiakkaan arviot ja kaikki muut luvut pysyvät ennallaan. Poistoa ei voi perua."
            )
        case .eraseConfirm:
            Translations(
                en: "I understand that this erases the customer permanently", sv: "Jag förstår att kunden raderas permanent",
                da: "Jeg forstår, at kunden slettes permanent", nb: "Jeg forstår at kunden slettes permanent",
                fi: "Ymmärrän, että asiakas poistetaan pysyvästi")
        case .eraseButton:
            Translations(en: "Erase customer", sv: "Radera kunden", da: "Slet kunden", nb: "Slett kunden", fi: "Poista asiakas")
        }
    }
}
