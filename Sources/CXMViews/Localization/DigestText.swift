import CXMCore

/// Messages of the monthly results digest.
public enum DigestText: String, Localizable {
    case subject, intro, figure, up, down, unchanged, noFigures, goalLine, improvements, noImprovements
    case plans, planLine, read, footer, preview, previewHint

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .subject:
            Translations(
                en: "{0}: results for {1}",
                sv: "{0}: resultat för {1}",
                da: "{0}: resultater for {1}",
                nb: "{0}: resultater for {1}",
                fi: "{0}: tulokset, {1}")
        case .intro:
            Translations(
                en:
                    "Here are last month's results: the same numbers every team sees, each with its interval and number of answers. A change is called up or down only when it is significant against the equally long period just before the month.",
                sv:
                    "Här är förra månadens resultat: samma siffror som alla team ser, var och en med sitt intervall och antal svar. En förändring kallas upp eller ned bara när den är signifikant jämfört med lika lång tid närmast före månaden.",
                da:
                    "Her er sidste måneds resultater: de samme tal, som alle teams ser, hver med sit interval og antal svar. En ændring kaldes op eller ned kun, når den er signifikant i forhold til en lige så lang periode lige før måneden.",
                nb:
                    "Her er forrige måneds resultater: de samme tallene som alle team ser, hvert med sitt intervall og antall svar. En endring kalles opp eller ned bare når den er signifikant mot en like lang periode rett før måneden.",
                fi:
                    "Tässä ovat viime kuun tulokset: samat luvut, jotka kaikki tiimit näkevät, kukin luottamusvälin ja vastausmäärän kanssa. Muutos kerrotaan nousuksi tai laskuksi vain, kun se on merkitsevä yhtä pitkään kuukautta edeltävään jaksoon verrattuna."
            )
        case .figure:
            Translations(
                en: "{0} {1} (95 % interval {2}, {3} answers)",
                sv: "{0} {1} (95 %-intervall {2}, {3} svar)",
                da: "{0} {1} (95 %-interval {2}, {3} svar)",
                nb: "{0} {1} (95 %-intervall {2}, {3} svar)",
                fi: "{0} {1} (95 %:n väli {2}, {3} vastausta)")
        case .up:
            Translations(
                en: "up from {0}",
                sv: "upp från {0}",
                da: "op fra {0}",
                nb: "opp fra {0}",
                fi: "nousua tasosta {0}")
        case .down:
            Translations(
                en: "down from {0}",
                sv: "ned från {0}",
                da: "ned fra {0}",
                nb: "ned fra {0}",
                fi: "laskua tasosta {0}")
        case .unchanged:
            Translations(
                en: "no significant change from {0}",
                sv: "ingen signifikant förändring från {0}",
                da: "ingen signifikant ændring fra {0}",
                nb: "ingen signifikant endring fra {0}",
                fi: "ei merkitsevää muutosta tasosta {0}")
        case .noFigures:
            Translations(
                en: "Too few answers last month to show figures.",
                sv: "För få svar förra månaden för att visa siffror.",
                da: "For få svar sidste måned til at vise tal.",
                nb: "For få svar forrige måned til å vise tall.",
                fi: "Viime kuussa liian vähän vastauksia lukujen näyttämiseen.")
        case .goalLine:
            Translations(
                en: "{0}: {1}, target {2}",
                sv: "{0}: {1}, mål {2}",
                da: "{0}: {1}, mål {2}",
                nb: "{0}: {1}, mål {2}",
                fi: "{0}: {1}, tavoite {2}")
        case .improvements:
            Translations(
                en: "Improvements delivered or measured",
                sv: "Förbättringar levererade eller mätta",
                da: "Forbedringer leveret eller målt",
                nb: "Forbedringer levert eller målt",
                fi: "Toimitetut tai mitatut parannukset")
        case .noImprovements:
            Translations(
                en: "No improvement was delivered or measured last month.",
                sv: "Ingen förbättring levererades eller mättes förra månaden.",
                da: "Ingen forbedring blev leveret eller målt sidste måned.",
                nb: "Ingen forbedring ble levert eller målt forrige måned.",
                fi: "Yhtään parannusta ei toimitettu tai mitattu viime kuussa.")
        case .plans:
            Translations(
                en: "Your teams' action plans",
                sv: "Era teams handlingsplaner",
                da: "Jeres teams handlingsplaner",
                nb: "Teamenes handlingsplaner",
                fi: "Tiimienne toimintasuunnitelmat")
        case .planLine:
            Translations(
                en: "{0} ({1}): {2} of {3} actions done, {4} overdue",
                sv: "{0} ({1}): {2} av {3} åtgärder klara, {4} försenade",
                da: "{0} ({1}): {2} af {3} handlinger udført, {4} forsinkede",
                nb: "{0} ({1}): {2} av {3} tiltak fullført, {4} forsinket",
                fi: "{0} ({1}): {2}/{3} toimenpidettä tehty, {4} myöhässä")
        case .read:
            Translations(
                en: "Read more: {0}",
                sv: "Läs mer: {0}",
                da: "Læs mere: {0}",
                nb: "Les mer: {0}",
                fi: "Lue lisää: {0}")
        case .footer:
            Translations(
                en: "The monthly results digest from {0}. Results are shown per team and unit, never per person.",
                sv: "Månadens resultatsammanfattning från {0}. Resultat visas per team och enhet, aldrig per person.",
                da: "Månedens resultatoversigt fra {0}. Resultater vises pr. team og enhed, aldrig pr. person.",
                nb: "Månedens resultatoversikt fra {0}. Resultater vises per team og enhet, aldri per person.",
                fi: "Kuukauden tuloskooste, {0}. Tulokset näytetään tiimeittäin ja yksiköittäin, ei koskaan henkilöittäin.")
        case .preview:
            Translations(
                en: "Monthly results digest",
                sv: "Månadens resultatsammanfattning",
                da: "Månedens resultatoversigt",
                nb: "Månedens resultatoversikt",
                fi: "Kuukauden tuloskooste")
        case .previewHint:
            Translations(
                en: "Everyone gets this digest by e-mail early each month, in their own language, with their own units' results.",
                sv:
                    "Alla får den här sammanfattningen med e-post i början av varje månad, på sitt eget språk, med sina egna enheters resultat.",
                da:
                    "Alle får denne oversigt på e-mail i starten af hver måned, på deres eget sprog, med deres egne enheders resultater.",
                nb:
                    "Alle får denne oversikten på e-post i starten av hver måned, på sitt eget språk, med sine egne enheters resultater.",
                fi:
                    "Jokainen saa tämän koosteen sähköpostitse kunkin kuun alussa omalla kielellään ja omien yksiköidensä tuloksin."
            )
        }
    }
}
