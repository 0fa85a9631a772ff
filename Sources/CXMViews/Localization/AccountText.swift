/// Messages of sign-in, user and API token administration and the audit log.
public enum AccountText: String, Localizable {
    case signIn, email, password, role, unit, lastLogin, never, createUser, noUsers, wholeOrganisation
    case apiTokens, createToken, created, lastUsed, noTokens, newSecretTitle, newSecretHint
    case time, actor, action, entityType, entityID, summary, noAuditEntries

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .signIn:
            Translations(en: "Sign in", sv: "Logga in", da: "Log ind", nb: "Logg inn", fi: "Kirjaudu sisään")
        case .email:
            Translations(en: "Email", sv: "E-post", da: "E-mail", nb: "E-post", fi: "Sähköposti")
        case .password:
            Translations(en: "Password", sv: "Lösenord", da: "Adgangskode", nb: "Passord", fi: "Salasana")
        case .role:
            Translations(en: "Role", sv: "Roll", da: "Rolle", nb: "Rolle", fi: "Rooli")
        case .unit:
            Translations(en: "Unit", sv: "Enhet", da: "Enhed", nb: "Enhet", fi: "Yksikkö")
        case .lastLogin:
            Translations(en: "Last sign-in", sv: "Senaste inloggning", da: "Seneste login", nb: "Siste innlogging",
                         fi: "Viimeisin kirjautuminen")
        case .never:
            Translations(en: "Never", sv: "Aldrig", da: "Aldrig", nb: "Aldri", fi: "Ei koskaan")
        case .createUser:
            Translations(en: "Create user", sv: "Skapa användare", da: "Opret bruger", nb: "Opprett bruker", fi: "Luo käyttäjä")
        case .noUsers:
            Translations(en: "No users yet.", sv: "Inga användare ännu.", da: "Ingen brugere endnu.", nb: "Ingen brukere ennå.",
                         fi: "Käyttäjiä ei ole vielä.")
        case .wholeOrganisation:
            Translations(en: "No unit (whole organisation)", sv: "Ingen enhet (hela organisationen)",
                         da: "Ingen enhed (hele organisationen)", nb: "Ingen enhet (hele organisasjonen)",
                         fi: "Ei yksikköä (koko organisaatio)")
        case .apiTokens:
            Translations(en: "API tokens", sv: "API-nycklar", da: "API-nøgler", nb: "API-nøkler", fi: "API-avaimet")
        case .createToken:
            Translations(en: "Create token", sv: "Skapa nyckel", da: "Opret nøgle", nb: "Opprett nøkkel", fi: "Luo avain")
        case .created:
            Translations(en: "Created", sv: "Skapad", da: "Oprettet", nb: "Opprettet", fi: "Luotu")
        case .lastUsed:
            Translations(en: "Last used", sv: "Senast använd", da: "Sidst brugt", nb: "Sist brukt", fi: "Viimeksi käytetty")
        case .noTokens:
            Translations(en: "No API tokens yet.", sv: "Inga API-nycklar ännu.", da: "Ingen API-nøgler endnu.",
                         nb: "Ingen API-nøkler ennå.", fi: "API-avaimia ei ole vielä.")
        case .newSecretTitle:
            Translations(en: "Copy this secret now", sv: "Kopiera hemligheten nu", da: "Kopiér hemmeligheden nu",
                         nb: "Kopier hemmeligheten nå", fi: "Kopioi salaisuus nyt")
        case .newSecretHint:
            Translations(en: "It is shown only once and cannot be retrieved later.",
                         sv: "Den visas bara en gång och kan inte hämtas senare.",
                         da: "Den vises kun én gang og kan ikke hentes senere.",
                         nb: "Den vises bare én gang og kan ikke hentes senere.",
                         fi: "Se näytetään vain kerran, eikä sitä voi hakea myöhemmin.")
        case .time:
            Translations(en: "Time", sv: "Tid", da: "Tidspunkt", nb: "Tidspunkt", fi: "Aika")
        case .actor:
            Translations(en: "Performed by", sv: "Utförd av", da: "Udført af", nb: "Utført av", fi: "Tekijä")
        case .action:
            Translations(en: "Action", sv: "Händelse", da: "Handling", nb: "Handling", fi: "Toiminto")
        case .entityType:
            Translations(en: "Object type", sv: "Objekttyp", da: "Objekttype", nb: "Objekttype", fi: "Kohteen tyyppi")
        case .entityID:
            Translations(en: "Object ID", sv: "Objekt-id", da: "Objekt-id", nb: "Objekt-ID", fi: "Kohteen tunniste")
        case .summary:
            Translations(en: "Summary", sv: "Sammanfattning", da: "Resumé", nb: "Sammendrag", fi: "Yhteenveto")
        case .noAuditEntries:
            Translations(en: "No audit entries yet.", sv: "Inga loggposter ännu.", da: "Ingen logposter endnu.",
                         nb: "Ingen loggoppføringer ennå.", fi: "Lokimerkintöjä ei ole vielä.")
        }
    }
}
