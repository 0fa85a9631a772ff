import Foundation

/// The demo's surveys, each offered in all five languages and attached to the touchpoints it measures.
enum DemoSurveys {
    static func text(_ en: String, _ sv: String, _ da: String, _ nb: String, _ fi: String) -> LocalizedText {
        LocalizedText([.en: en, .sv: sv, .da: da, .nb: nb, .fi: fi])
    }

    static func option(_ key: String, _ en: String, _ sv: String, _ da: String, _ nb: String, _ fi: String) -> ChoiceOption {
        ChoiceOption(key: key, label: text(en, sv, da, nb, fi))
    }

    static let nps = Question(
        key: "nps", type: .nps,
        text: text(
            "How likely is it that you would recommend Norrsken Telecom to a friend or colleague?",
            "Hur troligt är det att du skulle rekommendera Norrsken Telecom till en vän eller kollega?",
            "Hvor sandsynligt er det, at du vil anbefale Norrsken Telecom til en ven eller kollega?",
            "Hvor sannsynlig er det at du vil anbefale Norrsken Telecom til en venn eller kollega?",
            "Kuinka todennäköisesti suosittelisit Norrsken Telecomia ystävälle tai kollegalle?"),
        required: true)

    static let comment = Question(
        key: "comment", type: .openText,
        text: text(
            "What is the main reason for your score?",
            "Vad är den främsta anledningen till ditt betyg?",
            "Hvad er den vigtigste grund til din vurdering?",
            "Hva er hovedgrunnen til vurderingen din?",
            "Mikä on tärkein syy antamaasi arvosanaan?"))

    static let yesPartlyNo = [
        option("yes", "Yes", "Ja", "Ja", "Ja", "Kyllä"),
        option("partly", "Partly", "Delvis", "Delvist", "Delvis", "Osittain"),
        option("no", "No", "Nej", "Nej", "Nei", "Ei"),
    ]

    static let all: [Survey] = [
        Survey(
            id: "survey-store-visit", name: "Store visit",
            touchpointIDs: ["tp-store-advice", "tp-store-order", "tp-store-support"], languages: Language.allCases,
            questions: [
                nps,
                Question(
                    key: "csat", type: .csat,
                    text: text(
                        "How satisfied were you with the service you received in the store?",
                        "Hur nöjd var du med servicen du fick i butiken?",
                        "Hvor tilfreds var du med den service, du fik i butikken?",
                        "Hvor fornøyd var du med servicen du fikk i butikken?",
                        "Kuinka tyytyväinen olit myymälästä saamaasi palveluun?")),
                Question(
                    key: "ces", type: .ces,
                    text: text(
                        "How easy was it to get what you came for in the store?",
                        "Hur lätt var det att få det du kom för i butiken?",
                        "Hvor let var det at få det, du kom efter, i butikken?",
                        "Hvor lett var det å få det du kom for i butikken?",
                        "Kuinka helppoa oli saada myymälästä se, mitä tulit hakemaan?")),
                Question(
                    key: "visit_reason", type: .singleChoice,
                    text: text(
                        "What was the main reason for your visit?", "Vad var den främsta anledningen till ditt besök?",
                        "Hvad var den vigtigste grund til dit besøg?", "Hva var hovedgrunnen til besøket ditt?",
                        "Mikä oli käyntisi pääasiallinen syy?"),
                    options: [
                        option(
                            "buy_phone", "Buy a phone", "Köpa en telefon", "Købe en telefon", "Kjøpe en telefon", "Ostaa puhelin"),
                        option(
                            "new_subscription", "Get a new subscription", "Teckna ett nytt abonnemang",
                            "Tegne et nyt abonnement", "Tegne et nytt abonnement", "Hankkia uusi liittymä"),
                        option(
                            "get_help", "Get help with a problem", "Få hjälp med ett problem", "Få hjælp til et problem",
                            "Få hjelp med et problem", "Saada apua ongelmaan"),
                        option(
                            "billing", "A question about my bill", "En fråga om min faktura", "Et spørgsmål om min regning",
                            "Et spørsmål om regningen min", "Kysymys laskustani"),
                        option("other", "Something else", "Något annat", "Noget andet", "Noe annet", "Jokin muu"),
                    ]),
                comment,
            ], presentation: DemoLinks.storeVisitPresentation),
        Survey(
            id: "survey-website", name: "Website visit",
            touchpointIDs: ["tp-web-compare", "tp-fibre-check", "tp-help-centre"], languages: Language.allCases,
            questions: [
                Question(
                    key: "found", type: .singleChoice,
                    text: text(
                        "Did you find what you were looking for?", "Hittade du det du letade efter?",
                        "Fandt du det, du ledte efter?", "Fant du det du lette etter?", "Löysitkö etsimäsi?"),
                    required: true, options: yesPartlyNo),
                Question(
                    key: "ces", type: .ces,
                    text: text(
                        "How easy was it to find what you needed on our website?",
                        "Hur lätt var det att hitta det du behövde på vår webbplats?",
                        "Hvor let var det at finde det, du havde brug for, på vores hjemmeside?",
                        "Hvor lett var det å finne det du trengte på nettsiden vår?",
                        "Kuinka helppoa oli löytää tarvitsemasi verkkosivuiltamme?")),
                Question(
                    key: "csat", type: .csat,
                    text: text(
                        "How satisfied are you with your visit to our website?",
                        "Hur nöjd är du med ditt besök på vår webbplats?",
                        "Hvor tilfreds er du med dit besøg på vores hjemmeside?",
                        "Hvor fornøyd er du med besøket ditt på nettsiden vår?",
                        "Kuinka tyytyväinen olet käyntiisi verkkosivuillamme?")),
                comment,
            ]),
        Survey(
            id: "survey-online-order", name: "Online order",
            touchpointIDs: ["tp-web-order"], languages: Language.allCases,
            questions: [
                Question(
                    key: "ces", type: .ces,
                    text: text(
                        "How easy was it to place your order?", "Hur lätt var det att lägga din beställning?",
                        "Hvor let var det at afgive din bestilling?", "Hvor lett var det å legge inn bestillingen?",
                        "Kuinka helppoa tilauksen tekeminen oli?"),
                    required: true),
                nps, comment,
            ]),
        Survey(
            id: "survey-app", name: "App experience",
            touchpointIDs: ["tp-app-login", "tp-router-setup", "tp-outage-notice"], languages: Language.allCases,
            questions: [
                Question(
                    key: "ces", type: .ces,
                    text: text(
                        "How easy was it to do what you wanted in the app?",
                        "Hur lätt var det att göra det du ville i appen?",
                        "Hvor let var det at gøre det, du ville, i appen?",
                        "Hvor lett var det å gjøre det du ville i appen?",
                        "Kuinka helppoa oli tehdä sovelluksessa se, mitä halusit?"),
                    required: true),
                Question(
                    key: "app_rating", type: .rating,
                    text: text(
                        "How would you rate the Norrsken app overall (1–5 stars)?",
                        "Vilket helhetsbetyg ger du Norrsken-appen (1–5 stjärnor)?",
                        "Hvordan vil du samlet vurdere Norrsken-appen (1–5 stjerner)?",
                        "Hvordan vil du totalt sett vurdere Norrsken-appen (1–5 stjerner)?",
                        "Minkä kokonaisarvosanan antaisit Norrsken-sovellukselle (1–5 tähteä)?"),
                    scaleMin: 1, scaleMax: 5),
                nps, comment,
            ]),
        Survey(
            id: "survey-welcome", name: "Welcome and booking information",
            touchpointIDs: ["tp-welcome-email", "tp-install-booking"], languages: Language.allCases,
            questions: [
                Question(
                    key: "csat", type: .csat,
                    text: text(
                        "How satisfied are you with the information you received from us?",
                        "Hur nöjd är du med informationen du fick från oss?",
                        "Hvor tilfreds er du med de oplysninger, du fik fra os?",
                        "Hvor fornøyd er du med informasjonen du fikk fra oss?",
                        "Kuinka tyytyväinen olet meiltä saamiisi tietoihin?"),
                    required: true),
                Question(
                    key: "clarity", type: .rating,
                    text: text(
                        "How clear was it what happens next? (1 = not at all, 5 = completely)",
                        "Hur tydligt var det vad som händer härnäst? (1 = inte alls, 5 = helt)",
                        "Hvor tydeligt var det, hvad der sker nu? (1 = slet ikke, 5 = helt)",
                        "Hvor tydelig var det hva som skjer videre? (1 = ikke i det hele tatt, 5 = helt)",
                        "Kuinka selvää oli, mitä seuraavaksi tapahtuu? (1 = ei lainkaan, 5 = täysin)"),
                    scaleMin: 1, scaleMax: 5),
                comment,
            ]),
        Survey(
            id: "survey-technician-visit", name: "Technician visit",
            touchpointIDs: ["tp-install-visit", "tp-repair-visit"], languages: Language.allCases,
            questions: [
                nps,
                Question(
                    key: "csat", type: .csat,
                    text: text(
                        "How satisfied were you with the technician's visit?", "Hur nöjd var du med teknikerns besök?",
                        "Hvor tilfreds var du med teknikerens besøg?", "Hvor fornøyd var du med teknikerens besøk?",
                        "Kuinka tyytyväinen olit asentajan käyntiin?")),
                Question(
                    key: "arrival", type: .singleChoice,
                    text: text(
                        "Did the technician arrive within the agreed time?", "Kom teknikern inom den överenskomna tiden?",
                        "Kom teknikeren inden for det aftalte tidsrum?", "Kom teknikeren innenfor det avtalte tidsrommet?",
                        "Saapuiko asentaja sovitussa ajassa?"),
                    options: [
                        option("on_time", "Yes, on time", "Ja, i tid", "Ja, til tiden", "Ja, i tide", "Kyllä, ajallaan"),
                        option(
                            "late_short", "Up to an hour late", "Upp till en timme försenad", "Op til en time forsinket",
                            "Opptil en time forsinket", "Enintään tunnin myöhässä"),
                        option(
                            "late_long", "More than an hour late", "Mer än en timme försenad", "Mere end en time forsinket",
                            "Mer enn en time forsinket", "Yli tunnin myöhässä"),
                    ]),
                comment,
            ]),
        Survey(
            id: "survey-customer-service", name: "Customer service contact",
            touchpointIDs: [
                "tp-sales-chat", "tp-support-chat", "tp-support-phone", "tp-install-reschedule", "tp-install-followup",
            ],
            languages: Language.allCases,
            questions: [
                nps,
                Question(
                    key: "ces", type: .ces,
                    text: text(
                        "How easy was it to get your matter handled?", "Hur lätt var det att få ditt ärende hanterat?",
                        "Hvor let var det at få din henvendelse behandlet?", "Hvor lett var det å få saken din behandlet?",
                        "Kuinka helppoa asiasi hoitaminen oli?")),
                Question(
                    key: "contact_reason", type: .singleChoice,
                    text: text(
                        "What was the main reason for your contact?",
                        "Vad var den främsta anledningen till att du kontaktade oss?",
                        "Hvad var den vigtigste grund til, at du kontaktede os?",
                        "Hva var hovedgrunnen til at du kontaktet oss?", "Mikä oli yhteydenottosi pääasiallinen syy?"),
                    options: [
                        option(
                            "billing", "Billing and payments", "Faktura och betalning", "Regning og betaling",
                            "Faktura og betaling", "Laskutus ja maksut"),
                        option(
                            "technical_fault", "A technical fault", "Ett tekniskt fel", "En teknisk fejl", "En teknisk feil",
                            "Tekninen vika"),
                        option(
                            "coverage", "Coverage or network speed", "Täckning eller hastighet i nätet",
                            "Dækning eller hastighed på nettet", "Dekning eller hastighet i nettet",
                            "Kuuluvuus tai verkon nopeus"),
                        option(
                            "change_subscription", "Changing my subscription", "Ändra mitt abonnemang",
                            "Ændre mit abonnement", "Endre abonnementet mitt", "Liittymän muuttaminen"),
                        option(
                            "installation", "My installation", "Min installation", "Min installation",
                            "Installasjonen min", "Asennukseni"),
                        option("other", "Something else", "Något annat", "Noget andet", "Noe annet", "Jokin muu"),
                    ]),
                Question(
                    key: "resolved", type: .singleChoice,
                    text: text(
                        "Was your matter resolved?", "Blev ditt ärende löst?", "Blev din sag løst?", "Ble saken din løst?",
                        "Ratkesiko asiasi?"),
                    options: yesPartlyNo),
                comment,
            ]),
        Survey(
            id: "survey-relationship-nki", name: "Customer satisfaction index (NKI)",
            touchpointIDs: ["tp-first-bill", "tp-resolution-email"], languages: Language.allCases,
            questions: [
                Question(
                    key: "nki_overall", type: .nki,
                    text: text(
                        "Overall, how satisfied are you with Norrsken Telecom?",
                        "Hur nöjd är du sammantaget med Norrsken Telecom?",
                        "Hvor tilfreds er du alt i alt med Norrsken Telecom?",
                        "Hvor fornøyd er du alt i alt med Norrsken Telecom?",
                        "Kuinka tyytyväinen olet kaiken kaikkiaan Norrsken Telecomiin?"),
                    required: true, nkiItem: .overall),
                Question(
                    key: "nki_expectations", type: .nki,
                    text: text(
                        "How well does Norrsken Telecom live up to your expectations?",
                        "Hur väl motsvarar Norrsken Telecom dina förväntningar?",
                        "Hvor godt lever Norrsken Telecom op til dine forventninger?",
                        "Hvor godt svarer Norrsken Telecom til forventningene dine?",
                        "Kuinka hyvin Norrsken Telecom vastaa odotuksiasi?"),
                    required: true, nkiItem: .expectations),
                Question(
                    key: "nki_ideal", type: .nki,
                    text: text(
                        "Imagine an ideal telecom operator. How close to that ideal is Norrsken Telecom?",
                        "Tänk dig en perfekt teleoperatör. Hur nära det idealet kommer Norrsken Telecom?",
                        "Forestil dig et ideelt teleselskab. Hvor tæt på det kommer Norrsken Telecom?",
                        "Tenk deg et ideelt teleselskap. Hvor nær dette idealet kommer Norrsken Telecom?",
                        "Kuvittele ihanteellinen teleoperaattori. Kuinka lähelle sitä Norrsken Telecom yltää?"),
                    required: true, nkiItem: .ideal),
                nps, comment,
            ]),
        // Last: the response generator takes the first survey of a touchpoint, so this one adds no
        // answers of its own; customers get it when their case is closed.
        Survey(
            id: followUpID, name: "After your case", touchpointIDs: ["tp-resolution-email"], languages: Language.allCases,
            questions: [
                nps,
                Question(
                    key: "case_resolved", type: .singleChoice,
                    text: text(
                        "Did we solve the problem you contacted us about?", "Löste vi problemet du kontaktade oss om?",
                        "Løste vi det problem, du kontaktede os om?", "Løste vi problemet du kontaktet oss om?",
                        "Ratkaisimmeko ongelman, josta otit yhteyttä?"),
                    options: yesPartlyNo),
                Question(
                    key: "comment", type: .openText,
                    text: text(
                        "Is there anything more we should know?", "Finns det något mer vi borde veta?",
                        "Er der andet, vi bør vide?", "Er det noe mer vi bør vite?",
                        "Onko jotain muuta, mitä meidän pitäisi tietää?"
                    )),
            ]),
    ]

    /// The survey customers get after their case is closed.
    static let followUpID = "survey-case-follow-up"
}
