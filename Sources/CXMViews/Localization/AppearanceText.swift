/// Messages of the survey appearance page (logo and colours).
public enum AppearanceText: String, Localizable {
    case title, intro, current, noLogo, sampleLink, sampleButton
    case accentColour, accentHint, backgroundColour, backgroundHint, logo, logoHint, removeLogo, settingsLink
    case invalidColour, accentOnWhite, accentOnBackground, focusOnBackground
    case logoTooLarge, logoUnknownFormat

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .title:
            Translations(
                en: "Survey appearance", sv: "Enkäternas utseende", da: "Spørgeskemaernes udseende",
                nb: "Undersøkelsenes utseende", fi: "Kyselyjen ulkoasu")
        case .intro:
            Translations(
                en: "The logo and colours customers see on survey pages, in invitation mails and in the website widget. "
                    + "The colours must keep text readable (WCAG 2.1 AA); when one does not, cxm suggests the nearest shade that does.",
                sv: "Logotypen och färgerna som kunderna ser på enkätsidorna, i inbjudningsmejlen och i webbplatswidgeten. "
                    + "Färgerna måste hålla texten läsbar (WCAG 2.1 AA); när en färg inte gör det föreslår cxm den närmaste nyans som gör det.",
                da: "Logoet og farverne, som kunderne ser på spørgeskemasiderne, i invitationsmails og i hjemmesidewidgetten. "
                    + "Farverne skal holde teksten læsbar (WCAG 2.1 AA); når en farve ikke gør det, foreslår cxm den nærmeste nuance, der gør.",
                nb: "Logoen og fargene kundene ser på undersøkelsessidene, i invitasjonse-postene og i nettstedwidgeten. "
                    + "Fargene må holde teksten lesbar (WCAG 2.1 AA); når en farge ikke gjør det, foreslår cxm den nærmeste nyansen som gjør det.",
                fi: "Logo ja värit, jotka asiakkaat näkevät kyselysivuilla, kutsusähköposteissa ja verkkosivuston widgetissä. "
                    + "Värien on pidettävä teksti luettavana (WCAG 2.1 AA); jos väri ei täytä vaatimusta, cxm ehdottaa lähintä sävyä, joka täyttää sen."
            )
        case .current:
            Translations(
                en: "As customers see it now", sv: "Så ser kunderna det nu", da: "Sådan ser kunderne det nu",
                nb: "Slik ser kundene det nå", fi: "Näin asiakkaat näkevät sen nyt")
        case .noLogo:
            Translations(
                en: "No logo: the pages show none.", sv: "Ingen logotyp: sidorna visar ingen.",
                da: "Intet logo: siderne viser intet.", nb: "Ingen logo: sidene viser ingen.",
                fi: "Ei logoa: sivuilla ei näytetä logoa.")
        case .sampleLink:
            Translations(en: "A link", sv: "En länk", da: "Et link", nb: "En lenke", fi: "Linkki")
        case .sampleButton:
            Translations(en: "Send", sv: "Skicka", da: "Send", nb: "Send", fi: "Lähetä")
        case .accentColour:
            Translations(en: "Accent colour", sv: "Accentfärg", da: "Accentfarve", nb: "Aksentfarge", fi: "Korostusväri")
        case .accentHint:
            Translations(
                en:
                    "Buttons, chosen answers and links, written as #rrggbb (for example #123a5e). White text must be readable on it. Empty: cxm's own dark blue.",
                sv:
                    "Knappar, valda svar och länkar, skrivs som #rrggbb (till exempel #123a5e). Vit text måste gå att läsa på den. Tom: cxm:s egen mörkblå.",
                da:
                    "Knapper, valgte svar og links, skrives som #rrggbb (for eksempel #123a5e). Hvid tekst skal kunne læses på den. Tom: cxm's egen mørkeblå.",
                nb:
                    "Knapper, valgte svar og lenker, skrives som #rrggbb (for eksempel #123a5e). Hvit tekst må kunne leses på den. Tom: cxms egen mørkeblå.",
                fi:
                    "Painikkeet, valitut vastaukset ja linkit muodossa #rrggbb (esimerkiksi #123a5e). Valkoisen tekstin on oltava luettavaa sen päällä. Tyhjä: cxm:n oma tummansininen."
            )
        case .backgroundColour:
            Translations(
                en: "Background colour", sv: "Bakgrundsfärg", da: "Baggrundsfarve", nb: "Bakgrunnsfarge", fi: "Taustaväri")
        case .backgroundHint:
            Translations(
                en: "Around the survey on wide screens and behind the language links, as #rrggbb. Empty: cxm's light grey.",
                sv: "Runt enkäten på breda skärmar och bakom språklänkarna, som #rrggbb. Tom: cxm:s ljusgrå.",
                da: "Omkring spørgeskemaet på brede skærme og bag sproglinkene, som #rrggbb. Tom: cxm's lysegrå.",
                nb: "Rundt undersøkelsen på brede skjermer og bak språklenkene, som #rrggbb. Tom: cxms lysegrå.",
                fi: "Kyselyn ympärillä leveillä näytöillä ja kielilinkkien takana, muodossa #rrggbb. Tyhjä: cxm:n vaaleanharmaa.")
        case .logo:
            Translations(en: "Logo", sv: "Logotyp", da: "Logo", nb: "Logo", fi: "Logo")
        case .logoHint:
            Translations(
                en: "PNG, JPEG or WebP, at most 200 KB; shown up to 48 pixels high. Choose no file to keep the current logo.",
                sv:
                    "PNG, JPEG eller WebP, högst 200 kB; visas upp till 48 pixlar hög. Välj ingen fil för att behålla den nuvarande logotypen.",
                da:
                    "PNG, JPEG eller WebP, højst 200 kB; vises op til 48 pixel høj. Vælg ingen fil for at beholde det nuværende logo.",
                nb:
                    "PNG, JPEG eller WebP, høyst 200 kB; vises opptil 48 piksler høy. Velg ingen fil for å beholde den nåværende logoen.",
                fi:
                    "PNG, JPEG tai WebP, enintään 200 kt; näytetään enintään 48 pikselin korkuisena. Älä valitse tiedostoa, jos haluat säilyttää nykyisen logon."
            )
        case .removeLogo:
            Translations(
                en: "Remove the logo", sv: "Ta bort logotypen", da: "Fjern logoet", nb: "Fjern logoen", fi: "Poista logo")
        case .settingsLink:
            Translations(
                en: "Survey appearance: logo and colours", sv: "Enkäternas utseende: logotyp och färger",
                da: "Spørgeskemaernes udseende: logo og farver", nb: "Undersøkelsenes utseende: logo og farger",
                fi: "Kyselyjen ulkoasu: logo ja värit")
        case .invalidColour:
            Translations(
                en: "Write the colour as # and six hexadecimal digits, for example #123a5e, or leave it empty.",
                sv: "Skriv färgen som # och sex hexadecimala siffror, till exempel #123a5e, eller lämna fältet tomt.",
                da: "Skriv farven som # og seks hexadecimale cifre, for eksempel #123a5e, eller lad feltet være tomt.",
                nb: "Skriv fargen som # og seks heksadesimale sifre, for eksempel #123a5e, eller la feltet stå tomt.",
                fi: "Kirjoita väri muodossa # ja kuusi heksadesimaalinumeroa, esimerkiksi #123a5e, tai jätä kenttä tyhjäksi.")
        case .accentOnWhite:
            Translations(
                en: "White text on {0} has a contrast of {1}; at least {2} is needed. A darker shade such as {3} is readable.",
                sv: "Vit text på {0} har kontrasten {1}; minst {2} behövs. En mörkare nyans som {3} går att läsa.",
                da: "Hvid tekst på {0} har kontrasten {1}; mindst {2} er nødvendig. En mørkere nuance som {3} kan læses.",
                nb: "Hvit tekst på {0} har kontrasten {1}; minst {2} trengs. En mørkere nyanse som {3} er lesbar.",
                fi:
                    "Valkoisen tekstin kontrasti värillä {0} on {1}; vähintään {2} tarvitaan. Tummempi sävy, kuten {3}, on luettava."
            )
        case .accentOnBackground:
            Translations(
                en:
                    "Links in the accent colour on {0} have a contrast of {1}; at least {2} is needed. A lighter background such as {3} is readable.",
                sv:
                    "Länkar i accentfärgen på {0} har kontrasten {1}; minst {2} behövs. En ljusare bakgrund som {3} går att läsa.",
                da:
                    "Links i accentfarven på {0} har kontrasten {1}; mindst {2} er nødvendig. En lysere baggrund som {3} kan læses.",
                nb: "Lenker i aksentfargen på {0} har kontrasten {1}; minst {2} trengs. En lysere bakgrunn som {3} er lesbar.",
                fi:
                    "Korostusväristen linkkien kontrasti taustalla {0} on {1}; vähintään {2} tarvitaan. Vaaleampi tausta, kuten {3}, on luettava."
            )
        case .focusOnBackground:
            Translations(
                en:
                    "The keyboard focus ring on {0} has a contrast of {1}; at least {2} is needed. A lighter background such as {3} works.",
                sv: "Tangentbordsfokusets ram på {0} har kontrasten {1}; minst {2} behövs. En ljusare bakgrund som {3} fungerar.",
                da: "Tastaturfokusrammen på {0} har kontrasten {1}; mindst {2} er nødvendig. En lysere baggrund som {3} virker.",
                nb: "Tastaturfokusrammen på {0} har kontrasten {1}; minst {2} trengs. En lysere bakgrunn som {3} fungerer.",
                fi:
                    "Näppäimistön kohdistuskehyksen kontrasti taustalla {0} on {1}; vähintään {2} tarvitaan. Vaaleampi tausta, kuten {3}, toimii."
            )
        case .logoTooLarge:
            Translations(
                en: "The file is {0} KB; the limit is {1} KB. Scale the logo down to about 400 pixels wide and save it again.",
                sv: "Filen är {0} kB; gränsen är {1} kB. Skala ned logotypen till ungefär 400 pixlar bred och spara den igen.",
                da: "Filen er {0} kB; grænsen er {1} kB. Skalér logoet ned til omkring 400 pixel bredt, og gem det igen.",
                nb: "Filen er {0} kB; grensen er {1} kB. Skaler logoen ned til omtrent 400 piksler bred og lagre den igjen.",
                fi: "Tiedosto on {0} kt; raja on {1} kt. Pienennä logo noin 400 pikselin levyiseksi ja tallenna se uudelleen.")
        case .logoUnknownFormat:
            Translations(
                en: "The file is not a PNG, JPEG or WebP image. Export the logo in one of those formats (SVG is not accepted).",
                sv: "Filen är inte en PNG-, JPEG- eller WebP-bild. Exportera logotypen i något av de formaten (SVG godtas inte).",
                da:
                    "Filen er ikke et PNG-, JPEG- eller WebP-billede. Eksportér logoet i et af de formater (SVG accepteres ikke).",
                nb: "Filen er ikke et PNG-, JPEG- eller WebP-bilde. Eksporter logoen i et av de formatene (SVG godtas ikke).",
                fi: "Tiedosto ei ole PNG-, JPEG- tai WebP-kuva. Vie logo jossakin näistä muodoista (SVG:tä ei hyväksytä).")
        }
    }
}
