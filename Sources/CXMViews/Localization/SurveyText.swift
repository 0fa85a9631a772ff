/// Messages of the survey list and survey detail pages.
public enum SurveyText: String, Localizable {
    case version, questions, languages, noSurveys, noQuestions, scaleRange, options, required, questionType, backToSurveys

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .version:
            Translations(en: "Version", sv: "Version", da: "Version", nb: "Versjon", fi: "Versio")
        case .questions:
            Translations(en: "Questions", sv: "Frågor", da: "Spørgsmål", nb: "Spørsmål", fi: "Kysymykset")
        case .languages:
            Translations(en: "Languages", sv: "Språk", da: "Sprog", nb: "Språk", fi: "Kielet")
        case .noSurveys:
            Translations(
                en: "No surveys yet.", sv: "Inga enkäter ännu.", da: "Ingen spørgeskemaer endnu.",
                nb: "Ingen undersøkelser ennå.", fi: "Kyselyitä ei ole vielä.")
        case .noQuestions:
            Translations(
                en: "This survey has no questions yet.", sv: "Enkäten har inga frågor ännu.",
                da: "Spørgeskemaet har ingen spørgsmål endnu.", nb: "Undersøkelsen har ingen spørsmål ennå.",
                fi: "Kyselyssä ei ole vielä kysymyksiä.")
        case .scaleRange:
            Translations(
                en: "Scale {0}–{1}", sv: "Skala {0}–{1}", da: "Skala {0}–{1}", nb: "Skala {0}–{1}", fi: "Asteikko {0}–{1}")
        case .options:
            Translations(
                en: "Answer options", sv: "Svarsalternativ", da: "Svarmuligheder", nb: "Svaralternativer",
                fi: "Vastausvaihtoehdot")
        case .required:
            Translations(en: "Required", sv: "Obligatorisk", da: "Obligatorisk", nb: "Obligatorisk", fi: "Pakollinen")
        case .questionType:
            Translations(en: "Question type", sv: "Frågetyp", da: "Spørgsmålstype", nb: "Spørsmålstype", fi: "Kysymystyyppi")
        case .backToSurveys:
            Translations(
                en: "Back to surveys", sv: "Tillbaka till enkäter", da: "Tilbage til spørgeskemaer",
                nb: "Tilbake til undersøkelser", fi: "Takaisin kyselyihin")
        }
    }
}
