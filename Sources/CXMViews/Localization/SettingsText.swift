/// Messages of the workspace settings page.
public enum SettingsText: String, Localizable {
    case workspaceName, defaultLanguage, timeZone, timeZoneHint, enabledLanguages, enabledLanguagesHint

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
        }
    }
}
