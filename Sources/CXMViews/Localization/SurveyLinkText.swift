/// Messages of the survey links section: public and kiosk links, their QR codes, opening and closing them.
public enum SurveyLinkText: String, Localizable {
    case links, linksHint, noLinks, kind, kindPublic, kindKiosk, label, labelHint, unit, touchpointOwner
    case address, status, open, closed, createLink, close, reopen, qrCode

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .links: Translations(en: "Links", sv: "Länkar", da: "Links", nb: "Lenker", fi: "Linkit")
        case .linksHint:
            Translations(
                en:
                    "Share a public link (web, receipts, social media) or put a kiosk link on a tablet or a QR code in a store. Answers through them are anonymous.",
                sv:
                    "Dela en publik länk (webb, kvitton, sociala medier) eller lägg en kiosklänk på en surfplatta eller som QR-kod i en butik. Svar via länkarna är anonyma.",
                da:
                    "Del et offentligt link (web, kvitteringer, sociale medier), eller læg et kiosklink på en tablet eller som QR-kode i en butik. Svar via linkene er anonyme.",
                nb:
                    "Del en offentlig lenke (nett, kvitteringer, sosiale medier), eller legg en kiosklenke på et nettbrett eller som QR-kode i en butikk. Svar via lenkene er anonyme.",
                fi:
                    "Jaa julkinen linkki (verkko, kuitit, some) tai laita kioskilinkki tabletille tai QR-koodiksi myymälään. Linkkien kautta annetut vastaukset ovat nimettömiä."
            )
        case .noLinks:
            Translations(
                en: "The survey has no links yet.", sv: "Enkäten har inga länkar ännu.",
                da: "Spørgeskemaet har ingen links endnu.",
                nb: "Undersøkelsen har ingen lenker ennå.", fi: "Kyselyllä ei ole vielä linkkejä.")
        case .kind: Translations(en: "Kind", sv: "Typ", da: "Type", nb: "Type", fi: "Tyyppi")
        case .kindPublic:
            Translations(
                en: "Public link", sv: "Publik länk", da: "Offentligt link", nb: "Offentlig lenke", fi: "Julkinen linkki")
        case .kindKiosk:
            Translations(
                en: "Kiosk (starts over after each answer)", sv: "Kiosk (börjar om efter varje svar)",
                da: "Kiosk (starter forfra efter hvert svar)", nb: "Kiosk (starter på nytt etter hvert svar)",
                fi: "Kioski (alkaa alusta jokaisen vastauksen jälkeen)")
        case .label:
            Translations(
                en: "What it is for", sv: "Vad den är till för", da: "Hvad det er til", nb: "Hva den er til",
                fi: "Käyttötarkoitus")
        case .labelHint:
            Translations(
                en: "For example: Receipt QR, Södermalm store", sv: "Till exempel: Kvitto-QR, butiken på Södermalm",
                da: "For eksempel: Kvitterings-QR, butikken på Nørrebro",
                nb: "For eksempel: Kvitterings-QR, butikken på Grünerløkka",
                fi: "Esimerkiksi: Kuitin QR, Kampin myymälä")
        case .unit: Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .touchpointOwner:
            Translations(
                en: "The touchpoint's owner", sv: "Kontaktpunktens ägare", da: "Kontaktpunktets ejer", nb: "Kontaktpunktets eier",
                fi: "Kohtaamispisteen omistaja")
        case .address: Translations(en: "Address", sv: "Adress", da: "Adresse", nb: "Adresse", fi: "Osoite")
        case .status: Translations(en: "Status", sv: "Status", da: "Status", nb: "Status", fi: "Tila")
        case .open: Translations(en: "Open", sv: "Öppen", da: "Åben", nb: "Åpen", fi: "Avoin")
        case .closed: Translations(en: "Closed", sv: "Stängd", da: "Lukket", nb: "Stengt", fi: "Suljettu")
        case .createLink:
            Translations(en: "Create link", sv: "Skapa länk", da: "Opret link", nb: "Opprett lenke", fi: "Luo linkki")
        case .close: Translations(en: "Close", sv: "Stäng", da: "Luk", nb: "Steng", fi: "Sulje")
        case .reopen: Translations(en: "Reopen", sv: "Öppna igen", da: "Åbn igen", nb: "Åpne igjen", fi: "Avaa uudelleen")
        case .qrCode: Translations(en: "QR code", sv: "QR-kod", da: "QR-kode", nb: "QR-kode", fi: "QR-koodi")
        }
    }
}
