/// Messages of alerts, their mails and digests.
public enum TrendText: String, Localizable {
    case alerts, mailSubjectNew, mailSubjectDigest, mailIntroNew, mailIntroDigest, mailFooter, change, since, sure
    case metricNPS, metricCSAT, metricCES, metricRating, metricTheme, allUnits, worse, better
    case statusOpen, statusAcknowledged, statusMuted, statusResolved, noAlerts
    case alertsIntro, where_, what, status, raised, qValue, checkNow, checked, digest, digestDaily, digestWeekly, digestNone
    case saveDigest, alertTitle, chartTitle, controlLimits, signalled, tooFew, noAnswers, detectors, answersBehind, metricByWeek
    case whatChanged
    case acknowledge, mute, muteReason, reopen, linkCase, linkImprovement, saveLinks, mutedBecause, acknowledgedBy, resolvedAt
    case falseDiscovery, all

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
        case .alertsIntro:
            Translations(
                en:
                    "Every touchpoint, unit and theme is checked each hour against its own history. An alert appears only when a change is too large to be noise, after correcting for the many series checked at once.",
                sv:
                    "Varje kontaktpunkt, enhet och tema kontrolleras varje timme mot sin egen historik. Ett larm visas bara när en förändring är för stor för att vara brus, efter korrigering för att många serier kontrolleras samtidigt.",
                da:
                    "Hvert kontaktpunkt, hver enhed og hvert tema tjekkes hver time mod sin egen historik. En alarm vises kun, når en ændring er for stor til at være støj, efter korrektion for de mange serier, der tjekkes på én gang.",
                nb:
                    "Hvert kontaktpunkt, hver enhet og hvert tema sjekkes hver time mot sin egen historikk. Et varsel vises bare når en endring er for stor til å være støy, etter korrigering for de mange seriene som sjekkes samtidig.",
                fi:
                    "Jokainen kosketuspiste, yksikkö ja teema tarkistetaan tunneittain omaa historiaansa vasten. Hälytys näkyy vain, kun muutos on liian suuri ollakseen satunnaisvaihtelua, kun monta sarjaa tarkistetaan kerralla."
            )
        case .where_: Translations(en: "Where", sv: "Var", da: "Hvor", nb: "Hvor", fi: "Missä")
        case .what:
            Translations(
                en: "What changed", sv: "Vad som ändrats", da: "Hvad der ændrede sig", nb: "Hva som endret seg",
                fi: "Mikä muuttui")
        case .status: Translations(en: "Status", sv: "Status", da: "Status", nb: "Status", fi: "Tila")
        case .raised: Translations(en: "Raised", sv: "Larmat", da: "Rejst", nb: "Varslet", fi: "Hälytetty")
        case .qValue: Translations(en: "q-value", sv: "q-värde", da: "q-værdi", nb: "q-verdi", fi: "q-arvo")
        case .checkNow: Translations(en: "Check now", sv: "Kontrollera nu", da: "Tjek nu", nb: "Sjekk nå", fi: "Tarkista nyt")
        case .checked:
            Translations(
                en: "Checked {0} series: {1} raised, {2} updated, {3} resolved.",
                sv: "Kontrollerade {0} serier: {1} nya, {2} uppdaterade, {3} avslutade.",
                da: "Tjekkede {0} serier: {1} nye, {2} opdaterede, {3} afsluttede.",
                nb: "Sjekket {0} serier: {1} nye, {2} oppdaterte, {3} avsluttede.",
                fi: "Tarkistettiin {0} sarjaa: {1} uutta, {2} päivitettyä, {3} päättynyttä.")
        case .digest:
            Translations(en: "My digest", sv: "Min sammanfattning", da: "Mit overblik", nb: "Min oversikt", fi: "Koosteeni")
        case .digestDaily: Translations(en: "Daily", sv: "Dagligen", da: "Dagligt", nb: "Daglig", fi: "Päivittäin")
        case .digestWeekly:
            Translations(
                en: "Weekly (Mondays)", sv: "Veckovis (måndagar)", da: "Ugentligt (mandage)", nb: "Ukentlig (mandager)",
                fi: "Viikoittain (maanantaisin)")
        case .digestNone: Translations(en: "None", sv: "Ingen", da: "Intet", nb: "Ingen", fi: "Ei koostetta")
        case .saveDigest: Translations(en: "Save", sv: "Spara", da: "Gem", nb: "Lagre", fi: "Tallenna")
        case .alertTitle: Translations(en: "Alert: {0}", sv: "Larm: {0}", da: "Alarm: {0}", nb: "Varsel: {0}", fi: "Hälytys: {0}")
        case .chartTitle:
            Translations(en: "{0} by week", sv: "{0} per vecka", da: "{0} pr. uge", nb: "{0} per uke", fi: "{0} viikoittain")
        case .controlLimits:
            Translations(
                en: "Control limits for the week's n", sv: "Styrgränser för veckans n", da: "Kontrolgrænser for ugens n",
                nb: "Kontrollgrenser for ukens n", fi: "Valvontarajat viikon n:lle")
        case .signalled:
            Translations(
                en: "A detector signalled", sv: "En detektor slog larm", da: "En detektor gav signal",
                nb: "En detektor ga signal", fi: "Tunnistin hälytti")
        case .tooFew:
            Translations(
                en: "Too few answers to judge", sv: "För få svar för att bedöma", da: "For få svar til at vurdere",
                nb: "For få svar til å vurdere", fi: "Liian vähän vastauksia arvioida")
        case .noAnswers: Translations(en: "No answers", sv: "Inga svar", da: "Ingen svar", nb: "Ingen svar", fi: "Ei vastauksia")
        case .detectors: Translations(en: "Detectors", sv: "Detektorer", da: "Detektorer", nb: "Detektorer", fi: "Tunnistimet")
        case .answersBehind:
            Translations(
                en: "The comments behind the change", sv: "Kommentarerna bakom förändringen", da: "Kommentarerne bag ændringen",
                nb: "Kommentarene bak endringen", fi: "Muutoksen taustalla olevat kommentit")
        case .whatChanged:
            Translations(
                en: "Which units and channels moved it", sv: "Vilka enheter och kanaler som flyttade det",
                da: "Hvilke enheder og kanaler der flyttede det", nb: "Hvilke enheter og kanaler som flyttet det",
                fi: "Mitkä yksiköt ja kanavat sitä liikuttivat")
        case .metricByWeek:
            Translations(
                en: "The figure by week", sv: "Måttet per vecka", da: "Tallet pr. uge", nb: "Tallet per uke",
                fi: "Luku viikoittain")
        case .acknowledge: Translations(en: "Acknowledge", sv: "Kvittera", da: "Kvittér", nb: "Kvitter", fi: "Kuittaa")
        case .mute: Translations(en: "Mute", sv: "Tysta", da: "Dæmp", nb: "Demp", fi: "Vaimenna")
        case .muteReason:
            Translations(
                en: "Why is the change expected?", sv: "Varför är förändringen väntad?", da: "Hvorfor er ændringen forventet?",
                nb: "Hvorfor er endringen ventet?", fi: "Miksi muutos on odotettu?")
        case .reopen: Translations(en: "Reopen", sv: "Öppna igen", da: "Genåbn", nb: "Åpne igjen", fi: "Avaa uudelleen")
        case .linkCase: Translations(en: "Case", sv: "Ärende", da: "Sag", nb: "Sak", fi: "Tapaus")
        case .linkImprovement:
            Translations(en: "Improvement", sv: "Förbättring", da: "Forbedring", nb: "Forbedring", fi: "Parannus")
        case .saveLinks:
            Translations(en: "Save links", sv: "Spara länkar", da: "Gem links", nb: "Lagre lenker", fi: "Tallenna linkit")
        case .mutedBecause:
            Translations(en: "Muted: {0}", sv: "Tystat: {0}", da: "Dæmpet: {0}", nb: "Dempet: {0}", fi: "Vaimennettu: {0}")
        case .acknowledgedBy:
            Translations(
                en: "Acknowledged by {0}", sv: "Kvitterat av {0}", da: "Kvitteret af {0}", nb: "Kvittert av {0}",
                fi: "Kuitannut {0}")
        case .resolvedAt:
            Translations(
                en: "Resolved: the series no longer signals", sv: "Avslutat: serien larmar inte längre",
                da: "Afsluttet: serien giver ikke længere signal",
                nb: "Avsluttet: serien gir ikke lenger signal", fi: "Päättynyt: sarja ei enää hälytä")
        case .falseDiscovery:
            Translations(
                en: "q = {0}: among all series checked, at most {1} % of alerts like this are expected to be false.",
                sv: "q = {0}: bland alla kontrollerade serier väntas högst {1} % av sådana larm vara falska.",
                da: "q = {0}: blandt alle tjekkede serier forventes højst {1} % af den slags alarmer at være falske.",
                nb: "q = {0}: blant alle sjekkede serier ventes høyst {1} % av slike varsler å være falske.",
                fi: "q = {0}: kaikista tarkistetuista sarjoista enintään {1} % tällaisista hälytyksistä on odotettavasti vääriä.")
        case .all: Translations(en: "All", sv: "Alla", da: "Alle", nb: "Alle", fi: "Kaikki")
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
