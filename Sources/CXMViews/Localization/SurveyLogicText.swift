/// Messages of the survey editor's display logic, end labels and respondent texts.
public enum SurveyLogicText: String, Localizable {
    case showIf, always, showIfHint, showFrom, showTo, showOptions, lowLabelIn, highLabelIn
    case respondentTexts, respondentTextsHint, layout, layoutAll, layoutOne, titleIn, introIn
    case thanksIn, thanksPromoterIn, thanksPassiveIn, thanksDetractorIn, conditionInvalid

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .showIf:
            Translations(en: "Show only when", sv: "Visa bara när", da: "Vis kun når", nb: "Vis bare når", fi: "Näytä vain, kun")
        case .always:
            Translations(en: "Always shown", sv: "Visas alltid", da: "Vises altid", nb: "Vises alltid", fi: "Näytetään aina")
        case .showIfHint:
            Translations(
                en:
                    "An earlier question's answer: a score from–to (0 to 6 asks NPS detractors), or option keys separated by commas.",
                sv:
                    "Svaret på en tidigare fråga: ett betyg från–till (0 till 6 frågar NPS-kritiker), eller alternativnycklar åtskilda av kommatecken.",
                da:
                    "Svaret på et tidligere spørgsmål: en score fra–til (0 til 6 spørger NPS-kritikere), eller svarnøgler adskilt af kommaer.",
                nb:
                    "Svaret på et tidligere spørsmål: en score fra–til (0 til 6 spør NPS-kritikere), eller alternativnøkler skilt med komma.",
                fi:
                    "Aiemman kysymyksen vastaus: arvo väliltä (0–6 kysyy NPS-arvostelijoilta) tai vaihtoehtojen avaimet pilkuin eroteltuina."
            )
        case .showFrom: Translations(en: "Score from", sv: "Betyg från", da: "Score fra", nb: "Score fra", fi: "Arvo alkaen")
        case .showTo: Translations(en: "to", sv: "till", da: "til", nb: "til", fi: "asti")
        case .showOptions:
            Translations(
                en: "or one of the options", sv: "eller ett av alternativen", da: "eller en af mulighederne",
                nb: "eller ett av alternativene", fi: "tai jokin vaihtoehdoista")
        case .lowLabelIn:
            Translations(
                en: "Label of the lowest point ({0})", sv: "Etikett för lägsta värdet ({0})", da: "Tekst ved laveste værdi ({0})",
                nb: "Tekst ved laveste verdi ({0})", fi: "Alimman arvon nimike ({0})")
        case .highLabelIn:
            Translations(
                en: "Label of the highest point ({0})", sv: "Etikett för högsta värdet ({0})",
                da: "Tekst ved højeste værdi ({0})",
                nb: "Tekst ved høyeste verdi ({0})", fi: "Ylimmän arvon nimike ({0})")
        case .respondentTexts:
            Translations(
                en: "What respondents see", sv: "Vad de svarande ser", da: "Hvad respondenterne ser", nb: "Hva respondentene ser",
                fi: "Mitä vastaajat näkevät")
        case .respondentTextsHint:
            Translations(
                en: "Left empty, the survey's name is the title and cxm thanks in its own words.",
                sv: "Lämnas fälten tomma är enkätens namn rubriken och cxm tackar med egna ord.",
                da: "Efterlades felterne tomme, er spørgeskemaets navn overskriften, og cxm takker med egne ord.",
                nb: "Står feltene tomme, er undersøkelsens navn overskriften, og cxm takker med egne ord.",
                fi: "Jos kentät jätetään tyhjiksi, otsikkona on kyselyn nimi ja cxm kiittää omin sanoin.")
        case .layout: Translations(en: "Layout", sv: "Upplägg", da: "Opbygning", nb: "Oppsett", fi: "Asettelu")
        case .layoutAll:
            Translations(
                en: "All questions on one page (a question that depends on an answer starts a new page)",
                sv: "Alla frågor på en sida (en fråga som beror på ett svar börjar en ny sida)",
                da: "Alle spørgsmål på én side (et spørgsmål, der afhænger af et svar, starter en ny side)",
                nb: "Alle spørsmål på én side (et spørsmål som avhenger av et svar, starter en ny side)",
                fi: "Kaikki kysymykset yhdellä sivulla (vastauksesta riippuva kysymys aloittaa uuden sivun)")
        case .layoutOne:
            Translations(
                en: "One question per screen", sv: "En fråga per skärm", da: "Ét spørgsmål pr. skærm",
                nb: "Ett spørsmål per skjerm",
                fi: "Yksi kysymys näytöllä")
        case .titleIn:
            Translations(
                en: "Title ({0})", sv: "Rubrik ({0})", da: "Overskrift ({0})", nb: "Overskrift ({0})", fi: "Otsikko ({0})")
        case .introIn:
            Translations(
                en: "Introduction ({0})", sv: "Inledning ({0})", da: "Indledning ({0})", nb: "Innledning ({0})",
                fi: "Johdanto ({0})")
        case .thanksIn:
            Translations(
                en: "Thank-you text ({0})", sv: "Tacktext ({0})", da: "Taktekst ({0})", nb: "Takketekst ({0})",
                fi: "Kiitosteksti ({0})")
        case .thanksPromoterIn:
            Translations(
                en: "Thank-you text for promoters, 9–10 ({0})", sv: "Tacktext för ambassadörer, 9–10 ({0})",
                da: "Taktekst for ambassadører, 9–10 ({0})", nb: "Takketekst for ambassadører, 9–10 ({0})",
                fi: "Kiitosteksti suosittelijoille, 9–10 ({0})")
        case .thanksPassiveIn:
            Translations(
                en: "Thank-you text for passives, 7–8 ({0})", sv: "Tacktext för passiva, 7–8 ({0})",
                da: "Taktekst for passive, 7–8 ({0})",
                nb: "Takketekst for passive, 7–8 ({0})", fi: "Kiitosteksti passiivisille, 7–8 ({0})")
        case .thanksDetractorIn:
            Translations(
                en: "Thank-you text for detractors, 0–6 ({0})", sv: "Tacktext för kritiker, 0–6 ({0})",
                da: "Taktekst for kritikere, 0–6 ({0})", nb: "Takketekst for kritikere, 0–6 ({0})",
                fi: "Kiitosteksti arvostelijoille, 0–6 ({0})")
        case .conditionInvalid:
            Translations(
                en: "Choose an earlier question and the scores (on its scale) or option keys that show this one.",
                sv: "Välj en tidigare fråga och de betyg (på dess skala) eller alternativnycklar som visar den här.",
                da: "Vælg et tidligere spørgsmål og de scorer (på dets skala) eller svarnøgler, der viser dette.",
                nb: "Velg et tidligere spørsmål og de scorene (på skalaen) eller alternativnøklene som viser dette.",
                fi: "Valitse aiempi kysymys ja ne arvot (sen asteikolla) tai vaihtoehtojen avaimet, jotka näyttävät tämän.")
        }
    }
}
