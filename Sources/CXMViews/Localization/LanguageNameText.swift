/// Names of the languages a survey can be offered in, as a sentence in each interface language writes them.
public enum LanguageNameText: String, Localizable {
    case en, sv, da, nb, fi

    /// The name in every language; Nordic languages write language names in lower case.
    public var translations: Translations {
        switch self {
        case .en:
            Translations(en: "English", sv: "engelska", da: "engelsk", nb: "engelsk", fi: "englanti")
        case .sv:
            Translations(en: "Swedish", sv: "svenska", da: "svensk", nb: "svensk", fi: "ruotsi")
        case .da:
            Translations(en: "Danish", sv: "danska", da: "dansk", nb: "dansk", fi: "tanska")
        case .nb:
            Translations(
                en: "Norwegian (Bokmål)", sv: "norska (bokmål)", da: "norsk (bokmål)", nb: "norsk (bokmål)",
                fi: "norja (bokmål)")
        case .fi:
            Translations(en: "Finnish", sv: "finska", da: "finsk", nb: "finsk", fi: "suomi")
        }
    }
}

/// The texts a new survey's first question starts with, in the language the survey asks it in.
public enum SurveyDefaultText: String, Localizable {
    case npsQuestion

    /// The text in every language.
    public var translations: Translations {
        switch self {
        case .npsQuestion:
            Translations(
                en: "How likely is it that you would recommend us to a friend or colleague?",
                sv: "Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?",
                da: "Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?",
                nb: "Hvor sannsynlig er det at du vil anbefale oss til en venn eller kollega?",
                fi: "Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?")
        }
    }
}
