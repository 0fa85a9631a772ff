/// Messages of alerts, their mails and digests.
public enum TrendText: String, Localizable {
    case alerts, mailSubjectNew, mailSubjectDigest, mailIntroNew, mailIntroDigest, mailFooter, change, since, sure
    case metricNPS, metricCSAT, metricCES, metricRating, metricTheme, allUnits, worse, better
    case statusOpen, statusAcknowledged, statusMuted, statusResolved, noAlerts

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .alerts: Translations(en: "Alerts", sv: "Larm", da: "Alarmer", nb: "Varsler", fi: "Hälytykset")
        case .mailSubjectNew:
            Translations(
                en: "{0}: {1} real change(s) in your results", sv: "{0}: {1} verklig(a) förändring(ar) i era resultat",
                da: "{0}: {1} reel(le) ændring(er) i jeres resultater", nb: "{0}: {1} reell(e) endring(er) i resultatene deres",
                fi: "{0}: {1} todellista muutosta tuloksissanne")
        case .mailSubjectDigest:
            Translations(
                en: "{0}: your alert digest ({1} open)", sv: "{0}: din larmsammanfattning ({1} öppna)",
                da: "{0}: dit alarmoverblik ({1} åbne)", nb: "{0}: din varseloversikt ({1} åpne)",
                fi: "{0}: hälytyskoosteesi ({1} avoinna)")
        case .mailIntroNew:
            Translations(
                en: "cxm found changes that are statistically real, not noise, in the units you follow:",
                sv: "cxm har hittat förändringar som är statistiskt verkliga, inte brus, i enheterna du följer:",
                da: "cxm har fundet ændringer, der er statistisk reelle og ikke støj, i de enheder, du følger:",
                nb: "cxm har funnet endringer som er statistisk reelle, ikke støy, i enhetene du følger:",
                fi:
                    "cxm löysi seuraamistasi yksiköistä muutoksia, jotka ovat tilastollisesti todellisia eivätkä satunnaisvaihtelua:"
            )
        case .mailIntroDigest:
            Translations(
                en: "The alerts still open in the units you follow:",
                sv: "Larmen som fortfarande är öppna i enheterna du följer:",
                da: "De alarmer, der stadig er åbne i de enheder, du følger:",
                nb: "Varslene som fortsatt er åpne i enhetene du følger:",
                fi: "Seuraamiesi yksiköiden yhä avoimet hälytykset:")
        case .mailFooter:
            Translations(
                en: "You get this from cxm for {0}. Choose a daily, weekly or no digest on the alerts page.",
                sv: "Du får det här från cxm för {0}. Välj daglig, veckovis eller ingen sammanfattning på larmsidan.",
                da: "Du får dette fra cxm for {0}. Vælg dagligt, ugentligt eller intet overblik på alarmsiden.",
                nb: "Du får dette fra cxm for {0}. Velg daglig, ukentlig eller ingen oversikt på varselsiden.",
                fi: "Saat tämän cxm:ltä ({0}). Valitse päivittäinen, viikoittainen tai ei koostetta hälytyssivulla.")
        case .change:
            Translations(
                en: "{0} → {1} ({2})", sv: "{0} → {1} ({2})", da: "{0} → {1} ({2})", nb: "{0} → {1} ({2})", fi: "{0} → {1} ({2})")
        case .since: Translations(en: "since {0}", sv: "sedan {0}", da: "siden {0}", nb: "siden {0}", fi: "{0} alkaen")
        case .sure:
            Translations(
                en: "{0} % interval {1} to {2}", sv: "{0} %-intervall {1} till {2}", da: "{0} %-interval {1} til {2}",
                nb: "{0} %-intervall {1} til {2}", fi: "{0} %:n väli {1}–{2}")
        case .metricNPS: Translations(en: "NPS", sv: "NPS", da: "NPS", nb: "NPS", fi: "NPS")
        case .metricCSAT:
            Translations(
                en: "Satisfied (CSAT 4–5)", sv: "Nöjda (CSAT 4–5)", da: "Tilfredse (CSAT 4–5)", nb: "Fornøyde (CSAT 4–5)",
                fi: "Tyytyväiset (CSAT 4–5)")
        case .metricCES:
            Translations(en: "Ease (CES)", sv: "Enkelhet (CES)", da: "Lethed (CES)", nb: "Enkelhet (CES)", fi: "Helppous (CES)")
        case .metricRating: Translations(en: "Rating", sv: "Betyg", da: "Vurdering", nb: "Vurdering", fi: "Arvosana")
        case .metricTheme:
            Translations(
                en: "Negative mentions of {0}", sv: "Negativa omnämnanden av {0}", da: "Negative omtaler af {0}",
                nb: "Negative omtaler av {0}", fi: "Kielteiset maininnat: {0}")
        case .allUnits:
            Translations(en: "all units", sv: "alla enheter", da: "alle enheder", nb: "alle enheter", fi: "kaikki yksiköt")
        case .worse: Translations(en: "worse", sv: "sämre", da: "dårligere", nb: "dårligere", fi: "heikompi")
        case .better: Translations(en: "better", sv: "bättre", da: "bedre", nb: "bedre", fi: "parempi")
        case .statusOpen: Translations(en: "Open", sv: "Öppet", da: "Åben", nb: "Åpent", fi: "Avoin")
        case .statusAcknowledged:
            Translations(en: "Acknowledged", sv: "Kvitterat", da: "Kvitteret", nb: "Kvittert", fi: "Kuitattu")
        case .statusMuted: Translations(en: "Muted", sv: "Tystat", da: "Dæmpet", nb: "Dempet", fi: "Vaimennettu")
        case .statusResolved: Translations(en: "Resolved", sv: "Avslutat", da: "Afsluttet", nb: "Avsluttet", fi: "Päättynyt")
        case .noAlerts:
            Translations(
                en: "No alerts: nothing has changed beyond ordinary noise.",
                sv: "Inga larm: inget har ändrats utöver vanligt brus.",
                da: "Ingen alarmer: intet har ændret sig ud over almindelig støj.",
                nb: "Ingen varsler: ingenting har endret seg utover vanlig støy.",
                fi: "Ei hälytyksiä: mikään ei ole muuttunut tavallista vaihtelua enempää.")
        }
    }
}
