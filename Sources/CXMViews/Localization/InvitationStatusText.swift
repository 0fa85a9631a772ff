import CXMCore

/// Invitation statuses and the reasons invitations were not sent, for the survey page.
public enum InvitationStatusText: String, Localizable {
    case invitations, invitationsHint, noInvitations, requested, suppressedCount, sentCount, openedCount, respondedCount
    case bouncedCount, expiredCount, responseRate, whyNotSent, recent, status, reasonColumn, when, customer
    case scheduled, suppressed, sent, opened, responded, bounced, expired
    case noConsent, optedOut, noAddress, quarantine, cooldown, recontact, notSampled, caseReopened

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .invitations:
            Translations(en: "Invitations", sv: "Inbjudningar", da: "Invitationer", nb: "Invitasjoner", fi: "Kutsut")
        case .invitationsHint:
            Translations(
                en:
                    "Invitations by e-mail after interactions, by touchpoint. The response rate counts answers among delivered invitations, with its 95 % interval.",
                sv:
                    "Inbjudningar via e-post efter kontakter, per kontaktpunkt. Svarsfrekvensen räknar svar bland levererade inbjudningar, med 95 %-intervall.",
                da:
                    "Invitationer på e-mail efter kontakter, pr. kontaktpunkt. Svarprocenten tæller svar blandt leverede invitationer, med 95 %-interval.",
                nb:
                    "Invitasjoner på e-post etter kontakter, per kontaktpunkt. Svarprosenten teller svar blant leverte invitasjoner, med 95 %-intervall.",
                fi:
                    "Sähköpostikutsut asioinnin jälkeen kohtaamispisteittäin. Vastausprosentti lasketaan perille menneistä kutsuista, 95 %:n luottamusvälein."
            )
        case .noInvitations:
            Translations(
                en: "No invitations yet.", sv: "Inga inbjudningar ännu.", da: "Ingen invitationer endnu.",
                nb: "Ingen invitasjoner ennå.",
                fi: "Ei vielä kutsuja.")
        case .requested: Translations(en: "Requested", sv: "Begärda", da: "Anmodet", nb: "Forespurt", fi: "Pyydetty")
        case .suppressedCount:
            Translations(en: "Not sent", sv: "Ej skickade", da: "Ikke sendt", nb: "Ikke sendt", fi: "Ei lähetetty")
        case .sentCount: Translations(en: "Sent", sv: "Skickade", da: "Sendt", nb: "Sendt", fi: "Lähetetty")
        case .openedCount: Translations(en: "Opened", sv: "Öppnade", da: "Åbnet", nb: "Åpnet", fi: "Avattu")
        case .respondedCount: Translations(en: "Answered", sv: "Besvarade", da: "Besvaret", nb: "Besvart", fi: "Vastattu")
        case .bouncedCount: Translations(en: "Bounced", sv: "Studsade", da: "Afvist", nb: "Avvist", fi: "Palautui")
        case .expiredCount: Translations(en: "Expired", sv: "Utgångna", da: "Udløbet", nb: "Utløpt", fi: "Vanhentunut")
        case .responseRate:
            Translations(en: "Response rate", sv: "Svarsfrekvens", da: "Svarprocent", nb: "Svarprosent", fi: "Vastausprosentti")
        case .whyNotSent:
            Translations(
                en: "Why not sent", sv: "Varför inte skickade", da: "Hvorfor ikke sendt", nb: "Hvorfor ikke sendt",
                fi: "Miksi ei lähetetty")
        case .recent:
            Translations(
                en: "Latest invitations", sv: "Senaste inbjudningarna", da: "Seneste invitationer", nb: "Siste invitasjoner",
                fi: "Viimeisimmät kutsut")
        case .status: Translations(en: "Status", sv: "Status", da: "Status", nb: "Status", fi: "Tila")
        case .reasonColumn: Translations(en: "Reason", sv: "Skäl", da: "Årsag", nb: "Årsak", fi: "Syy")
        case .when: Translations(en: "Send time", sv: "Utskickstid", da: "Afsendelsestid", nb: "Sendetid", fi: "Lähetysaika")
        case .customer: Translations(en: "Customer", sv: "Kund", da: "Kunde", nb: "Kunde", fi: "Asiakas")
        case .scheduled: Translations(en: "Scheduled", sv: "Planerad", da: "Planlagt", nb: "Planlagt", fi: "Ajastettu")
        case .suppressed: Translations(en: "Not sent", sv: "Ej skickad", da: "Ikke sendt", nb: "Ikke sendt", fi: "Ei lähetetty")
        case .sent: Translations(en: "Sent", sv: "Skickad", da: "Sendt", nb: "Sendt", fi: "Lähetetty")
        case .opened: Translations(en: "Opened", sv: "Öppnad", da: "Åbnet", nb: "Åpnet", fi: "Avattu")
        case .responded: Translations(en: "Answered", sv: "Besvarad", da: "Besvaret", nb: "Besvart", fi: "Vastattu")
        case .bounced: Translations(en: "Bounced", sv: "Studsade", da: "Afvist", nb: "Avvist", fi: "Palautui")
        case .expired: Translations(en: "Expired", sv: "Utgången", da: "Udløbet", nb: "Utløpt", fi: "Vanhentunut")
        case .noConsent:
            Translations(
                en: "The customer has not agreed to survey invitations.", sv: "Kunden har inte samtyckt till enkätinbjudningar.",
                da: "Kunden har ikke givet samtykke til invitationer.", nb: "Kunden har ikke samtykket til invitasjoner.",
                fi: "Asiakas ei ole antanut lupaa kyselykutsuihin.")
        case .optedOut:
            Translations(
                en: "The customer unsubscribed from survey invitations.", sv: "Kunden har avregistrerat sig från enkäter.",
                da: "Kunden har afmeldt sig spørgeskemaer.", nb: "Kunden har meldt seg av undersøkelser.",
                fi: "Asiakas on perunut kyselykutsut.")
        case .noAddress:
            Translations(
                en: "The customer has no e-mail address.", sv: "Kunden saknar e-postadress.",
                da: "Kunden har ingen e-mailadresse.",
                nb: "Kunden har ingen e-postadresse.", fi: "Asiakkaalla ei ole sähköpostiosoitetta.")
        case .quarantine:
            Translations(
                en: "The customer answered a survey recently; no invitations until {0}.",
                sv: "Kunden svarade på en enkät nyligen; inga inbjudningar före {0}.",
                da: "Kunden har for nylig besvaret et spørgeskema; ingen invitationer før {0}.",
                nb: "Kunden svarte nylig på en undersøkelse; ingen invitasjoner før {0}.",
                fi: "Asiakas vastasi äskettäin kyselyyn; ei kutsuja ennen {0}.")
        case .cooldown:
            Translations(
                en: "The customer was invited recently; the next invitation may go out on {0}.",
                sv: "Kunden bjöds in nyligen; nästa inbjudan kan gå ut {0}.",
                da: "Kunden blev inviteret for nylig; næste invitation kan sendes {0}.",
                nb: "Kunden ble invitert nylig; neste invitasjon kan sendes {0}.",
                fi: "Asiakas kutsuttiin äskettäin; seuraava kutsu voi lähteä {0}.")
        case .recontact:
            Translations(
                en: "The customer got this survey recently; it may be sent again on {0}.",
                sv: "Kunden fick den här enkäten nyligen; den kan skickas igen {0}.",
                da: "Kunden fik dette spørgeskema for nylig; det kan sendes igen {0}.",
                nb: "Kunden fikk denne undersøkelsen nylig; den kan sendes igjen {0}.",
                fi: "Asiakas sai tämän kyselyn äskettäin; sen voi lähettää uudelleen {0}.")
        case .caseReopened:
            Translations(
                en: "The case was reopened before the follow-up survey went out.",
                sv: "Ärendet öppnades igen innan uppföljningsenkäten skickades.",
                da: "Sagen blev genåbnet, før opfølgningsundersøgelsen blev sendt.",
                nb: "Saken ble åpnet igjen før oppfølgingsundersøkelsen ble sendt.",
                fi: "Tapaus avattiin uudelleen ennen kuin seurantakysely lähti.")
        case .notSampled:
            Translations(
                en: "The interaction fell outside the touchpoint's sample of {0}.",
                sv: "Kontakten föll utanför kontaktpunktens urval på {0}.",
                da: "Kontakten faldt uden for kontaktpunktets stikprøve på {0}.",
                nb: "Kontakten falt utenfor kontaktpunktets utvalg på {0}.",
                fi: "Asiointi ei osunut kohtaamispisteen {0}:n otokseen.")
        }
    }

    /// A status in words.
    public static func status(_ status: Invitation.Status, in language: Language) -> String {
        let key: InvitationStatusText =
            switch status {
            case .scheduled: .scheduled
            case .suppressed: .suppressed
            case .sent: .sent
            case .opened: .opened
            case .responded: .responded
            case .bounced: .bounced
            case .expired: .expired
            }
        return key.translations[language]
    }

    /// Why an invitation was not sent, as a sentence with its date in the workspace's zone.
    public static func reason(_ reason: SuppressionReason, in language: Language, timeZone: String) -> String {
        let format = LocaleFormat(language)
        let t = Localizer(language)
        return switch reason {
        case .noConsent: t(InvitationStatusText.noConsent)
        case .optedOut: t(InvitationStatusText.optedOut)
        case .noAddress: t(InvitationStatusText.noAddress)
        case .quarantine(let until): t(InvitationStatusText.quarantine, format.date(until, timeZone: timeZone))
        case .cooldown(let until): t(InvitationStatusText.cooldown, format.date(until, timeZone: timeZone))
        case .recontact(_, let until): t(InvitationStatusText.recontact, format.date(until, timeZone: timeZone))
        case .caseReopened: t(InvitationStatusText.caseReopened)
        case .notSampled(let percent):
            t(
                InvitationStatusText.notSampled,
                format.percent(percent / 100, fractionDigits: percent.rounded() == percent ? 0 : 2))
        }
    }

    /// A reason code (`cooldown`) in words, for counts by reason.
    public static func reasonName(_ code: String, in language: Language) -> String {
        let names: [String: Translations] = [
            "no_consent": Translations(
                en: "No consent", sv: "Inget samtycke", da: "Intet samtykke", nb: "Ikke samtykke", fi: "Ei lupaa"),
            "opted_out": Translations(en: "Unsubscribed", sv: "Avregistrerad", da: "Afmeldt", nb: "Avmeldt", fi: "Perunut"),
            "no_address": Translations(
                en: "No address", sv: "Ingen adress", da: "Ingen adresse", nb: "Ingen adresse", fi: "Ei osoitetta"),
            "quarantine": Translations(
                en: "Answered recently", sv: "Svarade nyligen", da: "Svarede for nylig", nb: "Svarte nylig",
                fi: "Vastasi äskettäin"),
            "cooldown": Translations(
                en: "Invited recently", sv: "Inbjuden nyligen", da: "Inviteret for nylig", nb: "Invitert nylig",
                fi: "Kutsuttu äskettäin"),
            "recontact": Translations(
                en: "Got this survey recently", sv: "Fick enkäten nyligen", da: "Fik spørgeskemaet for nylig",
                nb: "Fikk undersøkelsen nylig", fi: "Sai kyselyn äskettäin"),
            "case_reopened": Translations(
                en: "Case reopened", sv: "Ärendet öppnat igen", da: "Sagen genåbnet", nb: "Saken åpnet igjen",
                fi: "Tapaus avattu uudelleen"),
            "not_sampled": Translations(
                en: "Outside the sample", sv: "Utanför urvalet", da: "Uden for stikprøven", nb: "Utenfor utvalget",
                fi: "Otoksen ulkopuolella"),
        ]
        return names[code]?[language] ?? code
    }
}
