/// The taxonomy every workspace starts with, written by the cxm team; a CX manager edits a copy of it.
///
/// `= id | English | Swedish | Danish | Norwegian bokmål | Finnish` starts a theme and `== theme.sub | …` one of
/// its sub-themes; each is followed by one `xx: pattern, pattern, …` line per language. See `ThemePattern` for the
/// pattern syntax. A sub-theme's patterns also count for its theme, so the theme lists only general words.
/// Patterns are checked against word lists for over-matching; ambiguous ones kept on purpose include `*pris`
/// (also "prize"), Danish and Norwegian `dyr` (also "animal") and Finnish `kestävä*` (also "sustainable").
enum DefaultTaxonomyText {
    static let text = #"""
        = price | Price | Pris | Pris | Pris | Hinta
        en: price, prices, priced, pricing, pricey, expensive, inexpensive, cheap, cheaper, cheapest, overpriced, costs, costly, the cost, high cost*, monthly cost*, price increase*, price rise*, price hike*, afford, affordable, unaffordable
        sv: priserna, *pris, *priset, *priser, prisnivå*, prishöjning*, prisökning*, dyr, dyrt, dyra, dyrare, dyrast*, billig*, kostar, kostnad*, *kostnad, *kostnaden, *kostnader, överpris*
        da: priserne, *pris, *prisen, *priser, prisniveau*, prisstigning*, prisforhøjelse*, dyr, dyrt, dyre, dyrere, dyreste, billig*, koster, omkostning*, udgift*, *udgift, *udgifter
        nb: prisene, *pris, *prisen, *priser, prisnivå*, prisøkning*, prishopp*, dyr, dyrt, dyre, dyrere, dyreste, billig*, koster, kostnad*, *kostnad, *kostnader, *kostnaden
        fi: hinta*, hinna*, hinto*, kallis, kallista, kallii*, halpa*, halvalla, halvat, halvempi, halvempaa, halvemmalla, halvin, halvimma*, kustannu*, maksaa liikaa, edulli*, hinnoittelu*, kuukausihinta*, kokonaishinta*, normaalihinta*, liittymähinta*, kuukausihinna*, kokonaishinna*
        == price.fees | Fees and charges | Avgifter | Gebyrer | Gebyrer | Maksut
        en: fee, fees, charge, charges, charged, surcharge*, overcharg*, hidden cost*, extra cost*, additional cost*, hidden charge*, extra charge*, admin fee*, start-up fee*, setup fee*, exit fee*, invoice fee*, paper bill fee*
        sv: avgift*, *avgift, *avgiften, *avgifter, *avgifterna, dold kostnad, dolda kostnader, extra kostnad*, extrakostnad*, tilläggskostnad*, merkostnad*, pristillägg*, påslag, påslaget, debitera, debiterade, debiterat
        da: gebyr*, *gebyr, *gebyret, *gebyrer, *gebyrerne, afgift*, *afgift, skjult omkostning, skjulte omkostninger, skjulte udgifter, ekstra omkostning*, ekstraudgift*, merpris*, pristillæg*, tillæg, tillægget, opkrævet
        nb: gebyr*, *gebyr, *gebyret, *gebyrer, *gebyrene, avgift*, *avgift, *avgiften, skjult kostnad, skjulte kostnader, skjulte gebyrer, ekstra kostnad*, ekstrakostnad*, tilleggskostnad*, pristillegg*, påslag, belastet
        fi: maksuineen, *maksu, *maksut, *maksuja, *maksun, lisämaksu*, kuukausimaksu*, avausmaksu*, kulut, kuluja, kulujen, lisäkulu*, piilokulu*, piilomaksu*, laskutuslisä*, veloitu*, veloitet*, veloitti*
        == price.value | Value for money | Prisvärdhet | Værdi for pengene | Verdi for pengene | Hinta-laatusuhde
        en: value for money, good value, great value, poor value, bad value, worth the money, worth the price, worth every penny, not worth, money's worth, bang for, for the price, reasonably priced, reasonable price*, fair price*, competitive price*, rip-off, ripoff, rip off, waste of money
        sv: prisvärd*, prisvärt, värt pengarna, värd pengarna, värda pengarna, värt priset, valuta för pengarna, mycket för pengarna, lite för pengarna, för pengarna, rimligt pris, rimliga priser, bra pris, bra priser, ocker*, inte värt, prisläge*
        da: værdi for pengene, valuta for pengene, for pengene, pengene værd, prisen værd, rimelig pris, rimelige priser, god pris, gode priser, fornuftig pris, fornuftige priser, overpris*, ågerpris*, prisvenlig*, ikke værd, prisleje*
        nb: verdi for pengene, valuta for pengene, for pengene, verdt pengene, pengene verdt, verdt prisen, rimelig pris, rimelige priser, god pris, gode priser, fornuftig pris, fornuftige priser, overpris*, prisgunstig*, ikke verdt, prisleie*
        fi: hinta-laatu*, hintalaatu*, hinta laatu*, hintansa arvoi*, hintansa väärti, rahan arvoi*, vastinetta rahalle, vastinetta rahoille, hintaan nähden, hintaansa nähden, kohtuuhintai*, kohtuullinen hinta, kohtuulliseen hintaan, ylihinnoitel*, ylihinta*, rahastus*, ryöstöhinta*
        == price.discounts | Discounts and campaigns | Rabatter och kampanjer | Rabatter og kampagner | Rabatter og kampanjer | Alennukset ja kampanjat
        en: discount*, campaign*, promotion*, promo, promos, promo code*, offers, special offer*, introductory offer*, welcome offer*, the offer, introductory price*, good deal, better deal, best deal, deals, voucher*, coupon*, loyalty discount*, price match*, reduced price*, black friday
        sv: rabatt*, *rabatt, *rabatten, kampanj*, *kampanj, *kampanjen, erbjudande*, *erbjudande, *erbjudandet, introduktionspris*, rea, rean, reapris*, kupong*, värdekod*, prismatch*, paketpris*, black friday
        da: rabat*, *rabat, *rabatten, kampagne*, *kampagne, *kampagnen, tilbuddene, *tilbud, *tilbuddet, introduktionspris*, udsalg*, kupon*, værdikode*, prismatch*, black friday
        nb: rabatt*, *rabatt, *rabatten, kampanje*, *kampanje, *kampanjen, tilbud, tilbudet, tilbudene, introduksjonspris*, utsalg*, kupong*, prismatch*, black friday, spesialtilbud*, velkomsttilbud*
        fi: alennu*, alennettu*, *alennus, *alennuksen, *alennusta, tarjousta, tarjoukset, tarjouksia, *tarjous, *tarjouksen, kampanja*, *kampanja, *kampanjan, etukoodi*, alekoodi*, ale, alehinta*, asiakasetu*, black friday

        = billing | Billing and payment | Fakturering och betalning | Fakturering og betaling | Fakturering og betaling | Laskutus ja maksaminen
        en: bill, bills, billed, billing, invoice*, invoicing, e-invoic*, einvoic*, e-bill*, ebill*, paper bill*, billing period*, billing cycle*, statement of account, account statement*
        sv: faktur*, *faktura, *fakturan, *fakturor, *fakturorna, e-faktur*, efaktur*, pappersfaktur*, räkning, räkningen, räkningar, räkningarna, debitering*, månadsräkning*
        da: regning, regningen, regninger, regningerne, mobilregning*, telefonregning*, faktura*, *faktura, *fakturaen, *fakturaer, fakturering*, opkrævning*, e-faktura*, e-boks, betalingsoversigt*
        nb: regning, regningen, regninger, regningene, mobilregning*, telefonregning*, faktura*, *faktura, *fakturaen, *fakturaer, fakturering*, efaktura*, e-faktura*, fakturert*, digipost
        fi: lasku*, e-lasku*, paperilasku*, puhelinlasku*, kuukausilasku*, loppulasku*, lisälasku*, nettilasku*, liittymälasku*
        == billing.errors | Invoice errors | Felaktiga fakturor | Fejl på regningen | Feil på regningen | Laskuvirheet
        en: wrong bill, wrong invoice, incorrect bill*, incorrect invoice*, billing error*, billing mistake*, invoice error*, mistake on my bill, error on my bill, charged twice, billed twice, double charged, double-charged, double billed, double-billed, charged double, wrongly charged, incorrectly charged, wrong amount, charged for something
        sv: felaktig faktura, felaktiga fakturor, felaktig räkning, fel faktura, fel på fakturan, fel på räkningen, fakturafel*, fel belopp, felaktigt belopp, felfakturer*, dubbeldebiter*, dubbelfakturer*, debiterad två gånger, debiterades två gånger, betala två gånger, betalat två gånger, betalt två gånger, dragit två gånger, dragits två gånger, överdebiter*
        da: forkert regning, forkerte regninger, fejl på regningen, fejl på fakturaen, forkert faktura, forkert beløb, fejlfakturer*, fejlopkræv*, dobbeltopkræv*, dobbeltfakturer*, opkrævet to gange, opkrævet dobbelt, trukket to gange, trukket dobbelt, betalt to gange, overopkræv*
        nb: feil på regningen, feil på fakturaen, feil regning, feil faktura, feil beløp, feilaktig regning, feilaktig faktura, feilfakturer*, dobbeltfakturer*, belastet to ganger, belastet dobbelt, trukket to ganger, trukket dobbelt, betalt to ganger, fakturert to ganger, fakturert dobbelt, dobbel belastning
        fi: laskuvirhe*, laskutusvirhe*, virheellinen lasku, virheellise* lasku*, väärä lasku, väärän laskun, väärä summa, väärin laskutet*, laskutettiin kahdesti, laskutettu kahdesti, laskutettiin kaksi kertaa, veloitettiin kahdesti, veloitettu kahdesti, tuplalasku*, tuplaveloi*, ylilaskutu*, liikaa laskutet*, maksoin kahdesti
        == billing.payment | Payment and direct debit | Betalning och autogiro | Betaling og betalingsservice | Betaling og avtalegiro | Maksaminen ja suoramaksu
        en: payment*, direct debit*, autopay, auto-pay, automatic payment*, standing order*, card payment*, credit card*, debit card*, due date*, pay the bill, pay my bill, pay the invoice, paying the bill, instalment*, installment*, debt collection, debt collector*, collection agency, paypal, apple pay, google pay, klarna
        sv: betalning*, kortbetalning*, delbetalning*, avbetalning*, autogiro*, betala fakturan, betala räkningen, påminnelseavgift*, förfallodag*, förfallodatum*, swish*, kreditkort*, betalkort*, inkasso*, kronofogde*, klarna, betalsätt*
        da: betaling*, kortbetaling*, afdrag*, mobilepay, kreditkort*, dankort*, forfaldsdato*, forfaldsdag*, rykkerbrev*, rykkergebyr*, rykkere, inkasso*, betale regningen, betale fakturaen, automatisk betaling*
        nb: betaling*, kortbetaling*, avbetaling*, delbetaling*, nedbetaling*, avtalegiro*, vipps, kredittkort*, forfallsdato*, forfallsdag*, purring*, purregebyr*, inkasso*, betale regningen, betale fakturaen, automatisk trekk
        fi: maksaminen, maksamisen, maksamista, maksettu*, maksettiin, maksoin, maksutapa*, maksutava*, suoramaksu*, verkkomaksu*, korttimaksu*, maksukortti*, luottokortti*, eräpäivä*, maksumuistutu*, muistutusmaksu*, perintä*, maksuaika*, maksuhäiriö*, osamaksu*, mobilepay, maksaa laskun, maksaa laskut
        == billing.refunds | Refunds | Återbetalningar | Tilbagebetalinger | Tilbakebetalinger | Hyvitykset
        en: refund*, reimburs*, money back, my money, credit note*, credited, credit back, compensation, compensate*, pay back, paid back, paying back, repaid, repay*, chargeback*
        sv: återbetal*, pengarna tillbaka, pengar tillbaka, tillbaka pengarna, krediter*, kreditfaktura*, kreditnota*, ersättning, ersättningen, kompensation*, kompenser*, gottgör*, gottgjord*, betala tillbaka, betalade tillbaka, betalat tillbaka
        da: tilbagebetal*, pengene tilbage, penge tilbage, kreditnota*, krediter*, godtgør*, godtgjort, kompensation*, kompenser*, erstatning, erstatningen, refusion*, refunder*, betale tilbage, betalte tilbage
        nb: tilbakebetal*, pengene tilbake, penger tilbake, kreditnota*, krediter*, refusjon*, refunder*, kompensasjon*, kompenser*, erstatning, erstatningen, godtgjør*, godtgjort*, betale tilbake, betalte tilbake, betalt tilbake
        fi: hyvity*, hyvite*, hyvitti*, rahat takaisin, rahani takaisin, rahoja takaisin, rahojen palautu*, rahanpalautu*, maksun palautu*, takaisinmaksu*, korvau*, korvattiin, korvasivat

        = waiting | Waiting time | Väntetid | Ventetid | Ventetid | Odotusaika
        en: wait, waits, waited, waiting, waiting time*, wait time*, took ages, takes ages, taking ages, took forever, takes forever, taking forever, ages before, forever before, still waiting, long wait*, hours waiting
        sv: vänta, väntar, väntade, väntat, *väntan, vänteläge*, väntelista*, tog en evighet, tar en evighet, en evighet, evigheter, dröjde, dröjer, dröjsmål*, tog lång tid, tar lång tid, tog timmar, tog veckor, väntetid*, *väntetid, *väntetiden
        da: vente, venter, ventede, ventet, venten, venteliste*, tog en evighed, tager en evighed, en evighed, evigheder, tog lang tid, tager lang tid, varede længe, trak ud, trækker ud, tog timer, tog uger, ventetid*, *ventetid, *ventetiden
        nb: vente, venter, ventet, venting*, venteliste*, tok en evighet, tar en evighet, en evighet, evigheter, tok lang tid, tar lang tid, drøyde, drøyer, trakk ut, tok timer, tok uker, ventetid*, *ventetid, *ventetiden
        fi: odotusaja*, odottel*, odottamaan, odottamista, odottaminen, odotettava*, jouduin odottamaan, kesti ikuisuuden, kestää ikuisuuden, ikuisuu*, kesti kauan, kestää kauan, kesti pitkään, kestää pitkään, kesti tunteja, kesti viikkoja, odotusaik*, *odotusaika, *odotusaikaa
        == waiting.queue | Phone queue | Telefonkö | Telefonkø | Telefonkø | Puhelinjono
        en: queue*, queuing, on hold, hold music, holding music, hold time*, place in line, position in line, waiting line*, call queue*, in line for
        sv: kö, kön, köer, köa, köade, köat, köar, kötid*, köplats*, väntmusik*, pausmusik*, telefonkö*, kassakö*, supportkö*
        da: køerne, *kø, *køen, *køer, køtid*, ventemusik*, køplads*, telefonkø*
        nb: køene, *kø, *køen, *køer, køtid*, ventemusikk*, køplass*, telefonkø*
        fi: jonot, jonoja, *jono, *jonon, *jonossa, *jonosta, *jonoon, *jonoa, jonotta*, jonotin, jonotus*, jonotimme
        == waiting.response | Response time | Svarstid | Svartid | Svartid | Vastausaika
        en: response time*, reply time*, no reply, no response, never replied, never responded, never answered, never got back, never heard back, didn't hear back, did not hear back, still no answer, still no reply, slow response*, quick response*, fast response*, quick reply, fast reply, replied quickly, responded quickly, answered quickly, got back to me
        sv: inget svar, fick inget svar, inte fått svar, aldrig fått svar, svarade aldrig, svarar inte, svarade inte, svarade snabbt, snabbt svar, snabba svar, återkom aldrig, återkom snabbt, återkoppling*, handläggningstid*, hört av sig, hörde av sig, svarstid*, *svarstiden
        da: intet svar, ikke fået svar, ikke noget svar, aldrig fået svar, svarede aldrig, svarer ikke, svarede ikke, svarede hurtigt, hurtigt svar, hurtige svar, vendte aldrig tilbage, vendte hurtigt tilbage, behandlingstid*, sagsbehandlingstid*, hørt fra jer, svartid*, *svartiden
        nb: ikke fått svar, ikke noe svar, aldri fått svar, svarte aldri, svarer ikke, svarte ikke, svarte raskt, raskt svar, raske svar, kom aldri tilbake, kom raskt tilbake, tilbakemelding*, behandlingstid*, saksbehandlingstid*, hørt noe, svartid*, *svartiden
        fi: vastausaik*, vastausaja*, ei vastausta, en saanut vastausta, ei vastannut, eivät vastanneet, ei ole vastattu, vastaamatta, vastattiin nopeasti, vastasivat nopeasti, vastasi nopeasti, nopea vastaus, nopean vastauksen, käsittelyaik*, käsittelyaja*, palasivat asiaan, ei palannut asiaan, palattu asiaan
        == waiting.callback | Call-back | Återuppringning | Opringning | Tilbakeringing | Takaisinsoitto
        en: call-back*, callback*, call back, called back, calls back, calling back, call me back, called me back, ring back, rang back, ring me back, rang me back, phone back, phoned back, never called, never rang, never phoned
        sv: återuppring*, uppringd, uppringning*, ringa upp, ringde upp, ringer upp, ringas upp, ringa tillbaka, ringde tillbaka, ringer tillbaka, ring tillbaka, ringt tillbaka, ringde aldrig, lovade att ringa, skulle ringa
        da: opringning*, ringet op, ringe op, ringer op, ringes op, ringe tilbage, ringede tilbage, ringer tilbage, ring tilbage, ringet tilbage, ringede aldrig, lovede at ringe, lovet at ringe, skulle ringe
        nb: tilbakeringing*, oppringing*, ringt opp, ringe opp, ringer opp, ringes opp, ringe tilbake, ringte tilbake, ringer tilbake, ring tilbake, ringt tilbake, ringte aldri, skulle ringe
        fi: takaisinsoit*, soittopyyntö*, soittopyynnö*, soittaa takaisin, soitetaan takaisin, soitettiin takaisin, soitti takaisin, soittivat takaisin, kukaan ei soittanut, ei soitettu, eivät soittaneet, luvattiin soittaa, lupasivat soittaa, lupasi soittaa

        = staff | Staff | Personal | Personale | Ansatte | Henkilökunta
        en: staff, employee*, personnel, salesperson*, salespeople, sales assistant*, shop assistant*, seller, sellers, salesman, saleswoman, agent, agents, advisor*, adviser*, representative*, clerk*, cashier*, the person, nobody in the store, store knew, shop knew
        sv: personalens, *personal, *personalen, anställd, anställda, medarbetar*, *medarbetare, *medarbetaren, säljar*, *säljare, *säljaren, handläggar*, rådgivar*, killen, tjejen, personen, butiken visste, expediten, expediterna
        da: personalets, *personale, *personalet, medarbejder*, *medarbejder, *medarbejderen, *medarbejdere, ansat, ansatte, sælger, sælgeren, sælgere, sælgerne, rådgiver*, ekspedient*, fyren, damen, personen, butikken vidste
        nb: ansatt, ansatte, personale, *personalet, medarbeider*, *medarbeider, *medarbeideren, *medarbeidere, selger, selgeren, selgere, selgerne, rådgiver*, ekspeditør*, betjening*, fyren, dama, damen, personen, butikken visste
        fi: henkilökun*, henkilöstö*, myyj*, asiakaspalvelija*, asiakasneuvoja*, palveluneuvoja*, myyntineuvoja*, virkailija*, asiantuntija*, henkilö, henkilön, henkilöt, kukaan myymälässä, kukaan liikkeessä, työntekijä*, *työntekijä, *työntekijät
        == staff.attitude | Friendliness and attitude | Bemötande | Venlighed og attitude | Vennlighet og holdning | Ystävällisyys ja asenne
        en: friendly, unfriendly, friendliness, rude*, polite*, impolite*, courteous, attitude*, arrogant*, condescending, patient, impatient, patience, respectful, disrespectful, welcoming, greeted, smile*, smiling, dismissive, grumpy, hostile, treated me, treated like, not interested
        sv: trevlig*, otrevlig*, vänlig, vänligt, vänliga, ovänlig*, vänlighet*, bemöt*, oförskämd*, artig*, oartig*, nonchalant*, arrogant*, nedlåtande, tålmodig*, otålig*, attityd*, respektlös*, ointresserad*, tillmötesgående, välkomnande, leende, hälsade
        da: venlig, venligt, venlige, uvenlig*, venlighed*, høflig*, uhøflig*, flink, flinke, sød, søde, arrogant*, nedladende, tålmodig*, utålmodig*, attitude*, respektløs*, uinteresseret*, imødekommende, taget imod, tog imod, smil*, uforskammet*, ligeglad*
        nb: hyggelig*, vennlig, vennlige, vennlighet*, uvennlig*, høflig*, uhøflig*, frekk*, arrogant*, nedlatende, tålmodig*, utålmodig*, holdning*, respektløs*, uinteressert*, imøtekommende, blid*, tatt imot, tok imot, tok godt imot, smil*, oppførsel*, ufin*, likegyldig*
        fi: ystävälli*, epäystävälli*, kohteli*, epäkohteli*, kohtelu*, töykeä*, tyly*, ylimieli*, asenne, asenteen, asennetta, asenteesta, asenteet, kärsivälli*, palvelualtis*, palvelualttiu*, hymy*, empaatti*, kiinnostuneelta, epäasiallise*, huomioitiin, huomioiva*, kärsimät*, välinpitämät*
        == staff.competence | Competence and knowledge | Kompetens | Kompetence | Kompetanse | Osaaminen
        en: knowledgeable, knowledge, competent, incompetent, competence, incompetence, unprofessional, expert, experts, expertise, clueless, knew what, knew how, nobody knew, different answers, conflicting answers, contradictory, trained, untrained, advice, advise*, well informed, ill-informed, misinformed, professional*
        sv: kunnig*, okunnig*, kunskap*, kompetent*, inkompetent*, kompetens*, professionell*, oprofessionell*, proffsig*, oproffsig*, sakkunnig*, fackkunnig*, expert*, ingen visste, visste hur, visste vad, olika svar, motstridiga svar, motstridig*, bra råd, goda råd, dåliga råd, rådgivning*, utbildad*, outbildad*
        da: kyndig*, ukyndig*, kompetent*, inkompetent*, kompetence*, professionel*, uprofessionel*, fagligt, faglig dygtig*, dygtig*, udygtig*, vidste hvordan, vidste hvad, ingen vidste, forskellige svar, modstridende, rådgivning*, gode råd, god rådgivning, dårlige råd, ekspert*, styr på, uddannet*, viden
        nb: kunnskap*, kompetent*, inkompetent*, kompetanse*, profesjonell*, uprofesjonell*, proff, proffe, faglig*, flink*, dyktig*, udyktig*, visste hvordan, visste hva, ingen visste, forskjellige svar, motstridende, ekspert*, gode råd, godt råd, dårlige råd, rådgivning*, peiling*, styr på
        fi: osaava*, osaamat*, osaaminen, osaamista, osaamisen, ammattitai*, ammattimai*, epäammattimai*, asiantunteva*, asiantuntemu*, pätevä*, epäpätevä*, tietämättö*, tietämys*, ei osannut, eivät osanneet, ei tiennyt, eri vastau*, ristiriitai*, neuvoja, neuvot, neuvoa, neuvonta*, neuvoi, hyviä neuvoja
        == staff.helpfulness | Helpfulness | Hjälpsamhet | Hjælpsomhed | Hjelpsomhet | Avuliaisuus
        en: helpful*, unhelpful*, out of their way, above and beyond, extra mile, willing to help, unwilling to help, interested in helping, refused to help, bent over backwards, tried their best, did their best, took their time, took the time, who helped me, nothing to help, no help
        sv: hjälpsam*, ohjälpsam*, tjänstvillig*, ställde upp, ställer upp, ville hjälpa, ville inte hjälpa, vägrade hjälpa, intresserad av att hjälpa, gjorde allt, gjorde sitt bästa, extra milen, tog sig tid, tar sig tid, som hjälpte mig, ingen hjälp, engagerad*, engagemang*, serviceinriktad*, servicemedveten*, serviceminded
        da: hjælpsom*, uhjælpsom*, villig til at hjælpe, ville hjælpe, ville ikke hjælpe, nægtede at hjælpe, gjorde alt, gjorde sit bedste, gik langt, tog sig tid, tog sig god tid, der hjalp mig, ingen hjælp, engageret*, engagement*, servicemind*, serviceorienteret*
        nb: hjelpsom*, uhjelpsom*, ville hjelpe, ville ikke hjelpe, gjorde alt, gjorde sitt beste, strakk seg langt, tok seg tid, tok seg god tid, som hjalp meg, ingen hjelp, engasjert*, engasjement*, serviceinnstil*, serviceminded
        fi: avulia*, auttava*, halusi auttaa, halusivat auttaa, ei halunnut auttaa, eivät halunneet auttaa, kieltäytyi auttamasta, näki vaivaa, näkivät vaivaa, paneutu*, kiireettä, ei auttanut, eivät auttaneet, auttanut henkilö, auttoi paljon, ei apua, avuksi

        = service | Customer service | Kundservice | Kundeservice | Kundeservice | Asiakaspalvelu
        en: customer service*, customer support, customer care, support, support team, tech support, technical support, helpdesk, help desk, service desk, contact centre, contact center, call centre, call center, hotline, customer centre
        sv: kundservice*, kundtjänst*, *kundtjänst, *kundtjänsten, *support, kundsupport*, kundcenter*, kundmottagning*, servicedesk*, helpdesk*, callcenter*, kontaktcenter*, supportavdelning*, teknisk support, supporten, supportens
        da: kundeservice*, kundesupport*, *support, kundecenter*, kundecentre*, hotline*, callcenter*, kundeafdeling*, servicecenter*, helpdesk*, teknisk support, supporten
        nb: kundeservice*, kundesenter*, kundestøtte*, *support, brukerstøtte*, kundebehandling*, callsenter*, callcenter*, kundetjeneste*, teknisk støtte, hotline*, helpdesk*, supporten
        fi: asiakastuki*, tekninen tuki, teknisen tuen, tukipalvelu*, palvelunumero*, asiakaskeskus*, helpdesk*, asiakasneuvonta*, yhteydenot*, asiakaspalvelu*, *asiakaspalvelu, *asiakaspalvelun, *asiakaspalvelua
        == service.reachability | Reachability | Tillgänglighet | Tilgængelighed | Tilgjengelighet | Tavoitettavuus
        en: hard to reach, impossible to reach, couldn't reach, could not reach, unable to reach, reachable, unreachable, get through, got through, getting through, get hold of, got hold of, get in touch, got in touch, chat, chats, chatting, chatted, live chat, line was busy, lines were busy, busy signal, no way to contact
        sv: svårt att nå, omöjligt att nå, gick inte att nå, nå kundtjänst, nå någon, nåbar*, onåbar*, få tag på, fick tag på, få kontakt, fick kontakt, chat, chatt, chatta, chattade, chatten, livechatt*, upptaget, kontakta er, komma fram på telefon, kom fram på telefon
        da: svært at få fat, umuligt at få fat, komme igennem, kom igennem, få kontakt, fik kontakt, chat, chatte, chattede, chatten, livechat*, optaget, kontakte jer, fange jer, få fat, fik fat
        nb: nå dere, nå kundeservice, komme gjennom, kom gjennom, få kontakt, fikk kontakt, chat, chatte, chattet, chatten, livechat*, kontakte dere, nå fram, nådde fram, få tak, fikk tak
        fi: tavoittaa, tavoittanut, tavoitin, tavoittamaan, tavoitettavuu*, tavoitettavissa, tavoittamatto*, tavoittamis*, en saanut yhteyttä, saada yhteyttä, sain yhteyden, linjat varattu*, linja oli varattu, chat, chatti*, chatissa, chatin, chatista, chattailin, livechat*
        == service.resolution | Resolution | Lösning av ärendet | Løsning af sagen | Løsning av saken | Asian ratkaisu
        en: solved, solve, resolved, resolve, resolution, unresolved, unsolved, solution*, fixed the, fixed it, got fixed, was fixed, fix the, fix it, first call, first contact, sorted out, my case, closed my case, ticket*, responsib*, explain the same, same problem, repeat myself, escalat*
        sv: löst, lösa, löstes, löste, olöst*, lösning*, åtgärd*, ärende*, *ärende, *ärendet, fixade, fixat, första samtalet, första kontakten, ta ansvar, tog ansvar, ansvar, förklara samma, samma problem, om och om igen, eskaler*, uppföljning*, följde upp, följa upp, problemlösning*
        da: løst, løse, løstes, uløst*, løsning*, rettede fejlen, rettet fejlen, udbedre*, fikset, første opkald, første henvendelse, første kontakt, min sag, sagsnummer*, tog ansvar, ansvar, forklare det samme, samme problem, igen og igen, eskaler*, fulgte op, følge op, opfølgning*, problemløsning*
        nb: løst, løse, løstes, uløst*, løsning*, rettet feilen, rettet opp, fikset, første samtale, første henvendelse, første kontakt, saken min, min sak, lukket saken, saksnummer*, tok ansvar, ansvar, forklare det samme, samme problemet, om og om igjen, eskaler*, fulgte opp, følge opp, oppfølging*, problemløsning*
        fi: ratkai*, ratke*, korjasivat, korjasi, korjattiin, korjattu*, korjaantui, korjaantunut, korjaus*, kuntoon, tapaukseni, tapausnumero*, sulkivat tapauk*, tiketti*, tiketin, vastuu*, selittä* saman, saman ongelman, sama ongelma, uudestaan ja uudestaan, ensimmäisellä soitolla, ensimmäisellä puhelulla, ensimmäisellä yhteydenotolla, ensimmäisellä kerralla, eskaloi*

        = delivery | Delivery | Leverans | Levering | Levering | Toimitus
        en: deliver*, shipping, shipment*, shipped, parcel*, courier*, postnord, dhl, pickup point*, pick-up point*, collection point*, parcel locker*, my order, our order, order arrived, order number*
        sv: leverans*, *leverans, *leveransen, leverera*, försändelse*, *frakt, utlämningsställe*, ombud, ombudet, postnord, paketombud*, budbil*, beställningen, min beställning, paketskåp*, paketbox*, postlåda*, brevlåda*, frakten, fraktkostnad*, fraktavgift*, fraktbolag*, fraktfri*
        da: levering*, leveret, leverede, forsendelse*, fragt*, pakkeshop*, pakkeboks*, udleveringssted*, postnord, gls, bestillingen, min bestilling, postkasse*, hjemmelevering*, pakkelevering*
        nb: levering*, levert, leverte, forsendelse*, pakkeboks*, hentested*, utleveringssted*, posten, sendingen, bestillingen, min bestilling, postkasse*, hjemlevering*, pakkelevering*, frakt, frakten, fraktkostnad*, fraktfri*, returfrakt*
        fi: toimitet*, toimittivat, lähetys, lähetyksen, postipaketti*, paketti, paketin, pakettia, noutopiste*, pakettiautomaatti*, posti, postin, postista, kuriiri*, tilaukse*, tilaus, tilausta, rahti*, toimitus, toimituksen, toimitusta, toimitukset, toimituksessa, toimitukseen, toimituskulu*
        == delivery.time | Delivery time | Leveranstid | Leveringstid | Leveringstid | Toimitusaika
        en: delivery time*, delivered on time, arrived on time, arrived quickly, arrived late, late delivery, delayed, delay, delays, never arrived, still not arrived, hasn't arrived, has not arrived, haven't received, have not received, next day delivery, next-day delivery, fast delivery, quick delivery, slow delivery, shipping time*
        sv: leveranstid*, försen*, kom aldrig fram, har inte kommit, inte kommit fram, snabb leverans, snabba leveranser, snabbt levererat, levererades snabbt, långsam leverans, leveransdatum*, leveransdag*, dagen efter, utlovad leverans, leveransförsening*
        da: leveringstid*, forsink*, kom aldrig frem, ikke kommet frem, ikke modtaget, hurtig levering, langsom levering, leveringsdato*, leveringsdag*, dagen efter, næste dag, leveret til tiden, leveret hurtigt, leveringsforsinkelse*
        nb: leveringstid*, forsink*, kom aldri fram, ikke kommet fram, ikke mottatt, rask levering, treg levering, leveringsdato*, leveringsdag*, dagen etter, neste dag, levert raskt, leveringsforsinkelse*
        fi: toimitusaik*, toimitusaja*, viivästy*, ei saapunut, ei ole saapunut, ei ole vieläkään tullut, saapui nopeasti, saapui ajallaan, nopea toimitus, nopeasti perille, hidas toimitus, toimituspäivä*, seuraavana päivänä
        == delivery.tracking | Tracking | Spårning | Sporing | Sporing | Seuranta
        en: tracking*, track my, track the, tracked, track and trace, tracking number*, tracking link*, tracking code*, order status, shipment status, delivery status, delivery notification*, where is my parcel, where is my order, where is my package
        sv: spårning*, spåra*, kollinummer*, kolli-id*, sändnings-id*, sändningsnummer*, leveransavisering*, leveransstatus*, orderstatus*, följa paketet, följa leveransen, följa försändelsen, var paketet, var mitt paket
        da: sporing*, sporbar*, track and trace, følge pakken, følge forsendelsen, ordrestatus*, leveringsstatus*, pakkenummer*, hvor pakken, hvor min pakke, spore, spores
        nb: sporing*, sporbar*, følge pakken, følge sendingen, ordrestatus*, leveringsstatus*, sendingsnummer*, kollinummer*, hvor pakken, hvor er pakken, spore, spores
        fi: seuranta*, seurannan, seurata pakettia, seurata lähetystä, seurata toimitusta, lähetystunnu*, lähetysnumero*, tilauksen tila, toimituksen tila, lähetyksen tila, missä paketti, missä tilaus, missä lähetys
        == delivery.damaged | Damaged or wrong item | Skadad eller fel vara | Beskadiget eller forkert vare | Skadet eller feil vare | Vaurioitunut tai väärä tuote
        en: damaged, broken on arrival, arrived broken, dead on arrival, wrong item*, wrong product*, wrong model, wrong size, wrong colour, wrong color, missing item*, missing part*, item missing, items missing, crushed, dented, scratched
        sv: skadad*, skadat, kom trasig, kom trasigt, trasig vid leverans, fel vara, fel produkt, fel modell, fel färg, fel storlek, saknades, saknade delar, delar saknades, krossad*, repig*, bucklig*, inte det jag beställt
        da: beskadig*, forkert vare, forkert produkt, forkert model, forkert farve, forkert størrelse, manglende dele, knust*, ridse*, bulet, ikke det jeg bestilte, ankom beskadiget, stykker ved levering, ødelagt ved levering, manglede dele
        nb: skadet, skadd, knust*, feil vare, feil produkt, feil modell, feil farge, feil størrelse, manglende deler, deler manglet, ripe*, bulkete, ikke det jeg bestilte, kom skadet, stykker ved levering, ødelagt ved levering
        fi: vaurioitu*, vahingoittu*, saapui rikki, tuli rikki, rikki saapu*, väärä tuote, väärän tuotteen, väärä malli, väärä väri, väärä koko, puuttui, puuttuvat osat, osia puuttui, naarmu*, kolhiintu*, lommo*, murskaantu*, ei sitä mitä tilasin

        = product | Product quality | Produktkvalitet | Produktkvalitet | Produktkvalitet | Tuotteen laatu
        en: quality, poor quality, good quality, low quality, high quality, build quality, product, products, well made, badly made, poorly made, cheaply made, material*, workmanship
        sv: kvalitet*, *kvalitet, *kvaliteten, produkter, produkterna, *produkt, *produkten, varan, varorna, välgjord*, material*, byggkvalitet*, tillverkare*
        da: kvalitet*, *kvalitet, *kvaliteten, produkter, produkterne, *produkt, *produktet, varen, velfremstillet, materiale*, producent*, fabrikat*
        nb: kvalitet*, *kvalitet, *kvaliteten, produkter, produktene, *produkt, *produktet, varen, varene, materiale*, produsent*, solid laget, dårlig laget
        fi: laatu*, laadu*, *laatu, *laatua, *laadun, tuotteen, tuotetta, tuotteet, tuotteita, tuotteessa, tuotteesta, *tuote, materiaali*, valmistaja*, heikkolaatui*, hyvälaatui*
        == product.defects | Defects | Fel och defekter | Fejl og defekter | Feil og defekter | Viat
        en: faulty, broken, broke down, stopped working, won't turn on, wouldn't turn on, doesn't turn on, does not turn on, malfunction*, manufacturing fault*, factory fault*, hardware fault*, overheat*, cracked, keeps restarting, dead battery, defect, defects, defective
        sv: defekt*, trasig*, sönder, gick sönder, gått sönder, fabriksfel*, tillverkningsfel*, slutade fungera, slutat fungera, slutade funka, startar inte, går inte igång, glapp*, hårdvarufel*, överhett*, startar om hela tiden, spricka, sprucken
        da: defekt*, ødelagt*, fabriksfejl*, produktionsfejl*, tænder ikke, starter ikke, overophed*, hardwarefejl*, genstarter hele tiden, revnet, revne, stykker, holdt op med, virker ikke længere, fungerer ikke længere
        nb: defekt*, ødelagt*, fabrikasjonsfeil*, produksjonsfeil*, skrur seg ikke på, starter ikke, overopphet*, hardwarefeil*, sprukket, sprekk, stykker, virker ikke lenger, fungerer ikke lenger, funker ikke lenger, starter på nytt
        fi: viallinen, viallise*, laitevika*, tehdasvika*, valmistusvika*, tehdasvirhe*, valmistusvirhe*, rikki, rikkinäinen, rikkinäise*, hajosi, hajonnut, hajoaa, hajosivat, lakkasi toimimasta, ei käynnisty, ylikuumene*, käynnistyy uudelleen, haljennut, säröi*
        == product.durability | Durability | Hållbarhet | Holdbarhed | Holdbarhet | Kestävyys
        en: durable, durability, long-lasting, long lasting, lasted only, only lasted, didn't last, did not last, lasts long, wore out, worn out, wear and tear, broke after, stopped working after, battery life, sturdy, flimsy, fragile, robust, built to last, fell apart, falls apart
        sv: slitstark*, sliten, slitet, slitna, slitage*, höll bara, höll inte, håller inte, håller länge, batteritid*, batteriet håller, gick sönder efter, ömtålig*, bräcklig*, robust*, tålig*, föll isär, faller isär, livslängd*, håller bra, höll länge
        da: holdbar*, slidstærk*, slidt, slidte, slid, holdt kun, holdt ikke, holder ikke, holder længe, batteritid*, batteriet holder, skrøbelig*, robust*, faldt fra hinanden, levetid*, stykker efter
        nb: holdbar*, slitesterk*, slitt, slitte, slitasje*, holdt bare, holdt ikke, holder ikke, varer lenge, batteritid*, batteriet holder, robust*, falt fra hverandre, levetid*, stykker etter, skjør, skjøre
        fi: kestävä*, kestävyy*, kestämätön*, kestämättö*, kesti vain, kestänyt vain, ei kestä, ei kestänyt, kulumi*, akunkesto*, akun kesto, akku kestää, hajosi jo, hauras*, pitkäikäi*, lyhytikäi*, käyttöikä*, käyttöiän
        == product.equipment | Devices and equipment | Utrustning | Udstyr | Utstyr | Laitteet
        en: router*, modem*, set-top box*, tv box*, decoder*, mesh, extender*, repeater*, equipment, device*, hardware, handset*, mobile phone*, smartphone*, sim card*, esim, e-sim*, charger*
        sv: router*, *routern, modem*, *modem, tv-box*, tvbox*, digitalbox*, boxen, mesh*, förstärkar*, utrustning*, enhet, enheten, enheter, mobiltelefon*, sim-kort*, simkort*, e-sim*, esim-kort*, laddare*, hårdvara*
        da: router*, *routeren, modem*, *modem, tv-boks*, boksen, dekoder*, mesh*, forstærker*, udstyr*, enhed, enheden, enheder, mobiltelefon*, simkort*, sim-kort*, e-sim*, esim-kort*, oplader*, hardware*
        nb: ruter, router*, *ruteren, modem*, *modem, tv-boks*, dekoder*, boksen, mesh*, forsterker*, utstyr*, enhet, enheten, enheter, mobiltelefon*, simkort*, sim-kort*, e-sim*, esim-kort*, laderen, hardware*
        fi: reititti*, *reititin, modeemi*, *modeemi, digiboksi*, tv-boksi*, boksi*, mesh*, laitteet, laitteen, laitteita, laitteessa, laitteesta, laitteisto*, *laite, matkapuhelin*, älypuhelin*, sim-kortti*, simkortti*, e-sim*, laturi*

        = digital | Digital channels | Digitala kanaler | Digitale kanaler | Digitale kanaler | Digitaaliset kanavat
        en: digital, online, self-service, self service, my pages, my account, crash*, bug, bugs, buggy, glitch*, error message*, won't load, doesn't load, does not load, froze, freezes, freezing up
        sv: digital*, självservice*, mina sidor, mitt konto, online, krasch*, bugg*, felmeddelande*, laddar inte, laddar länge, hänger sig, hängde sig, frös, fryser, strular
        da: digital*, selvbetjening*, mine sider, min side, min konto, online, crash*, fejlmeddelelse*, bug, bugs, buggy, loader ikke, indlæser ikke, frøs, fryser, hænger fast
        nb: digital*, selvbetjening*, mine sider, min side, min konto, online, krasj*, *krasjer, feilmelding*, bugg*, bug, laster ikke, henger seg, hang seg, frøs, fryser
        fi: digitaali*, itsepalvelu*, omat sivut, omilla sivuilla, omille sivuille, oma tili, online, kaatu*, bugi*, bugeja, virheilmoitu*, jumittaa, jumittui, jumittuu, jumissa, ei lataudu, ei aukea, verkkopalvelu*
        == digital.app | App | Appen | Appen | Appen | Sovellus
        en: app, apps, app's, in-app, mobile app*, app store, play store, google play, app update*, app version*, ios, android, application
        sv: app, appen, appar, apparna, appens, *-appen, *-app, mobilapp*, applikation*, appstore, app store, google play, appuppdatering*, ios, android
        da: app, appen, apps, appsene, appens, *-appen, *-app, mobilapp*, applikation*, app store, google play, appopdatering*, ios, android
        nb: app, appen, apper, appene, appens, *-appen, *-app, mobilapp*, applikasjon*, app store, google play, appoppdatering*, ios, android
        fi: äppi*, äpi*, applikaatio*, app store, google play, play kauppa, ios, android, sovellu*, *sovellus, *sovelluksen, *sovelluksessa, *sovellusta
        == digital.website | Website | Webbplatsen | Hjemmesiden | Nettsiden | Verkkosivut
        en: website*, web site*, web page*, webpage*, webshop*, web shop*, online shop*, online store*, the site, your site, homepage*, address check*, availability check*, order form*, checkout, check-out, navigation, navigate, search function*
        sv: webbplats*, *webbplats, *webbplatsen, hemsida*, webbsida*, webben, webbshop*, webbutik*, nätbutik*, sajt*, *sajten, adresskoll*, adresskontroll*, sökfunktion*, navigering*, navigera*, beställningsformulär*, kontaktformulär*, webbformulär*
        da: webside*, website*, webshop*, netbutik*, sitet, adressetjek*, adressesøgning*, søgefunktion*, navigation*, navigere*, jeres side, netside*, hjemmeside*, formular*, *formular, *formularen
        nb: nettsted*, hjemmeside*, webside*, website*, nettbutikk*, adressesjekk*, bestillingsskjema*, kontaktskjema*, skjemaet, søkefunksjon*, navigering*, navigere*, nettside*, *nettside, *nettsiden, *nettsider
        fi: kotisivu*, verkkokaupp*, nettikauppa*, sivusto*, osoitehak*, osoitehau*, saatavuushak*, saatavuushau*, hakutoiminto*, sivuillanne, sivuiltanne, tilauslomak*, verkkolomak*, yhteydenottolomak*, lomake, verkkosivu*, nettisivu*, lomakkee*, *lomakkeella, *lomakkeen
        == digital.login | Login and BankID | Inloggning och BankID | Login og MitID | Innlogging og BankID | Kirjautuminen ja pankkitunnukset
        en: log in, login*, log-in, logged in, logging in, logs me out, logging me out, logged me out, log out, logged out, logging out, sign in, signing in, signed in, password*, one-time code*, verification code*, two-factor, 2fa, bankid, mitid, username*, locked out, can't log, cannot log
        sv: inlogg*, logga in, loggar in, loggade in, loggat in, logga ut, loggar ut, loggade ut, utlogg*, lösenord*, bankid*, *bankid, mobilt bankid, engångskod*, verifieringskod*, tvåfaktor*, användarnamn*, freja eid, utelåst, *inloggning, *inloggningen
        da: login*, log ind, logge ind, logger ind, loggede ind, logget ind, log ud, logge ud, logger ud, logget ud, logger mig, log-in*, adgangskode*, kodeord*, mitid*, nemid*, engangskode*, verifikationskode*, totrinsbekræftelse*, brugernavn*, låst ude
        nb: innlogg*, log inn, logge inn, logger inn, logget inn, logga inn, logge ut, logger ut, logget ut, logger meg, passord*, bankid*, *bankid, engangskode*, verifiseringskode*, tofaktor*, brukernavn*, låst ute, login*, *innlogging, *innloggingen
        fi: kirjaudu*, kirjaa minut, kirjasi minut, tunnistautu*, tunnistaudu*, pankkitunnu*, mobiilivarmen*, salasana*, kertakäyttökoodi*, kertakäyttöinen koodi, vahvistuskoodi*, tunnistuskoodi*, käyttäjätunnu*, tunnukset, tunnuksilla, tunnuksia, login*, kirjautu*, sisäänkirjautu*, uloskirjautu*
        == digital.chatbot | Chat bot | Chattbot | Chatbot | Chatbot | Chatbotti
        en: chatbot*, chat bot*, chat-bot*, bot, bots, virtual assistant*, digital assistant*, ai assistant*, automated chat, automated answers, automatic answers, automated replies, robot*, real person, phone menu*, voice menu*, ivr, real human, human being, actual person, live agent
        sv: chattbot*, chatbot*, bot, roboten, robot, virtuell assistent, digital assistent, ai-assistent*, automatiska svar, automatsvar*, prata med en människa, riktig människa, riktig person, talsvar*, röstrobot*, knappval*, telefonval*, en riktig människa
        da: chatbot*, bot, robot, robotten, virtuel assistent, digital assistent, ai-assistent*, automatiske svar, automatsvar*, tale med et menneske, rigtigt menneske, rigtig person, talerobot*, stemmerobot*, telefonmenu*, et rigtigt menneske
        nb: chatbot*, chattebot*, bot, robot, roboten, virtuell assistent, digital assistent, ai-assistent*, automatiske svar, automatsvar*, snakke med et menneske, ekte menneske, ekte person, talerobot*, chatterobot*, telefonmeny*, et ekte menneske
        fi: chatbot*, chattibot*, botti*, *botti, robotti*, virtuaaliavustaja*, digiavustaja*, tekoäly*, automaattinen vastaus, automaattise* vastau*, oikea ihminen, oikean ihmisen, ihmisen kanssa, puheautomaatti*

        = network | Network and coverage | Nät och täckning | Net og dækning | Nett og dekning | Verkko ja kuuluvuus
        en: network*, internet, broadband*, fibre, fiber, connection, connectivity, wifi, wi-fi, 4g, 5g, mobile data, data connection*, mobile network*, home internet
        sv: nät, nätet, näten, nätverk*, mobilnät*, internet*, fiber*, uppkoppl*, wifi*, wi-fi*, 4g, 5g, mobildata*, anslutningen, telenät*, stadsnät*, 4g-nät*, 5g-nät*, telefonnät*, bredband*, *bredband, *bredbandet, *uppkoppling, *uppkopplingen
        da: net, nettet, netværk*, mobilnet*, internet*, *internet, fiber*, forbindelsen, netforbindelse*, dataforbindelse*, wifi*, wi-fi*, 4g, 5g, mobildata*, pålidelig forbindelse, stabil forbindelse, ustabil forbindelse, dårlig forbindelse, god forbindelse, bredbånd*, *bredbånd, *bredbåndet
        nb: nett, nettet, nettverk*, mobilnett*, internett*, *internett, fiber*, forbindelsen, nettforbindelse*, dataforbindelse*, wifi*, wi-fi*, 4g, 5g, mobildata*, pålitelig forbindelse, stabil forbindelse, ustabil forbindelse, dårlig forbindelse, god forbindelse, bredbånd*, *bredbånd, *bredbåndet
        fi: verkko, verkkoa, verkkoon, nettiä, nettiin, nettiyhtey*, yhteys, internet*, laajakaista*, kuitu*, wifi*, wi-fi*, 4g, 5g, mobiilidata*, netti, kotinetti*, mobiilinetti*, verkkoyhtey*, mobiiliyhtey*, puhelinverk*, verko*, neti*, 4g-verk*, 5g-verk*
        == network.coverage | Mobile coverage | Mobiltäckning | Mobildækning | Mobildekning | Kuuluvuus
        en: coverage, signal*, reception, dead zone*, dead spot*, black spot*, blind spot*, dropped call*, calls drop*, calls keep dropping, call drops, mast, masts, phone mast*, base station*, no bars, one bar, out of range
        sv: täckning*, signal*, mottagning, mottagningen, döda zoner, död zon, vita fläckar, samtalen bryts, samtal bryts, tappar samtal, tappade samtal, masten, mobilmast*, basstation*, inga streck, ett streck, *täckning, *täckningen
        da: dækning*, signal*, døde zoner, døde pletter, hvide pletter, opkald falder, opkaldene falder, tabte opkald, mast, masten, sendemast*, mobilmast*, basestation*, ingen streger, ingen forbindelse, mobildækning*, netdækning*, 4g-dækning*, 5g-dækning*, indendørsdækning*
        nb: dekning*, signal*, døde soner, hvite flekker, samtalene faller ut, samtaler faller ut, samtalen faller ut, mistet samtaler, mast, masten, mobilmast*, basestasjon*, ingen streker, ingen dekning, mobildekning*, nettdekning*, 4g-dekning*, 5g-dekning*, innendørsdekning*
        fi: kuuluvuu*, kenttä, kenttää, kentän, kentät, katve, signaali*, puhelut katke*, puhelu katke*, masto, maston, mastot, tukiasema*, ei kenttää, puhelut pätkivät, mobiiliverk*, matkapuhelinverk*, katvealue*
        == network.speed | Speed | Hastighet | Hastighed | Hastighet | Nopeus
        en: speed, speeds, slow internet, slow connection, slow network, slow broadband, fast internet, fast connection, fast broadband, mbit*, mbps, gbit*, megabit*, bandwidth, latency, lag, lagging, ping, buffering
        sv: hastighet*, långsamt internet, långsam uppkoppling, långsamt nät, långsamt bredband, snabbt internet, snabb uppkoppling, snabbt bredband, segt internet, seg uppkoppling, segt nät, mbit*, mbps, megabit*, bandbredd*, ping, lagg*, buffr*, internethastighet*, surfhastighet*, *hastighet, *hastigheten, *hastigheter
        da: hastighed*, langsomt internet, langsom forbindelse, langsomt net, langsomt bredbånd, hurtigt internet, hurtig forbindelse, hurtigt net, hurtigt bredbånd, mbit*, mbps, megabit*, båndbredde*, ping, lagger, internethastighed*, buffering, bufferer, *hastighed, *hastigheden, *hastigheder
        nb: hastighet*, tregt internett, treg forbindelse, tregt nett, tregt bredbånd, raskt internett, rask forbindelse, raskt nett, raskt bredbånd, treghet*, mbit*, mbps, megabit*, båndbredde*, ping, hakker, hakking, internetthastighet*, lagg, lagging, bufring, buffrer, *hastighet, *hastigheten, *hastigheter
        fi: nopeu*, hidas netti, hidas yhteys, hidas internet, hidas verkko, nopea netti, nopea yhteys, nopea internet, nopea verkko, hitaus, mbit*, mbps, megabit*, megaa, kaistanleveys*, latenssi*, viive*, pingi*, lagi*, lagaa, puskuroi*, *nopeus, *nopeutta, *nopeuden
        == network.outages | Outages and downtime | Avbrott | Nedbrud | Driftsavbrudd | Katkokset
        en: outage*, downtime, down time, disruption*, interruption*, went down, network is down, internet is down, internet was down, network was down, network goes down, internet goes down, keeps dropping, keeps disconnecting, disconnect*, cuts out, cutting out, drops out, dropping out, no internet, no connection, lost connection, loses connection, losing connection, offline
        sv: ligger nere, låg nere, legat nere, var nere, är nere, nätet nere, bryts, bröts, tappar uppkopplingen, tappar anslutningen, ingen uppkoppling, inget internet, inget nät, ur funktion, kopplar ner, frånkopplad*, avbrott*, *avbrott, *avbrottet, störning*, driftstörning*, nätstörning*
        da: afbrudt, driftsforstyrrelse*, forstyrrelse*, er nede, var nede, været nede, ligger nede, intet internet, ingen internet, mister forbindelsen, mistede forbindelsen, ryger ud, falder ud, nedetid*, strømudfald*, netudfald*, nedbrud*, *nedbrud, *nedbruddet, afbrydelse*, strømafbrydelse*, netafbrydelse*
        nb: avbrudd*, driftsforstyrrelse*, forstyrrelse*, er nede, var nede, vært nede, ligger nede, faller ut, falt ut, detter ut, mister forbindelsen, mistet forbindelsen, ikke internett, uten internett, nedetid*, nettbrudd*, linjebrudd*, strømbrudd*, driftsbrudd*, driftsavbrudd*, strømavbrudd*, nettavbrudd*, tjenesteavbrudd*, ble brutt, blir brutt
        fi: poikki, alhaalla, nurin, toimintahäiriö*, häiriö*, verkkohäiriö*, palveluhäiriö*, yhteyshäiriö*, ei yhteyttä, ei nettiä, yhteys katkeaa, yhteys katkesi, yhteys katkeilee, katkea*, katkesi, katkennut, katkeile*, pätkii, pätkinyt, pätkivä*, pätkimis*, katko*, *katko, *katkos, *katkoksia

        = installation | Installation and technician visits | Installation och teknikerbesök | Installation og teknikerbesøg | Installasjon og teknikerbesøk | Asennus ja asentajakäynnit
        en: reinstall*, technician*, installer*, engineer*, fitter*, home visit*, service visit*, site visit*, digging, dug up, excavat*, activation*, connected the fibre, connect the fibre, install, installs, installed, installing, installation*
        sv: install*, hembesök*, grävning*, grävde, grävt, gräva, aktivering*, inkoppling*, koppla in, kopplade in, driftsättning*, tekniker*, *tekniker, *teknikern, *installation, *installationen, montör*
        da: install*, hjemmebesøg*, gravearbejde*, gravede, gravet, grave, opsætning*, aktivering*, tilslutning*, tekniker*, *tekniker, *teknikeren, *installation, *installationen, montør*
        nb: installer*, installatør*, hjemmebesøk*, graving*, gravde, gravd, grave, oppsett*, aktivering*, tilkobling*, tekniker*, *tekniker, *teknikeren, installasjon*, *installasjon, *installasjonen, montør*
        fi: asennu*, asennettu*, asennettiin, asennetaan, asentaa, asensi, asensivat, asentanut, asentamaan, asentamis*, tekniko*, kaivu*, kaivettiin, käyttöönotto*, aktivointi*, asentaja*, *asentaja, *asentajan, teknikko*
        == installation.appointments | Appointments | Tidsbokning | Tidsbestilling | Timeavtaler | Ajanvaraus
        en: appointment*, booking*, booked, rebook*, reschedul*, book the, time slot*, time window*, agreed time, the agreed, installation date*, visit date*, new time, new date
        sv: boka*, ombok*, tidsfönster*, överenskommen tid, överenskomna tiden, avtalad tid, avtalade tiden, bestämd tid, installationsdatum*, installationsdag*, besökstid*, ny tid, flytta tiden, flyttade tiden, bokning*, *bokning, *bokningen
        da: booking*, booke*, ombook*, aftalt tid, aftalte tid*, aftalte tidspunkt, tidsrum*, tidsvindue*, installationsdato*, ny tid, flytte tiden, flyttede tiden, rykke tiden
        nb: booking*, booke*, ombook*, avtalt tid, avtalte tid*, tidsrom*, tidsvindu*, timeavtale*, installasjonsdato*, ny time, ny tid, flytte timen, flyttet timen, flyttet tiden, avtalte tidspunkt
        fi: ajanvarau*, varaus, varauksen, varaaminen, varaamisen, varasin, varata aika, sovittu aika, sovitun aja*, sovittuun aikaan, sovittuna aikana, aikaikkun*, aikaväli*, ajankohda*, uusi aika, uuden ajan, siirrettiin, siirtämään, peruttiin, käyntiaika*, ajankohta, ajankohtaa, ajankohtana
        == installation.punctuality | Punctuality | Punktlighet | Punktlighed | Punktlighet | Täsmällisyys
        en: on time, hours late, minutes late, was late, were late, came late, running late, punctual*, unpunctual, never showed up, never showed, didn't show up, did not show up, didn't turn up, did not turn up, no-show, no show, day off work, stood me up, call ahead, called ahead, long after
        sv: kom för sent, kom sent, var sen, blev sen, punktlig*, opunktlig*, dök aldrig upp, dök inte upp, kom aldrig, tog ledigt, ledigt från jobbet, ledig från jobbet, väntade hela dagen, långt efter, ringde inte innan
        da: til tiden, kom til tiden, kom for sent, kom sent, punktlig*, upunktlig*, dukkede aldrig op, dukkede ikke op, mødte aldrig op, mødte ikke op, kom aldrig, tog fri, fri fra arbejde, ventede hele dagen, længe efter, ringede ikke
        nb: kom for sent, kom sent, punktlig*, upunktlig*, dukket aldri opp, dukket ikke opp, møtte aldri opp, møtte ikke opp, kom aldri, tok fri, fri fra jobben, ventet hele dagen, lenge etter, ringte ikke på forhånd
        fi: ajallaan, ajoissa, myöhässä, myöhästyi*, myöhästel*, täsmälli*, ei tullut, tullut ollenkaan, ei ilmestynyt, jäi tulematta, koko päivän, vapaapäivä*, otin vapaata, soittanut etukäteen, ilmoittamatta, sovitun ajan jälkeen, aikaikkunan jälkeen

        = store | Store and location | Butik | Butik | Butikk | Myymälä
        en: store, stores, shop, shops, in-store, retail*, showroom*, shopping centre, shopping center, mall, checkout counter
        sv: butik*, *butik, *butiken, affären, affärerna, återförsäljare*, köpcentrum*, galleria*, kassan, fysisk butik
        da: butik*, *butik, *butikken, forretningen, shop, shoppen, indkøbscenter*, storcenter*, forhandleren, kassen
        nb: butikk*, *butikk, *butikken, forretningen, kjøpesenter*, senteret, kassa, kassen, forhandleren, shop
        fi: liikkeessä, liikkeeseen, liikkeestä, kaupassa, kauppaan, kaupasta, kauppakeskus*, toimipiste*, palvelupiste*, kassa, kassalla, jälleenmyyjä*, myymälä*, *myymälä, *myymälässä, *myymälään
        == store.opening_hours | Opening hours | Öppettider | Åbningstider | Åpningstider | Aukioloajat
        en: opening hours, opening times, open hours, business hours, closing time, closes at, opens at, closed early, store was closed, shop was closed, store closed, shop closed, open on, open late, open longer, evening hours, open on weekends, open on saturdays, open on sundays
        sv: öppetider, har öppet, håller öppet, hade stängt, var stängt, var stängd, stänger tidigt, stängde tidigt, öppet längre, öppna längre, kvällsöppet, helgöppet, stängningstid*, lunchstängt, öppet på helgen, öppet på lördagar, öppet på söndagar, stängt på helgen, öppettid*
        da: lukketid*, havde lukket, var lukket, holdt lukket, har åbent, holder åbent, åbent længere, åben længere, aftenåbent, lukker tidligt, åbent om lørdagen, åbent om søndagen, weekendåbent, lørdagsåbent, søndagsåbent, åbningstid*
        nb: stengetid*, stengt, hadde stengt, var stengt, holdt stengt, har åpent, holder åpent, åpent lenger, kveldsåpent, helgeåpent, stenger tidlig, åpent på lørdager, åpent på søndager, søndagsåpent, lørdagsåpent, åpningstid*
        fi: aukiolo*, oli kiinni, on kiinni, oli suljettu, sulkemisaika*, sulkeutuu, iltaisin, pidempään auki, pidempään avoinna, avoinna, auki, auki viikonloppuisin, auki lauantaisin, auki sunnuntaisin, kiinni viikonloppuisin
        == store.experience | Store experience | Butiksupplevelse | Butiksoplevelse | Butikkopplevelse | Myymäläkokemus
        en: in the store, in the shop, at the store, store visit*, shop visit*, atmosphere, crowded, overcrowded, cramped, layout, parking, accessib*, wheelchair*, demo phone*, display model*, try out, queue ticket*, queue number*, shop floor
        sv: butiksbesök*, butiksupplevelse*, stämning*, atmosfär*, trångt, fullt med folk, parkering*, rullstol*, köapparat*, kölapp*, nummerlapp*, demotelefon*, testa telefon*, prova telefon*, skyltning*, inredning*, butiksmiljö*
        da: butiksbesøg*, butiksoplevelse*, stemning*, atmosfære*, trangt, overfyldt, parkering*, kørestol*, kønummer*, nummersystem*, demotelefon*, prøve telefon*, indretning*, skiltning*, butiksmiljø*
        nb: butikkbesøk*, butikkopplevelse*, stemning*, atmosfære*, trangt, overfylt, parkering*, rullestol*, kølapp*, kønummer*, demotelefon*, prøve telefon*, innredning*, skilting*, butikkmiljø*
        fi: myymäläkäynti*, myymäläkokemu*, tunnelma*, ilmapiiri*, ahdas, ahdasta, tungos*, pysäköinti*, parkkipaikka*, esteettöm*, pyörätuoli*, vuoronumero*, vuorolappu*, jonotusnumero*, esittelypuhelin*, esittelylaite*, kokeilla puhelin*, sisustus*

        = contract | Contract and terms | Avtal och villkor | Aftale og vilkår | Avtale og vilkår | Sopimus ja ehdot
        en: contract*, agreement*, sign up, signed up, signing up, renewal*, auto-renew*, new customer*, existing customer*, contract change*, change of contract, renewed, renew
        sv: avtalen, avtals*, *avtal, *avtalet, kontrakt*, tecknade, tecknat, teckna, förnya*, förlängning*, förlängdes, nya kunder, befintliga kunder, nytecknad*
        da: aftaler, *aftale, *aftalen, kontrakt*, tegnede, tegnet, oprettelse*, fornyelse*, forlængelse*, forlænget, nye kunder, eksisterende kunder, forny, fornyet, fornyede
        nb: avtaler, *avtale, *avtalen, kontrakt*, tegnet, tegnede, fornyelse*, forlengelse*, forlenget, nye kunder, eksisterende kunder, avtalevilkår, fornye, fornyet, fornyes
        fi: sopimu*, *sopimus, *sopimuksen, *sopimusta, tein sopimuksen, liittymää tehdessä, liittyessä, uudet asiakkaat, nykyiset asiakkaat, vanhat asiakkaat, sopimuksen muutos, solmin, solmittu*, solmittiin, solmimani
        == contract.binding | Binding period | Bindningstid | Bindingsperiode | Bindingstid | Määräaikaisuus
        en: binding period*, minimum term*, fixed term*, fixed-term, lock-in*, locked in, tied in, tie-in, commitment period*, 12-month*, 24-month*, contract period*, contract term*, minimum period*, until the contract, end of the contract
        sv: bindning*, bunden, bundna, bundet, inlåst*, avtalstid*, avtalsperiod*, *månadersavtal, *månaders bindning, obundet, obunden, utan bindning, fast avtal, *bindningstid, *bindningstiden
        da: binding*, bundet, bundne, fastlåst*, løbetid*, aftaleperiode*, kontraktperiode*, minimumsperiode*, uden binding, ingen binding, låst fast
        nb: binding*, bundet, bundne, innelåst*, avtaleperiode*, avtaletid*, løpetid*, kontraktsperiode*, minstetid*, uten binding, ingen binding, låst fast
        fi: määräaikai*, sitoutumi*, sopimuskausi*, sopimuskaude*, toistaiseksi voimassa*, sidottu*, kiinni sopimuksessa, sopimuksen loppuun, sopimusaika*, sopimusaja*
        == contract.cancellation | Cancellation and termination | Uppsägning | Opsigelse | Oppsigelse | Irtisanominen
        en: cancel*, terminat*, unsubscribe*, end my contract, end the contract, ending my contract, notice period*, early termination, port my number, porting, number port*, leave you, leaving you
        sv: säga upp, sa upp, sagt upp, säger upp, sägas upp, avsluta abonnemanget, avslutade abonnemanget, avsluta avtalet, avsluta mitt abonnemang, häva avtalet, flytta numret, portera*, portering*, nummerflytt*, annullera*, avbeställ*, uppsägning*, *uppsägning, *uppsägningen
        da: opsige*, opsagt, opsagde, sige op, sagde op, annuller*, afmeld*, afbestil*, afslutte abonnementet, afsluttede abonnementet, ophæve aftalen, flytte mit nummer, nummerflytning*, portering*, udmeld*, opsigelse*, *opsigelse, *opsigelsen
        nb: si opp, sa opp, sagt opp, sier opp, sies opp, avslutte abonnementet, avsluttet abonnementet, kansell*, avbestill*, avmeld*, flytte nummeret, nummerportering*, portering*, heve avtalen, terminer*, oppsigelse*, *oppsigelse, *oppsigelsen
        fi: irtisan*, lopettaa liittymä*, lopetin liittymä*, lopettaa sopimu*, lopetin sopimu*, sopimuksen päättymi*, päättää sopimu*, peruutus*, peruutukse*, perua tilaus, perua tilauksen, numeronsiirto*, numeron siirto, purkaa sopimu*, purin sopimu*, sopimuksen purku*
        == contract.terms | Terms and conditions | Villkor | Vilkår | Vilkår | Ehdot
        en: the terms, terms and conditions, conditions, small print, fine print, clause*, policy, policies, hidden terms, new terms, contract terms, fair use, fair usage, data cap*, data limit*, data allowance*, roaming, unlimited
        sv: villkor*, *villkor, *villkoren, finstilt*, det finstilta, klausul*, policy, surfmängd*, datamängd*, datapott*, roaming*, fri surf, obegränsad*, obegränsat
        da: vilkår*, *vilkår, *vilkårene, det med småt, med småt, klausul*, datamængde*, roaming*, fri data, ubegrænset*, privatlivspolitik*, betingelse*, *betingelser, *betingelserne
        nb: vilkår*, *vilkår, *vilkårene, liten skrift, med liten skrift, klausul*, datamengde*, datakvote*, roaming*, fri data, ubegrenset*, betingelse*, *betingelser, *betingelsene
        fi: ehto, ehdot, ehtoja, ehtojen, ehdoissa, ehdoista, ehtoihin, sopimusehto*, sopimusehdo*, käyttöehto*, käyttöehdo*, toimitusehto*, toimitusehdo*, pienellä präntä*, pykälä*, datamäärä*, verkkovierailu*, rajaton*, rajattoma*, palveluehto*, palveluehdo*

        = returns | Returns and complaints | Returer och reklamationer | Returnering og reklamationer | Retur og reklamasjoner | Palautukset ja reklamaatiot
        en: warranty*, guarantee*, replacement*, exchange it, exchanged, swap it, swapped, right of withdrawal, cooling-off, cooling off, consumer rights, consumer law
        sv: garanti*, *garanti, ångerrätt*, öppet köp, byta ut, bytte ut, bytt ut, utbytesenhet*, ersättningsprodukt*, ersättningstelefon*, konsumentköplag*, konsumentverket, konsumenträtt*
        da: garanti*, *garanti, fortrydelsesret*, ombytning*, bytte den, byttet, byttes, erstatningsprodukt*, erstatningstelefon*, købeloven, forbrugerret*
        nb: garanti*, *garanti, angrerett*, bytte ut, byttet ut, bytterett*, erstatningsprodukt*, erstatningstelefon*, forbrukerkjøpsloven, forbrukerrett*
        fi: *takuu, *takuun, vaihtolaite*, korvaava laite, korvaavan laitteen, vaihto-oikeus, vaihtaa uuteen, vaihdettiin uuteen, kuluttajansuoja*, kuluttajanoikeu*, peruutusoikeu*, takuuta, takuussa, takuuseen, takuuaika*, takuukorja*, takuuhuolto*
        == returns.returns | Returns | Returer | Returnering | Retur | Palautukset
        en: returns, return the, return it, returned the, returned it, returning the, return label*, return policy, return period*, right of return, send back, sent back, sending back, send it back, sent it back
        sv: retur*, skicka tillbaka, skickade tillbaka, skickat tillbaka, lämna tillbaka, lämnade tillbaka, lämnat tillbaka, ångra köpet, ångrade köpet
        da: retur*, sende tilbage, sendte tilbage, sendt tilbage, aflevere tilbage, afleverede tilbage, afleveret tilbage, fortryde købet, fortrød købet
        nb: retur*, sende tilbake, sendte tilbake, sendt tilbake, levere tilbake, leverte tilbake, levert tilbake, angre kjøpet, angret kjøpet
        fi: palautus*, palautuk*, palauttaa, palautin, palautettu*, palautettiin, palauttamaan, palauttaminen, lähettää takaisin, lähetin takaisin, lähetimme takaisin
        == returns.complaints | Complaints | Reklamationer | Reklamationer | Reklamasjoner | Reklamaatiot
        en: complaint*, complain, complains, complained, complaining, ombudsman, consumer board, warranty claim*, my claim, the claim, formal complaint, consumer council
        sv: reklamation*, reklamera*, klagomål*, klaga*, anmälan, anmälde, konsumentvägledning*, garantiärende*, allmänna reklamationsnämnden
        da: reklamation*, reklamere, reklamerede, reklameret, klage*, ankenævn*, forbrugerklage*, forbrugerombudsmand*, forbrugerrådet
        nb: reklamasjon*, reklamere, reklamerte, reklamert, klage*, klagde, forbrukerrådet, forbrukertilsynet, brukerklagenemnd*, nkom, forliksrådet
        fi: reklamaatio*, reklamoi*, valitus*, valitin, valittanut, valittaa, valittamaan, valittaminen, kuluttajariita*, kuluttajaneuvonta*, traficom, valitukse*, valituksia

        = communication | Communication | Kommunikation | Kommunikation | Kommunikasjon | Viestintä
        en: communicat*, kept me informed, keep me informed, kept informed, nobody told, no one told, never told, wasn't told, was not told, were told, was told, told me, heard nothing, let me know, notified, update me
        sv: kommunikation*, kommunicer*, ingen sa, ingen berättade, fick veta, fick aldrig veta, ingen informerade, informerade, meddelade, meddelat, höll mig informerad, hölls informerad, berättade
        da: kommunikation*, kommuniker*, ingen fortalte, ingen sagde, fik at vide, fik aldrig at vide, ingen informerede, informerede, meddelte, holdt mig orienteret, orienteret, fortalte mig, fortalte
        nb: kommunikasjon*, kommuniser*, ingen sa, ingen fortalte, fikk vite, fikk aldri vite, ingen informerte, informerte, meddelte, holdt meg orientert, orientert*, fortalte meg, fortalte
        fi: viestintä*, viestinnä*, kukaan kertonut, kukaan ei kertonut, ei kerrottu, kerrottiin, kertoi, kertoivat, ilmoitettiin, ei ilmoitettu, ei ilmoitettu mitään, pidettiin ajan tasalla, tiedottivat
        == communication.information | Information | Information | Information | Informasjon | Tiedotus
        en: information, info, informative, uninformative, unclear, misleading, misinformation, explained, explanation*, transparent*, transparency, details, instructions, guide, manual, faq
        sv: info, infon, informativ*, tydlig, tydligt, tydliga, otydlig*, vilseledande, missvisande, förklarade, förklaring*, instruktion*, manual*, transparen*, oklar*, information*, *information, *informationen
        da: info, informativ*, tydelig, tydeligt, tydelige, utydelig*, uklar*, vildledende, misvisende, forklarede, forklaring*, instruktion*, vejledning*, gennemsigtig*, information*, *information, *informationen
        nb: info, informativ*, tydelig, tydelige, utydelig*, uklar*, villedende, misvisende, forklarte, forklaring*, instruksjon*, veiledning*, bruksanvisning*, åpenhet, informasjon*, *informasjon, *informasjonen
        fi: tietoa, tiedot, tietoja, info, infoa, informaatio*, tiedotus*, tiedote*, tiedotta*, selkeä*, epäselv*, harhaanjohta*, ohjeet, ohjeita, ohjeiden, ohjeen, ohjeistu*, selitti, selittivät, selitys*
        == communication.notifications | E-mail and SMS notifications | E-post och sms | E-mail og sms | E-post og sms | Sähköposti ja tekstiviestit
        en: email*, e-mail*, *email, sms, text message*, notification*, reminder*, newsletter*, confirmation*, spam, by text, letter, letters, text from
        sv: e-post*, epost*, sms*, textmeddelande*, notis*, notifikation*, påminnelse*, nyhetsbrev*, utskick*, brev, brevet, mejl*, *mejl, *mejlet, avisering*, bekräftelse*, *bekräftelsen, mail*, *mail, *mailet, *mailen
        da: sms*, notifikation*, påmindelse*, nyhedsbrev*, brev, brevet, besked, beskeder, beskederne, bekræftelse*, *bekræftelsen, mail*, *mail, *mailen, *mails
        nb: e-post*, epost*, sms*, varsel*, varsling*, tekstmelding*, påminnelse*, nyhetsbrev*, brev, brevet, pushvarsel*, bekreftelse*, *bekreftelsen, mail*, *mail, *mailen, *mailer
        fi: sposti*, s-posti*, email*, meili*, tekstiviesti*, tekstari*, sms*, ilmoitu*, muistutu*, vahvistus*, tilausvahvistu*, uutiskirje*, push-ilmoitu*, kirje, kirjeen, kirjeitse, sähköposti*, *sähköposti, *sähköpostia, *sähköpostin, *sähköpostissa

        = effort | Ease and effort | Enkelhet och ansträngning | Nemhed og besvær | Enkelhet og besvær | Helppous ja vaivattomuus
        en: easy, easily, simple, effortless*, hassle*, smooth, smoothly, seamless*, straightforward, complicated, complex, cumbersome, confusing, difficult, hard to, user-friendly, user friendly, intuitive, unintuitive, convenient, inconvenient, red tape, bureaucra*, time-consuming
        sv: enkel, enkelt, enkla, smidig*, krångel, krångl*, omständlig*, komplicerad*, komplicerat, besvärlig*, besvär, lätt att, lätta att, lättanvänd*, användarvänlig*, svårt att, svår att, svåra att, bökig*, strul*, smärtfri*, problemfri*, tidskrävande, byråkrati*
        da: nem, nemt, nemme, let at, lette at, besvær*, bøvl*, kompliceret, komplicerede, omstændelig*, indviklet, indviklede, brugervenlig*, smidig*, gnidningsfri*, problemfri*, svært at, svær at, svære at, tidskrævende, bureaukrati*
        nb: enkel, enkelt, enkle, lettvint, tungvint*, komplisert*, omstendelig*, vanskelig, brukervennlig*, smidig*, problemfri*, sømløs*, tidkrevende, byråkrati*, plundr*, trøbbel, tungvinn*, lett, knotete, knoting
        fi: helppo, helppoa, helppoja, helposti, helppokäyttöi*, helppous, vaivaton*, vaivattom*, vaivalloi*, hankala*, monimutkai*, sekava*, vaikea, vaikeaa, vaikeasti, käyttäjäystävälli*, intuitiivi*, sujuva*, kätevä*, byrokratia*, säätämis*, säätöä
        """#
}
