/// Messages of the public complaint form.
public enum ComplaintText: String, Localizable {
    case title, intro, what, whereItHappened, whichStore, notSure, name, email
    case phone, contactHint, consent, send, thanksTitle, thanksReference, thanksContact, thanksNoContact
    case textRequired, textTooLong, contactRequired, emailInvalid, phoneInvalid

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .title:
            Translations(
                en: "Tell us what went wrong", sv: "Berätta vad som gick fel", da: "Fortæl os, hvad der gik galt",
                nb: "Fortell oss hva som gikk galt", fi: "Kerro, mikä meni vikaan")
        case .intro:
            Translations(
                en: "We read every complaint, and we get back to you if you want us to.",
                sv: "Vi läser varje klagomål och hör av oss om du vill det.",
                da: "Vi læser hver klage og vender tilbage, hvis du ønsker det.",
                nb: "Vi leser hver klage og tar kontakt hvis du ønsker det.",
                fi: "Luemme jokaisen valituksen ja otamme yhteyttä, jos haluat.")
        case .what:
            Translations(en: "What happened?", sv: "Vad hände?", da: "Hvad skete der?", nb: "Hva skjedde?", fi: "Mitä tapahtui?")
        case .whereItHappened:
            Translations(
                en: "Where did it happen?", sv: "Var hände det?", da: "Hvor skete det?", nb: "Hvor skjedde det?",
                fi: "Missä se tapahtui?")
        case .whichStore:
            Translations(
                en: "Which store?", sv: "Vilken butik?", da: "Hvilken butik?", nb: "Hvilken butikk?", fi: "Mikä myymälä?")
        case .notSure:
            Translations(
                en: "Not sure, or somewhere else", sv: "Vet inte, eller någon annanstans", da: "Ved ikke, eller et andet sted",
                nb: "Vet ikke, eller et annet sted", fi: "En tiedä, tai muualla")
        case .name:
            Translations(en: "Your name", sv: "Ditt namn", da: "Dit navn", nb: "Ditt navn", fi: "Nimesi")
        case .email:
            Translations(en: "E-mail", sv: "E-post", da: "E-mail", nb: "E-post", fi: "Sähköposti")
        case .phone:
            Translations(en: "Phone", sv: "Telefon", da: "Telefon", nb: "Telefon", fi: "Puhelin")
        case .contactHint:
            Translations(
                en: "Optional. Give an e-mail address or a phone number if you want an answer.",
                sv: "Frivilligt. Ange e-post eller telefonnummer om du vill ha svar.",
                da: "Frivilligt. Angiv e-mail eller telefonnummer, hvis du ønsker svar.",
                nb: "Frivillig. Oppgi e-post eller telefonnummer hvis du vil ha svar.",
                fi: "Vapaaehtoinen. Anna sähköposti tai puhelinnumero, jos haluat vastauksen.")
        case .consent:
            Translations(
                en:
                    "You may contact me about this complaint. What I write and my contact details are kept only while it is handled.",
                sv:
                    "Ni får kontakta mig om det här klagomålet. Det jag skriver och mina kontaktuppgifter sparas bara medan det hanteras.",
                da:
                    "I må kontakte mig om denne klage. Det, jeg skriver, og mine kontaktoplysninger gemmes kun, mens den behandles.",
                nb:
                    "Dere kan kontakte meg om denne klagen. Det jeg skriver og kontaktinformasjonen min lagres bare mens den behandles.",
                fi:
                    "Saatte ottaa minuun yhteyttä tästä valituksesta. Kirjoittamani ja yhteystietoni säilytetään vain käsittelyn ajan."
            )
        case .send:
            Translations(
                en: "Send the complaint", sv: "Skicka klagomålet", da: "Send klagen", nb: "Send klagen", fi: "Lähetä valitus")
        case .thanksTitle:
            Translations(
                en: "Thank you for telling us", sv: "Tack för att du berättade", da: "Tak, fordi du fortalte os det",
                nb: "Takk for at du sa ifra", fi: "Kiitos, että kerroit")
        case .thanksReference:
            Translations(
                en: "We have received your complaint. Its reference is {0}.",
                sv: "Vi har tagit emot ditt klagomål. Dess referens är {0}.", da: "Vi har modtaget din klage. Referencen er {0}.",
                nb: "Vi har mottatt klagen din. Referansen er {0}.", fi: "Olemme vastaanottaneet valituksesi. Viite on {0}.")
        case .thanksContact:
            Translations(
                en: "We will get back to you within one working day.", sv: "Vi hör av oss inom en arbetsdag.",
                da: "Vi vender tilbage inden for én arbejdsdag.", nb: "Vi tar kontakt innen én arbeidsdag.",
                fi: "Otamme yhteyttä yhden työpäivän kuluessa.")
        case .thanksNoContact:
            Translations(
                en: "You left no way to reach you, so we cannot reply; we read it all the same.",
                sv: "Du lämnade inga kontaktuppgifter, så vi kan inte svara, men vi läser det ändå.",
                da: "Du efterlod ingen kontaktoplysninger, så vi kan ikke svare, men vi læser den alligevel.",
                nb: "Du oppga ingen kontaktinformasjon, så vi kan ikke svare, men vi leser den likevel.",
                fi: "Et jättänyt yhteystietoja, joten emme voi vastata, mutta luemme sen silti.")
        case .textRequired:
            Translations(
                en: "Say what happened.", sv: "Berätta vad som hände.", da: "Fortæl, hvad der skete.",
                nb: "Fortell hva som skjedde.", fi: "Kerro, mitä tapahtui.")
        case .textTooLong:
            Translations(
                en: "Keep it to {0} characters.", sv: "Håll dig till högst {0} tecken.", da: "Hold dig til højst {0} tegn.",
                nb: "Hold deg til høyst {0} tegn.", fi: "Enintään {0} merkkiä.")
        case .contactRequired:
            Translations(
                en: "To be contacted, give an e-mail address or a phone number.",
                sv: "Ange e-post eller telefonnummer för att bli kontaktad.",
                da: "Angiv e-mail eller telefonnummer for at blive kontaktet.",
                nb: "Oppgi e-post eller telefonnummer for å bli kontaktet.",
                fi: "Anna sähköposti tai puhelinnumero, jotta voimme ottaa yhteyttä.")
        case .emailInvalid:
            Translations(
                en: "This is not an e-mail address.", sv: "Det här är inte en e-postadress.",
                da: "Dette er ikke en e-mailadresse.", nb: "Dette er ikke en e-postadresse.", fi: "Tämä ei ole sähköpostiosoite.")
        case .phoneInvalid:
            Translations(
                en: "Give the number with its area or country code.", sv: "Ange numret med riktnummer eller landsnummer.",
                da: "Angiv nummeret med landekode.", nb: "Oppgi nummeret med landskode.",
                fi: "Anna numero suunta- tai maatunnuksen kanssa.")
        }
    }
}
