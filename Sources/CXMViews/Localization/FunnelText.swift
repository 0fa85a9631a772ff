import CXMCore

/// Messages of the digital funnels and their place on the journey map.
public enum FunnelText: String, Localizable {
    case funnels, funnelsHint, noFunnels, step, reached, continued, fromStart, droppedOff, typicalTime, window
    case converted, enteredBy, channel, noChannel, againstOthers, better, worse, noDifference, smallSample
    case onTheMap, continuedFrom, largestDropOff, seeFunnel, period, timeUnder, timeOver, noVisitors
    case minutes, hours, days

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .funnels:
            Translations(
                en: "Digital funnels", sv: "Digitala trattar", da: "Digitale tragte", nb: "Digitale trakter",
                fi: "Digitaaliset suppilot")
        case .funnelsHint:
            Translations(
                en:
                    "How far visitors get through the web shop and the app: each step's visitors, who continued, and where they left.",
                sv:
                    "Hur långt besökarna kommer i webbutiken och appen: varje stegs besökare, vilka som gick vidare och var de lämnade.",
                da:
                    "Hvor langt besøgende kommer i webshoppen og appen: hvert trins besøgende, hvem der fortsatte, og hvor de forlod.",
                nb:
                    "Hvor langt besøkende kommer i nettbutikken og appen: hvert stegs besøkende, hvem som gikk videre og hvor de forlot.",
                fi:
                    "Kuinka pitkälle kävijät etenevät verkkokaupassa ja sovelluksessa: kunkin vaiheen kävijät, jatkaneet ja poistumiskohdat."
            )
        case .noFunnels:
            Translations(
                en: "No funnels are defined yet.", sv: "Inga trattar är definierade ännu.",
                da: "Ingen tragte er defineret endnu.",
                nb: "Ingen trakter er definert ennå.", fi: "Suppiloita ei ole vielä määritelty.")
        case .step: Translations(en: "Step", sv: "Steg", da: "Trin", nb: "Steg", fi: "Vaihe")
        case .reached: Translations(en: "Visitors", sv: "Besökare", da: "Besøgende", nb: "Besøkende", fi: "Kävijät")
        case .continued:
            Translations(
                en: "Continued from the step before", sv: "Gick vidare från steget före", da: "Fortsatte fra trinnet før",
                nb: "Gikk videre fra steget før", fi: "Jatkoi edellisestä vaiheesta")
        case .fromStart:
            Translations(
                en: "Of all who entered", sv: "Av alla som kom in", da: "Af alle der kom ind", nb: "Av alle som kom inn",
                fi: "Kaikista aloittaneista")
        case .droppedOff:
            Translations(en: "Left here", sv: "Lämnade här", da: "Forlod her", nb: "Forlot her", fi: "Poistui tässä")
        case .typicalTime:
            Translations(
                en: "Typical time from the step before", sv: "Typisk tid från steget före", da: "Typisk tid fra trinnet før",
                nb: "Typisk tid fra steget før", fi: "Tyypillinen aika edellisestä vaiheesta")
        case .window:
            Translations(
                en: "Visitors have {0} minutes from the first step to the last.",
                sv: "Besökarna har {0} minuter från första till sista steget.",
                da: "Besøgende har {0} minutter fra første til sidste trin.",
                nb: "Besøkende har {0} minutter fra første til siste steg.",
                fi: "Kävijöillä on {0} minuuttia ensimmäisestä vaiheesta viimeiseen.")
        case .converted:
            Translations(
                en: "{0} of {1} visitors completed ({2}, 95 % interval {3}).",
                sv: "{0} av {1} besökare fullföljde ({2}, 95 % intervall {3}).",
                da: "{0} af {1} besøgende gennemførte ({2}, 95 % interval {3}).",
                nb: "{0} av {1} besøkende fullførte ({2}, 95 % intervall {3}).",
                fi: "{0}/{1} kävijää suoritti loppuun ({2}, 95 % väli {3}).")
        case .enteredBy:
            Translations(
                en: "By entry channel", sv: "Per kanal vid start", da: "Efter kanal ved start", nb: "Etter kanal ved start",
                fi: "Aloituskanavan mukaan")
        case .channel: Translations(en: "Channel", sv: "Kanal", da: "Kanal", nb: "Kanal", fi: "Kanava")
        case .noChannel:
            Translations(en: "not given", sv: "ej angiven", da: "ikke angivet", nb: "ikke oppgitt", fi: "ei ilmoitettu")
        case .againstOthers:
            Translations(
                en: "Against the other channels", sv: "Mot övriga kanaler", da: "Mod de øvrige kanaler",
                nb: "Mot de andre kanalene", fi: "Muihin kanaviin verrattuna")
        case .better:
            Translations(
                en: "converts better (p = {0})", sv: "konverterar bättre (p = {0})", da: "konverterer bedre (p = {0})",
                nb: "konverterer bedre (p = {0})", fi: "konvertoi paremmin (p = {0})")
        case .worse:
            Translations(
                en: "converts worse (p = {0})", sv: "konverterar sämre (p = {0})", da: "konverterer dårligere (p = {0})",
                nb: "konverterer dårligere (p = {0})", fi: "konvertoi huonommin (p = {0})")
        case .noDifference:
            Translations(
                en: "no clear difference", sv: "ingen säker skillnad", da: "ingen sikker forskel", nb: "ingen sikker forskjell",
                fi: "ei selvää eroa")
        case .smallSample:
            Translations(
                en: "Few visitors entered: read the shares with care.", sv: "Få besökare kom in: läs andelarna med försiktighet.",
                da: "Få besøgende kom ind: læs andelene med forsigtighed.",
                nb: "Få besøkende kom inn: les andelene med forsiktighet.",
                fi: "Aloittaneita on vähän: tulkitse osuuksia varoen.")
        case .onTheMap:
            Translations(
                en: "Digital funnel", sv: "Digital tratt", da: "Digital tragt", nb: "Digital trakt", fi: "Digitaalinen suppilo")
        case .continuedFrom:
            Translations(
                en: "{0}, {1}: {2} of {6} continued from “{3}” ({4}), {5} left",
                sv: "{0}, {1}: {2} av {6} gick vidare från ”{3}” ({4}), {5} lämnade",
                da: "{0}, {1}: {2} af {6} fortsatte fra »{3}« ({4}), {5} forlod",
                nb: "{0}, {1}: {2} av {6} gikk videre fra «{3}» ({4}), {5} forlot",
                fi: "{0}, {1}: {2}/{6} jatkoi vaiheesta ”{3}” ({4}), {5} poistui")
        case .largestDropOff:
            Translations(
                en: "largest drop-off", sv: "största avhoppet", da: "største frafald", nb: "største frafall",
                fi: "suurin poistuma")
        case .seeFunnel:
            Translations(en: "See the funnel", sv: "Se tratten", da: "Se tragten", nb: "Se trakten", fi: "Näytä suppilo")
        case .period:
            Translations(
                en: "Entered {0}–{1}", sv: "Kom in {0}–{1}", da: "Kom ind {0}–{1}", nb: "Kom inn {0}–{1}", fi: "Aloitettu {0}–{1}"
            )
        case .timeUnder: Translations(en: "under {0}", sv: "under {0}", da: "under {0}", nb: "under {0}", fi: "alle {0}")
        case .timeOver: Translations(en: "over {0}", sv: "över {0}", da: "over {0}", nb: "over {0}", fi: "yli {0}")
        case .noVisitors:
            Translations(
                en: "No visitor entered the funnel in this period.", sv: "Ingen besökare kom in i tratten under perioden.",
                da: "Ingen besøgende kom ind i tragten i perioden.", nb: "Ingen besøkende kom inn i trakten i perioden.",
                fi: "Kukaan kävijä ei aloittanut suppiloa tällä jaksolla.")
        case .minutes:
            Translations(en: "{0} minutes", sv: "{0} minuter", da: "{0} minutter", nb: "{0} minutter", fi: "{0} minuuttia")
        case .hours: Translations(en: "{0} h", sv: "{0} tim", da: "{0} t", nb: "{0} t", fi: "{0} h")
        case .days: Translations(en: "{0} days", sv: "{0} dagar", da: "{0} dage", nb: "{0} dager", fi: "{0} vrk")
        }
    }
}
