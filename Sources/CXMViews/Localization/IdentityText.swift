import CXMCore

/// Messages of identity review and customer merges.
public enum IdentityText: String, Localizable {
    case reviews, reviewsHint, noReviews, waiting, record, source, named, candidates, linkTo, leaveUnlinked
    case mergeTitle, mergeHint, mergeOther, mergeButton, merges, mergedInto, undoMerge, undone, movedRecords
    case unknownOther, notYourself

    /// The message in every language.
    public var translations: Translations {
        switch self {
        case .reviews:
            Translations(
                en: "Identity review", sv: "Identitetsgranskning", da: "Identitetsgennemgang", nb: "Identitetsgjennomgang",
                fi: "Tunnistetarkistus")
        case .reviewsHint:
            Translations(
                en:
                    "These records name identifiers that belong to different customers. cxm never joins them by guessing: link each to the right customer, merge the customers if they are one person, or leave the record unlinked.",
                sv:
                    "Posterna nämner identifierare som hör till olika kunder. cxm kopplar dem aldrig genom att gissa: koppla var och en till rätt kund, slå ihop kunderna om de är samma person, eller lämna posten okopplad.",
                da:
                    "Posterne nævner identifikatorer, der hører til forskellige kunder. cxm kobler dem aldrig ved at gætte: knyt hver til den rigtige kunde, flet kunderne, hvis de er samme person, eller lad posten være uknyttet.",
                nb:
                    "Postene nevner identifikatorer som tilhører ulike kunder. cxm kobler dem aldri ved å gjette: knytt hver til riktig kunde, slå sammen kundene hvis de er samme person, eller la posten være uknyttet.",
                fi:
                    "Nämä tietueet mainitsevat eri asiakkaille kuuluvia tunnisteita. cxm ei koskaan yhdistä niitä arvaamalla: liitä kukin oikeaan asiakkaaseen, yhdistä asiakkaat, jos he ovat sama henkilö, tai jätä tietue liittämättä."
            )
        case .noReviews:
            Translations(
                en: "Nothing waits for review.", sv: "Inget väntar på granskning.", da: "Intet venter på gennemgang.",
                nb: "Ingenting venter på gjennomgang.", fi: "Mikään ei odota tarkistusta.")
        case .waiting:
            Translations(
                en: "{0} records wait for identity review", sv: "{0} poster väntar på identitetsgranskning",
                da: "{0} poster venter på identitetsgennemgang", nb: "{0} poster venter på identitetsgjennomgang",
                fi: "{0} tietuetta odottaa tunnistetarkistusta")
        case .record: Translations(en: "Record", sv: "Post", da: "Post", nb: "Post", fi: "Tietue")
        case .source: Translations(en: "Source", sv: "Källa", da: "Kilde", nb: "Kilde", fi: "Lähde")
        case .named:
            Translations(
                en: "Identifiers named", sv: "Angivna identifierare", da: "Angivne identifikatorer",
                nb: "Oppgitte identifikatorer", fi: "Mainitut tunnisteet")
        case .candidates: Translations(en: "Candidates", sv: "Kandidater", da: "Kandidater", nb: "Kandidater", fi: "Ehdokkaat")
        case .linkTo:
            Translations(en: "Link to {0}", sv: "Koppla till {0}", da: "Knyt til {0}", nb: "Knytt til {0}", fi: "Liitä: {0}")
        case .leaveUnlinked:
            Translations(
                en: "Leave unlinked", sv: "Lämna okopplad", da: "Lad være uknyttet", nb: "La være uknyttet",
                fi: "Jätä liittämättä")
        case .mergeTitle:
            Translations(
                en: "Merge another customer into this one", sv: "Slå ihop en annan kund med den här",
                da: "Flet en anden kunde ind i denne", nb: "Slå sammen en annen kunde med denne",
                fi: "Yhdistä toinen asiakas tähän")
        case .mergeHint:
            Translations(
                en:
                    "When two records are one person: the other customer's identifiers, answers, cases, tickets and orders move here, and consent becomes the stricter of the two. A merge can be undone.",
                sv:
                    "När två poster är samma person: den andra kundens identifierare, svar, ärenden, supportärenden och ordrar flyttas hit, och samtycket blir det striktare av de två. En sammanslagning kan ångras.",
                da:
                    "Når to poster er samme person: den anden kundes identifikatorer, svar, sager, supportsager og ordrer flyttes hertil, og samtykket bliver det strengeste af de to. En fletning kan fortrydes.",
                nb:
                    "Når to poster er samme person: den andre kundens identifikatorer, svar, saker, supportsaker og ordrer flyttes hit, og samtykket blir det strengeste av de to. En sammenslåing kan angres.",
                fi:
                    "Kun kaksi tietuetta on sama henkilö: toisen asiakkaan tunnisteet, vastaukset, tapaukset, tukipyynnöt ja tilaukset siirtyvät tänne, ja suostumukseksi tulee tiukempi kahdesta. Yhdistämisen voi perua."
            )
        case .mergeOther:
            Translations(
                en: "The other customer (id or identifier such as crm:123)",
                sv: "Den andra kunden (id eller identifierare som crm:123)",
                da: "Den anden kunde (id eller identifikator som crm:123)",
                nb: "Den andre kunden (id eller identifikator som crm:123)",
                fi: "Toinen asiakas (tunnus tai tunniste, esim. crm:123)")
        case .mergeButton:
            Translations(
                en: "Merge into this customer", sv: "Slå ihop med den här kunden", da: "Flet ind i denne kunde",
                nb: "Slå sammen med denne kunden", fi: "Yhdistä tähän asiakkaaseen")
        case .merges:
            Translations(en: "Merges", sv: "Sammanslagningar", da: "Fletninger", nb: "Sammenslåinger", fi: "Yhdistämiset")
        case .mergedInto:
            Translations(
                en: "{0} merged in", sv: "{0} sammanslagen hit", da: "{0} flettet ind", nb: "{0} slått sammen hit",
                fi: "{0} yhdistetty tähän")
        case .undoMerge: Translations(en: "Undo", sv: "Ångra", da: "Fortryd", nb: "Angre", fi: "Peru")
        case .undone: Translations(en: "undone", sv: "ångrad", da: "fortrudt", nb: "angret", fi: "peruttu")
        case .movedRecords:
            Translations(
                en: "{0} records moved", sv: "{0} poster flyttade", da: "{0} poster flyttet", nb: "{0} poster flyttet",
                fi: "{0} tietuetta siirretty")
        case .unknownOther:
            Translations(
                en: "No customer has that id or identifier.", sv: "Ingen kund har det id:t eller den identifieraren.",
                da: "Ingen kunde har det id eller den identifikator.", nb: "Ingen kunde har den id-en eller identifikatoren.",
                fi: "Millään asiakkaalla ei ole tätä tunnusta tai tunnistetta.")
        case .notYourself:
            Translations(
                en: "That is this customer; name the other one.", sv: "Det är den här kunden; ange den andra.",
                da: "Det er denne kunde; angiv den anden.", nb: "Det er denne kunden; oppgi den andre.",
                fi: "Se on tämä asiakas; anna toinen.")
        }
    }
}
