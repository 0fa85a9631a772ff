/// Messages of the driver analysis page and the importance–performance matrix.
public enum DriverText: String, Localizable {
    case title, intro, outcome, level, levelResponse, levelCustomer, journey, touchpoint, anyOption, from, to, analyse
    case sample, rSquared, rank, driver, kind, relativeWeight, share, shapley, correlation, answers, notSignificant
    case notRanked, method, leftOut, noVariance, tooFewAnswers, collinear, cannotEstimate, noDrivers, tooFewResponses
    case outcomeWithoutVariance, inconsistentPairwise, matrix, matrixIntro, importance, performance, quadrant, desiredFeeling
    case comments, fixFirst, keepUp, hygiene, lowerPriority, notEstimated, smallSample, kindRating, kindChoice, kindTheme
    case kindTouchpoint, kindColumn, kindSignal, noShapley, badges, badgesNone, keptResult

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .title:
            Translations(
                en: "What drives {0}", sv: "Vad driver {0}", da: "Hvad driver {0}", nb: "Hva driver {0}", fi: "Mikä ohjaa: {0}")
        case .intro:
            Translations(
                en:
                    "How much of the differences in the outcome each driver explains, with 95 % intervals. Only drivers that carry more weight than a random variable are ranked.",
                sv:
                    "Hur mycket av skillnaderna i utfallet varje drivkraft förklarar, med 95 %-intervall. Bara drivkrafter som väger tyngre än en slumpvariabel rangordnas.",
                da:
                    "Hvor meget af forskellene i udfaldet hver driver forklarer, med 95 %-intervaller. Kun drivere, der vejer mere end en tilfældig variabel, rangeres.",
                nb:
                    "Hvor mye av forskjellene i utfallet hver driver forklarer, med 95 %-intervaller. Bare drivere som veier mer enn en tilfeldig variabel, rangeres.",
                fi:
                    "Kuinka paljon kukin tekijä selittää lopputuloksen eroista, 95 %:n väleineen. Vain satunnaismuuttujaa painavammat tekijät asetetaan järjestykseen."
            )
        case .outcome: Translations(en: "Outcome", sv: "Utfall", da: "Udfald", nb: "Utfall", fi: "Lopputulos")
        case .level: Translations(en: "Level", sv: "Nivå", da: "Niveau", nb: "Nivå", fi: "Taso")
        case .levelResponse:
            Translations(
                en: "Each response: the other questions and the comments", sv: "Varje svar: övriga frågor och kommentarer",
                da: "Hvert svar: de øvrige spørgsmål og kommentarerne", nb: "Hvert svar: de andre spørsmålene og kommentarene",
                fi: "Jokainen vastaus: muut kysymykset ja kommentit")
        case .levelCustomer:
            Translations(
                en: "Each customer: their experience at every touchpoint", sv: "Varje kund: upplevelsen vid varje kontaktpunkt",
                da: "Hver kunde: oplevelsen ved hvert kontaktpunkt", nb: "Hver kunde: opplevelsen ved hvert kontaktpunkt",
                fi: "Jokainen asiakas: kokemus jokaisessa kosketuspisteessä")
        case .journey: Translations(en: "Journey", sv: "Kundresa", da: "Kunderejse", nb: "Kundereise", fi: "Asiakaspolku")
        case .touchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kosketuspiste")
        case .anyOption: Translations(en: "All", sv: "Alla", da: "Alle", nb: "Alle", fi: "Kaikki")
        case .from: Translations(en: "From", sv: "Från", da: "Fra", nb: "Fra", fi: "Alkaen")
        case .to: Translations(en: "To", sv: "Till", da: "Til", nb: "Til", fi: "Asti")
        case .analyse: Translations(en: "Analyse", sv: "Analysera", da: "Analysér", nb: "Analyser", fi: "Analysoi")
        case .sample:
            Translations(
                en: "n = {0}; missing answers handled {1}", sv: "n = {0}; saknade svar hanteras {1}",
                da: "n = {0}; manglende svar håndteres {1}",
                nb: "n = {0}; manglende svar håndteres {1}", fi: "n = {0}; puuttuvat vastaukset: {1}")
        case .rSquared:
            Translations(
                en: "The drivers explain {0} of the differences in the outcome (R² {1}, interval {2})",
                sv: "Drivkrafterna förklarar {0} av skillnaderna i utfallet (R² {1}, intervall {2})",
                da: "Driverne forklarer {0} af forskellene i udfaldet (R² {1}, interval {2})",
                nb: "Driverne forklarer {0} av forskjellene i utfallet (R² {1}, intervall {2})",
                fi: "Tekijät selittävät {0} lopputuloksen eroista (R² {1}, väli {2})")
        case .rank: Translations(en: "Rank", sv: "Rang", da: "Rang", nb: "Rang", fi: "Sija")
        case .driver: Translations(en: "Driver", sv: "Drivkraft", da: "Driver", nb: "Driver", fi: "Tekijä")
        case .kind: Translations(en: "Kind", sv: "Typ", da: "Type", nb: "Type", fi: "Tyyppi")
        case .relativeWeight:
            Translations(
                en: "Relative weight", sv: "Relativ vikt", da: "Relativ vægt", nb: "Relativ vekt", fi: "Suhteellinen paino")
        case .share: Translations(en: "Share of R²", sv: "Andel av R²", da: "Andel af R²", nb: "Andel av R²", fi: "Osuus R²:sta")
        case .shapley:
            Translations(en: "Shapley value", sv: "Shapleyvärde", da: "Shapley-værdi", nb: "Shapley-verdi", fi: "Shapley-arvo")
        case .correlation:
            Translations(en: "Correlation r", sv: "Korrelation r", da: "Korrelation r", nb: "Korrelasjon r", fi: "Korrelaatio r")
        case .answers: Translations(en: "Answers (n)", sv: "Svar (n)", da: "Svar (n)", nb: "Svar (n)", fi: "Vastauksia (n)")
        case .notSignificant:
            Translations(
                en: "not significant", sv: "inte signifikant", da: "ikke signifikant", nb: "ikke signifikant", fi: "ei merkitsevä"
            )
        case .notRanked:
            Translations(en: "not ranked", sv: "ej rangordnad", da: "ikke rangeret", nb: "ikke rangert", fi: "ei järjestetty")
        case .method:
            Translations(
                en: "Johnson's relative weights and Shapley values sum to R²; intervals from {0} bootstrap samples.",
                sv: "Johnsons relativa vikter och Shapley-värden summerar till R²; intervall från {0} bootstrapurval.",
                da: "Johnsons relative vægte og Shapley-værdier summerer til R²; intervaller fra {0} bootstrapstikprøver.",
                nb: "Johnsons relative vekter og Shapley-verdier summerer til R²; intervaller fra {0} bootstrap-utvalg.",
                fi: "Johnsonin suhteelliset painot ja Shapley-arvot summautuvat R²:ksi; välit {0} bootstrap-otoksesta.")
        case .leftOut: Translations(en: "Left out", sv: "Utelämnade", da: "Udeladt", nb: "Utelatt", fi: "Jätetty pois")
        case .noVariance:
            Translations(
                en: "{0}: every answer is the same", sv: "{0}: alla svar är lika", da: "{0}: alle svar er ens",
                nb: "{0}: alle svar er like",
                fi: "{0}: kaikki vastaukset ovat samat")
        case .tooFewAnswers:
            Translations(
                en: "{0}: too few answers ({1} of the {2} needed)", sv: "{0}: för få svar ({1} av {2} som behövs)",
                da: "{0}: for få svar ({1} af de {2} nødvendige)", nb: "{0}: for få svar ({1} av {2} som trengs)",
                fi: "{0}: liian vähän vastauksia ({1}/{2} tarvittavasta)")
        case .collinear:
            Translations(
                en: "{0}: duplicates {1}", sv: "{0}: upprepar {1}", da: "{0}: gentager {1}", nb: "{0}: gjentar {1}",
                fi: "{0}: toistaa: {1}")
        case .cannotEstimate:
            Translations(
                en: "Cannot estimate: {0}", sv: "Kan inte skattas: {0}", da: "Kan ikke estimeres: {0}",
                nb: "Kan ikke estimeres: {0}", fi: "Ei voida arvioida: {0}")
        case .noDrivers:
            Translations(
                en: "no driver can be estimated here", sv: "ingen drivkraft kan skattas här",
                da: "ingen driver kan estimeres her",
                nb: "ingen driver kan estimeres her", fi: "yhtään tekijää ei voi arvioida tässä")
        case .tooFewResponses:
            Translations(
                en: "{0} answers where {1} are needed; widen the period or the scope",
                sv: "{0} svar där {1} behövs; vidga perioden eller urvalet",
                da: "{0} svar hvor {1} er nødvendige; udvid perioden eller udvalget",
                nb: "{0} svar der {1} trengs; utvid perioden eller utvalget",
                fi: "{0} vastausta, tarvitaan {1}; laajenna jaksoa tai rajausta")
        case .outcomeWithoutVariance:
            Translations(
                en: "every answer to the outcome is the same", sv: "alla svar på utfallet är lika",
                da: "alle svar på udfaldet er ens",
                nb: "alle svar på utfallet er like", fi: "kaikki lopputuloksen vastaukset ovat samat")
        case .inconsistentPairwise:
            Translations(
                en: "the answers overlap too little; try fewer touchpoints",
                sv: "svaren överlappar för lite; prova färre kontaktpunkter",
                da: "svarene overlapper for lidt; prøv færre kontaktpunkter",
                nb: "svarene overlapper for lite; prøv færre kontaktpunkter",
                fi: "vastaukset menevät liian vähän päällekkäin; kokeile vähempiä kosketuspisteitä")
        case .matrix:
            Translations(
                en: "Importance and performance", sv: "Betydelse och prestation", da: "Betydning og præstation",
                nb: "Betydning og prestasjon",
                fi: "Merkitys ja suoritus")
        case .matrixIntro:
            Translations(
                en:
                    "Importance: the touchpoint's share of what drives the outcome. Performance: the mean experience (0–100) since {0}.",
                sv:
                    "Betydelse: kontaktpunktens andel av det som driver utfallet. Prestation: medelupplevelsen (0–100) sedan {0}.",
                da:
                    "Betydning: kontaktpunktets andel af det, der driver udfaldet. Præstation: den gennemsnitlige oplevelse (0–100) siden {0}.",
                nb:
                    "Betydning: kontaktpunktets andel av det som driver utfallet. Prestasjon: gjennomsnittlig opplevelse (0–100) siden {0}.",
                fi:
                    "Merkitys: kosketuspisteen osuus lopputulosta ohjaavista tekijöistä. Suoritus: keskimääräinen kokemus (0–100) {0} alkaen."
            )
        case .importance: Translations(en: "Importance", sv: "Betydelse", da: "Betydning", nb: "Betydning", fi: "Merkitys")
        case .performance: Translations(en: "Performance", sv: "Prestation", da: "Præstation", nb: "Prestasjon", fi: "Suoritus")
        case .quadrant: Translations(en: "Priority", sv: "Prioritet", da: "Prioritet", nb: "Prioritet", fi: "Prioriteetti")
        case .desiredFeeling:
            Translations(
                en: "Desired feeling", sv: "Önskad känsla", da: "Ønsket følelse", nb: "Ønsket følelse", fi: "Tavoiteltu tunne")
        case .comments:
            Translations(
                en: "Comments +/−", sv: "Kommentarer +/−", da: "Kommentarer +/−", nb: "Kommentarer +/−", fi: "Kommentit +/−")
        case .badges:
            Translations(
                en: "The badges on the touchpoints come from what drives {0} among customers, {1}, computed {2}.",
                sv: "Märkena på kontaktpunkterna kommer från vad som driver {0} bland kunderna, {1}, beräknat {2}.",
                da: "Mærkerne på kontaktpunkterne kommer fra hvad der driver {0} blandt kunderne, {1}, beregnet {2}.",
                nb: "Merkene på kontaktpunktene kommer fra hva som driver {0} blant kundene, {1}, beregnet {2}.",
                fi: "Kosketuspisteiden merkit perustuvat siihen, mikä ohjaa asiakkaiden {0}-arviota, {1}, laskettu {2}.")
        case .keptResult:
            Translations(
                en: "Computed {0}; kept and reused for a day.", sv: "Beräknad {0}; sparas och återanvänds i ett dygn.",
                da: "Beregnet {0}; gemmes og genbruges i et døgn.", nb: "Beregnet {0}; lagres og gjenbrukes i et døgn.",
                fi: "Laskettu {0}; säilytetään ja käytetään uudelleen vuorokauden ajan.")
        case .badgesNone:
            Translations(
                en: "The driver analysis of {0} among customers, {1}, cannot place the touchpoints yet (computed {2}).",
                sv: "Drivkraftsanalysen av {0} bland kunderna, {1}, kan ännu inte placera kontaktpunkterna (beräknad {2}).",
                da: "Driveranalysen af {0} blandt kunderne, {1}, kan endnu ikke placere kontaktpunkterne (beregnet {2}).",
                nb: "Driveranalysen av {0} blant kundene, {1}, kan ennå ikke plassere kontaktpunktene (beregnet {2}).",
                fi: "Asiakkaiden {0}-arvion tekijäanalyysi, {1}, ei vielä pysty sijoittamaan kosketuspisteitä (laskettu {2}).")
        case .fixFirst:
            Translations(
                en: "Fix first (pain point)", sv: "Åtgärda först (smärtpunkt)", da: "Ret først (smertepunkt)",
                nb: "Fiks først (smertepunkt)", fi: "Korjaa ensin (kipupiste)")
        case .keepUp:
            Translations(
                en: "Keep up (moment of truth)", sv: "Håll nivån (sanningens ögonblick)",
                da: "Hold niveauet (sandhedens øjeblik)", nb: "Hold nivået (sannhetens øyeblikk)",
                fi: "Pidä yllä (totuuden hetki)")
        case .hygiene:
            Translations(en: "Hygiene", sv: "Hygienfaktor", da: "Hygiejnefaktor", nb: "Hygienefaktor", fi: "Hygieniatekijä")
        case .lowerPriority:
            Translations(
                en: "Lower priority", sv: "Lägre prioritet", da: "Lavere prioritet", nb: "Lavere prioritet",
                fi: "Matalampi prioriteetti")
        case .notEstimated:
            Translations(en: "not estimated", sv: "ej skattad", da: "ikke estimeret", nb: "ikke estimert", fi: "ei arvioitu")
        case .smallSample:
            Translations(en: "small sample", sv: "litet urval", da: "lille stikprøve", nb: "lite utvalg", fi: "pieni otos")
        case .kindRating: Translations(en: "Question", sv: "Fråga", da: "Spørgsmål", nb: "Spørsmål", fi: "Kysymys")
        case .kindChoice:
            Translations(
                en: "Answer option", sv: "Svarsalternativ", da: "Svarmulighed", nb: "Svaralternativ", fi: "Vastausvaihtoehto")
        case .kindTheme:
            Translations(
                en: "Negative comments", sv: "Negativa kommentarer", da: "Negative kommentarer", nb: "Negative kommentarer",
                fi: "Kielteiset kommentit")
        case .kindTouchpoint:
            Translations(en: "Touchpoint", sv: "Kontaktpunkt", da: "Kontaktpunkt", nb: "Kontaktpunkt", fi: "Kosketuspiste")
        case .kindColumn: Translations(en: "Column", sv: "Kolumn", da: "Kolonne", nb: "Kolonne", fi: "Sarake")
        case .kindSignal:
            Translations(
                en: "From other systems", sv: "Från andra system", da: "Fra andre systemer", nb: "Fra andre systemer",
                fi: "Muista järjestelmistä")
        case .noShapley:
            Translations(
                en: "Shapley values are computed for up to 15 drivers.",
                sv: "Shapley-värden beräknas för upp till 15 drivkrafter.",
                da: "Shapley-værdier beregnes for op til 15 drivere.", nb: "Shapley-verdier beregnes for opptil 15 drivere.",
                fi: "Shapley-arvot lasketaan enintään 15 tekijälle.")
        }
    }
}
