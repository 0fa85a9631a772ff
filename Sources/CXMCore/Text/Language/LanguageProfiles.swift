// The model data of `LanguageIdentifier`, all written for cxm: per language, running seed text (original
// sentences in the style of customer feedback, reviews and everyday messages) and a list of frequent words,
// plus words Danish and Norwegian bokmål spell alike. No third-party corpus or lexicon went into it, and no
// word was taken from the evaluation sets. At start-up the identifier counts letters in context over all of
// it; a listed word also adds a bonus to every language that lists it or uses it in its seed text, which is
// what decides short answers (Danish against Norwegian bokmål above all: af/av, hvad/hva, blev/ble...).

/// A language the identifier keeps a profile of: the five cxm speaks, and decoys that let it tell
/// "none of them" apart from "one of them, badly written". At most 16: each is one lane of a `SIMD16`.
enum LanguageProfile: Int, CaseIterable, Sendable {
    case sv, da, nb, fi, en, de, fr, es, nl, it, pt, pl, et, tr, hr, hu

    /// The cxm language of the profile, or nil for a decoy.
    var language: Language? {
        switch self {
        case .sv: .sv
        case .da: .da
        case .nb: .nb
        case .fi: .fi
        case .en: .en
        default: nil
        }
    }

    /// The profile of a cxm language.
    init(_ language: Language) {
        switch language {
        case .sv: self = .sv
        case .da: self = .da
        case .nb: self = .nb
        case .fi: self = .fi
        case .en: self = .en
        }
    }

    /// Running text the n-gram profile is counted from.
    var seedText: String {
        switch self {
        case .sv: LanguageProfiles.svText
        case .da: LanguageProfiles.daText
        case .nb: LanguageProfiles.nbText
        case .fi: LanguageProfiles.fiText
        case .en: LanguageProfiles.enText
        case .de: LanguageProfiles.deText
        case .fr: LanguageProfiles.frText
        case .es: LanguageProfiles.esText
        case .nl: LanguageProfiles.nlText
        case .it: LanguageProfiles.itText
        case .pt: LanguageProfiles.ptText
        case .pl: LanguageProfiles.plText
        case .et: LanguageProfiles.etText
        case .tr: LanguageProfiles.trText
        case .hr: LanguageProfiles.hrText
        case .hu: LanguageProfiles.huText
        }
    }

    /// Words spelled alike in this language and a close neighbour, taught to the letter model of both so that
    /// neither seed text's choice of words tilts them (not scored as words: many are Swedish too).
    var sharedVocabulary: String {
        switch self {
        case .da, .nb: LanguageProfiles.danishNorwegianWords
        default: ""
        }
    }

    /// Frequent words, mostly function words, separated by spaces.
    var commonWords: String {
        switch self {
        case .sv: LanguageProfiles.svWords
        case .da: LanguageProfiles.daWords
        case .nb: LanguageProfiles.nbWords
        case .fi: LanguageProfiles.fiWords
        case .en: LanguageProfiles.enWords
        case .de: LanguageProfiles.deWords
        case .fr: LanguageProfiles.frWords
        case .es: LanguageProfiles.esWords
        case .nl: LanguageProfiles.nlWords
        case .it: LanguageProfiles.itWords
        case .pt: LanguageProfiles.ptWords
        case .pl: LanguageProfiles.plWords
        case .et: LanguageProfiles.etWords
        case .tr: LanguageProfiles.trWords
        case .hr: LanguageProfiles.hrWords
        case .hu: LanguageProfiles.huWords
        }
    }
}

/// Seed texts and word lists, one pair per `LanguageProfile`.
enum LanguageProfiles {
    // MARK: Swedish

    static let svText = """
        Jag är mycket nöjd med servicen. Personalen var trevlig och hjälpsam, och de tog sig tid att förklara allt för
        mig. Leveransen kom två dagar för sent och ingen hörde av sig om förseningen. Det här är tredje gången jag får
        en felaktig faktura, nu får det faktiskt vara nog. Appen fungerar bra, men den är långsam när man ska betala.
        Kundtjänsten svarade på under fem minuter, det hade jag inte räknat med. Varför måste man ringa för att säga
        upp sitt abonnemang? Det borde gå att göra direkt på nätet. Maten var god men vi fick vänta nästan en timme på
        varmrätten. Jag kommer absolut att rekommendera er till mina vänner och min familj. Tack för snabb hjälp, ni
        är bäst! Tyvärr fungerar inte inloggningen med BankID sedan den senaste uppdateringen. Priset är alldeles för
        högt jämfört med vad man får. Rummet var rent och sängen skön, men frukosten var ganska tråkig och kaffet var
        kallt. Bussen kom aldrig, så jag missade mitt möte på jobbet. Det känns som att ingen lyssnar på oss kunder
        längre. Hon som hjälpte mig i kassan var jättetrevlig och visste precis vad hon pratade om. Vi har varit
        kunder hos er i över tio år och aldrig haft några större problem. Kan ni inte skicka ett sms när paketet har
        kommit till utlämningsstället? Jag ringde tre gånger innan någon kunde svara på min fråga. Hemsidan är rörig
        och det är svårt att hitta information om priser och villkor. Installationen gick smidigt och teknikern var
        väldigt noggrann. Jag blev lovad att någon skulle ringa tillbaka, men det hände aldrig. Varorna var välpackade
        och kom fram hela. Det tog alldeles för lång tid att få pengarna tillbaka efter returen. Ni borde verkligen se
        över era öppettider, det är omöjligt att hinna dit efter jobbet. Bra pris, snabb leverans och enkel retur. Vad
        är det som händer med er kundservice? Förut var ni så bra. Jag förstår inte varför jag måste betala en avgift
        för pappersfaktura. Allt fungerade precis som det skulle, inget att klaga på. Läkaren lyssnade på mig och tog
        mina besvär på allvar. Väntetiden på vårdcentralen var över två timmar, vilket är helt oacceptabelt. Tåget var
        försenat igen och det fanns ingen information på perrongen. Jag tycker att ni har blivit sämre det senaste
        året. Skönt att slippa köa, det gick snabbt och enkelt att boka via appen. Säljaren var lite för påstridig och
        ville bara sälja på mig dyrare saker. Hej! Jag undrar om det går att flytta leveransen till nästa vecka? Jag
        har fortfarande inte fått något svar på mitt mejl från förra månaden. Det var första gången jag handlade här
        och det blir definitivt inte den sista. Kvaliteten på tröjan var sämre än jag förväntade mig, den krympte
        efter första tvätten. Jättebra bemötande från början till slut. Jag fick hjälp direkt och slapp vänta. Ärligt
        talat vet jag inte vad ni håller på med. Mobilen laddar inte längre och verkstaden säger att det inte täcks av
        garantin. Vi var väldigt nöjda med vistelsen, personalen gjorde allt för att vi skulle trivas. Det är synd att
        ni har tagit bort möjligheten att betala med kort i butiken. Några av varorna saknades i påsen när jag kom
        hem. Man blir glad av sådan service! Idag var det riktigt kallt ute, så vi stannade inne och bakade bullar.
        Barnen ska till skolan klockan åtta, sedan åker jag till kontoret. I helgen ska vi hälsa på mormor i Göteborg.
        Han sa att han skulle komma förbi efter middagen, men han kom aldrig. Vad tycker du om den nya filmen? Jag vet
        inte riktigt, den var lite för lång för min smak. Det regnar nästan varje dag nu och jag längtar efter
        sommaren. Vi borde träffas oftare, det var länge sedan sist. Kan du köpa mjölk och bröd på vägen hem? Hon
        jobbar som sjuksköterska på sjukhuset och trivs jättebra. Jag har inte sovit ordentligt på flera veckor. Det
        är mycket som ska göras innan jul. Min bror flyttade till Stockholm för två år sedan och har fått ett nytt
        jobb där. Haha, det där var ju helt sjukt roligt! Asså jag orkar inte mer, typ hela dagen har gått åt till
        möten. Fan vad skönt att det äntligen är fredag. Ska vi ta en fika senare? Ingen aning om vad som hände, men
        det löste sig till slut. Grattis på födelsedagen, hoppas du får en underbar dag! Vilken match igår, jag trodde
        aldrig att de skulle vinna. Hur lång tid tar det innan pengarna syns på kontot? Om ni hade svarat tidigare
        hade jag sluppit allt krångel. Jag valde er för att ni hade bäst betyg, men jag ångrar mig nu. Både utbudet
        och priserna är bättre än hos konkurrenterna. Vem ska jag vända mig till för att klaga? Det står ingenting om
        detta i avtalet. Hela processen var enkel och tydlig, från beställning till leverans. Jag fick ett paket med
        fel storlek och returen kostade dessutom pengar. När jag äntligen kom fram till en människa så var hon väldigt
        förstående. Kommer aldrig att handla här igen. Stort tack till er alla för ett fantastiskt jobb! Jag saknar en
        möjlighet att chatta med någon på kvällstid. Många av mina frågor besvarades redan på hemsidan. Vi blev
        bemötta med ett leende och kände oss välkomna. Det gick fort, men jag hade önskat lite mer information om vad
        som skulle hända sedan. Tjänsten är värd varenda krona. Ersättningen vi fick var löjligt liten med tanke på
        hur mycket strul det blev. Mitt ärende har legat obesvarat i tre veckor. Skulle vilja se fler vegetariska
        alternativ på menyn. Allt var toppen, tusen tack! Regeringen borde lyssna mer på folket i stället för att bara
        prata. Jag håller inte alls med om det du skriver, men jag respekterar din åsikt. Varför ska vi betala mer
        skatt när vården blir sämre för varje år? Dagens nyheter var verkligen deprimerande. Alla borde få samma chans
        oavsett var de kommer ifrån. Vilken härlig låt, jag har lyssnat på den hela kvällen! Boken var spännande från
        första sidan och jag kunde inte sluta läsa. Filmen var tyvärr alldeles för förutsägbar och skådespelarna
        kändes stela. Maten på restaurangen var fantastisk, men personalen verkade stressad. Det blir nog bättre med
        tiden, man får inte ge upp. Jag skrattade så jag grät! Fy vad tråkigt att höra, hoppas att det löser sig.
        Kolla in det här klippet, det är så bra. Vet någon om butiken har öppet på söndag? Snälla, kan någon förklara
        vad som har hänt? Jag är så trött på att allt ska vara så krångligt hela tiden. Äntligen sol efter en lång och
        mörk vinter. Jag förstår inte varför politikerna fortsätter att skära ner på äldreomsorgen. Det saknas folk
        överallt och personalen springer benen av sig varje dag. Riksdagen borde lägga mer pengar på sjukhusen i
        stället för på nya motorvägar. Skatten har höjts men servicen har blivit sämre. Vad sägs om att fråga
        medborgarna innan man fattar sådana beslut? Barnen förtjänar bättre skolor och fler lärare. Hyran har gått upp
        så mycket på bara ett år att det är helt galet. Många unga har inte råd att bo i städerna längre. Kommunen har
        stängt biblioteket och nu måste vi köra två mil för att låna en bok. Folk skriker på varandra i sociala medier
        i stället för att lyssna. Man behöver inte hålla med för att visa respekt. Filmen är vackert fotograferad, men
        handlingen haltar i andra halvan. Skådespelarna gör ett bra jobb, särskilt huvudrollsinnehavaren. Musiken är
        stämningsfull och passar perfekt till bilderna. Romanen är skriven på ett enkelt och exakt språk, och
        personerna känns levande. Konserten började en halvtimme för sent, men bandet levererade. Ljudet i salongen
        var tyvärr grötigt och sången drunknade nästan helt. Restaurangen ligger precis vid hamnen och har en
        fantastisk utsikt. Rätterna var vackert upplagda, men portionerna var små och notan hög. Telefonen har en
        snygg skärm och en bra kamera, men batteriet räcker bara en dag. Laddaren följer inte med i kartongen, vilket
        är ganska irriterande. Vi ska flytta nästa månad och det är fortfarande tusen saker som ska packas. Chefen har
        bett mig ta ett extra pass på lördag. Jag cyklar till jobbet varje dag, även när det regnar. Hunden ska rastas
        och disken står fortfarande kvar. Minns du var jag lade nycklarna? Bilen är på verkstad igen och det blir
        säkert dyrt. Grannarna har fest varje helg och vi får ingen sömn. Försäkringsbolaget har ännu inte svarat på
        min skadeanmälan. Jag försökte ändra min adress på hemsidan men formuläret fungerade inte. Killen i telefonen
        var tålmodig och förklarade allt noggrant. Jag fick en ursäkt och ett presentkort, så nu är vi kvitt. Fakturan
        innehöll poster som jag inte känner igen alls. Chatten stänger klockan fyra, och det är alldeles för tidigt.
        Omg vad fin du är! Sjukt bra låt alltså. Haha nej men seriöst, vem gör så? Grattis till vinsten, ni förtjänade
        det verkligen! Så himla gulligt! Jag dör, det här är det roligaste jag sett på länge. Va? Menar du allvar?
        Älskar den här låten. Snälla säg att det inte är sant. Vilken otrolig kväll, tack alla som kom! Det är ju för
        dåligt. Kul, det ser jag fram emot. Jaha, då får vi se vad som händer. Jag håller helt med dig. Enligt de
        senaste siffrorna har arbetslösheten sjunkit igen, men många har fortfarande svårt att få pengarna att räcka.
        Matpriserna har stigit mer än lönerna, och det märks särskilt i barnfamiljerna. Regeringen vill sänka skatten
        för dem med lägst inkomster, men oppositionen tycker att förslaget är alldeles för dyrt. Klimatet är vår
        generations största utmaning och vi måste agera nu. Jag sorterar mitt avfall, köper begagnade kläder och har
        sålt bilen, men det hjälper inte mycket om de stora företagen fortsätter som vanligt. Min dotter ska snart
        börja gymnasiet och hon ser verkligen fram emot det. Lärarna gör ett fantastiskt jobb, men klasserna har
        blivit alldeles för stora. Jag har handlat på nätet i flera år och brukar vara nöjd. Den här gången fick jag
        dock fel vara och returen var en mardröm. Pengarna kom inte tillbaka förrän efter tre veckor. Vår hund har
        blivit gammal och trött men älskar fortfarande att gå promenader längs stranden. Julen närmar sig och staden
        är full av ljus. Vi ska fira julafton hos mina svärföräldrar i år, och det blir skinka, köttbullar och
        risgrynsgröt. Jag har varit förkyld hela veckan och knappt orkat gå upp ur sängen. Ärligt talat tycker jag att
        folk ska sköta sig själva. Jag orkar inte höra mer om det. Tack för en bra debatt, även om vi inte blev
        överens. Varför är det ingen som tar ansvar? Den nya bärbara datorn är lätt och snabb, men tangentbordet känns
        billigt och fläkten låter så fort man öppnar mer än ett par program. Skärmen är skarp och färgerna naturliga,
        även när man sitter ute i solen. Operativsystemet uppdaterades igår och sedan dess vägrar skrivaren att
        samarbeta. Jag har ringt supporten två gånger och båda gångerna fick jag höra att felet ligger hos
        tillverkaren. Högtalaren låter förvånansvärt bra för priset, särskilt basen, men appen som styr den är rörig
        och svår att hitta i. Klockan mäter både puls och sömn, och batteriet räcker nästan en vecka. Landslaget
        spelade en usel första halvlek men vände matchen efter paus. Målvakten räddade två straffar och publiken sjöng
        hela vägen hem. Min son spelar fotboll tre gånger i veckan och jag skjutsar honom till träningen, fast jag
        egentligen hellre skulle stanna hemma. Föreställningen på teatern var både rolig och rörande, och
        skådespelarna fick stående ovationer. Utställningen på konstmuseet är absolut värd ett besök, även om det var
        lång kö vid entrén. Författaren läste ur sin nya roman och efteråt kunde man få boken signerad. Vi var en
        vecka i Italien i somras och bodde på ett litet hotell precis vid stranden. Flyget blev fyra timmar försenat
        på hemvägen och vi fick varken mat eller information. Resväskan dök upp först två dagar senare. Till middag
        lagade vi en stor gryta soppa med potatis, morötter och purjolök. Barnen ville hellre ha pizza, men de åt upp
        allt till slut. Min pappa har varit sjuk ett tag, och väntetiden för att få komma på undersökning är alldeles
        för lång. Sjuksköterskorna på avdelningen var gulliga och gjorde verkligen sitt bästa, trots att de
        uppenbarligen hade mycket att göra. Vi har köpt en gammal lägenhet som behöver renoveras. Hantverkarna skulle
        ha börjat i måndags men har ännu inte dykt upp. Jag har bytt jobb och är nu anställd på ett mindre företag där
        stämningen är mycket bättre. Mötet drog ut i tre timmar och vi kom ingenstans. Hösten har kommit och löven på
        träden har blivit gula och röda. Vi har varit tillsammans i sju år och ska gifta oss i sommar. Teknikern kom i
        tid och installerade bredbandet på en timme. Routern krånglar varje kväll och wifi försvinner hela tiden.
        Engångskoden kommer aldrig fram, så jag kan inte logga in i appen. Täckningen i stugan är usel och samtalen
        bryts hela tiden. Fakturan var dyrare än förra månaden trots att jag inte har ändrat något i abonnemanget.
        Säljaren lovade rabatt men den syns inte på räkningen. Kön i telefon var över en halvtimme lång. Det gick
        snabbare och enklare än jag trodde att byta abonnemang. Personalen i butiken var kunnig och tog sig tid.
        Chatten svarade direkt och löste problemet på några minuter. Ni borde göra det tydligare vad som ingår i
        priset. Lite dyrare än konkurrenterna men betydligt bättre service. Smidigare kan det inte bli!
        """

    static let svWords = """
        och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när
        år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra
        mycket än här då sedan över bara in blir upp även vad få två vill ha många hur mer går sitt du sina kunde utan
        honom vilket detta denna dessa här igen aldrig alltid ofta lite redan fortfarande kanske verkligen faktiskt
        väldigt jättebra jätte tack tyvärr hej hallå nej ja jo nä asså typ fan jävla helt riktigt riktig bra dålig
        dåligt sämre bättre bäst mig dig oss er era ert min mitt mina din ditt dina vår vårt våra deras henne hans
        hennes dem någon något några ingen inget inga ingenting allt allting varför vem vilken vilka hur när var varit
        blev blivit måste borde kunna vet tror tycker tyckte sa sade gick kom tog gjorde fick gav såg hände själv
        samma nästa sista första hela stor stort liten gärna nog väl ju ganska lagom precis endast dock fast trots
        mellan genom hos innan medan eftersom därför fick också sådan sådant sånt något nåt nån inget mej dej snabbare
        enklare dyrare billigare längre högre lägre tydligare smidigare krångligare långsammare bättre sämre större
        äldre yngre roligare tråkigare trevligare vänligare gick gjorde hade var blev fick kom tog sa sade såg ville
        kunde skulle borde måste ringde svarade väntade frågade betalade beställde fungerade hjälpte
        """

    // MARK: Danish

    static let daText = """
        Jeg er meget tilfreds med, hvor hurtigt I løste mit problem. Personalet i butikken var venligt og tog sig tid
        til at forklare det hele. Pakken kom to dage for sent, og ingen gav besked om forsinkelsen. Det er tredje
        gang, jeg får en forkert regning, og nu er det altså nok. Appen virker fint, men den er langsom, når man skal
        betale. Kundeservice svarede inden for fem minutter, det havde jeg ikke regnet med. Hvorfor skal man ringe for
        at opsige sit abonnement? Det burde kunne klares på nettet. Maden var god, men vi ventede næsten en time på
        hovedretten. Jeg vil helt sikkert anbefale jer til mine venner og min familie. Tak for den hurtige hjælp, I er
        de bedste! Desværre virker login med MitID ikke efter den seneste opdatering. Prisen er alt for høj i forhold
        til, hvad man får. Værelset var rent og sengen var god, men morgenmaden var ret kedelig, og kaffen var kold.
        Bussen kom aldrig, så jeg nåede ikke mit møde på arbejdet. Det føles som om ingen lytter til os kunder
        længere. Hende ved kassen var virkelig sød og vidste præcis, hvad hun talte om. Vi har været kunder hos jer i
        over ti år og aldrig haft nogen store problemer. Kan I ikke sende en sms, når pakken er klar til afhentning?
        Jeg ringede tre gange, før nogen kunne svare på mit spørgsmål. Hjemmesiden er rodet, og det er svært at finde
        noget om priser og vilkår. Installationen gik glat, og teknikeren var meget grundig. Jeg fik lovet, at nogen
        ville ringe tilbage, men det skete aldrig. Varerne var godt pakket og kom frem i hel stand. Det tog alt for
        lang tid at få pengene tilbage efter returneringen. I burde virkelig se på jeres åbningstider, det er umuligt
        at nå derhen efter arbejde. God pris, hurtig levering og nem returnering. Hvad sker der med jeres
        kundeservice? Før var I så gode. Jeg forstår ikke, hvorfor jeg skal betale et gebyr for en papirregning. Alt
        fungerede præcis som det skulle, intet at klage over. Lægen lyttede til mig og tog mine gener alvorligt.
        Ventetiden hos lægen var over to timer, hvilket er helt uacceptabelt. Toget var forsinket igen, og der var
        ingen information på perronen. Jeg synes, I er blevet dårligere det seneste år. Dejligt at slippe for at stå i
        kø, det var hurtigt og nemt at bestille tid i appen. Sælgeren var lidt for påtrængende og ville kun sælge mig
        dyrere ting. Hej! Jeg vil gerne høre, om det er muligt at flytte leveringen til næste uge? Jeg har stadig ikke
        fået svar på den mail, jeg sendte i sidste måned. Det var første gang, jeg handlede her, og det bliver bestemt
        ikke den sidste. Kvaliteten af trøjen var dårligere, end jeg havde forventet, den krympede efter første vask.
        Rigtig god behandling fra start til slut. Jeg fik hjælp med det samme og slap for at vente. Ærligt talt ved
        jeg ikke, hvad I har gang i. Min telefon vil ikke lade op længere, og værkstedet siger, at det ikke er dækket
        af garantien. Vi var meget glade for opholdet, personalet gjorde alt for, at vi skulle føle os hjemme. Det er
        synd, at I har fjernet muligheden for at betale med kort i butikken. Nogle af varerne manglede i posen, da jeg
        kom hjem. Man bliver glad af sådan en service! I dag var det rigtig koldt udenfor, så vi blev inde og bagte
        boller. Børnene skal i skole klokken otte, og bagefter kører jeg på kontoret. I weekenden skal vi besøge
        mormor i Aarhus. Han sagde, at han ville kigge forbi efter aftensmaden, men han kom aldrig. Hvad synes du om
        den nye film? Jeg ved det ikke rigtigt, den var lidt for lang efter min smag. Det regner næsten hver dag nu,
        og jeg glæder mig til sommeren. Vi burde ses noget oftere, det er længe siden sidst. Kan du købe mælk og brød
        på vej hjem? Hun arbejder som sygeplejerske på hospitalet og er rigtig glad for det. Jeg har ikke sovet
        ordentligt i flere uger. Der er meget, der skal nås inden jul. Min bror flyttede til København for to år siden
        og har fået nyt arbejde der. Haha, det var sgu da helt vildt sjovt! Altså jeg gider ikke mere, hele dagen er
        gået med møder. Hvor er det dejligt, at det endelig er fredag. Skal vi tage en kop kaffe senere? Jeg aner
        ikke, hvad der skete, men det løste sig til sidst. Tillykke med fødselsdagen, håber du får en fantastisk dag!
        Hvor lang tid går der, før pengene står på kontoen? Hvis I havde svaret noget før, var jeg sluppet for alt det
        bøvl. Jeg valgte jer, fordi I havde de bedste anmeldelser, men nu fortryder jeg det. Både udvalget og priserne
        er bedre end hos konkurrenterne. Hvem skal jeg henvende mig til for at klage? Der står ikke noget om det i
        kontrakten. Hele forløbet var nemt og overskueligt, fra bestilling til levering. Jeg modtog en pakke i den
        forkerte størrelse, og returneringen kostede oven i købet penge. Da jeg endelig fik fat i et menneske, var hun
        meget forstående. Jeg handler aldrig her igen. En stor tak til jer alle for et fantastisk stykke arbejde! Jeg
        savner en mulighed for at chatte med nogen om aftenen. Mange af mine spørgsmål blev allerede besvaret på
        hjemmesiden. Vi blev mødt med et smil og følte os velkomne. Det gik hurtigt, men jeg havde gerne set lidt mere
        information om, hvad der skulle ske bagefter. Tjenesten er hver en krone værd. Erstatningen, vi fik, var
        latterligt lille i betragtning af alt det bøvl, der var. Min sag har ligget ubesvaret i tre uger. Jeg kunne
        godt tænke mig flere vegetariske retter på menuen. Alt var super, tusind tak! Det er jo ikke mit problem, at
        jeres system ikke virker. Man kan vel forvente, at tingene bliver gjort ordentligt. Hvad mener I egentlig med
        det? Jeg blev ringet op af en sælger, selvom jeg havde frabedt mig opkald. Pakken blev afleveret hos naboen,
        uden at jeg fik besked. Det er efterhånden blevet meget dyrere at være kunde hos jer. Regeringen burde lytte
        noget mere til befolkningen i stedet for bare at snakke. Jeg er slet ikke enig i det, du skriver, men jeg
        respekterer din holdning. Hvorfor skal vi betale mere i skat, når sundhedsvæsenet bliver dårligere hvert år?
        Nyhederne i dag var virkelig deprimerende. Alle burde have de samme muligheder, uanset hvor de kommer fra.
        Sikke en dejlig sang, jeg har hørt den hele aftenen! Bogen var spændende fra første side, og jeg kunne ikke
        lægge den fra mig. Filmen var desværre alt for forudsigelig, og skuespillerne virkede stive. Det bliver nok
        bedre med tiden, man må ikke give op. Jeg grinede så meget, at jeg græd! Øv, hvor er det ærgerligt at høre,
        jeg håber, det går i orden. Se lige det her klip, det er så godt. Ved nogen, om butikken har åbent på søndag?
        Kan nogen ikke lige forklare, hvad der er sket? Jeg er så træt af, at alting skal være så besværligt hele
        tiden. Endelig sol efter en lang og mørk vinter. Politikerne snakker og snakker, men der sker jo ingenting.
        Det kan da ikke passe, at man skal vente et halvt år på en operation. Selvfølgelig skal vi hjælpe hinanden,
        det er da det mindste, man kan gøre. Jeg forstår ikke, hvorfor politikerne bliver ved med at skære ned på
        ældreplejen. Der mangler hænder overalt, og personalet løber stærkt hver eneste dag. Folketinget burde bruge
        flere penge på sygehusene i stedet for på nye motorveje. Det er sjovt, hvordan regeringen altid finder penge,
        når det handler om deres egne projekter. Jeg stemmer ikke på dem igen, det kan jeg love jer. Skatten er
        steget, men servicen er blevet ringere. Hvad med at spørge borgerne, før man træffer den slags beslutninger?
        Børnene fortjener bedre skoler og flere lærere. Vi skal passe på vores fælles velfærd, ellers forsvinder den
        stille og roligt. Det er da helt vanvittigt, at huslejen er steget så meget på bare et år. Mange unge har ikke
        råd til at bo i byerne længere. Kommunen har lukket biblioteket, og nu skal vi køre tyve kilometer for at låne
        en bog. Jeg synes ærligt talt, at debatten er blevet alt for hård. Folk råber ad hinanden på de sociale medier
        i stedet for at lytte. Man behøver ikke være enig for at vise respekt. Hvorfor skal man vente tre måneder på
        at komme til en speciallæge? Det er ikke godt nok, når man har ondt hver dag. Sådan noget burde slet ikke
        kunne ske i et land som vores. Filmen er smukt fotograferet, men historien halter i anden halvdel.
        Skuespillerne gør det godt, især hovedrolleindehaveren, som bærer hele filmen på sine skuldre. Musikken er
        stemningsfuld og passer perfekt til billederne. Jeg kedede mig ikke et eneste sekund. Romanen er skrevet i et
        enkelt og præcist sprog, og personerne føles levende. Slutningen kom bag på mig, og jeg sad længe og tænkte
        over den bagefter. Koncerten startede en halv time for sent, men bandet leverede varen. Lyden i salen var
        desværre mudret, og man kunne næsten ikke høre vokalen. Restauranten ligger lige ved havnen og har en
        fantastisk udsigt. Retterne var smukt anrettet, men portionerne var små, og regningen var høj. Tjeneren var
        opmærksom uden at være påtrængende. Telefonen har en flot skærm og et godt kamera, men batteriet holder kun en
        dag. Opladeren følger ikke med i æsken, hvilket er ret irriterende. Hovedtelefonerne sidder godt og lukker
        støjen ude, så de er perfekte til toget. Spillet er flot, men styringen er tung, og historien er forudsigelig.
        Serien bliver bedre og bedre, og anden sæson er den bedste indtil videre. Pladen åbner stærkt, men mister
        pusten mod slutningen. Bogen er en sjældent god debut med skarpe dialoger og en mørk undertone. Vi skal flytte
        i næste måned, og der er stadig tusind ting, der skal pakkes. Min chef har bedt mig om at tage en ekstra vagt
        på lørdag. Jeg cykler på arbejde hver dag, også når det regner. Det var en dejlig tur til Skagen, selvom
        vinden var kold. Hunden skal luftes, og opvasken står stadig på bordet. Kan du huske, hvor jeg har lagt
        nøglerne? Vi spiste frokost i parken og nød solen. Jeg glæder mig til sommerferien, hvor vi skal til Bornholm
        med hele familien. Bilen er på værksted igen, og det bliver sikkert dyrt. Naboerne holder fest hver weekend,
        og vi kan ikke sove. Har du set, at bageren på hjørnet har lukket? Min søster har fået en lille pige, og de
        har det begge to godt. Toget var aflyst, så jeg måtte tage bussen, og den var proppet. Jeg har meldt mig til
        et kursus i fotografering om aftenen. Vejret har været helt vildt i dag, først sol, så hagl og så sol igen.
        Drengen er startet i skole og synes, det er mega sjovt. Forsikringsselskabet har endnu ikke svaret på min
        skadesanmeldelse. Banken har skiftet min rådgiver uden at spørge mig. Jeg prøvede at ændre min adresse på
        hjemmesiden, men formularen virkede ikke. Medarbejderen i telefonen var tålmodig og forklarede tingene
        grundigt. Jeg fik en undskyldning og et gavekort, og så er vi kvit. Det er første gang, jeg oplever så dårlig
        en behandling. Varen var udsolgt, men de bestilte den hjem til mig uden ekstra betaling. Jeg har været medlem
        i mange år, men nu overvejer jeg at skifte til en anden udbyder. Fakturaen indeholdt poster, som jeg slet ikke
        kan genkende. Chatten lukker klokken fire, og det er alt for tidligt. Jeg har brugt over en time på at finde
        ud af, hvem jeg skulle tale med. Man bliver sendt rundt fra den ene afdeling til den anden. Tak fordi I tog
        jer tid til at lytte. Hold da op, hvor er du smuk! Sindssygt god sang altså. Haha nej men seriøst, hvem gør
        sådan noget? Tillykke med sejren, I fortjente den virkelig! Hvor er det bare sødt! Jeg dør, det er det
        sjoveste, jeg har set længe. Hvad? Mener du det? Elsker den her sang. Sig, at det ikke er rigtigt. Sikke en
        fantastisk aften, tak til alle, der kom! Det er sgu for dårligt. Fedt nok, det glæder jeg mig til. Nå, men så
        må vi jo se, hvad der sker. Jeg er helt enig med dig. Den nye bærbare computer er let og hurtig, men
        tastaturet føles billigt, og blæseren larmer, så snart man åbner mere end et par programmer. Skærmen er skarp
        og farverne er naturlige, også når man sidder udenfor i solen. Styresystemet blev opdateret i går, og siden da
        har printeren ikke villet samarbejde. Jeg har ringet til supporten to gange, og begge gange fik jeg at vide,
        at fejlen ligger hos producenten. Højttaleren spiller overraskende godt til prisen, især i bassen, men appen,
        der styrer den, er rodet og svær at finde rundt i. Uret måler både puls og søvn, og batteriet holder næsten en
        uge. Hvis man kan leve med, at remmen er lidt stiv, får man rigtig meget for pengene. Landsholdet spillede en
        elendig første halvleg, men vendte kampen efter pausen. Målmanden reddede to straffespark, og publikum sang
        hele vejen hjem. Træneren har fået meget kritik for sine udskiftninger, men i aften ramte han plet. Min søn
        går til fodbold tre gange om ugen, og jeg kører ham til træning, selvom jeg egentlig hellere ville blive
        hjemme. Vi tabte desværre finalen, men holdet kæmpede til sidste sekund. Det er sjovt at se, hvor meget de
        unge spillere har udviklet sig på bare et halvt år. Forestillingen på teatret var både morsom og rørende, og
        skuespillerne fik stående bifald. Scenografien var enkel, men lyset gjorde underværker. Udstillingen på
        kunstmuseet er bestemt et besøg værd, selvom der var lang kø ved indgangen. Forfatteren læste op af sin nye
        roman, og bagefter kunne man få sin bog signeret. Albummet lyder friskt og personligt, og teksterne handler om
        kærlighed, tab og at blive voksen. Spillet har en flot åben verden, men missionerne gentager sig, og efter
        tyve timer begyndte jeg at kede mig. Anmelderne har været begejstrede, men jeg forstår ærligt talt ikke
        hvorfor. Vi var en uge i Italien i sommerferien og boede på et lille hotel lige ved stranden. Værelset var
        enkelt, men rent, og ejeren var utrolig venlig og hjælpsom. Flyet blev forsinket fire timer på vejen hjem, og
        vi fik hverken mad eller information undervejs. Kufferten dukkede først op to dage senere. Næste år tager vi
        toget ned gennem Europa i stedet, det er både billigere for klimaet og langt mere hyggeligt. Vi lejede en bil
        i tre dage og kørte rundt i bjergene, og udsigten var helt fantastisk. Til aftensmad lavede vi en stor gryde
        suppe med kartofler, gulerødder og porrer. Børnene ville hellere have pizza, men de spiste det hele til sidst.
        Jeg bager rugbrød hver søndag, og huset dufter helt vidunderligt bagefter. Kaffen i kantinen på arbejdet
        smager af ingenting, så jeg tager min egen med hjemmefra. Vi har fået en ny grøntsagshandler i kvarteret, og
        hans jordbær er de bedste, jeg nogensinde har smagt. Min far har været syg i et stykke tid, og ventetiden på
        at komme til en undersøgelse er alt for lang. Sygeplejerskerne på afdelingen var søde og gjorde virkelig deres
        bedste, selvom de tydeligvis havde travlt. Jeg har fået ondt i ryggen af at sidde foran skærmen hele dagen, så
        nu prøver jeg at gå en tur i frokostpausen. Apoteket havde ikke min medicin på lager, og jeg måtte komme
        tilbage dagen efter. Tandlægen var grundig og forklarede hver eneste ting, hun gjorde. Vi har købt en gammel
        lejlighed, som trænger til at blive sat i stand. Håndværkerne skulle være begyndt i mandags, men de er endnu
        ikke dukket op. Køkkenet er fra halvfjerdserne, og badeværelset er endnu værre. Udlejeren har lovet at
        reparere vinduerne inden vinteren, men det tror jeg først på, når jeg ser det. Elregningen er steget voldsomt,
        så vi har skruet ned for varmen og tager en ekstra trøje på. Haven er vores frirum, og om sommeren sidder vi
        derude hver aften. Jeg har skiftet job og er nu ansat i en mindre virksomhed, hvor stemningen er meget bedre.
        Min nye leder er lyttende og giver plads til, at man selv kan tage beslutninger. Mødet trak ud i tre timer, og
        vi nåede ingen vegne. Kollegerne har været gode til at tage imod mig, og jeg føler mig allerede hjemme. Lønnen
        er ikke prangende, men til gengæld har jeg fri hver fredag eftermiddag. Det var en lang og hård uge, og nu
        glæder jeg mig bare til at sove længe. Efteråret er kommet, og bladene på træerne er blevet gule og røde. Vi
        gik en lang tur i skoven og fandt svampe. Stormen i nat væltede et træ ned over vejen, og strømmen var væk i
        flere timer. Jeg elsker de lyse sommeraftener, hvor solen først går ned efter klokken ti. Havet var alt for
        koldt til at bade, men vi tog alligevel en dukkert. Vi har været kærester i syv år og skal giftes til sommer.
        Min veninde flytter til Aalborg, og jeg kommer til at savne hende meget. Han glemte min fødselsdag, men han
        gjorde det godt igen med en middag på min yndlingsrestaurant. Vi skændes aldrig om penge, men ofte om, hvem
        der skal tømme opvaskemaskinen. Hun er den mest omsorgsfulde person, jeg kender. Ifølge de seneste tal er
        ledigheden faldet igen, men mange har stadig svært ved at få enderne til at mødes. Priserne på fødevarer er
        steget mere end lønningerne, og det mærker især børnefamilierne. Regeringen vil sænke skatten for de laveste
        indkomster, men oppositionen mener, at forslaget er alt for dyrt. Eksperterne er uenige om, hvorvidt det vil
        virke. Borgmesteren har lovet, at der bliver bygget flere billige boliger i løbet af de næste fem år. Om der
        er tale om en reel forbedring eller blot valgflæsk, må tiden vise. Det er jo ikke første gang, man hører den
        slags løfter. Klimaet er vores generations største udfordring, og vi er nødt til at handle nu. Jeg sorterer
        mit affald, køber brugt tøj og har solgt bilen, men det hjælper ikke meget, hvis de store virksomheder
        fortsætter som hidtil. Der burde være langt flere ladestandere til elbiler ude på landet. Cykelstierne i byen
        er gode, men om vinteren bliver de sjældent ryddet for sne. Vindmøllerne ude på havet producerer efterhånden
        en stor del af vores strøm. Min datter skal snart starte i gymnasiet, og hun glæder sig helt vildt. Lærerne på
        skolen gør et stort stykke arbejde, men klasserne er blevet alt for store. Vi havde forældremøde i aftes, og
        der blev diskuteret mobiltelefoner i timerne. Eksamen gik heldigvis godt, og nu skal vi fejre det med en stor
        fest i haven. Jeg tog en uddannelse som pædagog, men i dag arbejder jeg med noget helt andet. Det er aldrig
        for sent at lære noget nyt. Jeg har handlet på nettet i årevis, og normalt går det fint. Denne gang fik jeg
        dog en forkert vare, og returneringen var et mareridt. Først skulle jeg udfylde en formular, så skulle jeg
        printe en label, og til sidst skulle pakken afleveres i en pakkeshop, der lå fem kilometer væk. Pengene kom
        først tilbage efter tre uger. Næste gang handler jeg i en rigtig butik, hvor man kan tale med et menneske. Til
        gengæld var leveringen af mine nye sko lynhurtig, og de passede perfekt. Vores hund er blevet gammel og træt,
        men han elsker stadig at gå ture ved stranden. Katten sover det meste af dagen og vågner kun, når der er mad.
        Jeg har fået en ny hobby og strikker nu mine egne sokker. Om weekenden spiller jeg brætspil med mine venner,
        og vi har det altid sjovt. Jeg har lige set den nye dokumentar om havets dyr, og den var virkelig flot og
        lærerig. Min bror samler på gamle plader og har over tusind af dem. Julen nærmer sig, og byen er pyntet med
        lys overalt. Vi skal holde juleaften hos mine svigerforældre i år, og der bliver serveret and, flæskesteg og
        risalamande. Jeg har endnu ikke købt en eneste gave, så det bliver en travl uge. Nytårsaften ser vi
        dronningens tale og spiser kransekage ved midnat. I påsken tager vi i sommerhus, hvis vejret tillader det. Jeg
        har været forkølet hele ugen og har knap nok kunnet komme ud af sengen. Lægen sagde, at jeg skulle drikke
        masser af vand og hvile mig. Min mor faldt på isen og brækkede armen, og hun ventede fire timer på skadestuen.
        Personalet havde tydeligvis alt for travlt, men de var søde og tålmodige. Jeg har meldt mig ind i et
        fitnesscenter, men jeg er der ærligt talt ikke særlig tit. Ærlig talt synes jeg, at folk skal passe sig selv.
        Det er da fint nok, at man har en holdning, men man behøver ikke at råbe den ud over det hele. Jeg gider ikke
        høre mere om det. Det var en fremragende tale, og jeg er helt enig i hvert eneste ord. Den slags kommentarer
        er simpelthen under lavmålet. Tak for en god debat, selvom vi ikke blev enige. Hvorfor er der ingen, der tager
        ansvar? Man kunne jo bare spørge dem, der ved noget om det.
        """

    static let daWords = """
        og i at det er en den til af på som de med han for ikke der var jeg har et sig men om vi hun man fra kan da
        skal så efter blev kunne havde også når ud eller nu være være været hvis ved sin sit sine selv op over mod ind
        denne dette disse hvad hvem hvor hvordan hvorfor hvornår hvilket hvilken hvilke mig dig os jer jeres min mit
        mine din dit dine vores deres hende ham dem noget nogen nogle intet ingen ingenting alt alle aldrig altid ofte
        lidt igen allerede endnu måske faktisk virkelig meget mange mere mest godt god dårlig dårligt rigtig rigtigt
        gerne lige bare kun jo vel nok sgu altså nemlig egentlig temmelig ret tak desværre dejligt dejlig hej nej ja
        jamen jaja fordi selvom mens end både hverken enten derfor bliver blive skulle ville vil må måtte får fik få
        gik går kom kommer tog gav sagde siger synes syntes tror ved vidste efter før under uden igennem hos mellem
        sammen hinanden sådan sådant samme anden andet andre første sidste hele næste nogensinde endelig heller også
        hvorfor hvad hvornår lave laver lavede købe købte spørgsmål spørge spurgte hjælpe hjælp hjælpe hjælpen synes
        fuldstændig selvfølgelig dårlige ganske by haft tager tage giver give gav sige blevet bruge bruger brugt
        brugte brug uge uger ugen bog bøger købt pige dreng sjov sjovt mulighed muligheder information situation
        organisation station hedder spørger fortælle læse læste sælge sælger træt vildt ordentligt utroligt nemt
        alligevel overhovedet tilbage næsten ærligt hjælper kigge kigger lægge sætte sætter tænke tænker tænkte
        virksomhed sundhed kærlighed øjeblik øjne øje vej vejr vejen hej nej leje ejer vores let koldt kold penge nat
        ude inde selvom imens derefter efterhånden sådan sgu fandme fedt lækker pæn pænt skøn forfærdelig ked
        medarbejder medarbejdere arbejde arbejder modtage modtog modtaget afhente aflyst afbestille afdeling aftale
        afgift udsolgt udsigt udlandet sikkerhed tryghed frihed sandhed selvfølgelig svært sikkert langsomt fleste
        flere snart nye gammel gamle sammen godt ellers heller altså anbefale kunde kundeservice virker fungerer
        betale bestille levering pakke sendt hente glad skuffet fantastisk dårlig elendig tilfreds deres forresten
        ting mennesker hjerte morgen dag år tid gang hjemme oppe nede enkelt billig dyr eneste hvert efter hvad nu
        meget noget nogen nogle mig dig sig jer os op ud ind blev blevet blive bliver tage tager gøre gør købe køber
        købte spørge spørgsmål hjælp uge bog mad vand mand kat nat vej hej nej øje høj mulighed sikkerhed politik
        musik kritik butik fabrik rigtig vigtig tilbage næste sidste længe længere ældre mælk sne grøn hvid otte syg
        sygehus læge ven pige dreng regering samfund skat job chef møde nyheder sæson slut spil billede hoved krop
        mund båd bus gade efterår forår aften altid aldrig mellem igen lidt måske endnu desværre dejlig tak hurtig nem
        svær sjov træt glæde glæder læse sælge tænke sætte lægge fortælle forsøge søge bruge køre kører gik fik drak
        sad stod turde havde haft været tabe smide løbe løber råbe græde grine ventede ringede prøvede svarede
        arbejdede lavede elskede handlede kaldte snakkede virkede fungerede åbnede lukkede flyttede startede stoppede
        skiftede varerne priserne kunderne børnene tusind december hundrede sandsynligvis muligvis netop sjælden
        desuden slet stærk stærke svag svage almindelig almindelige speciel specielle social sociale kulturel
        spændende farve værdi sidst hinanden absolut koncert bedst håber finder sidder rejser taber åbner hader
        kostede mæt søn titel plade guitar model funktion kampagne rabat cykel lufthavn bliver blev blevet havde haft
        været gået fået taget givet set sagt gjort kommet kender kendte vidste ved hedder ligger lå står stod sidder
        sad tør turde osv fx dvs ca pga tit blot dog vistnok vist fald hvert herhjemme derhjemme overalt nogensinde
        gennem omkring udenfor indenfor ifølge blandt imod bag foran langs inden indtil skønt idet eftersom således
        især særligt sjældent mindst mindre samt hverken enten ingen intet vores jeres deres hvilke
        """

    // MARK: Norwegian bokmål

    static let nbText = """
        Jeg er veldig fornøyd med hvor raskt dere løste problemet mitt. De ansatte i butikken var hyggelige og tok seg
        tid til å forklare alt sammen. Pakken kom to dager for sent, og ingen ga beskjed om forsinkelsen. Dette er
        tredje gang jeg får feil faktura, og nå får det faktisk være nok. Appen fungerer fint, men den er treg når man
        skal betale. Kundeservice svarte i løpet av fem minutter, det hadde jeg ikke regnet med. Hvorfor må man ringe
        for å si opp abonnementet sitt? Det burde gå an å ordne på nett. Maten var god, men vi ventet nesten en time
        på hovedretten. Jeg kommer helt sikkert til å anbefale dere til venner og familie. Takk for rask hjelp, dere
        er best! Dessverre fungerer ikke innloggingen med BankID etter den siste oppdateringen. Prisen er altfor høy i
        forhold til hva man får. Rommet var rent og sengen var god, men frokosten var ganske kjedelig, og kaffen var
        kald. Bussen kom aldri, så jeg rakk ikke møtet på jobben. Det føles som om ingen hører på oss kunder lenger.
        Hun i kassen var kjempeblid og visste akkurat hva hun snakket om. Vi har vært kunder hos dere i over ti år og
        aldri hatt noen store problemer. Kan dere ikke sende en melding når pakken er klar til henting? Jeg ringte tre
        ganger før noen kunne svare på spørsmålet mitt. Nettsiden er rotete, og det er vanskelig å finne noe om priser
        og vilkår. Installasjonen gikk knirkefritt, og montøren var veldig grundig. Jeg ble lovet at noen skulle ringe
        meg tilbake, men det skjedde aldri. Varene var godt pakket og kom frem hele. Det tok altfor lang tid å få
        pengene tilbake etter returen. Dere burde virkelig se på åpningstidene, det er umulig å rekke det etter jobb.
        Bra pris, rask levering og enkel retur. Hva skjer med kundeservicen deres? Før var dere så flinke. Jeg
        skjønner ikke hvorfor jeg må betale gebyr for papirfaktura. Alt fungerte akkurat som det skulle, ingenting å
        klage på. Legen lyttet til meg og tok plagene mine på alvor. Ventetiden på legekontoret var over to timer, noe
        som er helt uakseptabelt. Toget var forsinket igjen, og det var ingen informasjon på perrongen. Jeg synes dere
        har blitt dårligere det siste året. Deilig å slippe å stå i kø, det var kjapt og enkelt å bestille time i
        appen. Selgeren var litt for pågående og ville bare selge meg dyrere ting. Hei! Jeg lurer på om det er mulig å
        flytte leveringen til neste uke? Jeg har fortsatt ikke fått svar på e-posten jeg sendte forrige måned. Det var
        første gang jeg handlet her, og det blir garantert ikke den siste. Kvaliteten på genseren var dårligere enn
        jeg hadde forventet, den krympet etter første vask. Kjempegod behandling fra start til slutt. Jeg fikk hjelp
        med en gang og slapp å vente. Ærlig talt vet jeg ikke hva dere holder på med. Telefonen min vil ikke lade
        lenger, og verkstedet sier at det ikke dekkes av garantien. Vi var veldig fornøyde med oppholdet, de ansatte
        gjorde alt for at vi skulle trives. Det er synd at dere har fjernet muligheten til å betale med kort i
        butikken. Noen av varene manglet i posen da jeg kom hjem. Man blir glad av sånn service! I dag var det
        skikkelig kaldt ute, så vi ble inne og bakte boller. Barna skal på skolen klokka åtte, og etterpå kjører jeg
        til kontoret. I helga skal vi besøke bestemor i Bergen. Han sa at han skulle stikke innom etter middag, men
        han kom aldri. Hva syns du om den nye filmen? Jeg vet ikke helt, den var litt for lang for min smak. Det
        regner nesten hver dag nå, og jeg gleder meg til sommeren. Vi burde treffes oftere, det er lenge siden sist.
        Kan du kjøpe melk og brød på vei hjem? Hun jobber som sykepleier på sykehuset og trives kjempegodt. Jeg har
        ikke sovet ordentlig på flere uker. Det er mye som skal gjøres før jul. Broren min flyttet til Oslo for to år
        siden og har fått ny jobb der. Haha, det var jo helt sykt morsomt! Altså, jeg orker ikke mer, hele dagen har
        gått med til møter. Så deilig at det endelig er fredag. Skal vi ta en kaffe senere? Aner ikke hva som skjedde,
        men det ordnet seg til slutt. Gratulerer med dagen, håper du får en fantastisk dag! Hvor lang tid tar det før
        pengene kommer inn på kontoen? Hvis dere hadde svart tidligere, hadde jeg sluppet alt styret. Jeg valgte dere
        fordi dere hadde best omtaler, men nå angrer jeg. Både utvalget og prisene er bedre enn hos konkurrentene.
        Hvem skal jeg henvende meg til for å klage? Det står ingenting om dette i avtalen. Hele prosessen var enkel og
        oversiktlig, fra bestilling til levering. Jeg fikk en pakke i feil størrelse, og returen kostet i tillegg
        penger. Da jeg endelig fikk snakke med et menneske, var hun veldig forståelsesfull. Jeg kommer aldri til å
        handle her igjen. Tusen takk til dere alle for en fantastisk innsats! Jeg savner en mulighet til å chatte med
        noen på kveldstid. Mange av spørsmålene mine ble besvart allerede på nettsiden. Vi ble møtt med et smil og
        følte oss velkomne. Det gikk fort, men jeg skulle gjerne hatt litt mer informasjon om hva som skulle skje
        etterpå. Tjenesten er verdt hver krone. Erstatningen vi fikk var latterlig liten med tanke på alt bråket.
        Saken min har ligget ubesvart i tre uker. Jeg skulle ønske det var flere vegetariske retter på menyen. Alt var
        topp, tusen takk! Det er jo ikke mitt problem at systemet deres ikke virker. Man kan vel forvente at ting blir
        gjort skikkelig. Hva mener dere egentlig med det? Jeg ble oppringt av en selger selv om jeg hadde reservert
        meg mot telefonsalg. Pakken ble levert hos naboen uten at jeg fikk beskjed. Det har etter hvert blitt mye
        dyrere å være kunde hos dere. Filmen er morsom, men handlingen er tynn og skuespillerne virker ukonsentrerte.
        Boka er godt skrevet, og jeg ble revet med fra første side. Albumet har noen sterke låter, men helheten blir
        litt ujevn. Forestillingen var fengslende fra start til slutt, og salen reiste seg til slutt. Serien tar seg
        opp etter hvert, men de første episodene er ganske trege. Regjeringen burde lytte mer til folk i stedet for
        bare å prate. Jeg er ikke enig i det du skriver, men jeg respekterer meningen din. Hvorfor skal vi betale mer
        skatt når helsevesenet blir dårligere for hvert år? Nyhetene i dag var skikkelig deprimerende. Alle burde få
        de samme mulighetene uansett hvor de kommer fra. For en nydelig sang, jeg har hørt på den hele kvelden! Det
        blir nok bedre med tiden, man må ikke gi opp. Jeg lo så jeg gråt! Så leit å høre, håper det ordner seg. Sjekk
        ut dette klippet, det er så bra. Vet noen om butikken har åpent på søndag? Kan noen forklare hva som har
        skjedd? Jeg er så lei av at alt skal være så tungvint hele tiden. Endelig sol etter en lang og mørk vinter.
        Jeg skjønner ikke hvorfor politikerne fortsetter å kutte i eldreomsorgen. Det mangler folk overalt, og de
        ansatte løper fort hver eneste dag. Stortinget burde bruke mer penger på sykehusene i stedet for på nye
        motorveier. Det er rart hvordan regjeringen alltid finner penger når det gjelder deres egne prosjekter. Jeg
        kommer ikke til å stemme på dem igjen, det kan jeg love dere. Skatten har gått opp, men tilbudet har blitt
        dårligere. Hva med å spørre innbyggerne før man tar slike beslutninger? Barna fortjener bedre skoler og flere
        lærere. Vi må ta vare på fellesskapet vårt, ellers forsvinner det sakte, men sikkert. Det er jo helt vanvittig
        at husleia har steget så mye på bare ett år. Mange unge har ikke råd til å bo i byene lenger. Kommunen har
        lagt ned biblioteket, og nå må vi kjøre to mil for å låne ei bok. Jeg synes ærlig talt at debatten har blitt
        altfor hard. Folk kjefter på hverandre i sosiale medier i stedet for å lytte. Man trenger ikke være enig for å
        vise respekt. Hvorfor må man vente tre måneder for å komme til en spesialist? Det er ikke godt nok når man har
        vondt hver dag. Sånt burde ikke kunne skje i et land som vårt. Filmen er vakkert fotografert, men historien
        halter i andre halvdel. Skuespillerne gjør en god jobb, særlig hovedrolleinnehaveren, som bærer hele filmen.
        Musikken er stemningsfull og passer perfekt til bildene. Jeg kjedet meg ikke et eneste sekund. Romanen er
        skrevet i et enkelt og presist språk, og personene føles levende. Slutten kom overraskende på meg, og jeg ble
        sittende lenge og tenke på den etterpå. Konserten startet en halvtime forsinket, men bandet leverte varene.
        Lyden i salen var dessverre grøtete, og vokalen druknet nesten helt. Restauranten ligger rett ved havna og har
        en fantastisk utsikt. Rettene var pent anrettet, men porsjonene var små og regningen høy. Servitøren var
        oppmerksom uten å være påtrengende. Telefonen har en flott skjerm og et godt kamera, men batteriet varer bare
        en dag. Laderen følger ikke med i esken, noe som er ganske irriterende. Hodetelefonene sitter godt og stenger
        støyen ute, så de er perfekte på toget. Spillet er pent, men styringen er tung og historien forutsigbar.
        Serien blir bedre og bedre, og andre sesong er den beste så langt. Plata åpner sterkt, men mister pusten mot
        slutten. Vokalisten synger med en sårhet som går rett i hjertet. Boka er en sjeldent god debut, med skarpe
        dialoger og et mørkt driv. Vi skal flytte neste måned, og det er fortsatt tusen ting som må pakkes. Sjefen min
        har bedt meg ta en ekstra vakt på lørdag. Jeg sykler til jobben hver dag, også når det regner. Det var en
        nydelig tur på fjellet, selv om vinden var kald. Hunden må luftes, og oppvasken står fremdeles på benken.
        Husker du hvor jeg la nøklene? Vi spiste lunsj i parken og nøt sola. Jeg gleder meg til sommerferien, da skal
        vi til Lofoten med hele familien. Bilen er på verkstedet igjen, og det blir sikkert dyrt. Naboene har fest
        hver helg, og vi får ikke sove. Har du sett at bakeriet på hjørnet har lagt ned? Søsteren min har fått ei lita
        jente, og begge har det bra. Toget ble innstilt, så jeg måtte ta bussen, og den var stappfull. Jeg har meldt
        meg på et kveldskurs i fotografering. Været har vært helt sprøtt i dag, først sol, så hagl og så sol igjen.
        Gutten vår har begynt på skolen og synes det er kjempegøy. Forsikringsselskapet har ennå ikke svart på
        skademeldingen min. Banken har byttet rådgiveren min uten å spørre meg. Jeg prøvde å endre adressen min på
        nettsiden, men skjemaet virket ikke. Han jeg snakket med på telefonen var tålmodig og forklarte alt grundig.
        Jeg fikk en unnskyldning og et gavekort, så da er vi skuls. Det er første gang jeg opplever så dårlig
        behandling. Varen var utsolgt, men de bestilte den inn til meg uten ekstra kostnad. Jeg har vært medlem i
        mange år, men nå vurderer jeg å bytte til en annen leverandør. Fakturaen inneholdt poster jeg ikke kjenner
        igjen i det hele tatt. Chatten stenger klokka fire, og det er altfor tidlig. Jeg har brukt over en time på å
        finne ut hvem jeg skulle snakke med. Man blir sendt fra den ene avdelingen til den andre. Takk for at dere tok
        dere tid til å lytte. Herregud så fin du er! Sykt bra låt altså. Haha nei men seriøst, hvem gjør sånt?
        Gratulerer med seieren, dere fortjente den virkelig! Så søtt! Jeg dør, dette er det morsomste jeg har sett på
        lenge. Hæ? Mener du det? Elsker denne låta. Si at det ikke er sant. For en fantastisk kveld, takk til alle som
        kom! Det er faen meg for dårlig. Kult, det gleder jeg meg til. Nei vel, da får vi se hva som skjer. Jeg er
        helt enig med deg. Den nye bærbare pc-en er lett og rask, men tastaturet føles billig, og viften bråker så
        snart man åpner mer enn et par programmer. Skjermen er skarp og fargene er naturlige, også når man sitter ute
        i sola. Operativsystemet ble oppdatert i går, og siden da har skriveren ikke villet samarbeide. Jeg har ringt
        supporten to ganger, og begge gangene fikk jeg beskjed om at feilen ligger hos produsenten. Høyttaleren
        spiller overraskende bra til prisen, særlig i bassen, men appen som styrer den er rotete og vanskelig å finne
        fram i. Klokka måler både puls og søvn, og batteriet varer nesten ei uke. Hvis man kan leve med at reima er
        litt stiv, får man skikkelig mye for pengene. Landslaget spilte en elendig første omgang, men snudde kampen
        etter pausen. Keeperen reddet to straffespark, og publikum sang hele veien hjem. Treneren har fått mye kritikk
        for byttene sine, men i kveld traff han blink. Sønnen min spiller fotball tre ganger i uka, og jeg kjører ham
        på trening, selv om jeg egentlig heller ville vært hjemme. Vi tapte dessverre finalen, men laget kjempet til
        siste sekund. Det er gøy å se hvor mye de unge spillerne har utviklet seg på bare et halvt år. Skiløperne våre
        tok tre medaljer i helgen, og stemningen i løypa var helt rå. Forestillingen på teatret var både morsom og
        rørende, og skuespillerne fikk stående applaus. Scenografien var enkel, men lyset gjorde underverker.
        Utstillingen på kunstmuseet er absolutt verdt et besøk, selv om det var lang kø ved inngangen. Forfatteren
        leste fra den nye romanen sin, og etterpå kunne man få boka signert. Albumet låter friskt og personlig, og
        tekstene handler om kjærlighet, tap og det å bli voksen. Spillet har en flott åpen verden, men oppdragene
        gjentar seg, og etter tjue timer begynte jeg å kjede meg. Anmelderne har vært begeistret, men jeg skjønner
        ærlig talt ikke hvorfor. Regissøren har laget en film som både er underholdende og tankevekkende, og manuset
        er stramt. Låtene sitter allerede etter første gjennomlytting, og produksjonen er luftig og moderne. Vi var ei
        uke i Italia i sommerferien og bodde på et lite hotell rett ved stranda. Rommet var enkelt, men rent, og
        eieren var utrolig vennlig og hjelpsom. Flyet ble forsinket fire timer på veien hjem, og vi fikk verken mat
        eller informasjon underveis. Kofferten dukket først opp to dager senere. Neste år tar vi toget ned gjennom
        Europa i stedet, det er både bedre for klimaet og mye koseligere. Vi leide en bil i tre dager og kjørte rundt
        i fjellene, og utsikten var helt fantastisk. Til middag lagde vi en stor gryte suppe med poteter, gulrøtter og
        purre. Ungene ville heller ha pizza, men de spiste opp alt til slutt. Jeg baker brød hver søndag, og huset
        lukter helt nydelig etterpå. Kaffen i kantina på jobben smaker ingenting, så jeg tar med min egen hjemmefra.
        Vi har fått en ny grønnsaksbutikk i nabolaget, og jordbærene hans er de beste jeg noen gang har smakt. Faren
        min har vært syk en stund, og ventetiden for å komme til undersøkelse er altfor lang. Sykepleierne på
        avdelingen var søte og gjorde virkelig sitt beste, selv om de tydeligvis hadde det travelt. Jeg har fått vondt
        i ryggen av å sitte foran skjermen hele dagen, så nå prøver jeg å gå en tur i lunsjen. Apoteket hadde ikke
        medisinen min på lager, og jeg måtte komme tilbake dagen etter. Tannlegen var grundig og forklarte hver eneste
        ting hun gjorde. Vi har kjøpt en gammel leilighet som trenger å pusses opp. Håndverkerne skulle ha begynt på
        mandag, men de har ennå ikke dukket opp. Kjøkkenet er fra syttitallet, og badet er enda verre. Utleieren har
        lovet å reparere vinduene før vinteren, men det tror jeg først når jeg ser det. Strømregningen har økt
        voldsomt, så vi har skrudd ned varmen og tar på oss en ekstra genser. Hagen er fristedet vårt, og om sommeren
        sitter vi der ute hver kveld. Jeg har byttet jobb og er nå ansatt i en mindre bedrift der stemningen er mye
        bedre. Den nye lederen min lytter og gir rom for at man kan ta egne beslutninger. Møtet dro ut i tre timer, og
        vi kom ingen vei. Kollegene har vært flinke til å ta imot meg, og jeg føler meg allerede hjemme. Lønna er ikke
        prangende, men til gjengjeld har jeg fri hver fredag ettermiddag. Det har vært ei lang og tung uke, og nå
        gleder jeg meg bare til å sove lenge. Høsten har kommet, og bladene på trærne har blitt gule og røde. Vi gikk
        en lang tur i skogen og fant sopp. Stormen i natt veltet et tre over veien, og strømmen var borte i flere
        timer. Jeg elsker de lyse sommerkveldene når sola ikke går ned før etter klokka ti. Havet var altfor kaldt til
        å bade, men vi tok likevel en dukkert. Vi har vært kjærester i sju år og skal gifte oss til sommeren.
        Venninnen min flytter til Tromsø, og jeg kommer til å savne henne masse. Han glemte bursdagen min, men han
        gjorde det godt igjen med middag på favorittrestauranten min. Vi krangler aldri om penger, men ofte om hvem
        som skal tømme oppvaskmaskinen. Hun er den mest omsorgsfulle personen jeg kjenner. Ifølge de siste tallene har
        ledigheten gått ned igjen, men mange sliter fortsatt med å få endene til å møtes. Prisene på mat har steget
        mer enn lønningene, og det merker særlig barnefamiliene. Regjeringen vil senke skatten for de laveste
        inntektene, men opposisjonen mener at forslaget er altfor dyrt. Ekspertene er uenige om hvorvidt det vil
        virke. Ordføreren har lovet at det skal bygges flere rimelige boliger i løpet av de neste fem årene. Om det er
        snakk om en reell forbedring eller bare valgflesk, får tiden vise. Det er jo ikke første gang man hører slike
        løfter. Klimaet er vår generasjons største utfordring, og vi må handle nå. Jeg sorterer søppelet mitt, kjøper
        brukte klær og har solgt bilen, men det hjelper ikke stort hvis de store selskapene fortsetter som før. Det
        burde vært mange flere ladestasjoner for elbiler ute i distriktene. Sykkelveiene i byen er bra, men om
        vinteren blir de sjelden brøytet. Vindmøllene til havs produserer etter hvert en stor del av strømmen vår.
        Vannkraften har alltid vært ryggraden i den norske kraftforsyningen. Datteren min skal snart begynne på
        videregående, og hun gleder seg veldig. Lærerne på skolen gjør en kjempejobb, men klassene har blitt altfor
        store. Vi hadde foreldremøte i går kveld, og det ble diskutert mobiltelefoner i timene. Eksamen gikk heldigvis
        bra, og nå skal vi feire med en stor fest i hagen. Jeg tok utdanning som barnehagelærer, men i dag jobber jeg
        med noe helt annet. Det er aldri for sent å lære noe nytt. Jeg har handlet på nett i mange år, og vanligvis
        går det greit. Denne gangen fikk jeg imidlertid feil vare, og returen var et mareritt. Først måtte jeg fylle
        ut et skjema, så måtte jeg skrive ut en etikett, og til slutt skulle pakken leveres på et postkontor fem
        kilometer unna. Pengene kom ikke tilbake før etter tre uker. Neste gang handler jeg i en ekte butikk der man
        kan snakke med et menneske. Til gjengjeld var leveringen av de nye skoene mine lynrask, og de passet perfekt.
        Hunden vår har blitt gammel og sliten, men han elsker fortsatt å gå turer langs stranda. Katta sover
        mesteparten av dagen og våkner bare når det er mat. Jeg har fått en ny hobby og strikker nå mine egne sokker.
        I helgene spiller jeg brettspill med venner, og vi har det alltid gøy. Jeg så akkurat den nye dokumentaren om
        livet i havet, og den var virkelig vakker og lærerik. Broren min samler på gamle plater og har over tusen av
        dem. Julen nærmer seg, og byen er pyntet med lys overalt. Vi skal feire julaften hos svigerforeldrene mine i
        år, og det blir servert ribbe, pinnekjøtt og riskrem. Jeg har ikke kjøpt en eneste gave ennå, så det blir ei
        travel uke. På nyttårsaften ser vi talen og skyter opp raketter ved midnatt. I påsken drar vi på hytta, hvis
        været tillater det. Jeg har vært forkjølet hele uka og har knapt klart å komme meg ut av senga. Legen sa at
        jeg skulle drikke masse vann og hvile. Moren min skled på isen og brakk armen, og hun ventet fire timer på
        legevakta. De ansatte hadde tydeligvis altfor mye å gjøre, men de var hyggelige og tålmodige. Jeg har meldt
        meg inn på et treningssenter, men jeg er der ærlig talt ikke så ofte. Ærlig talt synes jeg folk skal bry seg
        om sitt eget. Det er greit at man har en mening, men man trenger ikke å rope den ut overalt. Jeg orker ikke
        høre mer om det. Det var en glimrende tale, og jeg er helt enig i hvert eneste ord. Sånne kommentarer er rett
        og slett under lavmålet. Takk for en god debatt, selv om vi ikke ble enige. Hvorfor er det ingen som tar
        ansvar? Man kunne jo bare spurt noen som vet noe om det.
        """

    static let nbWords = """
        og i å det er en et ei den til av på som de med han for ikke der var jeg har seg men om vi hun man fra kan da
        skal så etter ble kunne hadde også når ut eller nå være vært hvis ved sin sitt sine selv opp over mot inn
        denne dette disse hva hvem hvor hvordan hvorfor når hvilket hvilken hvilke meg deg oss dere deres min mitt
        mine din ditt dine vår vårt våre henne ham dem noe noen ingen ingenting alt alle aldri alltid ofte litt igjen
        allerede fortsatt enda kanskje faktisk virkelig veldig mange mer mest mye godt god dårlig dårlige riktig
        riktige gjerne bare kun jo vel nok altså nemlig egentlig ganske takk dessverre deilig hei nei ja joda fordi
        selv mens enn både verken enten derfor blir bli blitt skulle ville vil må måtte får fikk få gikk går kom
        kommer tok ga sa sier synes syns tror vet visste før under uten gjennom hos mellom sammen hverandre sånn slik
        samme annen annet andre første siste hele neste noensinne endelig heller kjøpe kjøpte spørsmål spørre spurte
        hjelpe hjelp hjelpen skikkelig kjempe kjempebra helt sikkert etterpå ikkje eg kva korleis noko mykje berre
        heilt ha hatt by tar ta gir gi ga si blitt bruke bruker brukt brukte bruk uke uker uka uken bok bøker kjøpt
        jente gutt gøy morsom morsomt mulighet muligheter informasjon situasjon organisasjon stasjon heter spør
        fortelle lese leste selge selger trøtt sliten vilt utrolig lett likevel overhodet tilbake nesten hjelper kikke
        legge sette setter tenke tenker tenkte virksomhet helse kjærlighet øyeblikk øyne øye vei været veien hei nei
        leie eier vårt våre kaldt kald penger natt ute inne deretter sånn slik faen feit kult lekker pent skjønn
        forferdelig lei medarbeider medarbeidere arbeid arbeider jobb motta mottok mottatt hente avlyst avbestille
        avdeling avtale avgift utsolgt utsikt utlandet sikkerhet trygghet frihet sannhet selvfølgelig svært sikkert
        langsomt fleste flere snart nye gammel gamle sammen godt ellers heller altså anbefale kunde kundeservice
        virker fungerer betale bestille levering pakke sendt glad skuffet fantastisk dårlig elendig tilfreds fornøyd
        deres forresten ting mennesker hjerte morgen dag år tid gang hjemme oppe nede enkelt billig dyr eneste hvert
        raskt fort kjempegod kjipt etter hva nå mye veldig noe noen meg deg seg dere oss opp ut inn ble blitt bli blir
        ta tar gjøre gjør kjøpe kjøper kjøpte spørre spørsmål hjelp uke bok mat vann mann katt natt vei hei nei øye
        høy mulighet sikkerhet politikk musikk kritikk butikk fabrikk riktig viktig tilbake neste siste lenge lenger
        eldre melk snø grønn hvit åtte syk sykehus lege venn jente gutt regjering samfunn skatt jobb sjef møte nyheter
        sesong slutt spill bilde hode kropp munn båt buss høst vår kveld alltid aldri mellom igjen litt kanskje ennå
        fortsatt dessverre deilig takk rask lett vanskelig morsom gøy trøtt sliten glede gleder lese selge tenke sette
        legge fortelle forsøke søke bruke kjøre kjører gikk fikk drakk satt sto turte hadde hatt vært tape kaste løpe
        løper rope gråte ventet ringte prøvde svarte arbeidet lagde elsket handlet kalte snakket virket fungerte åpnet
        lukket flyttet startet stoppet byttet varene prisene kundene barna tusen desember hundre sannsynligvis
        muligens nettopp sjelden dessuten slett sterk sterke svak svake vanlig vanlige spesiell spesielle sosial
        sosiale kulturell spennende farge verdi sist hverandre absolutt konsert best håper finner sitter reiser taper
        åpner hater kostet mett sønn tittel plate gitar modell funksjon kampanje rabatt sykkel flyplass liker likte
        stadig blir ble blitt hadde hatt vært gått fått tatt gitt sett sagt gjort kommet kjenner kjente visste vet
        heter ligger lå står sto stod sitter satt tør turte osv feks dvs ca pga bare visstnok vist fall hvert her
        hjemme der hjemme overalt noensinne gjennom omkring utenfor innenfor ifølge blant imot bak foran langs innen
        inntil idet ettersom således særlig spesielt sjelden minst mindre samt verken enten ingen vår vårt våre deres
        hvilke
        """

    // MARK: Finnish

    static let fiText = """
        Olen todella tyytyväinen siihen, miten nopeasti ongelmani ratkaistiin. Myymälän henkilökunta oli ystävällistä
        ja jaksoi selittää kaiken rauhassa. Paketti tuli kaksi päivää myöhässä, eikä kukaan ilmoittanut
        viivästyksestä. Tämä on jo kolmas kerta, kun saan väärän laskun, ja nyt riittää. Sovellus toimii hyvin, mutta
        maksaminen on hidasta. Asiakaspalvelu vastasi viidessä minuutissa, mitä en todellakaan odottanut. Miksi
        sopimuksen irtisanomiseksi pitää soittaa? Sen pitäisi onnistua verkossa. Ruoka oli hyvää, mutta pääruokaa piti
        odottaa melkein tunti. Suosittelen teitä ehdottomasti ystävilleni ja perheelleni. Kiitos nopeasta avusta,
        olette parhaita! Valitettavasti kirjautuminen pankkitunnuksilla ei ole toiminut viimeisimmän päivityksen
        jälkeen. Hinta on aivan liian korkea siihen nähden, mitä saa. Huone oli siisti ja sänky mukava, mutta
        aamiainen oli aika tylsä ja kahvi kylmää. Bussi ei tullut ollenkaan, joten myöhästyin työpalaverista. Tuntuu
        siltä, ettei kukaan enää kuuntele meitä asiakkaita. Kassalla ollut nainen oli tosi mukava ja tiesi tarkalleen,
        mistä puhui. Olemme olleet asiakkaitanne yli kymmenen vuotta, eikä meillä ole ollut isompia ongelmia.
        Voisitteko lähettää tekstiviestin, kun paketti on noudettavissa? Soitin kolme kertaa ennen kuin kukaan osasi
        vastata kysymykseeni. Verkkosivut ovat sekavat, ja hinnoista ja ehdoista on vaikea löytää tietoa. Asennus
        sujui ongelmitta, ja asentaja oli erittäin huolellinen. Minulle luvattiin soittaa takaisin, mutta niin ei
        koskaan käynyt. Tuotteet oli pakattu hyvin, ja ne tulivat perille ehjinä. Rahojen palautus kesti aivan liian
        kauan. Teidän kannattaisi todella miettiä aukioloaikoja uudelleen, töiden jälkeen sinne on mahdoton ehtiä.
        Hyvä hinta, nopea toimitus ja helppo palautus. Mitä teidän asiakaspalvelullenne on tapahtunut? Ennen olitte
        niin hyviä. En ymmärrä, miksi paperilaskusta pitää maksaa erillinen maksu. Kaikki toimi juuri niin kuin piti,
        ei mitään valitettavaa. Lääkäri kuunteli minua ja otti vaivani vakavasti. Terveyskeskuksessa jouduin
        odottamaan yli kaksi tuntia, mikä on täysin kohtuutonta. Juna oli taas myöhässä, eikä laiturilla ollut mitään
        tietoa. Minusta palvelunne on huonontunut viimeisen vuoden aikana. Ihanaa, ettei tarvitse jonottaa, ajan
        varaaminen sovelluksella oli nopeaa ja helppoa. Myyjä oli vähän liian tyrkky ja yritti vain myydä minulle
        kalliimpia tuotteita. Hei! Olisiko mahdollista siirtää toimitus ensi viikolle? En ole vieläkään saanut
        vastausta sähköpostiin, jonka lähetin viime kuussa. Asioin täällä ensimmäistä kertaa, enkä varmasti viimeistä.
        Paidan laatu oli huonompi kuin odotin, ja se kutistui ensimmäisessä pesussa. Erinomaista palvelua alusta
        loppuun. Sain apua heti eikä tarvinnut odottaa. Rehellisesti sanottuna en tiedä, mitä te oikein teette.
        Puhelimeni ei enää lataudu, ja huollossa sanottiin, ettei takuu kata sitä. Olimme erittäin tyytyväisiä
        majoitukseen, henkilökunta teki kaikkensa, jotta viihtyisimme. On harmi, että kaupassa ei voi enää maksaa
        kortilla. Osa tuotteista puuttui kassista, kun tulin kotiin. Tällaisesta palvelusta tulee hyvälle mielelle!
        Tänään ulkona oli todella kylmä, joten jäimme sisälle leipomaan pullaa. Lapset lähtevät kouluun kahdeksalta,
        ja sen jälkeen ajan toimistolle. Viikonloppuna menemme mummon luokse Tampereelle. Hän sanoi tulevansa käymään
        illallisen jälkeen, mutta ei koskaan tullut. Mitä mieltä olit uudesta elokuvasta? En oikein tiedä, se oli
        minun makuuni vähän liian pitkä. Nyt sataa melkein joka päivä, ja odotan jo kesää. Meidän pitäisi nähdä
        useammin, siitä on pitkä aika. Voisitko ostaa maitoa ja leipää kotimatkalla? Hän on töissä sairaanhoitajana
        sairaalassa ja viihtyy siellä hyvin. En ole nukkunut kunnolla moneen viikkoon. Ennen joulua on paljon
        tehtävää. Veljeni muutti Helsinkiin kaksi vuotta sitten ja sai sieltä uuden työpaikan. Haha, tuo oli ihan
        älyttömän hauska! En jaksa enää, koko päivä on mennyt palavereissa. Onneksi on vihdoin perjantai. Mennäänkö
        kahville myöhemmin? Ei mitään hajua, mitä tapahtui, mutta lopulta kaikki järjestyi. Hyvää syntymäpäivää,
        toivottavasti sinulla on ihana päivä! Kuinka kauan kestää, ennen kuin rahat näkyvät tilillä? Jos olisitte
        vastanneet aiemmin, olisin välttynyt kaikelta tältä vaivalta. Valitsin teidät, koska teillä oli parhaat
        arvostelut, mutta nyt kadun sitä. Sekä valikoima että hinnat ovat paremmat kuin kilpailijoilla. Kenelle voin
        tehdä valituksen? Sopimuksessa ei mainita tästä mitään. Koko prosessi oli yksinkertainen ja selkeä tilauksesta
        toimitukseen. Sain paketin väärässä koossa, ja palautuskin maksoi. Kun vihdoin pääsin puhumaan ihmisen kanssa,
        hän oli hyvin ymmärtäväinen. En asioi täällä enää koskaan. Iso kiitos teille kaikille upeasta työstä!
        Kaipaisin mahdollisuutta jutella jonkun kanssa iltaisin. Moniin kysymyksiini löytyi vastaus jo verkkosivuilta.
        Meidät otettiin vastaan hymyillen, ja tunsimme olomme tervetulleiksi. Kaikki kävi nopeasti, mutta olisin
        toivonut hieman enemmän tietoa siitä, mitä seuraavaksi tapahtuu. Palvelu on jokaisen sentin arvoinen. Saamamme
        korvaus oli naurettavan pieni kaikkeen vaivaan nähden. Asiani on ollut vastaamatta kolme viikkoa.
        Ruokalistalla saisi olla enemmän kasvisvaihtoehtoja. Kaikki oli loistavaa, kiitos paljon! Ei ole minun vikani,
        että järjestelmänne ei toimi. Kyllä kai voi olettaa, että asiat hoidetaan kunnolla. Mitä te oikein tarkoitatte
        tällä? Myyjä soitti minulle, vaikka olin kieltänyt puhelinmyynnin. Paketti jätettiin naapurille ilman, että
        minulle kerrottiin siitä. Asiakkaana oleminen on käynyt teillä paljon kalliimmaksi. Kiitos, olen tosi
        tyytyväinen. Ihan ok, mutta voisi olla parempi. Henkilökunta oli töykeää eikä auttanut yhtään. Kiva ja nopea
        palvelu. Hallituksen pitäisi kuunnella kansalaisia eikä vain puhua. En ole lainkaan samaa mieltä kanssasi,
        mutta kunnioitan mielipidettäsi. Miksi meidän pitää maksaa enemmän veroja, kun terveydenhuolto huononee joka
        vuosi? Päivän uutiset olivat todella masentavia. Kirja oli jännittävä ensimmäiseltä sivulta lähtien, enkä
        voinut lopettaa lukemista. Elokuva oli valitettavasti liian ennalta arvattava. Kyllä se tästä paranee, ei pidä
        luovuttaa. Nauroin niin, että itkin! Voi ei, ikävä kuulla, toivottavasti asia ratkeaa. Tietääkö joku, onko
        kauppa auki sunnuntaina? Olen niin kyllästynyt siihen, että kaikki on aina niin hankalaa. Vihdoinkin aurinkoa
        pitkän ja pimeän talven jälkeen. En ymmärrä, miksi poliitikot leikkaavat jatkuvasti vanhustenhoidosta.
        Henkilökuntaa puuttuu kaikkialta, ja hoitajat juoksevat joka päivä. Verot ovat nousseet, mutta palvelut ovat
        huonontuneet. Miksei asukkailta kysytä ennen tällaisia päätöksiä? Vuokrat ovat nousseet yhdessä vuodessa aivan
        älyttömästi. Kunta sulki kirjaston, ja nyt meidän täytyy ajaa kaksikymmentä kilometriä lainataksemme kirjan.
        Elokuva on kauniisti kuvattu, mutta tarina ontuu loppupuolella. Romaani on kirjoitettu selkeällä kielellä, ja
        henkilöt tuntuvat eläviltä. Konsertti alkoi puoli tuntia myöhässä, mutta bändi hoiti homman. Ravintola
        sijaitsee aivan sataman vieressä, ja sieltä on upea näköala. Annokset olivat kauniita mutta pieniä, ja lasku
        oli suuri. Muutamme ensi kuussa, ja tuhat asiaa on vielä pakkaamatta. Pomoni pyysi minua tekemään ylimääräisen
        vuoron lauantaina. Vakuutusyhtiö ei ole vieläkään vastannut korvaushakemukseeni. Yritin vaihtaa osoitteeni
        verkkosivuilla, mutta lomake ei toiminut. Puhelimessa ollut kaveri oli kärsivällinen ja selitti kaiken
        huolellisesti. Voi että, olet ihana! Tosi hyvä biisi. Onnea voitosta, ansaitsitte sen todella! Häh? Oletko
        tosissasi? Rakastan tätä biisiä. Kerro, ettei se ole totta. Mikä ilta, kiitos kaikille, jotka tulivat!
        """

    static let fiWords = """
        ja ei on oli ovat olivat olen olet olemme olette ole ollut olisi olla että mutta kun jos niin myös vain vielä
        jo nyt sitten hyvin hyvä hyvää huono huonosti kiitos kiitoksia kiva tosi todella erittäin aivan ihan liian
        paljon vähän kaikki kaiken kaikille mitään mikään mitä mikä miksi miten missä mistä mihin kuka kukaan joka
        jotka jonka se sen sitä siitä siinä siihen sillä tämä tämän tätä tässä tästä tähän tällä minä mä mua mulla
        sinä sä hän me te he minun minulle minua minulla meidän meille meillä teidän teille teillä heidän heille en et
        emme ette eivät eikä enää koskaan aina usein heti nopeasti hitaasti kuin tai sekä koska vaikka jotta eli siis
        kyllä joo moi hei ok eikö onko oliko voi voisi voin voit voitte pitää pitäisi piti täytyy tarvitse saa sain
        saatu tuli tulee meni menee otti antoi sanoi tiedä tiedän olen kanssa ilman ennen jälkeen aikana takia vuoksi
        lisäksi kuitenkin melkein ehkä varmasti oikein ollenkaan yhtään koko mitenkään taas myöhemmin vielä jotain
        joku jossain kerran kertaa
        """

    // MARK: English

    static let enText = """
        I'm really pleased with how quickly you sorted out my broadband. The staff were friendly and took the time to
        explain everything. The delivery arrived two days late and nobody let me know about the delay. This is the
        third time I have received the wrong invoice, and frankly I have had enough. The app works well, but it is
        slow when you try to pay. Customer service answered within five minutes, which I did not expect. Why do I have
        to phone to cancel my subscription? It should be possible to do it online. The food was good, but we waited
        almost an hour for our main course. I would definitely recommend you to my friends and family. Thanks for the
        quick help, you are the best! Unfortunately the login has not worked since the last update. The price is far
        too high for what you get. The room was clean and the bed was comfortable, but breakfast was rather dull and
        the coffee was cold. The bus never came, so I missed my meeting at work. It feels like nobody listens to
        customers anymore. The woman at the checkout was really nice and knew exactly what she was talking about. We
        have been customers for over ten years and never had any serious problems. Could you not send a text when the
        parcel is ready for collection? I called three times before anyone could answer my question. The website is
        confusing and it is hard to find anything about prices and terms. The installation went smoothly and the
        engineer was very thorough. I was promised a call back, but it never happened. Everything was well packed and
        arrived in one piece. It took far too long to get my money back after I returned the item. You should really
        look at your opening hours; it is impossible to get there after work. Good price, fast delivery and easy
        returns. What is going on with your customer service? You used to be so good. I don't understand why I have to
        pay a fee for a paper bill. Everything worked exactly as it should, nothing to complain about. The doctor
        listened to me and took my concerns seriously. The wait at the clinic was over two hours, which is simply
        unacceptable. The train was delayed again and there was no information on the platform. I think you have got
        worse over the past year. It's great not having to queue; booking through the app was quick and easy. The
        salesman was a bit too pushy and only wanted to sell me more expensive stuff. Hi! I was wondering if it's
        possible to move my delivery to next week? I still haven't had a reply to the email I sent last month. It was
        my first time shopping here and it certainly won't be the last. The quality of the jumper was worse than I
        expected; it shrank after the first wash. Great attitude from start to finish. I got help straight away and
        didn't have to wait. Honestly, I have no idea what you are doing. My phone won't charge any more and the
        repair shop says it isn't covered by the warranty. We were very happy with our stay; the staff did everything
        they could to make us feel at home. It's a shame you've removed the option to pay by card in the shop. Some of
        the items were missing from the bag when I got home. Service like that makes you smile! It was really cold
        outside today, so we stayed in and baked. The kids leave for school at eight and then I drive to the office.
        This weekend we're visiting my grandmother in the countryside. He said he would come round after dinner, but
        he never showed up. What did you think of the new film? I'm not sure, it was a bit long for my taste. It rains
        almost every day now and I can't wait for summer. We should meet up more often, it's been ages. Could you pick
        up some milk and bread on your way home? She works as a nurse at the hospital and really enjoys it. I haven't
        slept properly for weeks. There's so much to do before Christmas. My brother moved to London two years ago and
        got a new job there. Haha, that was absolutely hilarious! I can't be bothered anymore, the whole day has been
        meetings. Thank goodness it's finally Friday. Shall we grab a coffee later? No idea what happened, but it all
        worked out in the end. Happy birthday, hope you have a wonderful day! How long does it take before the money
        shows up in my account? If you had replied sooner I would have been spared all this hassle. I chose you
        because you had the best reviews, but now I regret it. Both the range and the prices are better than at your
        competitors. Who should I contact to make a complaint? There is nothing about this in the contract. The whole
        process was simple and clear, from ordering to delivery. I received a parcel in the wrong size and the return
        cost me money as well. When I finally reached a real person, she was very understanding. I will never shop
        here again. A big thank you to all of you for a fantastic job! I miss being able to chat with someone in the
        evenings. Many of my questions were already answered on the website. We were greeted with a smile and felt
        welcome. The service is worth every penny. The compensation we received was ridiculously small considering all
        the trouble. My case has been left unanswered for three weeks. Would love to see more vegetarian options on
        the menu. Everything was great, thanks a lot! This product is awesome and works exactly as described. The
        battery life is terrible and the screen scratches easily. Don't waste your money on this. Would buy again. It
        stopped working after a week and support just ignored me. Pretty good overall, but the instructions could be
        clearer. The picture is sharp and the colours look natural, though the remote feels cheap. Setup took about
        five minutes and the sound is much better than I thought it would be. The manual is useless, so I had to
        search the internet for help. If you want a reliable player, look elsewhere. These headphones are comfortable
        enough to wear all day. The camera takes great photos in daylight but struggles in low light. I returned it
        because the charger broke within a month. For the price, you really can't go wrong with this one. The movie
        was boring and way too long, but the actors did their best. What a brilliant book, I couldn't put it down. The
        government should listen to people instead of just talking. I don't agree with you at all, but I respect your
        opinion. I don't understand why politicians keep cutting care for the elderly. There are staff shortages
        everywhere and people are run off their feet every day. Taxes have gone up but services have got worse. Why
        not ask residents before making decisions like that? Rents have gone up so much in a single year that it's
        absurd. The council closed the library and now we have to drive twenty miles to borrow a book. The film is
        beautifully shot, but the story falls apart in the second half. The novel is written in simple, precise
        language and the characters feel alive. The concert started half an hour late, but the band delivered. The
        restaurant is right by the harbour with a fantastic view. The dishes were beautifully presented, but the
        portions were small and the bill was high. We're moving next month and there are still a thousand things to
        pack. My boss asked me to take an extra shift on Saturday. The insurance company still hasn't responded to my
        claim. I tried to change my address on the website, but the form didn't work. The guy on the phone was patient
        and explained everything carefully. OMG you look amazing! Such a great song. Congrats on the win, you really
        deserved it! What? Are you serious? Love this song so much. Please tell me it isn't true. What a night, thanks
        to everyone who came! The engineer arrived on time and set up the broadband within an hour. The router plays
        up every evening and the wifi keeps dropping out. The one-time code never arrives, so I can't log in to the
        app. Coverage at the cottage is awful and calls keep cutting out. The bill was higher than last month even
        though I haven't changed anything in my plan. The salesperson promised a discount but it doesn't show on the
        invoice. The phone queue was over half an hour long. Switching plans was quicker and easier than I expected.
        The staff in the shop were knowledgeable and took their time. The chat replied straight away and fixed the
        problem in a few minutes. You should make it clearer what's included in the price. A bit pricier than the
        competition but much better service. Couldn't be smoother!
        """

    static let enWords = """
        the and is are was were be been being not no very to of in on at by for with from it its it's this that these
        those there here they them their we our us you your you're i i'm i've i'd me my mine he his him she her hers
        have has had having do does did done don't doesn't didn't can can't could couldn't would wouldn't should
        shouldn't will won't just but or so if when what why how who whom which where all some any more most much many
        good great bad really too also about after before again never always only get got getting thanks thank please
        nice ok okay an a as up out than then because even still well like one two time help same other into over
        under again very quite rather pretty though although while until since yet already ever every each both either
        neither nothing something anything everything someone anyone nobody everyone isn't aren't wasn't weren't
        haven't hasn't hadn't i'll we're they're that's there's what's let's would've gonna wanna lol
        """

    // MARK: German

    static let deText = """
        Ich bin sehr zufrieden mit dem schnellen Service. Die Mitarbeiter waren freundlich und haben sich Zeit
        genommen, alles zu erklären. Das Paket kam zwei Tage zu spät und niemand hat uns informiert. Das ist schon das
        dritte Mal, dass ich eine falsche Rechnung bekomme. Die App funktioniert gut, aber das Bezahlen dauert viel zu
        lange. Warum muss man anrufen, um den Vertrag zu kündigen? Das Essen war lecker, aber wir mussten fast eine
        Stunde warten. Ich würde euch auf jeden Fall meinen Freunden empfehlen. Vielen Dank für die schnelle Hilfe!
        Leider funktioniert die Anmeldung seit dem letzten Update nicht mehr. Der Preis ist viel zu hoch für das, was
        man bekommt. Das Zimmer war sauber, aber das Frühstück war langweilig und der Kaffee war kalt. Der Bus ist nie
        gekommen, deshalb habe ich meinen Termin verpasst. Es fühlt sich an, als ob niemand den Kunden mehr zuhört.
        Heute war es draußen sehr kalt, also sind wir zu Hause geblieben. Die Kinder gehen um acht Uhr in die Schule.
        Was hältst du von dem neuen Film? Ich weiß es nicht genau, er war mir ein bisschen zu lang. Könntest du auf
        dem Heimweg Milch und Brot kaufen? Wir sollten uns öfter treffen. Ich habe noch keine Antwort auf meine E-Mail
        bekommen. Wie lange dauert es, bis das Geld auf dem Konto ist? Alles war super, herzlichen Dank! Der Techniker
        kam pünktlich und hat die Störung sofort behoben. Die Verpackung war beschädigt, aber der Inhalt war zum Glück
        in Ordnung. Ich verstehe nicht, warum die Preise schon wieder gestiegen sind.
        """

    static let deWords = """
        und der die das ist nicht ich sie es wir ihr ein eine einen einem einer mit von zu den dem des auf für sehr
        auch aber wie was warum wenn dass haben hat habe hatte war waren sind kein keine keinen noch nur schon immer
        danke bitte gut schlecht mein meine nach bei aus um werden wird wurde kann können muss mehr über zum zur doch
        hier jetzt heute viel ganz alles leider nichts man sich uns euch mir dir dich mich ja nein oder weil als bis
        """

    // MARK: French

    static let frText = """
        Je suis très satisfait de la rapidité du service. Le personnel était aimable et a pris le temps de tout
        m'expliquer. Le colis est arrivé avec deux jours de retard et personne ne nous a prévenus. C'est la troisième
        fois que je reçois une facture erronée. L'application fonctionne bien, mais le paiement est beaucoup trop
        lent. Pourquoi faut-il appeler pour résilier son abonnement ? Le repas était bon, mais nous avons attendu
        presque une heure. Je vous recommanderai sans hésiter à mes amis. Merci beaucoup pour votre aide rapide !
        Malheureusement, la connexion ne marche plus depuis la dernière mise à jour. Le prix est bien trop élevé pour
        ce qu'on obtient. La chambre était propre, mais le petit déjeuner était décevant et le café était froid. Le
        bus n'est jamais venu, donc j'ai raté mon rendez-vous. On a l'impression que personne n'écoute plus les
        clients. Aujourd'hui il faisait très froid dehors, alors nous sommes restés à la maison. Les enfants vont à
        l'école à huit heures. Qu'est-ce que tu penses du nouveau film ? Je ne sais pas trop, il était un peu trop
        long pour moi. Tu pourrais acheter du lait et du pain en rentrant ? Nous devrions nous voir plus souvent. Je
        n'ai toujours pas reçu de réponse à mon courriel. Combien de temps faut-il pour que l'argent arrive sur le
        compte ? Tout était parfait, merci encore ! Le technicien est venu à l'heure et a réglé le problème tout de
        suite. L'emballage était abîmé, mais heureusement le contenu était intact.
        """

    static let frWords = """
        le la les de des du un une et est pas ne je tu il elle nous vous ils elles que qui pour dans sur avec très
        mais ce cette ces mon ma mes son sa ses au aux en y ai avait été être avoir fait plus bien tout tous merci
        bonjour oui non c'est n'est j'ai qu'il parce pourquoi comment quand où rien jamais toujours encore aussi déjà
        moi toi lui leur
        """

    // MARK: Spanish

    static let esText = """
        Estoy muy contento con la rapidez del servicio. El personal fue amable y se tomó el tiempo de explicarme todo.
        El paquete llegó con dos días de retraso y nadie nos avisó. Es la tercera vez que recibo una factura
        equivocada. La aplicación funciona bien, pero el pago es demasiado lento. ¿Por qué hay que llamar para
        cancelar la suscripción? La comida estaba rica, pero esperamos casi una hora. Sin duda os recomendaré a mis
        amigos y a mi familia. ¡Muchas gracias por la ayuda! Lamentablemente el inicio de sesión no funciona desde la
        última actualización. El precio es demasiado alto para lo que ofrecen. La habitación estaba limpia, pero el
        desayuno era aburrido y el café estaba frío. El autobús nunca llegó, así que perdí mi cita. Parece que ya
        nadie escucha a los clientes. Hoy hacía mucho frío fuera, así que nos quedamos en casa. Los niños van a la
        escuela a las ocho. ¿Qué te pareció la nueva película? No sé, era un poco larga para mi gusto. ¿Puedes comprar
        leche y pan de camino a casa? Deberíamos vernos más a menudo. Todavía no he recibido respuesta a mi correo.
        ¿Cuánto tarda el dinero en llegar a la cuenta? ¡Todo estuvo genial, mil gracias! El técnico llegó puntual y
        solucionó el problema enseguida. El embalaje estaba dañado, pero por suerte el contenido estaba bien.
        """

    static let esWords = """
        el la los las de del y es no que en un una por para con muy pero lo le se me mi su al como más está estaba son
        fue ha he hay todo gracias bien también porque cuando qué dónde cómo ya sí nos yo tu usted nada nunca siempre
        muy este esta esto eso pero sin sobre hasta desde ni o
        """

    // MARK: Dutch

    static let nlText = """
        Ik ben erg tevreden over de snelle service. Het personeel was vriendelijk en nam de tijd om alles uit te
        leggen. Het pakket kwam twee dagen te laat en niemand heeft ons iets laten weten. Dit is al de derde keer dat
        ik een verkeerde factuur krijg. De app werkt goed, maar betalen duurt veel te lang. Waarom moet je bellen om
        je abonnement op te zeggen? Het eten was lekker, maar we moesten bijna een uur wachten. Ik zou jullie zeker
        aanraden bij mijn vrienden. Hartelijk bedankt voor de snelle hulp! Helaas werkt het inloggen niet meer sinds
        de laatste update. De prijs is veel te hoog voor wat je krijgt. De kamer was schoon, maar het ontbijt was saai
        en de koffie was koud. De bus is nooit gekomen, dus ik heb mijn afspraak gemist. Het voelt alsof niemand nog
        naar de klanten luistert. Vandaag was het buiten heel koud, dus we zijn thuis gebleven. De kinderen gaan om
        acht uur naar school. Wat vind je van de nieuwe film? Ik weet het niet goed, hij was een beetje te lang. Kun
        je op weg naar huis melk en brood halen? We moeten elkaar vaker zien. Ik heb nog steeds geen antwoord op mijn
        e-mail gekregen. Alles was prima, heel erg bedankt! De monteur kwam op tijd en heeft de storing meteen
        verholpen. De verpakking was beschadigd, maar gelukkig was de inhoud in orde.
        """

    static let nlWords = """
        de het een en is niet ik je jij we wij zij ze van op te dat die voor met zijn was maar heel erg ook om naar
        bij uit aan geen nog wel al dan als wat waarom hoe er hier nu heb heeft hebben kan kunnen moet wordt werd
        bedankt dank mijn jullie ons onze niets altijd nooit veel
        """

    // MARK: Italian

    static let itText = """
        Sono molto soddisfatto della rapidità del servizio. Il personale è stato gentile e si è preso il tempo di
        spiegarmi tutto. Il pacco è arrivato con due giorni di ritardo e nessuno ci ha avvisato. È la terza volta che
        ricevo una fattura sbagliata. L'applicazione funziona bene, ma il pagamento è troppo lento. Perché bisogna
        chiamare per disdire l'abbonamento? Il cibo era buono, ma abbiamo aspettato quasi un'ora. Vi consiglierò
        sicuramente ai miei amici. Grazie mille per l'aiuto veloce! Purtroppo l'accesso non funziona più dall'ultimo
        aggiornamento. Il prezzo è troppo alto per quello che si ottiene. La camera era pulita, ma la colazione era
        noiosa e il caffè era freddo. L'autobus non è mai arrivato, così ho perso l'appuntamento. Sembra che nessuno
        ascolti più i clienti. Oggi fuori faceva molto freddo, quindi siamo rimasti a casa. I bambini vanno a scuola
        alle otto. Cosa ne pensi del nuovo film? Non so, era un po' troppo lungo per i miei gusti. Puoi comprare latte
        e pane tornando a casa? Dovremmo vederci più spesso. Non ho ancora ricevuto una risposta alla mia email. Tutto
        perfetto, grazie ancora! Il tecnico è arrivato puntuale e ha risolto subito il guasto. La confezione era
        danneggiata, ma per fortuna il contenuto era intatto.
        """

    static let itWords = """
        il lo la le gli i di del della dei e è non che un una per con molto ma sono ho ha mi ti si ci questo questa
        anche più tutto grazie bene perché come quando dove cosa già ancora sempre mai niente nel nella alla al da sul
        era
        """

    // MARK: Portuguese

    static let ptText = """
        Estou muito satisfeito com a rapidez do atendimento. Os funcionários foram simpáticos e explicaram tudo com
        calma. A encomenda chegou com dois dias de atraso e ninguém nos avisou. É a terceira vez que recebo uma fatura
        errada. O aplicativo funciona bem, mas o pagamento é muito lento. Por que é preciso ligar para cancelar a
        assinatura? A comida estava boa, mas esperamos quase uma hora. Vou recomendar vocês aos meus amigos com
        certeza. Muito obrigado pela ajuda rápida! Infelizmente o login não funciona desde a última atualização. O
        preço é alto demais para o que se recebe. O quarto estava limpo, mas o café da manhã era fraco e o café estava
        frio. O ônibus nunca chegou, então perdi a minha consulta. Parece que ninguém ouve mais os clientes. Hoje
        estava muito frio lá fora, então ficamos em casa. As crianças vão para a escola às oito horas. O que você
        achou do novo filme? Não sei bem, foi um pouco longo demais para o meu gosto. Você pode comprar leite e pão no
        caminho de casa? Deveríamos nos ver mais vezes. Ainda não recebi resposta ao meu e-mail. Tudo ótimo, muito
        obrigada! O técnico chegou na hora e resolveu o problema logo. A embalagem estava danificada, mas felizmente o
        conteúdo estava inteiro.
        """

    static let ptWords = """
        o a os as de do da dos das e é não que um uma por para com muito mas eu você ele ela nós meu minha seu sua foi
        era está estava tem tinha também mais obrigado obrigada bem porque quando como já ainda sempre nunca no na nos
        em
        """

    // MARK: Polish

    static let plText = """
        Jestem bardzo zadowolony z szybkiej obsługi. Pracownicy byli mili i wszystko mi dokładnie wyjaśnili. Paczka
        przyszła dwa dni za późno i nikt nas nie poinformował. To już trzeci raz, kiedy dostaję błędną fakturę.
        Aplikacja działa dobrze, ale płatność trwa zbyt długo. Dlaczego trzeba dzwonić, żeby zrezygnować z abonamentu?
        Jedzenie było smaczne, ale czekaliśmy prawie godzinę. Na pewno polecę was moim znajomym. Dziękuję bardzo za
        szybką pomoc! Niestety logowanie nie działa od ostatniej aktualizacji. Cena jest za wysoka w stosunku do tego,
        co się dostaje. Pokój był czysty, ale śniadanie było nudne, a kawa zimna. Autobus w ogóle nie przyjechał, więc
        spóźniłem się na spotkanie. Dzisiaj na dworze było bardzo zimno, więc zostaliśmy w domu. Dzieci idą do szkoły
        o ósmej. Co myślisz o nowym filmie? Nie wiem, był trochę za długi. Czy możesz kupić mleko i chleb w drodze do
        domu? Wszystko było świetnie, dziękuję! Technik przyszedł punktualnie i od razu naprawił usterkę. Opakowanie
        było uszkodzone, ale na szczęście zawartość była cała.
        """

    static let plWords = """
        i w z na nie to się jest że do jak ale co tak od za po o już bardzo mi mnie jestem był była było dziękuję
        dobrze tylko czy dla przez jego jej ich nas was ten ta te tego
        """

    // MARK: Estonian

    static let etText = """
        Olen teenindusega väga rahul. Töötajad olid sõbralikud ja selgitasid kõik rahulikult ära. Pakk jõudis kohale
        kaks päeva hiljem ja keegi ei teatanud meile sellest. See on juba kolmas kord, kui ma saan vale arve. Rakendus
        töötab hästi, aga maksmine on liiga aeglane. Miks peab lepingu lõpetamiseks helistama? Toit oli maitsev, aga
        me pidime ootama peaaegu tund aega. Soovitan teid kindlasti oma sõpradele. Suur aitäh kiire abi eest! Kahjuks
        ei tööta sisselogimine pärast viimast uuendust. Hind on liiga kõrge selle kohta, mida saad. Tuba oli puhas,
        aga hommikusöök oli igav ja kohv oli külm. Buss ei tulnudki, nii et ma jäin koosolekule hiljaks. Täna oli
        väljas väga külm, seega jäime koju. Lapsed lähevad kooli kell kaheksa. Mida sa arvad uuest filmist? Ma ei tea
        täpselt, see oli natuke liiga pikk. Kas sa saaksid koju tulles piima ja leiba osta? Kõik oli suurepärane,
        tänan väga! Tehnik tuli õigel ajal ja parandas rikke kohe ära. Pakend oli katki, aga õnneks oli sisu terve.
        """

    static let etWords = """
        ja ei on oli see ma mina sa sina ta tema me meie te teie nad nemad aga kui ka väga nii siis veel juba kõik
        midagi miks kuidas kus mis kes aitäh tänan hea halb olen oled oleme olete pole oma seda selle kas
        """

    // MARK: Turkish

    static let trText = """
        Hizmetten çok memnun kaldım. Çalışanlar çok nazikti ve her şeyi sabırla açıkladılar. Paket iki gün geç geldi
        ve kimse bize haber vermedi. Üçüncü kez yanlış fatura alıyorum. Uygulama iyi çalışıyor ama ödeme yapmak çok
        uzun sürüyor. Aboneliği iptal etmek için neden telefon etmek gerekiyor? Yemek lezzetliydi ama neredeyse bir
        saat bekledik. Sizi kesinlikle arkadaşlarıma tavsiye edeceğim. Hızlı yardımınız için çok teşekkür ederim!
        Maalesef son güncellemeden beri giriş yapamıyorum. Fiyat, aldığınız hizmete göre çok yüksek. Oda temizdi ama
        kahvaltı sıkıcıydı ve kahve soğuktu. Otobüs hiç gelmedi, bu yüzden randevumu kaçırdım. Bugün dışarısı çok
        soğuktu, o yüzden evde kaldık. Çocuklar saat sekizde okula gidiyor. Yeni film hakkında ne düşünüyorsun?
        Bilmiyorum, biraz uzundu. Eve gelirken süt ve ekmek alabilir misin? Her şey harikaydı, teşekkürler!
        """

    static let trWords = """
        ve bir bu da de çok için ile ama ne değil var yok ben sen o biz siz onlar mı mi teşekkür teşekkürler evet
        hayır gibi daha en her şey
        """

    // MARK: Croatian

    static let hrText = """
        Jako sam zadovoljan brzom uslugom. Zaposlenici su bili ljubazni i sve su mi strpljivo objasnili. Paket je
        stigao dva dana kasnije i nitko nas nije obavijestio. Ovo je već treći put da dobijem pogrešan račun.
        Aplikacija radi dobro, ali plaćanje traje predugo. Zašto moram nazvati da bih otkazao pretplatu? Hrana je bila
        ukusna, ali čekali smo skoro sat vremena. Sigurno ću vas preporučiti prijateljima. Hvala vam puno na brzoj
        pomoći! Nažalost, prijava ne radi od zadnjeg ažuriranja. Cijena je previsoka za ono što dobijete. Soba je bila
        čista, ali doručak je bio dosadan, a kava hladna. Autobus uopće nije došao, pa sam propustio sastanak. Danas
        je vani bilo jako hladno, pa smo ostali kod kuće. Djeca idu u školu u osam sati. Što misliš o novom filmu? Ne
        znam, bio je malo predug. Možeš li kupiti mlijeko i kruh na putu kući? Sve je bilo odlično, hvala!
        """

    static let hrWords = """
        i je u na da se ne za su sam smo bio bila bilo ali što kako zašto hvala jako vrlo ja ti on ona mi vi oni
        """

    // MARK: Hungarian

    static let huText = """
        Nagyon elégedett vagyok a gyors kiszolgálással. A munkatársak kedvesek voltak, és türelmesen mindent
        elmagyaráztak. A csomag két nappal később érkezett, és senki sem értesített minket. Már harmadszor kapok hibás
        számlát. Az alkalmazás jól működik, de a fizetés túl sokáig tart. Miért kell telefonálni ahhoz, hogy lemondjam
        az előfizetést? Az étel finom volt, de majdnem egy órát vártunk. Biztosan ajánlani fogom önöket a barátaimnak.
        Köszönöm szépen a gyors segítséget! Sajnos a legutóbbi frissítés óta nem tudok bejelentkezni. Az ár túl magas
        ahhoz képest, amit kapunk. A szoba tiszta volt, de a reggeli unalmas volt, és a kávé hideg. A busz egyáltalán
        nem jött, ezért lekéstem a találkozót. Ma nagyon hideg volt kint, ezért otthon maradtunk. A gyerekek nyolckor
        mennek iskolába. Mit gondolsz az új filmről? Nem tudom, kicsit hosszú volt. Tudnál venni tejet és kenyeret
        hazafelé? Minden nagyszerű volt, köszönöm!
        """

    static let huWords = """
        a az és hogy nem egy is van volt de meg már csak mert ez azt igen köszönöm nagyon jó én te ő mi ti ők
        """

    // MARK: Danish and Norwegian bokmål alike

    static let danishNorwegianWords = """
        andre alle alt barn dansk danske norsk norske svensk dette denne disse selv verden verdens langt lang lange
        tilbud mening meninger kommer komme kom folk folket valg valget eksempel private privat problem problemet
        problemer tanke tanker ønske ønsker rasende middel dobbelt omtale heldigvis ganske konsekvens konsekvenser
        system systemet stat staten land landet landets by byen hus huset bil bilen mor far bror søster familie
        familien venner mennesker menneske liv livet død døde tid tiden tider dag dagen år året årene måned måneder
        ting tingene sted stedet steder del delen side siden sider god gode godt bedre stor store større største små
        mindre minst mange flere fleste ny nye gammel gamle ung unge yngre fin fine fint flink glad glade trist sur
        skuffet tilfreds sikker sikre sikkert klar klart klare enkel enkelt enkle mulig umulig fantastisk elendig
        dårlig dårlige perfekt super kunne skulle ville måtte burde kan skal vil må bør har være er var går står ser
        hører tror synes mener mente snakke betale betaler betalte bestille bestilte ringe ringer vente venter prøve
        prøver forstå forstår forklare forklarer fungere fungerer virke virker kunde kunder kundeservice service pris
        prisen priser vare varen varer pakke pakken levering leveringen faktura fakturaen regning regningen konto
        kontoen telefon telefonen app appen svar svaret ikke også bare kun allerede altså jo vel nok da der her hvor
        hvordan hvorfor hvis når som om men og eller fordi mens før politiker politikere politikerne minister
        statsminister parti partiet partier stemme stemmer borgere film filmen sang sangen konserten historie
        historien rolle rollen publikum scene scenen teater kunst kunstner musiker band bandet album albumet serie
        serien episode episoden start starten skole skolen lærer lærere elever klasse klassen avis avisen hjem hjemme
        kaffe øl vin brød ost fisk vinter vinteren sommer sommeren jul julen påske ferie ferien tog toget fly flyet
        handel hånd hånden ben øre dyr hund hunden hest luft sol solen regn vind vinden rød blå sort gul en to tre
        fire fem seks syv ni ti elleve tolv mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar april
        juni juli august september oktober november forhold forholdet følelse følelser fremtid fremtiden fortid nåtid
        samme slags type form formen mål målet plan planen planer ide ideen idé kvalitet kvaliteten størrelse
        størrelsen nei ja hvem hvilke hvilken hvilket mest mer ofte snart straks akkurat omtrent ellers heller derfor
        forresten egentlig virkelig faktisk helt rett sent tidlig tidligere senere først sammen alene ingen ingenting
        hver hvert hele halv halve lav lave dyre billig billige varm varme langsom personlig personlige offentlig
        offentlige politisk politiske økonomisk økonomiske kulturelle moderne klassisk interessant interessante
        fantastiske herlig herlige modig dum dumme smart rundt imidlertid nær nært vellykket forventning forventninger
        runde runder kilo underholdende begavede kroner generelt relativt populær intens fascinerende effekt effekter
        kontrollere datter roman novelle forfatter tekst tekster stemmen vokal trommer billetter salen lyden lyd
        batteri batteriet kamera produkt produktet design bestilling levert butikken betaling kort kortet bank banken
        lån lånet rente renter forsikring strøm vask stille rolig travlt sulten tørst frisk ren nyttig unødvendig
        nødvendig tydelig fornuftig rimelig urimelig ærlig ordentlig tester koster regner husker glemmer elsker savner
        fortjener anbefaler skuffer imponerer overrasker starter slutter lukker vinner spiller synger skriver sender
        henter svarer ligger bor flytter snakker viser føler stadig tekniker teknikeren teknikere logge logger
        abonnement abonnementet abonnementer bredbånd bredbåndet mobil mobilen mobildata nettet router routeren wifi
        fiber fiberen signal signalet modem modemet kode koden engangskode engangskoden gebyr gebyret gebyrer kontrakt
        kontrakten chat chatten kø køen ventetid ventetiden personale personalet ansatte leder løsning løsningen klage
        klagen klager henvendelse forhånd post posten
        """
}
