import CXMCore

/// Messages of the goals page and the public KPI boards.
public enum GoalText: String, Localizable {
    case goals, goalsHint, newGoal, goalTitle, metric, scope, journey, anyJourney, touchpoint, anyTouchpoint
    case unit, allUnits, wholeCompany, target, targetHint, deadline, deadlineHint, window, windowHint
    case addGoal, noGoals, now, baseline, answers, targetBy, statusReached, statusAtTarget, statusWithinReach
    case statusBelow, statusTooFew, paceAhead, paceOnPace, paceBehind, share, daysLeft, deadlinePassed
    case deleteGoal, kpiBoards, kpiBoardsHint, newBoard, boardTitle, minimumN, minimumNHint, boardGoals
    case boardGoalsHint, boardLanguage, createBoard, noBoards, openBoard, tvMode, revoke, revokedOn
    case boardLine, publicFooter, lastDays, normalView, intervalOf

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .goals:
            Translations(
                en: "Goals",
                sv: "Mål",
                da: "Mål",
                nb: "Mål",
                fi: "Tavoitteet")
        case .goalsHint:
            Translations(
                en:
                    "Every team sees the same goals. A goal counts as reached only when its whole interval lies at or above the target; each figure is read over the days shown, from every answer in the goal's scope.",
                sv:
                    "Alla team ser samma mål. Ett mål räknas som nått först när hela intervallet ligger på eller över målet; varje siffra räknas över de dagar som visas, från alla svar inom målets omfattning.",
                da:
                    "Alle teams ser de samme mål. Et mål tæller først som nået, når hele intervallet ligger på eller over målet; hvert tal beregnes over de viste dage ud fra alle svar inden for målets omfang.",
                nb:
                    "Alle team ser de samme målene. Et mål regnes som nådd først når hele intervallet ligger på eller over målet; hvert tall beregnes over dagene som vises, fra alle svar innenfor målets omfang.",
                fi:
                    "Kaikki tiimit näkevät samat tavoitteet. Tavoite on saavutettu vasta, kun koko luottamusväli on tavoitteessa tai sen yläpuolella; jokainen luku lasketaan näytetyiltä päiviltä kaikista tavoitteen piiriin kuuluvista vastauksista."
            )
        case .newGoal:
            Translations(
                en: "New goal",
                sv: "Nytt mål",
                da: "Nyt mål",
                nb: "Nytt mål",
                fi: "Uusi tavoite")
        case .goalTitle:
            Translations(
                en: "Goal",
                sv: "Mål",
                da: "Mål",
                nb: "Mål",
                fi: "Tavoite")
        case .metric:
            Translations(
                en: "Metric",
                sv: "Mått",
                da: "Måltal",
                nb: "Måltall",
                fi: "Mittari")
        case .scope:
            Translations(
                en: "Where",
                sv: "Var",
                da: "Hvor",
                nb: "Hvor",
                fi: "Missä")
        case .journey:
            Translations(
                en: "Journey",
                sv: "Kundresa",
                da: "Kunderejse",
                nb: "Kundereise",
                fi: "Asiakaspolku")
        case .anyJourney:
            Translations(
                en: "Every journey",
                sv: "Alla kundresor",
                da: "Alle kunderejser",
                nb: "Alle kundereiser",
                fi: "Kaikki asiakaspolut")
        case .touchpoint:
            Translations(
                en: "Touchpoint",
                sv: "Kontaktpunkt",
                da: "Kontaktpunkt",
                nb: "Kontaktpunkt",
                fi: "Kosketuspiste")
        case .anyTouchpoint:
            Translations(
                en: "Every touchpoint",
                sv: "Alla kontaktpunkter",
                da: "Alle kontaktpunkter",
                nb: "Alle kontaktpunkter",
                fi: "Kaikki kosketuspisteet")
        case .unit:
            Translations(
                en: "Unit",
                sv: "Enhet",
                da: "Enhed",
                nb: "Enhet",
                fi: "Yksikkö")
        case .allUnits:
            Translations(
                en: "Every unit",
                sv: "Alla enheter",
                da: "Alle enheder",
                nb: "Alle enheter",
                fi: "Kaikki yksiköt")
        case .wholeCompany:
            Translations(
                en: "The whole company",
                sv: "Hela företaget",
                da: "Hele virksomheden",
                nb: "Hele virksomheten",
                fi: "Koko yritys")
        case .target:
            Translations(
                en: "Target",
                sv: "Målvärde",
                da: "Målværdi",
                nb: "Målverdi",
                fi: "Tavoitearvo")
        case .targetHint:
            Translations(
                en: "The value the metric should reach: NPS −100 to 100, CSAT and NKI 0 to 100, CES 1 to 7.",
                sv: "Värdet måttet ska nå: NPS −100 till 100, CSAT och NKI 0 till 100, CES 1 till 7.",
                da: "Den værdi, måltallet skal nå: NPS −100 til 100, CSAT og NKI 0 til 100, CES 1 til 7.",
                nb: "Verdien måltallet skal nå: NPS −100 til 100, CSAT og NKI 0 til 100, CES 1 til 7.",
                fi: "Arvo, joka mittarin pitää saavuttaa: NPS −100–100, CSAT ja NKI 0–100, CES 1–7.")
        case .deadline:
            Translations(
                en: "Deadline",
                sv: "Senast",
                da: "Senest",
                nb: "Senest",
                fi: "Määräpäivä")
        case .deadlineHint:
            Translations(
                en: "The day by which the target should be reached.",
                sv: "Dagen då målet senast ska vara nått.",
                da: "Dagen, hvor målet senest skal være nået.",
                nb: "Dagen da målet senest skal være nådd.",
                fi: "Päivä, johon mennessä tavoite pitää saavuttaa.")
        case .window:
            Translations(
                en: "Days per reading",
                sv: "Dagar per avläsning",
                da: "Dage pr. aflæsning",
                nb: "Dager per avlesning",
                fi: "Päiviä lukemaa kohden")
        case .windowHint:
            Translations(
                en: "The figure is read over this many days up to each day (90 unless you choose otherwise).",
                sv: "Siffran räknas över så här många dagar fram till varje dag (90 om du inte väljer annat).",
                da: "Tallet beregnes over så mange dage op til hver dag (90, medmindre du vælger andet).",
                nb: "Tallet beregnes over så mange dager fram til hver dag (90 med mindre du velger noe annet).",
                fi: "Luku lasketaan näin monelta päivältä kuhunkin päivään asti (90, ellet valitse toisin).")
        case .addGoal:
            Translations(
                en: "Add goal",
                sv: "Lägg till mål",
                da: "Tilføj mål",
                nb: "Legg til mål",
                fi: "Lisää tavoite")
        case .noGoals:
            Translations(
                en: "No goals yet.",
                sv: "Inga mål ännu.",
                da: "Ingen mål endnu.",
                nb: "Ingen mål ennå.",
                fi: "Ei vielä tavoitteita.")
        case .now:
            Translations(
                en: "Now",
                sv: "Nu",
                da: "Nu",
                nb: "Nå",
                fi: "Nyt")
        case .baseline:
            Translations(
                en: "At the start: {0}",
                sv: "Vid start: {0}",
                da: "Ved start: {0}",
                nb: "Ved start: {0}",
                fi: "Alussa: {0}")
        case .answers:
            Translations(
                en: "{0} answers",
                sv: "{0} svar",
                da: "{0} svar",
                nb: "{0} svar",
                fi: "{0} vastausta")
        case .targetBy:
            Translations(
                en: "{0} by {1}",
                sv: "{0} senast {1}",
                da: "{0} senest {1}",
                nb: "{0} senest {1}",
                fi: "{0} viimeistään {1}")
        case .statusReached:
            Translations(
                en: "Reached",
                sv: "Nått",
                da: "Nået",
                nb: "Nådd",
                fi: "Saavutettu")
        case .statusAtTarget:
            Translations(
                en: "At the target, not yet certain",
                sv: "Vid målet, ännu inte säkert",
                da: "Ved målet, endnu ikke sikkert",
                nb: "Ved målet, ennå ikke sikkert",
                fi: "Tavoitteessa, ei vielä varmaa")
        case .statusWithinReach:
            Translations(
                en: "Below, but within reach",
                sv: "Under, men inom räckhåll",
                da: "Under, men inden for rækkevidde",
                nb: "Under, men innen rekkevidde",
                fi: "Alle, mutta ulottuvilla")
        case .statusBelow:
            Translations(
                en: "Below the target",
                sv: "Under målet",
                da: "Under målet",
                nb: "Under målet",
                fi: "Tavoitteen alapuolella")
        case .statusTooFew:
            Translations(
                en: "Too few answers",
                sv: "För få svar",
                da: "For få svar",
                nb: "For få svar",
                fi: "Liian vähän vastauksia")
        case .paceAhead:
            Translations(
                en: "Ahead of the straight line to the target",
                sv: "Före den raka linjen mot målet",
                da: "Foran den lige linje mod målet",
                nb: "Foran den rette linjen mot målet",
                fi: "Edellä suoraa linjaa kohti tavoitetta")
        case .paceOnPace:
            Translations(
                en: "On the straight line to the target",
                sv: "På den raka linjen mot målet",
                da: "På den lige linje mod målet",
                nb: "På den rette linjen mot målet",
                fi: "Suoralla linjalla kohti tavoitetta")
        case .paceBehind:
            Translations(
                en: "Behind the straight line to the target",
                sv: "Efter den raka linjen mot målet",
                da: "Bagud for den lige linje mod målet",
                nb: "Bak den rette linjen mot målet",
                fi: "Jäljessä suorasta linjasta kohti tavoitetta")
        case .share:
            Translations(
                en: "{0} of the way",
                sv: "{0} av vägen",
                da: "{0} af vejen",
                nb: "{0} av veien",
                fi: "{0} matkasta")
        case .daysLeft:
            Translations(
                en: "{0} days left",
                sv: "{0} dagar kvar",
                da: "{0} dage tilbage",
                nb: "{0} dager igjen",
                fi: "{0} päivää jäljellä")
        case .deadlinePassed:
            Translations(
                en: "Deadline passed: final reading on {0}",
                sv: "Tiden har gått ut: slutlig avläsning {0}",
                da: "Fristen er udløbet: endelig aflæsning {0}",
                nb: "Fristen er ute: endelig avlesning {0}",
                fi: "Määräpäivä on ohi: lopullinen lukema {0}")
        case .deleteGoal:
            Translations(
                en: "Remove goal",
                sv: "Ta bort mål",
                da: "Fjern mål",
                nb: "Fjern mål",
                fi: "Poista tavoite")
        case .kpiBoards:
            Translations(
                en: "KPI boards",
                sv: "KPI-tavlor",
                da: "KPI-tavler",
                nb: "KPI-tavler",
                fi: "KPI-taulut")
        case .kpiBoardsHint:
            Translations(
                en:
                    "A KPI board is a read-only page anyone with its link can open without signing in, for a TV in the shop or the canteen. It shows only goal figures over at least the minimum number of answers; never answers, comments or names. Revoke a link to close it.",
                sv:
                    "En KPI-tavla är en skrivskyddad sida som alla med länken kan öppna utan att logga in, till en tv i butiken eller personalrummet. Den visar bara målsiffror över minst minsta antalet svar; aldrig svar, kommentarer eller namn. Återkalla en länk för att stänga den.",
                da:
                    "En KPI-tavle er en skrivebeskyttet side, som alle med linket kan åbne uden at logge ind, til et tv i butikken eller frokoststuen. Den viser kun måltal over mindst det mindste antal svar; aldrig svar, kommentarer eller navne. Tilbagekald et link for at lukke det.",
                nb:
                    "En KPI-tavle er en skrivebeskyttet side som alle med lenken kan åpne uten å logge inn, til en TV i butikken eller kantina. Den viser bare måltall over minst minste antall svar; aldri svar, kommentarer eller navn. Tilbakekall en lenke for å stenge den.",
                fi:
                    "KPI-taulu on vain luettava sivu, jonka kuka tahansa linkin saanut voi avata kirjautumatta, esimerkiksi myymälän tai taukotilan televisioon. Se näyttää vain tavoitteiden luvut, joissa on vähintään vähimmäismäärä vastauksia, ei koskaan vastauksia, kommentteja tai nimiä. Peru linkki sulkeaksesi sen."
            )
        case .newBoard:
            Translations(
                en: "New KPI board",
                sv: "Ny KPI-tavla",
                da: "Ny KPI-tavle",
                nb: "Ny KPI-tavle",
                fi: "Uusi KPI-taulu")
        case .boardTitle:
            Translations(
                en: "Title",
                sv: "Rubrik",
                da: "Titel",
                nb: "Tittel",
                fi: "Otsikko")
        case .minimumN:
            Translations(
                en: "Fewest answers shown",
                sv: "Minsta antal svar som visas",
                da: "Mindste antal svar, der vises",
                nb: "Minste antall svar som vises",
                fi: "Pienin näytettävä vastausmäärä")
        case .minimumNHint:
            Translations(
                en: "Figures over fewer answers show as \"too few answers\" (at least 5; 30 unless you choose otherwise).",
                sv: "Siffror över färre svar visas som ”för få svar” (minst 5; 30 om du inte väljer annat).",
                da: "Tal over færre svar vises som »for få svar« (mindst 5; 30, medmindre du vælger andet).",
                nb: "Tall over færre svar vises som «for få svar» (minst 5; 30 med mindre du velger noe annet).",
                fi:
                    "Luvut, joissa on vähemmän vastauksia, näytetään muodossa ”liian vähän vastauksia” (vähintään 5; 30, ellet valitse toisin)."
            )
        case .boardGoals:
            Translations(
                en: "Goals on the board",
                sv: "Mål på tavlan",
                da: "Mål på tavlen",
                nb: "Mål på tavlen",
                fi: "Taulun tavoitteet")
        case .boardGoalsHint:
            Translations(
                en: "Choose none to show all of the company's goals.",
                sv: "Välj inga för att visa alla företagets mål.",
                da: "Vælg ingen for at vise alle virksomhedens mål.",
                nb: "Velg ingen for å vise alle virksomhetens mål.",
                fi: "Jätä kaikki valitsematta, niin taulu näyttää kaikki yrityksen tavoitteet.")
        case .boardLanguage:
            Translations(
                en: "Language of the board",
                sv: "Tavlans språk",
                da: "Tavlens sprog",
                nb: "Tavlens språk",
                fi: "Taulun kieli")
        case .createBoard:
            Translations(
                en: "Create board and link",
                sv: "Skapa tavla och länk",
                da: "Opret tavle og link",
                nb: "Opprett tavle og lenke",
                fi: "Luo taulu ja linkki")
        case .noBoards:
            Translations(
                en: "No KPI boards yet.",
                sv: "Inga KPI-tavlor ännu.",
                da: "Ingen KPI-tavler endnu.",
                nb: "Ingen KPI-tavler ennå.",
                fi: "Ei vielä KPI-tauluja.")
        case .openBoard:
            Translations(
                en: "Open the board",
                sv: "Öppna tavlan",
                da: "Åbn tavlen",
                nb: "Åpne tavlen",
                fi: "Avaa taulu")
        case .tvMode:
            Translations(
                en: "TV mode",
                sv: "Tv-läge",
                da: "Tv-visning",
                nb: "TV-modus",
                fi: "TV-tila")
        case .revoke:
            Translations(
                en: "Revoke link",
                sv: "Återkalla länk",
                da: "Tilbagekald link",
                nb: "Tilbakekall lenke",
                fi: "Peru linkki")
        case .revokedOn:
            Translations(
                en: "Revoked {0}",
                sv: "Återkallad {0}",
                da: "Tilbagekaldt {0}",
                nb: "Tilbakekalt {0}",
                fi: "Peruttu {0}")
        case .boardLine:
            Translations(
                en: "Figures over at least {0} answers · created {1}",
                sv: "Siffror över minst {0} svar · skapad {1}",
                da: "Tal over mindst {0} svar · oprettet {1}",
                nb: "Tall over minst {0} svar · opprettet {1}",
                fi: "Luvut vähintään {0} vastauksesta · luotu {1}")
        case .publicFooter:
            Translations(
                en: "Each figure is from at least {0} answers, with its 95 % interval. Updated {1}.",
                sv: "Varje siffra bygger på minst {0} svar och visas med sitt 95 %-intervall. Uppdaterad {1}.",
                da: "Hvert tal bygger på mindst {0} svar og vises med sit 95 %-interval. Opdateret {1}.",
                nb: "Hvert tall bygger på minst {0} svar og vises med sitt 95 %-intervall. Oppdatert {1}.",
                fi: "Jokainen luku perustuu vähintään {0} vastaukseen, ja sen 95 %:n luottamusväli näytetään. Päivitetty {1}.")
        case .lastDays:
            Translations(
                en: "the last {0} days",
                sv: "de senaste {0} dagarna",
                da: "de seneste {0} dage",
                nb: "de siste {0} dagene",
                fi: "viimeiset {0} päivää")
        case .normalView:
            Translations(
                en: "Normal view",
                sv: "Normal visning",
                da: "Normal visning",
                nb: "Normal visning",
                fi: "Tavallinen näkymä")
        case .intervalOf:
            Translations(
                en: "95 % interval {0}",
                sv: "95 %-intervall {0}",
                da: "95 %-interval {0}",
                nb: "95 %-intervall {0}",
                fi: "95 %:n väli {0}")
        }
    }
}
