/// Messages of the password reset by e-mail: the pages and the e-mail itself.
public enum PasswordResetText: String, Localizable {
    case forgotLink, forgotTitle, forgotIntro, sendLink, linkSent, notConfigured
    case resetTitle, resetIntro, newPassword, newPasswordHint, repeatPassword, setPassword
    case mismatch, tooShort, tooLong, linkInvalid, requestNewLink
    case mailSubject, mailBody

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .forgotLink:
            Translations(
                en: "Forgot your password?", sv: "Glömt lösenordet?", da: "Glemt adgangskoden?", nb: "Glemt passordet?",
                fi: "Unohditko salasanan?")
        case .forgotTitle:
            Translations(
                en: "Reset your password", sv: "Återställ lösenordet", da: "Nulstil adgangskoden", nb: "Tilbakestill passordet",
                fi: "Vaihda salasana")
        case .forgotIntro:
            Translations(
                en:
                    "Enter the e-mail address you sign in with. If it belongs to an account, we send a link that sets a new password.",
                sv:
                    "Ange e-postadressen du loggar in med. Om den hör till ett konto skickar vi en länk där du väljer ett nytt lösenord.",
                da:
                    "Angiv den e-mailadresse, du logger ind med. Hvis den hører til en konto, sender vi et link, hvor du vælger en ny adgangskode.",
                nb:
                    "Skriv inn e-postadressen du logger inn med. Hvis den hører til en konto, sender vi en lenke der du velger et nytt passord.",
                fi:
                    "Anna sähköpostiosoite, jolla kirjaudut. Jos se kuuluu tilille, lähetämme linkin, jolla voit asettaa uuden salasanan."
            )
        case .sendLink:
            Translations(
                en: "Send the link", sv: "Skicka länken", da: "Send linket", nb: "Send lenken", fi: "Lähetä linkki")
        case .linkSent:
            Translations(
                en: "If an account uses that address, a link is on its way. It works once, within an hour.",
                sv: "Om ett konto använder den adressen är en länk på väg. Den fungerar en gång, inom en timme.",
                da: "Hvis en konto bruger den adresse, er et link på vej. Det virker én gang, inden for en time.",
                nb: "Hvis en konto bruker den adressen, er en lenke på vei. Den virker én gang, innen en time.",
                fi: "Jos osoite kuuluu tilille, linkki on matkalla. Se toimii kerran tunnin sisällä.")
        case .notConfigured:
            Translations(
                en: "This server does not send e-mail. Ask an administrator to set a new password for you.",
                sv: "Den här servern skickar inte e-post. Be en administratör att ge dig ett nytt lösenord.",
                da: "Denne server sender ikke e-mail. Bed en administrator om at give dig en ny adgangskode.",
                nb: "Denne serveren sender ikke e-post. Be en administrator om å gi deg et nytt passord.",
                fi: "Tämä palvelin ei lähetä sähköpostia. Pyydä ylläpitäjää asettamaan sinulle uusi salasana.")
        case .resetTitle:
            Translations(
                en: "Choose a new password", sv: "Välj ett nytt lösenord", da: "Vælg en ny adgangskode",
                nb: "Velg et nytt passord",
                fi: "Valitse uusi salasana")
        case .resetIntro:
            Translations(
                en: "For {0}. Signing in elsewhere ends once the new password is set.",
                sv: "För {0}. Inloggningar på andra ställen avslutas när det nya lösenordet är satt.",
                da: "For {0}. Logins andre steder afsluttes, når den nye adgangskode er sat.",
                nb: "For {0}. Innlogginger andre steder avsluttes når det nye passordet er satt.",
                fi: "Tilille {0}. Muut kirjautumiset päättyvät, kun uusi salasana on asetettu.")
        case .newPassword:
            Translations(en: "New password", sv: "Nytt lösenord", da: "Ny adgangskode", nb: "Nytt passord", fi: "Uusi salasana")
        case .newPasswordHint:
            Translations(
                en: "At least 12 characters. A few unrelated words make a strong one.",
                sv: "Minst 12 tecken. Några ord utan samband blir ett starkt lösenord.",
                da: "Mindst 12 tegn. Nogle ord uden sammenhæng giver en stærk adgangskode.",
                nb: "Minst 12 tegn. Noen ord uten sammenheng gir et sterkt passord.",
                fi: "Vähintään 12 merkkiä. Muutama toisiinsa liittymätön sana on vahva salasana.")
        case .repeatPassword:
            Translations(
                en: "Repeat the new password", sv: "Upprepa det nya lösenordet", da: "Gentag den nye adgangskode",
                nb: "Gjenta det nye passordet", fi: "Toista uusi salasana")
        case .setPassword:
            Translations(
                en: "Set the password", sv: "Spara lösenordet", da: "Gem adgangskoden", nb: "Lagre passordet",
                fi: "Tallenna salasana")
        case .mismatch:
            Translations(
                en: "The two passwords differ; type the same password twice.",
                sv: "Lösenorden skiljer sig åt; skriv samma lösenord två gånger.",
                da: "De to adgangskoder er forskellige; skriv den samme adgangskode to gange.",
                nb: "De to passordene er ulike; skriv det samme passordet to ganger.",
                fi: "Salasanat eroavat toisistaan; kirjoita sama salasana kahdesti.")
        case .tooShort:
            Translations(
                en: "Use at least 12 characters.", sv: "Använd minst 12 tecken.", da: "Brug mindst 12 tegn.",
                nb: "Bruk minst 12 tegn.", fi: "Käytä vähintään 12 merkkiä.")
        case .tooLong:
            Translations(
                en: "Use at most 72 bytes (about 72 letters without accents).",
                sv: "Använd högst 72 byte (ungefär 72 bokstäver utan accenter).",
                da: "Brug højst 72 byte (omtrent 72 bogstaver uden accenter).",
                nb: "Bruk høyst 72 byte (omtrent 72 bokstaver uten aksenter).",
                fi: "Käytä enintään 72 tavua (noin 72 kirjainta ilman tarkkeita).")
        case .linkInvalid:
            Translations(
                en: "This link has expired or has been used already.",
                sv: "Länken har gått ut eller har redan använts.",
                da: "Linket er udløbet eller er allerede brugt.",
                nb: "Lenken er utløpt eller er allerede brukt.",
                fi: "Linkki on vanhentunut tai jo käytetty.")
        case .requestNewLink:
            Translations(
                en: "Ask for a new link", sv: "Be om en ny länk", da: "Bed om et nyt link", nb: "Be om en ny lenke",
                fi: "Pyydä uusi linkki")
        case .mailSubject:
            Translations(
                en: "Set a new cxm password", sv: "Välj ett nytt lösenord i cxm", da: "Vælg en ny adgangskode til cxm",
                nb: "Velg et nytt passord i cxm", fi: "Aseta uusi cxm-salasana")
        case .mailBody:
            Translations(
                en:
                    "Someone, hopefully you, asked to reset the cxm password of {0}.\n\nOpen this link within an hour to choose a new password; it works once:\n\n{1}\n\nIf you did not ask for this, ignore this message: your password stays as it is.",
                sv:
                    "Någon, förhoppningsvis du, har bett om att återställa cxm-lösenordet för {0}.\n\nÖppna länken inom en timme för att välja ett nytt lösenord; den fungerar en gång:\n\n{1}\n\nOm du inte har bett om detta kan du bortse från meddelandet: lösenordet förblir som det är.",
                da:
                    "Nogen, forhåbentlig dig, har bedt om at nulstille cxm-adgangskoden til {0}.\n\nÅbn linket inden for en time for at vælge en ny adgangskode; det virker én gang:\n\n{1}\n\nHvis du ikke har bedt om dette, kan du se bort fra beskeden: adgangskoden forbliver som den er.",
                nb:
                    "Noen, forhåpentligvis du, har bedt om å tilbakestille cxm-passordet for {0}.\n\nÅpne lenken innen en time for å velge et nytt passord; den virker én gang:\n\n{1}\n\nHvis du ikke har bedt om dette, kan du se bort fra meldingen: passordet forblir som det er.",
                fi:
                    "Joku, toivottavasti sinä, pyysi vaihtamaan tilin {0} cxm-salasanan.\n\nAvaa tämä linkki tunnin sisällä valitaksesi uuden salasanan; se toimii kerran:\n\n{1}\n\nJos et pyytänyt tätä, voit jättää viestin huomiotta: salasanasi pysyy ennallaan."
            )
        }
    }
}
