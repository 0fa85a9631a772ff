/// Words the charts use themselves: table headers, the numbers toggle and the marks beside a row.
public enum ChartText: String, Localizable {
    case showNumbers, period, value, interval, answers, change, difference, adjustedP
    case result, higher, lower, lowSampleShort, lowSampleNotRanked, numbersBehindChart

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .showNumbers:
            Translations(en: "Show the numbers", sv: "Visa siffrorna", da: "Vis tallene", nb: "Vis tallene", fi: "Näytä luvut")
        case .numbersBehindChart:
            Translations(
                en: "Numbers behind the chart ({0} periods)", sv: "Siffrorna bakom diagrammet ({0} perioder)",
                da: "Tallene bag diagrammet ({0} perioder)", nb: "Tallene bak diagrammet ({0} perioder)",
                fi: "Kaavion luvut ({0} jaksoa)")
        case .period:
            Translations(en: "Period", sv: "Period", da: "Periode", nb: "Periode", fi: "Jakso")
        case .value:
            Translations(en: "Value", sv: "Värde", da: "Værdi", nb: "Verdi", fi: "Arvo")
        case .interval:
            Translations(
                en: "Confidence interval", sv: "Konfidensintervall", da: "Konfidensinterval", nb: "Konfidensintervall",
                fi: "Luottamusväli")
        case .answers:
            Translations(en: "Answers (n)", sv: "Svar (n)", da: "Svar (n)", nb: "Svar (n)", fi: "Vastauksia (n)")
        case .change:
            Translations(en: "Change", sv: "Förändring", da: "Ændring", nb: "Endring", fi: "Muutos")
        case .difference:
            Translations(
                en: "Difference from the rest", sv: "Skillnad mot övriga", da: "Forskel fra de øvrige",
                nb: "Forskjell fra de øvrige", fi: "Ero muihin")
        case .adjustedP:
            Translations(
                en: "Adjusted p-value", sv: "Justerat p-värde", da: "Justeret p-værdi", nb: "Justert p-verdi",
                fi: "Korjattu p-arvo")
        case .result:
            Translations(en: "Result", sv: "Resultat", da: "Resultat", nb: "Resultat", fi: "Tulos")
        case .higher:
            Translations(en: "higher", sv: "högre", da: "højere", nb: "høyere", fi: "korkeampi")
        case .lower:
            Translations(en: "lower", sv: "lägre", da: "lavere", nb: "lavere", fi: "matalampi")
        case .lowSampleShort:
            Translations(
                en: "low sample", sv: "litet underlag", da: "lille datagrundlag", nb: "lite datagrunnlag", fi: "pieni otos")
        case .lowSampleNotRanked:
            Translations(
                en: "Low sample – not ranked", sv: "Litet underlag – rangordnas inte", da: "Lille datagrundlag – rangordnes ikke",
                nb: "Lite datagrunnlag – rangeres ikke", fi: "Pieni otos – ei järjestetä")
        }
    }
}
