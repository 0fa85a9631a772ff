/// Names of the metrics and how their values read; the acronyms are the same in every language, the explanations are not.
public enum MetricText: String, Localizable {
    case nps, csat, ces, nki, rating, ratingShort, npsUnit, csatUnit
    case cesUnit, nkiUnit, ratingUnit

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .nps:
            Translations(
                en: "NPS – likelihood to recommend", sv: "NPS – benägenhet att rekommendera",
                da: "NPS – tilbøjelighed til at anbefale", nb: "NPS – sannsynlighet for å anbefale",
                fi: "NPS – suositteluhalukkuus")
        case .csat:
            Translations(
                en: "CSAT – satisfied customers", sv: "CSAT – nöjda kunder", da: "CSAT – tilfredse kunder",
                nb: "CSAT – fornøyde kunder", fi: "CSAT – tyytyväiset asiakkaat")
        case .ces:
            Translations(
                en: "CES – customer effort", sv: "CES – kundens ansträngning", da: "CES – kundens indsats",
                nb: "CES – kundens innsats", fi: "CES – asiakkaan vaivannäkö")
        case .nki:
            Translations(
                en: "NKI – customer satisfaction index", sv: "NKI – Nöjd-Kund-Index", da: "NKI – kundetilfredshedsindeks",
                nb: "NKI – kundetilfredshetsindeks", fi: "NKI – asiakastyytyväisyysindeksi")
        case .rating:
            Translations(
                en: "Rating – mean score", sv: "Betyg – medelvärde", da: "Bedømmelse – gennemsnit",
                nb: "Vurdering – gjennomsnitt", fi: "Arvosana – keskiarvo")
        case .ratingShort:
            Translations(en: "Rating", sv: "Betyg", da: "Bedømmelse", nb: "Vurdering", fi: "Arvosana")
        case .npsUnit:
            Translations(
                en: "Points from −100 to +100", sv: "Poäng från −100 till +100", da: "Point fra −100 til +100",
                nb: "Poeng fra −100 til +100", fi: "Pisteet −100…+100")
        case .csatUnit:
            Translations(
                en: "Share answering 4 or 5 on a scale of 1–5", sv: "Andel som svarar 4 eller 5 på en skala 1–5",
                da: "Andel, der svarer 4 eller 5 på en skala fra 1 til 5",
                nb: "Andel som svarer 4 eller 5 på en skala fra 1 til 5",
                fi: "Osuus vastaajista, jotka antavat 4 tai 5 asteikolla 1–5")
        case .cesUnit:
            Translations(
                en: "Mean on 1–7, where 7 is very easy", sv: "Medelvärde på 1–7, där 7 är mycket enkelt",
                da: "Gennemsnit på 1–7, hvor 7 er meget nemt", nb: "Gjennomsnitt på 1–7, der 7 er svært enkelt",
                fi: "Keskiarvo asteikolla 1–7, jossa 7 on erittäin helppoa")
        case .nkiUnit:
            Translations(
                en: "Index from 0 to 100", sv: "Index från 0 till 100", da: "Indeks fra 0 til 100", nb: "Indeks fra 0 til 100",
                fi: "Indeksi 0–100")
        case .ratingUnit:
            Translations(
                en: "Mean score on the question's scale", sv: "Medelbetyg på frågans skala",
                da: "Gennemsnitlig bedømmelse på spørgsmålets skala", nb: "Gjennomsnittlig vurdering på spørsmålets skala",
                fi: "Keskiarvo kysymyksen asteikolla")
        }
    }
}
