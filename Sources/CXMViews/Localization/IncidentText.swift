import CXMCore

/// Messages of the incident pages: the list, one incident's valuation, and the cost of poor experience.
public enum IncidentText: String, Localizable {
    case incidents, incidentsHint, noIncidents, title, service, severity, started, ended, ongoing, minutes
    case affected, estimatedCost, estimate, noValue, noValueHint, valuation, customerMinutes, costComputed
    case units, touchpoints, comparison, group, affectedGroup, unaffectedGroup, answers, interval, difference
    case weeksAfter, verdictDip, verdictHigher, verdictNone, verdictNoneNeeded, verdictTooFew, costOverTime
    case costHint, month, churned, churnedRevenue, detractorRevenue, total, minor, major, critical

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .incidents: Translations(en: "Incidents", sv: "Incidenter", da: "Hændelser", nb: "Hendelser", fi: "Häiriöt")
        case .incidentsHint:
            Translations(
                en: "Outages and deviations: how many customers they hit, for how long, and what that cost.",
                sv: "Avbrott och avvikelser: hur många kunder de drabbade, hur länge och vad det kostade.",
                da: "Nedbrud og afvigelser: hvor mange kunder de ramte, hvor længe og hvad det kostede.",
                nb: "Avbrudd og avvik: hvor mange kunder de rammet, hvor lenge og hva det kostet.",
                fi: "Katkot ja poikkeamat: kuinka monta asiakasta ne koskivat, kuinka kauan ja mitä se maksoi.")
        case .noIncidents:
            Translations(
                en: "No incidents have been reported.", sv: "Inga incidenter har rapporterats.",
                da: "Ingen hændelser er indberettet.", nb: "Ingen hendelser er rapportert.", fi: "Häiriöitä ei ole ilmoitettu.")
        case .title: Translations(en: "Incident", sv: "Incident", da: "Hændelse", nb: "Hendelse", fi: "Häiriö")
        case .service: Translations(en: "Service", sv: "Tjänst", da: "Tjeneste", nb: "Tjeneste", fi: "Palvelu")
        case .severity: Translations(en: "Severity", sv: "Allvarlighet", da: "Alvorlighed", nb: "Alvorlighet", fi: "Vakavuus")
        case .started: Translations(en: "Started", sv: "Började", da: "Startede", nb: "Startet", fi: "Alkoi")
        case .ended: Translations(en: "Ended", sv: "Slutade", da: "Sluttede", nb: "Sluttet", fi: "Päättyi")
        case .ongoing: Translations(en: "ongoing", sv: "pågår", da: "i gang", nb: "pågår", fi: "käynnissä")
        case .minutes: Translations(en: "Minutes", sv: "Minuter", da: "Minutter", nb: "Minutter", fi: "Minuutit")
        case .affected:
            Translations(
                en: "Customers affected", sv: "Drabbade kunder", da: "Ramte kunder", nb: "Rammede kunder",
                fi: "Asiakkaita koski")
        case .estimatedCost:
            Translations(
                en: "Estimated cost", sv: "Uppskattad kostnad", da: "Anslået omkostning", nb: "Anslått kostnad",
                fi: "Arvioitu kustannus")
        case .estimate:
            Translations(
                en: "{0} (estimated from the share hit)", sv: "{0} (uppskattat från andelen som drabbades)",
                da: "{0} (anslået ud fra den ramte andel)", nb: "{0} (anslått fra andelen som ble rammet)",
                fi: "{0} (arvioitu osuudesta)")
        case .noValue:
            Translations(
                en: "No value per customer-minute is configured, so no cost is estimated.",
                sv: "Inget värde per kundminut är inställt, så ingen kostnad uppskattas.",
                da: "Der er ikke sat en værdi pr. kundeminut, så ingen omkostning anslås.",
                nb: "Ingen verdi per kundeminutt er satt, så ingen kostnad anslås.",
                fi: "Asiakasminuutin arvoa ei ole asetettu, joten kustannusta ei arvioida.")
        case .noValueHint:
            Translations(
                en:
                    "An administrator sets it with PUT /api/v1/incident-valuation-settings, for example {\"valuePerCustomerMinute\": 0.4}.",
                sv:
                    "En administratör ställer in det med PUT /api/v1/incident-valuation-settings, till exempel {\"valuePerCustomerMinute\": 0.4}.",
                da:
                    "En administrator sætter den med PUT /api/v1/incident-valuation-settings, for eksempel {\"valuePerCustomerMinute\": 0.4}.",
                nb:
                    "En administrator setter den med PUT /api/v1/incident-valuation-settings, for eksempel {\"valuePerCustomerMinute\": 0.4}.",
                fi:
                    "Ylläpitäjä asettaa sen kutsulla PUT /api/v1/incident-valuation-settings, esimerkiksi {\"valuePerCustomerMinute\": 0.4}."
            )
        case .valuation:
            Translations(
                en: "What it cost", sv: "Vad det kostade", da: "Hvad det kostede", nb: "Hva det kostet", fi: "Mitä se maksoi")
        case .customerMinutes:
            Translations(
                en: "Customer-minutes", sv: "Kundminuter", da: "Kundeminutter", nb: "Kundeminutter", fi: "Asiakasminuutit")
        case .costComputed:
            Translations(
                en: "{0} customer-minutes × {1} per customer-minute = {2}", sv: "{0} kundminuter × {1} per kundminut = {2}",
                da: "{0} kundeminutter × {1} pr. kundeminut = {2}", nb: "{0} kundeminutter × {1} per kundeminutt = {2}",
                fi: "{0} asiakasminuuttia × {1} / asiakasminuutti = {2}")
        case .units: Translations(en: "Units", sv: "Enheter", da: "Enheder", nb: "Enheter", fi: "Yksiköt")
        case .touchpoints:
            Translations(
                en: "Touchpoints", sv: "Kontaktpunkter", da: "Kontaktpunkter", nb: "Kontaktpunkter", fi: "Kohtaamispisteet")
        case .comparison:
            Translations(
                en: "NPS of affected and unaffected customers", sv: "NPS för drabbade och ej drabbade kunder",
                da: "NPS for ramte og ikke-ramte kunder", nb: "NPS for rammede og ikke-rammede kunder",
                fi: "Häiriön kokeneiden ja muiden asiakkaiden NPS")
        case .group: Translations(en: "Customers", sv: "Kunder", da: "Kunder", nb: "Kunder", fi: "Asiakkaat")
        case .affectedGroup: Translations(en: "Affected", sv: "Drabbade", da: "Ramte", nb: "Rammede", fi: "Häiriön kokeneet")
        case .unaffectedGroup:
            Translations(en: "Unaffected", sv: "Ej drabbade", da: "Ikke ramte", nb: "Ikke rammede", fi: "Muut")
        case .answers: Translations(en: "Answers (n)", sv: "Svar (n)", da: "Svar (n)", nb: "Svar (n)", fi: "Vastaukset (n)")
        case .interval:
            Translations(en: "95 % interval", sv: "95 % intervall", da: "95 % interval", nb: "95 % intervall", fi: "95 %:n väli")
        case .difference:
            Translations(
                en: "Difference: {0} points (95 % interval {1}, p = {2}).",
                sv: "Skillnad: {0} poäng (95 % intervall {1}, p = {2}).",
                da: "Forskel: {0} point (95 % interval {1}, p = {2}).", nb: "Forskjell: {0} poeng (95 % intervall {1}, p = {2}).",
                fi: "Ero: {0} pistettä (95 %:n väli {1}, p = {2}).")
        case .weeksAfter:
            Translations(
                en: "Answers in the {0} weeks after the start.", sv: "Svar under de {0} veckorna efter starten.",
                da: "Svar i de {0} uger efter starten.", nb: "Svar i de {0} ukene etter starten.",
                fi: "Vastaukset {0} viikon ajalta alun jälkeen.")
        case .verdictDip:
            Translations(
                en: "Affected customers score lower: the incident left a dip.",
                sv: "Drabbade kunder ger lägre betyg: incidenten gav en dipp.",
                da: "Ramte kunder giver lavere score: hændelsen gav et dyk.",
                nb: "Rammede kunder gir lavere score: hendelsen ga en dupp.",
                fi: "Häiriön kokeneet antavat heikompia arvioita: häiriö jätti notkahduksen.")
        case .verdictHigher:
            Translations(
                en: "Affected customers score higher than the others.", sv: "Drabbade kunder ger högre betyg än övriga.",
                da: "Ramte kunder giver højere score end de øvrige.", nb: "Rammede kunder gir høyere score enn de andre.",
                fi: "Häiriön kokeneet antavat parempia arvioita kuin muut.")
        case .verdictNone:
            Translations(
                en: "No detectable difference.", sv: "Ingen påvisbar skillnad.", da: "Ingen påviselig forskel.",
                nb: "Ingen påviselig forskjell.", fi: "Ei havaittavaa eroa.")
        case .verdictNoneNeeded:
            Translations(
                en: "No detectable difference; about {0} answers on each side would detect one this size.",
                sv: "Ingen påvisbar skillnad; omkring {0} svar på vardera sidan skulle påvisa en så stor.",
                da: "Ingen påviselig forskel; omkring {0} svar på hver side ville påvise en så stor.",
                nb: "Ingen påviselig forskjell; rundt {0} svar på hver side ville påvise en så stor.",
                fi: "Ei havaittavaa eroa; noin {0} vastausta kummallakin puolella havaitsisi näin suuren.")
        case .verdictTooFew:
            Translations(
                en: "Too few answers to compare (at least {0} on each side are needed).",
                sv: "För få svar för att jämföra (minst {0} på vardera sidan behövs).",
                da: "For få svar til at sammenligne (mindst {0} på hver side er nødvendigt).",
                nb: "For få svar til å sammenligne (minst {0} på hver side trengs).",
                fi: "Liian vähän vastauksia vertailuun (vähintään {0} kummallakin puolella tarvitaan).")
        case .costOverTime:
            Translations(
                en: "Cost of poor experience by month", sv: "Kostnad för dålig upplevelse per månad",
                da: "Omkostning ved dårlig oplevelse pr. måned", nb: "Kostnad for dårlig opplevelse per måned",
                fi: "Huonon kokemuksen kustannus kuukausittain")
        case .costHint:
            Translations(
                en: "Incidents count in the month they started; revenue is yearly revenue that left.",
                sv: "Incidenter räknas i den månad de började; intäkten är årsintäkt som försvann.",
                da: "Hændelser tælles i den måned, de startede; omsætningen er årlig omsætning, der forsvandt.",
                nb: "Hendelser telles i måneden de startet; inntekten er årlig inntekt som forsvant.",
                fi: "Häiriöt lasketaan alkamiskuukaudelleen; tulot ovat menetettyä vuosituloa.")
        case .month: Translations(en: "Month", sv: "Månad", da: "Måned", nb: "Måned", fi: "Kuukausi")
        case .churned:
            Translations(
                en: "Customers who left", sv: "Kunder som lämnade", da: "Kunder der forlod", nb: "Kunder som sluttet",
                fi: "Lähteneet asiakkaat")
        case .churnedRevenue:
            Translations(
                en: "Revenue lost", sv: "Förlorad intäkt", da: "Tabt omsætning", nb: "Tapt inntekt", fi: "Menetetyt tulot")
        case .detractorRevenue:
            Translations(
                en: "Of which detractors'", sv: "Varav kritikers", da: "Heraf kritikeres", nb: "Herav kritikeres",
                fi: "Josta arvostelijoiden")
        case .total: Translations(en: "Total", sv: "Totalt", da: "I alt", nb: "Totalt", fi: "Yhteensä")
        case .minor: Translations(en: "minor", sv: "mindre", da: "mindre", nb: "mindre", fi: "vähäinen")
        case .major: Translations(en: "major", sv: "allvarlig", da: "alvorlig", nb: "alvorlig", fi: "vakava")
        case .critical: Translations(en: "critical", sv: "kritisk", da: "kritisk", nb: "kritisk", fi: "kriittinen")
        }
    }
}
