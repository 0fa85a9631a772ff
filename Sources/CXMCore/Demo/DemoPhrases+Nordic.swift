extension DemoPhrases {
    static let danish = DemoPhrases(
        complaints: [
            [
                "Jeg ventede mere end 40 minutter i telefonkøen.",
                "Køen var alt for lang, og ingen fortalte, hvor længe jeg skulle vente.",
                "Det tog en evighed, før nogen kunne hjælpe mig.",
                "Jeg blev lovet at blive ringet op, men ingen ringede.",
            ],
            [
                "Regningen var meget højere end den pris, jeg blev lovet.",
                "Jeg blev opkrævet to gange for den samme måned.",
                "Regningen er umulig at forstå og har gebyrer, jeg aldrig har sagt ja til.",
                "Den rabat, jeg blev lovet, da jeg tegnede abonnementet, står ikke på regningen.",
            ],
            [
                "Dækningen derhjemme er dårlig, og opkaldene bliver hele tiden afbrudt.",
                "Mobildata virker knap nok i vores sommerhus.",
                "Internettet er meget langsommere end den hastighed, jeg betaler for.",
                "Nettet er nede flere gange om ugen.",
            ],
            [
                "Teknikeren kom to timer for sent og ringede ikke i forvejen.",
                "Jeg tog fri fra arbejde, og teknikeren dukkede aldrig op.",
                "Teknikeren kom længe efter det aftalte tidsrum.",
                "Installationen måtte ombookes to gange, før der kom nogen.",
            ],
            [
                "Efter det nye login skal jeg logge ind, hver gang jeg åbner appen.",
                "Engangskoden kommer ofte ikke frem, så jeg kan ikke logge ind.",
                "Appen logger mig hele tiden ud og går ned, når jeg prøver at betale.",
                "Det er blevet besværligt og langsomt at logge ind i appen.",
            ],
            [
                "Personalet virkede ikke interesseret i at hjælpe mig.",
                "Sælgeren prøvede kun at sælge mig et dyrere abonnement.",
                "Jeg fik forskellige svar fra forskellige medarbejdere.",
                "Ingen i butikken vidste, hvordan mit problem skulle løses.",
            ],
            [
                "Det var svært at finde priserne inklusive alle gebyrer på hjemmesiden.",
                "Hjemmesiden er rodet, og søgningen giver ingen brugbare svar.",
                "Adressetjekket sagde, at der ikke var fiber, selvom naboerne har det.",
                "Bestillingsformularen gik ned halvvejs, og jeg måtte starte forfra.",
            ],
            [
                "Mit problem er stadig ikke løst efter tre henvendelser.",
                "Jeg skulle forklare det samme problem igen, hver gang jeg ringede.",
                "De lukkede min sag, selvom fejlen stadig er der.",
                "Ingen tog ansvar for min sag.",
            ],
        ],
        praise: [
            [
                "Personalet var venligt og tog sig god tid til mig.",
                "Meget hjælpsomt og kyndigt personale.",
                "Den medarbejder, der hjalp mig, var tålmodig og forklarede alt tydeligt.",
                "Jeg blev taget imod med det samme og fik rigtig god rådgivning.",
            ],
            [
                "Installationen gik hurtigt, og teknikeren var meget professionel.",
                "Teknikeren kom til tiden, og alt virkede inden for en time.",
                "Hurtig installation, og teknikeren efterlod alt pænt og ryddeligt.",
                "Det var nemt at booke installationen, og fiberen virkede samme dag.",
            ],
            [
                "Appen er nem at bruge, og jeg finder alt, hvad jeg har brug for.",
                "Det er smart at kunne se dataforbrug og regninger i appen.",
                "Det tog kun et par minutter at sætte wi-fi op i appen.",
                "Det er nemt og hurtigt at logge ind og ændre mit abonnement.",
            ],
            [
                "Mit problem blev løst hurtigt allerede ved første opkald.",
                "Jeg fik hjælp i chatten inden for få minutter.",
                "De rettede fejlen samme dag.",
                "Kort ventetid og en løsning med det samme.",
            ],
            [
                "Stabilt net og god dækning, uanset hvor jeg er.",
                "Fiberforbindelsen er hurtig og har aldrig svigtet mig.",
                "God valuta for pengene og en pålidelig forbindelse.",
                "Dækningen har været fremragende, selv ude ved Vesterhavet.",
            ],
            [
                "Klar information om, hvad der skulle ske og hvornår.",
                "Regningen var præcis, som jeg havde forventet.",
                "Bekræftelsesmailen fortalte mig alt, hvad jeg havde brug for at vide.",
                "Priserne og betingelserne var lette at forstå.",
            ],
        ],
        negativeFollowUps: [
            "Det er heller ikke første gang.", "Jeg forventer mere for det, jeg betaler.",
            "Det har kostet mig meget tid og energi.", "Jeg overvejer seriøst at skifte teleselskab.",
            "Meget skuffende.", "Få det nu bragt i orden.",
        ],
        positiveFollowUps: [
            "Sådan skal det være.", "Det gjorde min dag lettere.", "Meget bedre end mit tidligere teleselskab.",
            "Jeg har allerede anbefalet jer til mine venner.", "Det føltes, som om de virkelig gik op i det.",
            "Bliv ved med det!",
        ],
        negativeClosings: ["Ikke godt nok.", "Jeg håber, det bliver bedre.", "Højst to stjerner.", "Hvilket bøvl."],
        positiveClosings: ["Tak!", "Super service!", "Godt gået!", "Meget tilfreds."])

    static let norwegian = DemoPhrases(
        complaints: [
            [
                "Jeg ventet mer enn 40 minutter i telefonkøen.",
                "Køen var altfor lang, og ingen sa hvor lenge jeg måtte vente.",
                "Det tok en evighet før noen kunne hjelpe meg.",
                "Jeg ble lovet å bli ringt opp, men ingen ringte.",
            ],
            [
                "Regningen var mye høyere enn prisen jeg ble lovet.",
                "Jeg ble belastet to ganger for samme måned.",
                "Regningen er umulig å forstå og har gebyrer jeg aldri har sagt ja til.",
                "Rabatten jeg ble lovet da jeg tegnet abonnementet, står ikke på regningen.",
            ],
            [
                "Dekningen hjemme er dårlig, og samtalene faller ut hele tiden.",
                "Mobildata fungerer knapt på hytta.",
                "Internett er mye tregere enn hastigheten jeg betaler for.",
                "Nettet er nede flere ganger i uka.",
            ],
            [
                "Teknikeren kom to timer for sent og ringte ikke på forhånd.",
                "Jeg tok fri fra jobben, og teknikeren dukket aldri opp.",
                "Teknikeren kom lenge etter det avtalte tidsrommet.",
                "Installasjonen måtte bookes om to ganger før noen kom.",
            ],
            [
                "Etter den nye innloggingen må jeg logge inn hver gang jeg åpner appen.",
                "Engangskoden kommer ofte ikke fram, så jeg får ikke logget inn.",
                "Appen logger meg ut hele tiden og krasjer når jeg prøver å betale.",
                "Det har blitt tungvint og tregt å logge inn i appen.",
            ],
            [
                "De ansatte virket ikke interessert i å hjelpe meg.",
                "Selgeren prøvde bare å selge meg et dyrere abonnement.",
                "Jeg fikk forskjellige svar fra forskjellige ansatte.",
                "Ingen i butikken visste hvordan problemet mitt skulle løses.",
            ],
            [
                "Det var vanskelig å finne prisene med alle gebyrer på nettsiden.",
                "Nettsiden er rotete, og søket gir ingen nyttige svar.",
                "Adressesjekken sa at fiber ikke var tilgjengelig, selv om naboene har det.",
                "Bestillingsskjemaet krasjet halvveis, og jeg måtte begynne på nytt.",
            ],
            [
                "Problemet mitt er fortsatt ikke løst etter tre henvendelser.",
                "Jeg måtte forklare det samme problemet på nytt hver gang jeg ringte.",
                "De lukket saken min selv om feilen fortsatt er der.",
                "Ingen tok ansvar for saken min.",
            ],
        ],
        praise: [
            [
                "De ansatte var hyggelige og tok seg god tid med meg.",
                "Svært hjelpsomme og kunnskapsrike ansatte.",
                "Den som hjalp meg, var tålmodig og forklarte alt tydelig.",
                "Jeg ble tatt imot med en gang og fikk veldig gode råd.",
            ],
            [
                "Installasjonen gikk raskt, og teknikeren var svært profesjonell.",
                "Teknikeren kom i tide, og alt virket i løpet av en time.",
                "Rask installasjon, og teknikeren ryddet pent etter seg.",
                "Det var enkelt å booke installasjonen, og fiberen virket samme dag.",
            ],
            [
                "Appen er enkel å bruke, og jeg finner alt jeg trenger.",
                "Det er praktisk å se databruk og regninger i appen.",
                "Det tok bare et par minutter å sette opp wifi i appen.",
                "Det er enkelt og raskt å logge inn og endre abonnementet mitt.",
            ],
            [
                "Problemet mitt ble løst raskt allerede i første samtale.",
                "Jeg fikk hjelp i chatten i løpet av noen få minutter.",
                "De rettet feilen samme dag.",
                "Kort ventetid og en løsning med en gang.",
            ],
            [
                "Stabilt nett og god dekning uansett hvor jeg er.",
                "Fiberforbindelsen er rask og har aldri sviktet meg.",
                "Mye for pengene og en pålitelig forbindelse.",
                "Dekningen har vært utmerket, selv på fjellet.",
            ],
            [
                "Tydelig informasjon om hva som skulle skje og når.",
                "Regningen var akkurat som jeg hadde regnet med.",
                "Bekreftelsen på e-post fortalte meg alt jeg trengte å vite.",
                "Prisene og vilkårene var lette å forstå.",
            ],
        ],
        negativeFollowUps: [
            "Det er heller ikke første gang.", "Jeg forventer mer for det jeg betaler.",
            "Det har kostet meg mye tid og krefter.", "Jeg vurderer seriøst å bytte operatør.",
            "Veldig skuffende.", "Vær så snill å rydde opp i dette.",
        ],
        positiveFollowUps: [
            "Akkurat slik skal det være.", "Det gjorde dagen min enklere.", "Mye bedre enn min forrige operatør.",
            "Jeg har allerede anbefalt dere til vennene mine.", "Det føltes som om de virkelig brydde seg.",
            "Fortsett sånn!",
        ],
        negativeClosings: ["Ikke godt nok.", "Håper det blir bedre.", "Maks to stjerner.", "For et styr."],
        positiveClosings: ["Takk!", "Topp service!", "Godt jobbet!", "Veldig fornøyd."])

    static let finnish = DemoPhrases(
        complaints: [
            [
                "Odotin puhelinjonossa yli 40 minuuttia.",
                "Jono oli aivan liian pitkä, eikä kukaan kertonut, kauanko joutuisin odottamaan.",
                "Kesti ikuisuuden ennen kuin kukaan pystyi auttamaan minua.",
                "Minulle luvattiin takaisinsoitto, mutta kukaan ei soittanut.",
            ],
            [
                "Lasku oli paljon suurempi kuin minulle luvattu hinta.",
                "Minua laskutettiin kahdesti samasta kuukaudesta.",
                "Laskusta on mahdoton saada selvää, ja siinä on maksuja, joihin en ole koskaan suostunut.",
                "Liittymää tehdessä luvattu alennus ei näy laskussa.",
            ],
            [
                "Kuuluvuus kotona on huono, ja puhelut katkeavat jatkuvasti.",
                "Mobiilidata toimii tuskin lainkaan kesämökillämme.",
                "Netti on paljon hitaampi kuin nopeus, josta maksan.",
                "Verkko on poikki useita kertoja viikossa.",
            ],
            [
                "Asentaja tuli kaksi tuntia myöhässä eikä soittanut etukäteen.",
                "Otin vapaapäivän töistä, eikä asentaja tullut ollenkaan.",
                "Asentaja saapui paljon sovitun aikaikkunan jälkeen.",
                "Asennus jouduttiin siirtämään kahdesti ennen kuin kukaan tuli.",
            ],
            [
                "Uuden kirjautumisen jälkeen joudun kirjautumaan joka kerta, kun avaan sovelluksen.",
                "Kertakäyttökoodi ei usein tule perille, joten en pääse kirjautumaan.",
                "Sovellus kirjaa minut jatkuvasti ulos ja kaatuu, kun yritän maksaa.",
                "Sovellukseen kirjautumisesta on tullut hankalaa ja hidasta.",
            ],
            [
                "Henkilökunta ei vaikuttanut kiinnostuneelta auttamaan minua.",
                "Myyjä yritti vain myydä minulle kalliimman liittymän.",
                "Sain eri ihmisiltä eri vastauksia.",
                "Kukaan myymälässä ei osannut ratkaista ongelmaani.",
            ],
            [
                "Verkkosivuilta oli vaikea löytää hintoja kaikkine maksuineen.",
                "Verkkosivut ovat sekavat, eikä haku anna hyödyllisiä vastauksia.",
                "Osoitehaun mukaan kuitua ei ollut saatavilla, vaikka naapureillakin on se.",
                "Tilauslomake kaatui puolivälissä, ja jouduin aloittamaan alusta.",
            ],
            [
                "Ongelmani ei ole vieläkään ratkennut kolmen yhteydenoton jälkeen.",
                "Jouduin selittämään saman ongelman uudelleen joka kerta, kun soitin.",
                "He sulkivat tapaukseni, vaikka vika on yhä olemassa.",
                "Kukaan ei ottanut vastuuta asiastani.",
            ],
        ],
        praise: [
            [
                "Henkilökunta oli ystävällistä ja paneutui asiaani kiireettä.",
                "Todella avulias ja asiantunteva henkilökunta.",
                "Minua auttanut henkilö oli kärsivällinen ja selitti kaiken selkeästi.",
                "Minut huomioitiin heti, ja sain todella hyviä neuvoja.",
            ],
            [
                "Asennus sujui nopeasti, ja asentaja oli erittäin ammattitaitoinen.",
                "Asentaja tuli ajallaan, ja kaikki toimi tunnin sisällä.",
                "Nopea asennus, ja asentaja jätti kaiken siistiksi.",
                "Asennuksen varaaminen oli helppoa, ja kuitu toimi samana päivänä.",
            ],
            [
                "Sovellus on helppokäyttöinen, ja löydän kaiken tarvitsemani.",
                "On kätevää nähdä datankulutus ja laskut sovelluksesta.",
                "Wifin määrittäminen sovelluksessa vei vain pari minuuttia.",
                "Kirjautuminen ja liittymän muuttaminen on helppoa ja nopeaa.",
            ],
            [
                "Ongelmani ratkesi nopeasti jo ensimmäisellä soitolla.",
                "Sain chatissa apua muutamassa minuutissa.",
                "He korjasivat vian samana päivänä.",
                "Lyhyt odotusaika ja ratkaisu saman tien.",
            ],
            [
                "Vakaa verkko ja hyvä kuuluvuus, missä ikinä olenkin.",
                "Kuituyhteys on nopea eikä ole koskaan pettänyt.",
                "Hinta-laatusuhde on hyvä ja yhteys luotettava.",
                "Kuuluvuus on ollut erinomainen, jopa tuntureilla.",
            ],
            [
                "Selkeää tietoa siitä, mitä tapahtuu ja milloin.",
                "Lasku oli juuri sellainen kuin odotinkin.",
                "Vahvistussähköpostissa kerrottiin kaikki, mitä minun piti tietää.",
                "Hinnat ja ehdot oli helppo ymmärtää.",
            ],
        ],
        negativeFollowUps: [
            "Eikä tämä ole ensimmäinen kerta.", "Odotan enemmän siltä, mistä maksan.",
            "Siihen kului paljon aikaani ja energiaani.", "Harkitsen vakavasti operaattorin vaihtamista.",
            "Olen todella pettynyt.", "Korjatkaa tämä, kiitos.",
        ],
        positiveFollowUps: [
            "Juuri näin sen pitääkin mennä.", "Se helpotti päivääni.", "Paljon parempi kuin edellinen operaattorini.",
            "Olen jo suositellut teitä ystävilleni.", "Tuntui siltä, että he todella välittivät.",
            "Jatkakaa samaan malliin!",
        ],
        negativeClosings: [
            "Ei tarpeeksi hyvä.", "Toivottavasti tilanne paranee.", "Korkeintaan kaksi tähteä.", "Aikamoista säätämistä.",
        ],
        positiveClosings: ["Kiitos!", "Loistavaa palvelua!", "Hyvää työtä!", "Olen todella tyytyväinen."])
}
