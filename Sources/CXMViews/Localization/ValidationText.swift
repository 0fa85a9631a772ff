/// Field and form error messages the server puts into `FormError`s.
public enum ValidationText: String, Localizable {
    case required, tooLong, invalidEmail, invalidChoice, alreadyInUse, invalidCredentials, formExpired

    /// The message in every language; `tooLong` takes the maximum length as `{0}`.
    public var translations: Translations {
        switch self {
        case .required:
            Translations(en: "Fill in this field.", sv: "Fyll i fältet.", da: "Udfyld feltet.", nb: "Fyll ut feltet.",
                         fi: "Täytä tämä kenttä.")
        case .tooLong:
            Translations(en: "Use at most {0} characters.", sv: "Använd högst {0} tecken.", da: "Brug højst {0} tegn.",
                         nb: "Bruk høyst {0} tegn.", fi: "Käytä enintään {0} merkkiä.")
        case .invalidEmail:
            Translations(en: "Enter a valid email address.", sv: "Ange en giltig e-postadress.", da: "Angiv en gyldig e-mailadresse.",
                         nb: "Skriv inn en gyldig e-postadresse.", fi: "Anna kelvollinen sähköpostiosoite.")
        case .invalidChoice:
            Translations(en: "Choose one of the options.", sv: "Välj ett av alternativen.", da: "Vælg en af mulighederne.",
                         nb: "Velg ett av alternativene.", fi: "Valitse jokin vaihtoehdoista.")
        case .alreadyInUse:
            Translations(en: "This is already in use.", sv: "Det här används redan.", da: "Det er allerede i brug.",
                         nb: "Dette er allerede i bruk.", fi: "Tämä on jo käytössä.")
        case .invalidCredentials:
            Translations(en: "The email address or password is wrong.", sv: "E-postadressen eller lösenordet är fel.",
                         da: "E-mailadressen eller adgangskoden er forkert.", nb: "E-postadressen eller passordet er feil.",
                         fi: "Sähköpostiosoite tai salasana on väärä.")
        case .formExpired:
            Translations(en: "The form has expired. Please try again.", sv: "Formuläret har gått ut. Försök igen.",
                         da: "Formularen er udløbet. Prøv igen.", nb: "Skjemaet er utløpt. Prøv igjen.",
                         fi: "Lomake on vanhentunut. Yritä uudelleen.")
        }
    }
}
