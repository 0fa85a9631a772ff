/// Messages that say what the statistics found: significance, low samples, legends and the notes under charts.
public enum SignificanceText: String, Localizable {
    case changeSignificant, changeNotSignificant, noComparisonTooFew, lowSampleWarning, lowSampleN, countLowSample, notRanked,
        significantRise
    case significantFall, noSignificantChange, aboveRest, belowRest, noClearDifference, aboveRestOfJourney, belowRestOfJourney,
        confidenceInterval
    case legendInterval, legendPointInterval, legendUpPrevious, legendDownPrevious, legendUpYear, legendDownYear, legendLowSample,
        legendLowSampleUnranked
    case bandLowSample, legendGap, legendReference, sparklineSummary, periodsWithoutFigure, trendSummary, trendExtremes,
        trendMarked
    case forestSummary, forestReference, hiddenPeriods, hiddenTouchpoints, hiddenUnits, correctionNoteHolm, correctionNoteBH,
        correctionNoteNone
    case explanationHolm, explanationBH, explanationNone, noAnswersPrevious, noAnswersYearEarlier, noAnswersRest
    case tooFewPrevious, tooFewYearEarlier, tooFewRest, noComparisonUntestable

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .changeSignificant:
            Translations(
                en: "{0}, significant", sv: "{0}, signifikant", da: "{0}, signifikant", nb: "{0}, signifikant",
                fi: "{0}, tilastollisesti merkitsevä")
        case .changeNotSignificant:
            Translations(
                en: "{0}, not significant", sv: "{0}, inte signifikant", da: "{0}, ikke signifikant", nb: "{0}, ikke signifikant",
                fi: "{0}, ei tilastollisesti merkitsevä")
        case .noComparisonTooFew:
            Translations(
                en: "No comparison: too few answers", sv: "Ingen jämförelse: för få svar", da: "Ingen sammenligning: for få svar",
                nb: "Ingen sammenligning: for få svar", fi: "Ei vertailua: liian vähän vastauksia")
        case .noAnswersPrevious:
            Translations(
                en: "No answers in the previous period", sv: "Inga svar under föregående period",
                da: "Ingen svar i den forrige periode", nb: "Ingen svar i forrige periode",
                fi: "Edelliseltä jaksolta ei ole vastauksia")
        case .noAnswersYearEarlier:
            Translations(
                en: "No answers in the same period a year earlier", sv: "Inga svar under samma period ett år tidigare",
                da: "Ingen svar i samme periode et år tidligere", nb: "Ingen svar i samme periode ett år tidligere",
                fi: "Vuotta aiemmalta vastaavalta jaksolta ei ole vastauksia")
        case .noAnswersRest:
            Translations(
                en: "No comparison: there are no other answers to compare with",
                sv: "Ingen jämförelse: det finns inga andra svar att jämföra med",
                da: "Ingen sammenligning: der er ingen andre svar at sammenligne med",
                nb: "Ingen sammenligning: det finnes ingen andre svar å sammenligne med",
                fi: "Ei vertailua: muita vastauksia, joihin verrata, ei ole")
        case .tooFewPrevious:
            Translations(
                en: "No comparison: too few answers in the previous period",
                sv: "Ingen jämförelse: för få svar under föregående period",
                da: "Ingen sammenligning: for få svar i den forrige periode",
                nb: "Ingen sammenligning: for få svar i forrige periode",
                fi: "Ei vertailua: edelliseltä jaksolta on liian vähän vastauksia")
        case .tooFewYearEarlier:
            Translations(
                en: "No comparison: too few answers in the same period a year earlier",
                sv: "Ingen jämförelse: för få svar under samma period ett år tidigare",
                da: "Ingen sammenligning: for få svar i samme periode et år tidligere",
                nb: "Ingen sammenligning: for få svar i samme periode ett år tidligere",
                fi: "Ei vertailua: vuotta aiemmalta vastaavalta jaksolta on liian vähän vastauksia")
        case .tooFewRest:
            Translations(
                en: "No comparison: too few other answers to compare with",
                sv: "Ingen jämförelse: för få andra svar att jämföra med",
                da: "Ingen sammenligning: for få andre svar at sammenligne med",
                nb: "Ingen sammenligning: for få andre svar å sammenligne med",
                fi: "Ei vertailua: liian vähän muita vastauksia, joihin verrata")
        case .noComparisonUntestable:
            Translations(
                en: "No comparison: the answers vary too little for a test",
                sv: "Ingen jämförelse: svaren varierar för lite för ett test",
                da: "Ingen sammenligning: svarene varierer for lidt til en test",
                nb: "Ingen sammenligning: svarene varierer for lite til en test",
                fi: "Ei vertailua: vastaukset vaihtelevat liian vähän testiä varten")
        case .lowSampleWarning:
            Translations(
                en: "Low sample: fewer than {0} answers, so read the figure with care.",
                sv: "Litet underlag: färre än {0} svar, så tolka siffran med försiktighet.",
                da: "Lille datagrundlag: færre end {0} svar, så fortolk tallet med forsigtighed.",
                nb: "Lite datagrunnlag: færre enn {0} svar, så tolk tallet med forsiktighet.",
                fi: "Pieni otos: alle {0} vastausta, joten tulkitse lukua varoen.")
        case .lowSampleN:
            Translations(
                en: "Low sample, n = {0}", sv: "Litet underlag, n = {0}", da: "Lille datagrundlag, n = {0}",
                nb: "Lite datagrunnlag, n = {0}", fi: "Pieni otos, n = {0}")
        case .countLowSample:
            Translations(
                en: "{0} (low sample)", sv: "{0} (litet underlag)", da: "{0} (lille datagrundlag)", nb: "{0} (lite datagrunnlag)",
                fi: "{0} (pieni otos)")
        case .notRanked:
            Translations(en: "not ranked", sv: "rangordnas inte", da: "rangordnes ikke", nb: "rangeres ikke", fi: "ei järjestetä")
        case .significantRise:
            Translations(
                en: "Significant rise", sv: "Signifikant ökning", da: "Signifikant stigning", nb: "Signifikant økning",
                fi: "Merkitsevä nousu")
        case .significantFall:
            Translations(
                en: "Significant fall", sv: "Signifikant minskning", da: "Signifikant fald", nb: "Signifikant nedgang",
                fi: "Merkitsevä lasku")
        case .noSignificantChange:
            Translations(
                en: "No significant change", sv: "Ingen signifikant förändring", da: "Ingen signifikant ændring",
                nb: "Ingen signifikant endring", fi: "Ei merkitsevää muutosta")
        case .aboveRest:
            Translations(
                en: "Significantly above the rest", sv: "Signifikant högre än övriga", da: "Signifikant højere end de øvrige",
                nb: "Signifikant høyere enn de øvrige", fi: "Merkitsevästi muita korkeampi")
        case .belowRest:
            Translations(
                en: "Significantly below the rest", sv: "Signifikant lägre än övriga", da: "Signifikant lavere end de øvrige",
                nb: "Signifikant lavere enn de øvrige", fi: "Merkitsevästi muita matalampi")
        case .noClearDifference:
            Translations(
                en: "No significant difference from the rest", sv: "Ingen signifikant skillnad mot övriga",
                da: "Ingen signifikant forskel fra de øvrige", nb: "Ingen signifikant forskjell fra de øvrige",
                fi: "Ei merkitsevää eroa muihin")
        case .aboveRestOfJourney:
            Translations(
                en: "Significantly higher than the rest of the journey", sv: "Signifikant högre än resten av kundresan",
                da: "Signifikant højere end resten af kunderejsen", nb: "Signifikant høyere enn resten av kundereisen",
                fi: "Merkitsevästi korkeampi kuin muu asiakaspolku")
        case .belowRestOfJourney:
            Translations(
                en: "Significantly lower than the rest of the journey", sv: "Signifikant lägre än resten av kundresan",
                da: "Signifikant lavere end resten af kunderejsen", nb: "Signifikant lavere enn resten av kundereisen",
                fi: "Merkitsevästi matalampi kuin muu asiakaspolku")
        case .confidenceInterval:
            Translations(
                en: "{0} confidence interval", sv: "{0} konfidensintervall", da: "{0} konfidensinterval",
                nb: "{0} konfidensintervall", fi: "{0}:n luottamusväli")
        case .legendInterval:
            Translations(
                en: "Shaded band: {0}", sv: "Skuggat fält: {0}", da: "Skraveret felt: {0}", nb: "Skyggelagt felt: {0}",
                fi: "Varjostettu alue: {0}")
        case .legendPointInterval:
            Translations(
                en: "Point and line: value and {0}", sv: "Punkt och linje: värde och {0}", da: "Punkt og linje: værdi og {0}",
                nb: "Punkt og linje: verdi og {0}", fi: "Piste ja jana: arvo ja {0}")
        case .legendUpPrevious:
            Translations(
                en: "Triangle up: significantly higher than the previous period",
                sv: "Triangel uppåt: signifikant högre än föregående period",
                da: "Trekant op: signifikant højere end forrige periode",
                nb: "Trekant opp: signifikant høyere enn forrige periode",
                fi: "Kolmio ylöspäin: merkitsevästi korkeampi kuin edellisellä jaksolla")
        case .legendDownPrevious:
            Translations(
                en: "Triangle down: significantly lower than the previous period",
                sv: "Triangel nedåt: signifikant lägre än föregående period",
                da: "Trekant ned: signifikant lavere end forrige periode",
                nb: "Trekant ned: signifikant lavere enn forrige periode",
                fi: "Kolmio alaspäin: merkitsevästi matalampi kuin edellisellä jaksolla")
        case .legendUpYear:
            Translations(
                en: "Triangle up: significantly higher than the same period a year earlier",
                sv: "Triangel uppåt: signifikant högre än samma period ett år tidigare",
                da: "Trekant op: signifikant højere end samme periode et år tidligere",
                nb: "Trekant opp: signifikant høyere enn samme periode ett år tidligere",
                fi: "Kolmio ylöspäin: merkitsevästi korkeampi kuin samalla jaksolla vuotta aiemmin")
        case .legendDownYear:
            Translations(
                en: "Triangle down: significantly lower than the same period a year earlier",
                sv: "Triangel nedåt: signifikant lägre än samma period ett år tidigare",
                da: "Trekant ned: signifikant lavere end samme periode et år tidligere",
                nb: "Trekant ned: signifikant lavere enn samme periode ett år tidligere",
                fi: "Kolmio alaspäin: merkitsevästi matalampi kuin samalla jaksolla vuotta aiemmin")
        case .legendLowSample:
            Translations(
                en: "Hollow point: low sample (fewer than {0} answers)", sv: "Ofylld punkt: litet underlag (färre än {0} svar)",
                da: "Åbent punkt: lille datagrundlag (færre end {0} svar)",
                nb: "Åpent punkt: lite datagrunnlag (færre enn {0} svar)", fi: "Ontto piste: pieni otos (alle {0} vastausta)")
        case .legendLowSampleUnranked:
            Translations(
                en: "Hollow point: low sample (fewer than {0} answers), listed apart and not ranked",
                sv: "Ofylld punkt: litet underlag (färre än {0} svar), visas för sig och rangordnas inte",
                da: "Åbent punkt: lille datagrundlag (færre end {0} svar), vises for sig og rangordnes ikke",
                nb: "Åpent punkt: lite datagrunnlag (færre enn {0} svar), vises for seg og rangeres ikke",
                fi: "Ontto piste: pieni otos (alle {0} vastausta), näytetään erikseen eikä järjestetä")
        case .bandLowSample:
            Translations(
                en: "Grey: low sample (fewer than {0} answers), neither coloured nor ranked",
                sv: "Grå: litet underlag (färre än {0} svar), färgas inte och rangordnas inte",
                da: "Grå: lille datagrundlag (færre end {0} svar), farves og rangordnes ikke",
                nb: "Grå: lite datagrunnlag (færre enn {0} svar), fargelegges og rangeres ikke",
                fi: "Harmaa: pieni otos (alle {0} vastausta), ei väritetä eikä järjestetä")
        case .legendGap:
            Translations(
                en: "Break in the line: no figure for that period", sv: "Avbrott i linjen: ingen siffra för perioden",
                da: "Brud i linjen: intet tal for perioden", nb: "Brudd i linjen: ikke noe tall for perioden",
                fi: "Katkos viivassa: jaksolta ei ole lukua")
        case .legendReference:
            Translations(
                en: "Vertical line: the figure for {0}", sv: "Lodrät linje: siffran för {0}", da: "Lodret linje: tallet for {0}",
                nb: "Loddrett linje: tallet for {0}", fi: "Pystyviiva: {0} yhteensä")
        case .sparklineSummary:
            Translations(
                en: "From {1} in {0} to {3} in {2}.", sv: "Från {1} under {0} till {3} under {2}.",
                da: "Fra {1} i {0} til {3} i {2}.", nb: "Fra {1} i {0} til {3} i {2}.", fi: "Alussa ({0}) {1}, lopussa ({2}) {3}."
            )
        case .periodsWithoutFigure:
            Translations(
                en: "Periods without a figure: {0}.", sv: "Perioder utan siffra: {0}.", da: "Perioder uden tal: {0}.",
                nb: "Perioder uten tall: {0}.", fi: "Jaksoja ilman lukua: {0}.")
        case .trendSummary:
            Translations(
                en: "Periods: {0}; with a figure: {1}; without: {2}.", sv: "Perioder: {0}; med siffra: {1}; utan: {2}.",
                da: "Perioder: {0}; med tal: {1}; uden: {2}.", nb: "Perioder: {0}; med tall: {1}; uten: {2}.",
                fi: "Jaksoja: {0}; lukuja: {1}; puuttuvia: {2}.")
        case .trendExtremes:
            Translations(
                en: "Lowest {0} ({1}), highest {2} ({3}).", sv: "Lägst {0} ({1}), högst {2} ({3}).",
                da: "Lavest {0} ({1}), højest {2} ({3}).", nb: "Lavest {0} ({1}), høyest {2} ({3}).",
                fi: "Alin {0} ({1}), korkein {2} ({3}).")
        case .trendMarked:
            Translations(
                en: "Significant rises: {0}; significant falls: {1}.",
                sv: "Signifikanta ökningar: {0}; signifikanta minskningar: {1}.",
                da: "Signifikante stigninger: {0}; signifikante fald: {1}.",
                nb: "Signifikante økninger: {0}; signifikante nedganger: {1}.",
                fi: "Merkitseviä nousuja: {0}; merkitseviä laskuja: {1}.")
        case .forestSummary:
            Translations(
                en:
                    "Units compared: {0}; significantly above the rest: {1}; significantly below: {2}; with a low sample, not ranked: {3}.",
                sv:
                    "Jämförda enheter: {0}; signifikant högre än övriga: {1}; signifikant lägre: {2}; med litet underlag, inte rangordnade: {3}.",
                da:
                    "Sammenlignede enheder: {0}; signifikant højere end de øvrige: {1}; signifikant lavere: {2}; med lille datagrundlag, ikke rangordnet: {3}.",
                nb:
                    "Sammenlignede enheter: {0}; signifikant høyere enn de øvrige: {1}; signifikant lavere: {2}; med lite datagrunnlag, ikke rangert: {3}.",
                fi:
                    "Vertailtuja yksiköitä: {0}; merkitsevästi muita korkeampia: {1}; merkitsevästi matalampia: {2}; pieni otos, ei järjestetty: {3}."
            )
        case .forestReference:
            Translations(
                en: "Reference line: {0}.", sv: "Referenslinje: {0}.", da: "Referencelinje: {0}.", nb: "Referanselinje: {0}.",
                fi: "Vertailuviiva: {0}.")
        case .hiddenPeriods:
            Translations(
                en: "Periods hidden because they had fewer than {1} answers (to protect anonymity): {0}.",
                sv: "Perioder som döljs för att de hade färre än {1} svar (för att skydda anonymiteten): {0}.",
                da: "Perioder skjult, fordi de havde færre end {1} svar (af hensyn til anonymiteten): {0}.",
                nb: "Perioder skjult fordi de hadde færre enn {1} svar (for å verne anonymiteten): {0}.",
                fi: "Piilotettuja jaksoja, joissa oli alle {1} vastausta (vastaajien anonymiteetin suojaamiseksi): {0}.")
        case .hiddenTouchpoints:
            Translations(
                en: "Touchpoints hidden because they had fewer than {1} answers (to protect anonymity): {0}.",
                sv: "Kontaktpunkter som döljs för att de hade färre än {1} svar (för att skydda anonymiteten): {0}.",
                da: "Kontaktpunkter skjult, fordi de havde færre end {1} svar (af hensyn til anonymiteten): {0}.",
                nb: "Kontaktpunkter skjult fordi de hadde færre enn {1} svar (for å verne anonymiteten): {0}.",
                fi: "Piilotettuja kosketuspisteitä, joissa oli alle {1} vastausta (vastaajien anonymiteetin suojaamiseksi): {0}.")
        case .hiddenUnits:
            Translations(
                en: "Units hidden because they had fewer than {1} answers (to protect anonymity): {0}.",
                sv: "Enheter som döljs för att de hade färre än {1} svar (för att skydda anonymiteten): {0}.",
                da: "Enheder skjult, fordi de havde færre end {1} svar (af hensyn til anonymiteten): {0}.",
                nb: "Enheter skjult fordi de hadde færre enn {1} svar (for å verne anonymiteten): {0}.",
                fi: "Piilotettuja yksiköitä, joissa oli alle {1} vastausta (vastaajien anonymiteetin suojaamiseksi): {0}.")
        case .correctionNoteHolm:
            Translations(
                en:
                    "Each period is tested against its comparison. Holm's correction allows for all the tests made at once ({0}), so a change marked significant is very unlikely to be chance.",
                sv:
                    "Varje period prövas mot sin jämförelse. Holms korrektion tar hänsyn till alla test som görs samtidigt ({0}), så en förändring som markeras som signifikant beror knappast på slumpen.",
                da:
                    "Hver periode testes mod sin sammenligning. Holms korrektion tager højde for alle de test, der udføres samtidig ({0}), så en ændring, der er markeret som signifikant, skyldes næppe tilfældigheder.",
                nb:
                    "Hver periode testes mot sin sammenligning. Holms korreksjon tar hensyn til alle testene som gjøres samtidig ({0}), så en endring som er merket som signifikant, skyldes neppe tilfeldigheter.",
                fi:
                    "Jokaista jaksoa verrataan vertailukohtaansa. Holmin korjaus ottaa huomioon kaikki samanaikaiset testit ({0}), joten merkitseväksi merkitty muutos tuskin johtuu sattumasta."
            )
        case .correctionNoteBH:
            Translations(
                en:
                    "Each period is tested against its comparison. The Benjamini–Hochberg correction allows for all the tests made at once ({0}): of the changes marked significant, at most about {1} are expected to be chance.",
                sv:
                    "Varje period prövas mot sin jämförelse. Benjamini–Hochbergs korrektion tar hänsyn till alla test som görs samtidigt ({0}): av de förändringar som markeras som signifikanta väntas högst omkring {1} bero på slumpen.",
                da:
                    "Hver periode testes mod sin sammenligning. Benjamini–Hochbergs korrektion tager højde for alle de test, der udføres samtidig ({0}): af de ændringer, der er markeret som signifikante, forventes højst omkring {1} at skyldes tilfældigheder.",
                nb:
                    "Hver periode testes mot sin sammenligning. Benjamini–Hochbergs korreksjon tar hensyn til alle testene som gjøres samtidig ({0}): av endringene som er merket som signifikante, ventes høyst rundt {1} å skyldes tilfeldigheter.",
                fi:
                    "Jokaista jaksoa verrataan vertailukohtaansa. Benjamini–Hochbergin korjaus ottaa huomioon kaikki samanaikaiset testit ({0}): merkitseviksi merkityistä muutoksista enintään noin {1} odotetaan johtuvan sattumasta."
            )
        case .correctionNoteNone:
            Translations(
                en:
                    "Each period is tested against its comparison without correcting for the tests made at once ({0}): with many periods, some changes will look significant by chance alone.",
                sv:
                    "Varje period prövas mot sin jämförelse utan korrektion för att flera test görs samtidigt ({0}): med många perioder kommer en del förändringar att se signifikanta ut av ren slump.",
                da:
                    "Hver periode testes mod sin sammenligning uden korrektion for, at der udføres flere test samtidig ({0}): med mange perioder vil nogle ændringer se signifikante ud af ren tilfældighed.",
                nb:
                    "Hver periode testes mot sin sammenligning uten korreksjon for at flere tester gjøres samtidig ({0}): med mange perioder vil noen endringer se signifikante ut av ren tilfeldighet.",
                fi:
                    "Jokaista jaksoa verrataan vertailukohtaansa ilman korjausta samanaikaisille testeille ({0}): kun jaksoja on monta, osa muutoksista näyttää merkitseviltä pelkästä sattumasta."
            )
        case .explanationHolm:
            Translations(
                en: "Only differences marked significant (after Holm correction) are real; the others may be chance.",
                sv:
                    "Bara skillnader som är markerade som signifikanta (efter Holm-korrektion) är verkliga; de andra kan bero på slumpen.",
                da:
                    "Kun forskelle, der er markeret som signifikante (efter Holm-korrektion), er reelle; de andre kan skyldes tilfældigheder.",
                nb:
                    "Bare forskjeller som er merket som signifikante (etter Holm-korreksjon), er reelle; de andre kan skyldes tilfeldigheter.",
                fi: "Vain merkitseviksi merkityt erot (Holmin korjauksen jälkeen) ovat todellisia; muut voivat johtua sattumasta."
            )
        case .explanationBH:
            Translations(
                en:
                    "Only differences marked significant (after Benjamini–Hochberg correction) are likely to be real; the others may be chance.",
                sv:
                    "Bara skillnader som är markerade som signifikanta (efter Benjamini–Hochberg-korrektion) är sannolikt verkliga; de andra kan bero på slumpen.",
                da:
                    "Kun forskelle, der er markeret som signifikante (efter Benjamini–Hochberg-korrektion), er sandsynligvis reelle; de andre kan skyldes tilfældigheder.",
                nb:
                    "Bare forskjeller som er merket som signifikante (etter Benjamini–Hochberg-korreksjon), er sannsynligvis reelle; de andre kan skyldes tilfeldigheter.",
                fi:
                    "Vain merkitseviksi merkityt erot (Benjamini–Hochbergin korjauksen jälkeen) ovat todennäköisesti todellisia; muut voivat johtua sattumasta."
            )
        case .explanationNone:
            Translations(
                en:
                    "Differences are marked significant without correction for the many comparisons, so even some of the marked ones may be chance.",
                sv:
                    "Skillnaderna markeras som signifikanta utan korrektion för de många jämförelserna, så även en del av de markerade kan bero på slumpen.",
                da:
                    "Forskellene markeres som signifikante uden korrektion for de mange sammenligninger, så også nogle af de markerede kan skyldes tilfældigheder.",
                nb:
                    "Forskjellene merkes som signifikante uten korreksjon for de mange sammenligningene, så også noen av de merkede kan skyldes tilfeldigheter.",
                fi:
                    "Erot merkitään merkitseviksi ilman monivertailukorjausta, joten osa merkityistäkin eroista voi johtua sattumasta."
            )
        }
    }
}
