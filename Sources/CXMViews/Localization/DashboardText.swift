/// Messages of the dashboard pages: navigation, the filter form, periods and figures.
public enum DashboardText: String, Localizable {
    case overview, trend, journeyMap, unitComparison, filterTitle, apply, all, metric
    case fromDate, toDate, grain, journey, compareWith, correction, correctionHolm, correctionBH
    case correctionNone, compareNone, comparePrevious, compareYear, compareRest, day, week, month
    case quarter, year, perDay, perWeek, perMonth, perQuarter, perYear, weekLabel
    case quarterLabel, dayRange, overviewIntro, noInterval, answers, answersCount, skipped, changeFromPrevious
    case changeFromYear, differenceFromRest, changePoints, changePercentagePoints, seeTrend, measured, figureSummary, wholeJourney
    case unit, allUnits, unitPath, unitsTitle, unitsTitleTop, noAnswersInPeriod, noAnswers, noAnswersOrTooFew
    case noFigure, noFigureInPeriod, noUnitsToCompare, bandOf, bandLegend, bandBelow, bandAtLeast, bandBetween
    case segment, tooFewToShow

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .segment:
            Translations(
                en: "Customer segment", sv: "Kundsegment", da: "Kundesegment", nb: "Kundesegment",
                fi: "Asiakassegmentti")
        case .overview:
            Translations(en: "Overview", sv: "Översikt", da: "Overblik", nb: "Oversikt", fi: "Yleiskuva")
        case .trend:
            Translations(
                en: "Trend", sv: "Utveckling över tid", da: "Udvikling over tid", nb: "Utvikling over tid",
                fi: "Kehitys ajan mittaan")
        case .journeyMap:
            Translations(
                en: "Journey map", sv: "Kundresekarta", da: "Kunderejsekort", nb: "Kundereisekart", fi: "Asiakaspolkukartta")
        case .unitComparison:
            Translations(
                en: "Unit comparison", sv: "Jämförelse mellan enheter", da: "Sammenligning af enheder",
                nb: "Sammenligning av enheter", fi: "Yksiköiden vertailu")
        case .filterTitle:
            Translations(
                en: "Choose what to show", sv: "Välj vad som visas", da: "Vælg, hvad der vises", nb: "Velg hva som vises",
                fi: "Valitse näytettävät tiedot")
        case .apply:
            Translations(en: "Show", sv: "Visa", da: "Vis", nb: "Vis", fi: "Näytä")
        case .all:
            Translations(en: "All", sv: "Alla", da: "Alle", nb: "Alle", fi: "Kaikki")
        case .metric:
            Translations(en: "Metric", sv: "Nyckeltal", da: "Nøgletal", nb: "Nøkkeltall", fi: "Mittari")
        case .fromDate:
            Translations(en: "From", sv: "Från", da: "Fra", nb: "Fra", fi: "Alkaen")
        case .toDate:
            Translations(en: "To", sv: "Till", da: "Til", nb: "Til", fi: "Päättyen")
        case .grain:
            Translations(en: "Grouped by", sv: "Indelning", da: "Inddeling", nb: "Inndeling", fi: "Jaksotus")
        case .journey:
            Translations(en: "Journey", sv: "Kundresa", da: "Kunderejse", nb: "Kundereise", fi: "Asiakaspolku")
        case .compareWith:
            Translations(en: "Compare with", sv: "Jämför med", da: "Sammenlign med", nb: "Sammenlign med", fi: "Vertailukohta")
        case .correction:
            Translations(
                en: "Correction for many comparisons", sv: "Korrektion för många jämförelser",
                da: "Korrektion for mange sammenligninger", nb: "Korreksjon for mange sammenligninger", fi: "Monivertailukorjaus")
        case .correctionHolm:
            Translations(en: "Holm (strict)", sv: "Holm (strikt)", da: "Holm (streng)", nb: "Holm (streng)", fi: "Holm (tiukka)")
        case .correctionBH:
            Translations(
                en: "Benjamini–Hochberg (share of false findings)", sv: "Benjamini–Hochberg (andel falska fynd)",
                da: "Benjamini–Hochberg (andel falske fund)", nb: "Benjamini–Hochberg (andel falske funn)",
                fi: "Benjamini–Hochberg (väärien löydösten osuus)")
        case .correctionNone:
            Translations(
                en: "No correction", sv: "Ingen korrektion", da: "Ingen korrektion", nb: "Ingen korreksjon", fi: "Ei korjausta")
        case .compareNone:
            Translations(
                en: "No comparison", sv: "Ingen jämförelse", da: "Ingen sammenligning", nb: "Ingen sammenligning",
                fi: "Ei vertailua")
        case .comparePrevious:
            Translations(
                en: "The previous period", sv: "Föregående period", da: "Forrige periode", nb: "Forrige periode",
                fi: "Edellinen jakso")
        case .compareYear:
            Translations(
                en: "The same period a year earlier", sv: "Samma period ett år tidigare", da: "Samme periode et år tidligere",
                nb: "Samme periode ett år tidligere", fi: "Sama jakso vuotta aiemmin")
        case .compareRest:
            Translations(en: "The rest", sv: "Övriga", da: "De øvrige", nb: "De øvrige", fi: "Muut")
        case .day:
            Translations(en: "Day", sv: "Dag", da: "Dag", nb: "Dag", fi: "Päivä")
        case .week:
            Translations(en: "Week", sv: "Vecka", da: "Uge", nb: "Uke", fi: "Viikko")
        case .month:
            Translations(en: "Month", sv: "Månad", da: "Måned", nb: "Måned", fi: "Kuukausi")
        case .quarter:
            Translations(en: "Quarter", sv: "Kvartal", da: "Kvartal", nb: "Kvartal", fi: "Vuosineljännes")
        case .year:
            Translations(en: "Year", sv: "År", da: "År", nb: "År", fi: "Vuosi")
        case .perDay:
            Translations(en: "{0} per day", sv: "{0} per dag", da: "{0} pr. dag", nb: "{0} per dag", fi: "{0} päivittäin")
        case .perWeek:
            Translations(en: "{0} per week", sv: "{0} per vecka", da: "{0} pr. uge", nb: "{0} per uke", fi: "{0} viikoittain")
        case .perMonth:
            Translations(
                en: "{0} per month", sv: "{0} per månad", da: "{0} pr. måned", nb: "{0} per måned", fi: "{0} kuukausittain")
        case .perQuarter:
            Translations(
                en: "{0} per quarter", sv: "{0} per kvartal", da: "{0} pr. kvartal", nb: "{0} per kvartal",
                fi: "{0} neljännesvuosittain")
        case .perYear:
            Translations(en: "{0} per year", sv: "{0} per år", da: "{0} pr. år", nb: "{0} per år", fi: "{0} vuosittain")
        case .weekLabel:
            Translations(en: "W{0} {1}", sv: "v. {0} {1}", da: "uge {0} {1}", nb: "uke {0} {1}", fi: "vko {0}/{1}")
        case .quarterLabel:
            Translations(en: "Q{0} {1}", sv: "kv. {0} {1}", da: "{0}. kvt. {1}", nb: "{0}. kv. {1}", fi: "Q{0}/{1}")
        case .dayRange:
            Translations(en: "{0} to {1}", sv: "{0} – {1}", da: "{0} – {1}", nb: "{0} – {1}", fi: "{0} – {1}")
        case .overviewIntro:
            Translations(
                en:
                    "Each figure is shown with its confidence interval and number of answers. A change is called significant only when a statistical test shows it is unlikely to be chance.",
                sv:
                    "Varje siffra visas med sitt konfidensintervall och antal svar. En förändring kallas signifikant först när ett statistiskt test visar att den knappast beror på slumpen.",
                da:
                    "Hvert tal vises med sit konfidensinterval og antal svar. En ændring kaldes først signifikant, når en statistisk test viser, at den næppe skyldes tilfældigheder.",
                nb:
                    "Hvert tall vises med konfidensintervall og antall svar. En endring kalles signifikant først når en statistisk test viser at den neppe skyldes tilfeldigheter.",
                fi:
                    "Jokainen luku näytetään luottamusvälin ja vastausmäärän kanssa. Muutosta kutsutaan merkitseväksi vasta, kun tilastollinen testi osoittaa, ettei se todennäköisesti johdu sattumasta."
            )
        case .noInterval:
            Translations(
                en: "Not available (too few answers)", sv: "Saknas (för få svar)", da: "Mangler (for få svar)",
                nb: "Mangler (for få svar)", fi: "Ei saatavilla (liian vähän vastauksia)")
        case .answers:
            Translations(en: "Answers", sv: "Svar", da: "Svar", nb: "Svar", fi: "Vastauksia")
        case .answersCount:
            Translations(en: "{0} answers", sv: "{0} svar", da: "{0} svar", nb: "{0} svar", fi: "{0} vastausta")
        case .skipped:
            Translations(
                en: "{0} skipped the question", sv: "{0} hoppade över frågan", da: "{0} sprang spørgsmålet over",
                nb: "{0} hoppet over spørsmålet", fi: "{0} ohitti kysymyksen")
        case .changeFromPrevious:
            Translations(
                en: "Change from the previous period", sv: "Förändring från föregående period", da: "Ændring fra forrige periode",
                nb: "Endring fra forrige periode", fi: "Muutos edellisestä jaksosta")
        case .changeFromYear:
            Translations(
                en: "Change from a year earlier", sv: "Förändring från ett år tidigare", da: "Ændring fra et år tidligere",
                nb: "Endring fra ett år tidligere", fi: "Muutos vuodentakaisesta")
        case .differenceFromRest:
            Translations(
                en: "Difference from the rest", sv: "Skillnad mot övriga", da: "Forskel fra de øvrige",
                nb: "Forskjell fra de øvrige", fi: "Ero muihin")
        case .changePoints:
            Translations(en: "{0} points", sv: "{0} poäng", da: "{0} point", nb: "{0} poeng", fi: "{0} pistettä")
        case .changePercentagePoints:
            Translations(
                en: "{0} percentage points", sv: "{0} procentenheter", da: "{0} procentpoint", nb: "{0} prosentpoeng",
                fi: "{0} prosenttiyksikköä")
        case .seeTrend:
            Translations(en: "{0} over time", sv: "{0} över tid", da: "{0} over tid", nb: "{0} over tid", fi: "{0} ajan mittaan")
        case .measured:
            Translations(en: "Measured", sv: "Uppmätt", da: "Målt", nb: "Målt", fi: "Mitattu")
        case .figureSummary:
            Translations(
                en: "{0} (confidence interval {1}; {2} answers)", sv: "{0} (konfidensintervall {1}; {2} svar)",
                da: "{0} (konfidensinterval {1}; {2} svar)", nb: "{0} (konfidensintervall {1}; {2} svar)",
                fi: "{0} (luottamusväli {1}; {2} vastausta)")
        case .wholeJourney:
            Translations(
                en: "Whole journey:", sv: "Hela kundresan:", da: "Hele kunderejsen:", nb: "Hele kundereisen:",
                fi: "Koko asiakaspolku:")
        case .unit:
            Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .allUnits:
            Translations(en: "All units", sv: "Alla enheter", da: "Alle enheder", nb: "Alle enheter", fi: "Kaikki yksiköt")
        case .unitPath:
            Translations(
                en: "Where you are in the organisation", sv: "Var du är i organisationen", da: "Hvor du er i organisationen",
                nb: "Hvor du er i organisasjonen", fi: "Sijaintisi organisaatiossa")
        case .unitsTitle:
            Translations(
                en: "{0} by unit within {1}", sv: "{0} per enhet inom {1}", da: "{0} pr. enhed inden for {1}",
                nb: "{0} per enhet innenfor {1}", fi: "{0} yksiköittäin: {1}")
        case .unitsTitleTop:
            Translations(en: "{0} by unit", sv: "{0} per enhet", da: "{0} pr. enhed", nb: "{0} per enhet", fi: "{0} yksiköittäin")
        case .tooFewToShow:
            Translations(
                en: "Fewer than {0} answers: no figure is shown, so that no one's answers can be singled out.",
                sv: "Färre än {0} svar: inget värde visas, så att ingens svar kan pekas ut.",
                da: "Færre end {0} svar: der vises ingen værdi, så ingens svar kan udpeges.",
                nb: "Færre enn {0} svar: ingen verdi vises, slik at ingens svar kan pekes ut.",
                fi: "Alle {0} vastausta: lukua ei näytetä, jotta kenenkään vastauksia ei voi tunnistaa.")
        case .noAnswersInPeriod:
            Translations(
                en: "No answers in this period.", sv: "Inga svar under den här perioden.", da: "Ingen svar i denne periode.",
                nb: "Ingen svar i denne perioden.", fi: "Tällä jaksolla ei ole vastauksia.")
        case .noAnswers:
            Translations(en: "No answers", sv: "Inga svar", da: "Ingen svar", nb: "Ingen svar", fi: "Ei vastauksia")
        case .noAnswersOrTooFew:
            Translations(
                en: "No answers, or too few to show", sv: "Inga svar, eller för få för att visas",
                da: "Ingen svar, eller for få til at blive vist", nb: "Ingen svar, eller for få til å vises",
                fi: "Ei vastauksia tai liian vähän näytettäväksi")
        case .noFigure:
            Translations(en: "No figure", sv: "Ingen siffra", da: "Intet tal", nb: "Ikke noe tall", fi: "Ei lukua")
        case .noFigureInPeriod:
            Translations(
                en: "No figure: no answers, or fewer than {0}", sv: "Ingen siffra: inga svar, eller färre än {0}",
                da: "Intet tal: ingen svar, eller færre end {0}", nb: "Ikke noe tall: ingen svar, eller færre enn {0}",
                fi: "Ei lukua: ei vastauksia tai alle {0}")
        case .noUnitsToCompare:
            Translations(
                en: "No units at this level have at least {0} answers in this period.",
                sv: "Inga enheter på den här nivån har minst {0} svar under perioden.",
                da: "Ingen enheder på dette niveau har mindst {0} svar i perioden.",
                nb: "Ingen enheter på dette nivået har minst {0} svar i perioden.",
                fi: "Millään tämän tason yksiköllä ei ole vähintään {0} vastausta tällä jaksolla.")
        case .bandOf:
            Translations(
                en: "Band {0} of {1}", sv: "Nivå {0} av {1}", da: "Niveau {0} af {1}", nb: "Nivå {0} av {1}", fi: "Taso {0}/{1}")
        case .bandLegend:
            Translations(en: "Colour bands", sv: "Färgnivåer", da: "Farveniveauer", nb: "Fargenivåer", fi: "Väritasot")
        case .bandBelow:
            Translations(en: "below {0}", sv: "under {0}", da: "under {0}", nb: "under {0}", fi: "alle {0}")
        case .bandAtLeast:
            Translations(en: "{0} or more", sv: "{0} eller mer", da: "{0} eller mere", nb: "{0} eller mer", fi: "{0} tai enemmän")
        case .bandBetween:
            Translations(
                en: "{0} to under {1}", sv: "{0} till under {1}", da: "{0} til under {1}", nb: "{0} til under {1}",
                fi: "{0} – alle {1}")
        }
    }
}
