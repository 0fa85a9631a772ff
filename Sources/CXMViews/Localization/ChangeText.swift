/// Messages of the "what changed" page.
public enum ChangeText: String, Localizable {
    case title, intro, metric, later, earlier, from, to, journey, unit, touchpoint, anyOption, compare, summary
    case significant, notSignificant, noTest, byTouchpoint, byUnit, byChannel, split, segment, answers, value
    case performance, mix, contribution, adjustedP, tooFew, other, largest, method, realChange, noAnswersEarlier
    case noAnswersLater

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .title:
            Translations(
                en: "What changed in {0}", sv: "Vad förändrade {0}", da: "Hvad ændrede {0}", nb: "Hva endret {0}",
                fi: "Mikä muutti: {0}")
        case .intro:
            Translations(
                en:
                    "How the KPI moved from the earlier period to the later one, split into what each touchpoint, unit and channel contributed: by scoring differently (performance) and by answering more or less often (mix). The parts add up to the change exactly.",
                sv:
                    "Hur nyckeltalet rörde sig från den tidigare perioden till den senare, uppdelat på vad varje kontaktpunkt, enhet och kanal bidrog med: genom att få ett annat resultat (prestation) och genom att svara oftare eller mer sällan (mix). Delarna summerar exakt till förändringen.",
                da:
                    "Hvordan nøgletallet bevægede sig fra den tidligere periode til den senere, opdelt på hvad hvert kontaktpunkt, hver enhed og kanal bidrog med: ved at score anderledes (præstation) og ved at svare oftere eller sjældnere (mix). Delene summerer præcis til ændringen.",
                nb:
                    "Hvordan nøkkeltallet beveget seg fra den tidligere perioden til den senere, delt opp i hva hvert kontaktpunkt, hver enhet og kanal bidro med: ved å score annerledes (prestasjon) og ved å svare oftere eller sjeldnere (miks). Delene summerer nøyaktig til endringen.",
                fi:
                    "Miten tunnusluku muuttui aiemmasta jaksosta myöhempään, jaettuna sen mukaan, mitä kukin kosketuspiste, yksikkö ja kanava vaikutti: eri tuloksella (suoritus) ja vastaamalla useammin tai harvemmin (jakauma). Osat summautuvat täsmälleen muutokseen."
            )
        case .metric: Translations(en: "KPI", sv: "Nyckeltal", da: "Nøgletal", nb: "Nøkkeltall", fi: "Tunnusluku")
        case .later:
            Translations(
                en: "Later period", sv: "Senare period", da: "Senere periode", nb: "Senere periode", fi: "Myöhempi jakso")
        case .earlier:
            Translations(
                en: "Earlier period", sv: "Tidigare period", da: "Tidligere periode", nb: "Tidligere periode", fi: "Aiempi jakso")
        case .from: Translations(en: "From", sv: "Från", da: "Fra", nb: "Fra", fi: "Alkaen")
        case .to: Translations(en: "To", sv: "Till", da: "Til", nb: "Til", fi: "Asti")
        case .journey: Translations(en: "Journey", sv: "Resa", da: "Rejse", nb: "Reise", fi: "Polku")
        case .unit: Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .touchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kosketuspiste")
        case .anyOption: Translations(en: "All", sv: "Alla", da: "Alle", nb: "Alle", fi: "Kaikki")
        case .compare: Translations(en: "Compare", sv: "Jämför", da: "Sammenlign", nb: "Sammenlign", fi: "Vertaa")
        case .summary:
            Translations(
                en: "{0} went from {1} ({2} answers, {3}) to {4} ({5} answers, {6}): {7}, 95 % interval {8}.",
                sv: "{0} gick från {1} ({2} svar, {3}) till {4} ({5} svar, {6}): {7}, 95 %-intervall {8}.",
                da: "{0} gik fra {1} ({2} svar, {3}) til {4} ({5} svar, {6}): {7}, 95 %-interval {8}.",
                nb: "{0} gikk fra {1} ({2} svar, {3}) til {4} ({5} svar, {6}): {7}, 95 %-intervall {8}.",
                fi: "{0} muuttui arvosta {1} ({2} vastausta, {3}) arvoon {4} ({5} vastausta, {6}): {7}, 95 %:n väli {8}.")
        case .significant:
            Translations(
                en: "A real change (p = {0}).", sv: "En verklig förändring (p = {0}).", da: "En reel ændring (p = {0}).",
                nb: "En reell endring (p = {0}).", fi: "Todellinen muutos (p = {0}).")
        case .notSignificant:
            Translations(
                en: "Could be chance (p = {0}): do not read the parts below as causes.",
                sv: "Kan vara slumpen (p = {0}): läs inte delarna nedan som orsaker.",
                da: "Kan være tilfældigt (p = {0}): læs ikke delene nedenfor som årsager.",
                nb: "Kan være tilfeldig (p = {0}): ikke les delene nedenfor som årsaker.",
                fi: "Voi olla sattumaa (p = {0}): älä tulkitse alla olevia osia syiksi.")
        case .noTest:
            Translations(
                en: "Too few answers to test the change.", sv: "För få svar för att pröva förändringen.",
                da: "For få svar til at teste ændringen.", nb: "For få svar til å teste endringen.",
                fi: "Liian vähän vastauksia muutoksen testaamiseen.")
        case .byTouchpoint:
            Translations(
                en: "By touchpoint", sv: "Per kontaktpunkt", da: "Pr. kontaktpunkt", nb: "Per kontaktpunkt",
                fi: "Kosketuspisteittäin")
        case .byUnit: Translations(en: "By unit", sv: "Per enhet", da: "Pr. enhed", nb: "Per enhet", fi: "Yksiköittäin")
        case .byChannel: Translations(en: "By channel", sv: "Per kanal", da: "Pr. kanal", nb: "Per kanal", fi: "Kanavittain")
        case .split:
            Translations(
                en: "Performance {0}, mix {1}.", sv: "Prestation {0}, mix {1}.", da: "Præstation {0}, mix {1}.",
                nb: "Prestasjon {0}, miks {1}.", fi: "Suoritus {0}, jakauma {1}.")
        case .segment: Translations(en: "Segment", sv: "Segment", da: "Segment", nb: "Segment", fi: "Segmentti")
        case .answers: Translations(en: "Answers", sv: "Svar", da: "Svar", nb: "Svar", fi: "Vastaukset")
        case .value: Translations(en: "Value", sv: "Värde", da: "Værdi", nb: "Verdi", fi: "Arvo")
        case .performance: Translations(en: "Performance", sv: "Prestation", da: "Præstation", nb: "Prestasjon", fi: "Suoritus")
        case .mix: Translations(en: "Mix", sv: "Mix", da: "Mix", nb: "Miks", fi: "Jakauma")
        case .contribution: Translations(en: "Contribution", sv: "Bidrag", da: "Bidrag", nb: "Bidrag", fi: "Vaikutus")
        case .adjustedP:
            Translations(
                en: "p (Holm-adjusted)", sv: "p (Holm-justerat)", da: "p (Holm-justeret)", nb: "p (Holm-justert)",
                fi: "p (Holm-korjattu)")
        case .tooFew:
            Translations(
                en: "too few answers", sv: "för få svar", da: "for få svar", nb: "for få svar", fi: "liian vähän vastauksia")
        case .other:
            Translations(
                en: "Other (small segments pooled)", sv: "Övriga (små segment sammanslagna)", da: "Øvrige (små segmenter samlet)",
                nb: "Andre (små segmenter slått sammen)", fi: "Muut (pienet segmentit yhdistetty)")
        case .largest:
            Translations(
                en: "Most of the change came from: {0}.", sv: "Det mesta av förändringen kom från: {0}.",
                da: "Det meste af ændringen kom fra: {0}.", nb: "Det meste av endringen kom fra: {0}.",
                fi: "Suurin osa muutoksesta tuli kohteista: {0}.")
        case .noAnswersEarlier:
            Translations(
                en: "Nobody answered in the earlier period ({0}), so there is no change to explain: choose other dates.",
                sv:
                    "Ingen svarade under den tidigare perioden ({0}), så det finns ingen förändring att förklara: välj andra datum.",
                da: "Ingen svarede i den tidligere periode ({0}), så der er ingen ændring at forklare: vælg andre datoer.",
                nb: "Ingen svarte i den tidligere perioden ({0}), så det er ingen endring å forklare: velg andre datoer.",
                fi: "Kukaan ei vastannut aiemmalla jaksolla ({0}), joten selitettävää muutosta ei ole: valitse muut päivät.")
        case .noAnswersLater:
            Translations(
                en: "Nobody answered in the later period ({0}), so there is no change to explain: choose other dates.",
                sv:
                    "Ingen svarade under den senare perioden ({0}), så det finns ingen förändring att förklara: välj andra datum.",
                da: "Ingen svarede i den senere periode ({0}), så der er ingen ændring at forklare: vælg andre datoer.",
                nb: "Ingen svarte i den senere perioden ({0}), så det er ingen endring å forklare: velg andre datoer.",
                fi: "Kukaan ei vastannut myöhemmällä jaksolla ({0}), joten selitettävää muutosta ei ole: valitse muut päivät.")
        case .realChange:
            Translations(
                en: "real change", sv: "verklig förändring", da: "reel ændring", nb: "reell endring", fi: "todellinen muutos")
        case .method:
            Translations(
                en:
                    "Each segment's performance part is its average share of the answers times its change in score; its mix part is the change in its share times how far its score lies from the overall one. Segments with fewer than five answers in a period are pooled so that no one can be singled out.",
                sv:
                    "Varje segments prestationsdel är dess genomsnittliga andel av svaren gånger dess förändring i resultat; mixdelen är förändringen i andel gånger hur långt dess resultat ligger från helheten. Segment med färre än fem svar i en period slås samman så att ingen kan pekas ut.",
                da:
                    "Hvert segments præstationsdel er dets gennemsnitlige andel af svarene gange dets ændring i resultat; mixdelen er ændringen i andel gange hvor langt dets resultat ligger fra helheden. Segmenter med færre end fem svar i en periode samles, så ingen kan udpeges.",
                nb:
                    "Hvert segments prestasjonsdel er dets gjennomsnittlige andel av svarene ganger dets endring i resultat; miksdelen er endringen i andel ganger hvor langt resultatet ligger fra helheten. Segmenter med færre enn fem svar i en periode slås sammen slik at ingen kan pekes ut.",
                fi:
                    "Kunkin segmentin suoritusosa on sen keskimääräinen vastausosuus kertaa sen tuloksen muutos; jakaumaosa on osuuden muutos kertaa se, kuinka kaukana sen tulos on kokonaisuudesta. Segmentit, joilla on jaksossa alle viisi vastausta, yhdistetään, jotta ketään ei voi tunnistaa."
            )
        }
    }
}
