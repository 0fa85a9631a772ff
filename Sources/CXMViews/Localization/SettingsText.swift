/// Messages of the workspace settings page.
public enum SettingsText: String, Localizable {
    case workspaceName, defaultLanguage, timeZone, timeZoneHint, enabledLanguages, enabledLanguagesHint
    case retention, retentionHint, retentionResponses, retentionCustomerLink, retentionOpenText, retentionInactiveCustomers
    case retentionSiteActivity
    case retentionLastRun, retentionNeverRun

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .workspaceName:
            Translations(
                en: "Workspace name", sv: "Arbetsytans namn", da: "Arbejdsområdets navn", nb: "Arbeidsområdets navn",
                fi: "Työtilan nimi")
        case .defaultLanguage:
            Translations(en: "Default language", sv: "Standardspråk", da: "Standardsprog", nb: "Standardspråk", fi: "Oletuskieli")
        case .timeZone:
            Translations(en: "Time zone", sv: "Tidszon", da: "Tidszone", nb: "Tidssone", fi: "Aikavyöhyke")
        case .timeZoneHint:
            Translations(
                en: "Days, weeks and months in reports start at midnight in this time zone.",
                sv: "Dagar, veckor och månader i rapporterna börjar vid midnatt i den här tidszonen.",
                da: "Dage, uger og måneder i rapporterne begynder ved midnat i denne tidszone.",
                nb: "Dager, uker og måneder i rapportene begynner ved midnatt i denne tidssonen.",
                fi: "Raporttien päivät, viikot ja kuukaudet alkavat keskiyöllä tällä aikavyöhykkeellä.")
        case .enabledLanguages:
            Translations(
                en: "Languages in use", sv: "Språk som används", da: "Sprog i brug", nb: "Språk i bruk",
                fi: "Käytössä olevat kielet")
        case .enabledLanguagesHint:
            Translations(
                en: "Surveys can be offered to customers in these languages.",
                sv: "Enkäter kan erbjudas kunderna på de här språken.",
                da: "Spørgeskemaer kan tilbydes kunderne på disse sprog.",
                nb: "Undersøkelser kan tilbys kundene på disse språkene.",
                fi: "Kyselyitä voidaan tarjota asiakkaille näillä kielillä.")
        case .retention:
            Translations(en: "Data retention", sv: "Lagringstid", da: "Opbevaringstid", nb: "Lagringstid", fi: "Säilytysaika")
        case .retentionHint:
            Translations(
                en: "In whole months; leave a field empty to keep for good. The policy is applied once a day.",
                sv: "I hela månader; lämna ett fält tomt för att spara för alltid. Regeln tillämpas en gång om dagen.",
                da: "I hele måneder; lad et felt stå tomt for at gemme for altid. Reglen anvendes én gang om dagen.",
                nb: "I hele måneder; la et felt stå tomt for å beholde for alltid. Regelen brukes én gang om dagen.",
                fi:
                    "Kokonaisina kuukausina; jätä kenttä tyhjäksi, jos tiedot säilytetään pysyvästi. Sääntöä sovelletaan kerran päivässä."
            )
        case .retentionResponses:
            Translations(
                en: "Delete responses after (months)", sv: "Radera svar efter (månader)",
                da: "Slet svar efter (måneder)", nb: "Slett svar etter (måneder)", fi: "Poista vastaukset (kuukauden kuluttua)")
        case .retentionCustomerLink:
            Translations(
                en: "Anonymise responses after (months)", sv: "Anonymisera svar efter (månader)",
                da: "Anonymiser svar efter (måneder)", nb: "Anonymiser svar etter (måneder)",
                fi: "Anonymisoi vastaukset (kuukauden kuluttua)")
        case .retentionOpenText:
            Translations(
                en: "Delete open-text answers after (months)", sv: "Radera fritextsvar efter (månader)",
                da: "Slet fritekstsvar efter (måneder)", nb: "Slett fritekstsvar etter (måneder)",
                fi: "Poista avoimet vastaukset (kuukauden kuluttua)")
        case .retentionInactiveCustomers:
            Translations(
                en: "Delete inactive customers after (months)", sv: "Radera inaktiva kunder efter (månader)",
                da: "Slet inaktive kunder efter (måneder)", nb: "Slett inaktive kunder etter (måneder)",
                fi: "Poista passiiviset asiakkaat (kuukauden kuluttua)")
        case .retentionSiteActivity:
            Translations(
                en: "Delete site and app activity after (months)", sv: "Radera aktivitet på webbplats och i app efter (månader)",
                da: "Slet aktivitet på websted og i app efter (måneder)",
                nb: "Slett aktivitet på nettsted og i app etter (måneder)",
                fi: "Poista verkkosivuston ja sovelluksen toiminta (kuukauden kuluttua)")
        case .retentionLastRun:
            Translations(
                en:
                    "Last applied {0}: {1} responses deleted, {2} anonymised, {3} open-text answers deleted, {4} customers deleted, {5} site events deleted.",
                sv:
                    "Senast tillämpad {0}: {1} svar raderade, {2} anonymiserade, {3} fritextsvar raderade, {4} kunder raderade, {5} händelser från webbplatsen raderade.",
                da:
                    "Senest anvendt {0}: {1} svar slettet, {2} anonymiseret, {3} fritekstsvar slettet, {4} kunder slettet, {5} hændelser fra webstedet slettet.",
                nb:
                    "Sist brukt {0}: {1} svar slettet, {2} anonymisert, {3} fritekstsvar slettet, {4} kunder slettet, {5} hendelser fra nettstedet slettet.",
                fi:
                    "Viimeksi sovellettu {0}: {1} vastausta poistettu, {2} anonymisoitu, {3} avointa vastausta poistettu, {4} asiakasta poistettu, {5} verkkosivuston tapahtumaa poistettu."
            )
        case .retentionNeverRun:
            Translations(
                en: "The retention policy has not been applied yet.", sv: "Lagringsregeln har inte tillämpats ännu.",
                da: "Opbevaringsreglen er ikke anvendt endnu.", nb: "Lagringsregelen er ikke brukt ennå.",
                fi: "Säilytyssääntöä ei ole vielä sovellettu.")
        }
    }
}
