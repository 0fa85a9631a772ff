/// Function words per language: pronouns, articles, prepositions, conjunctions, auxiliaries, the commonest verbs
/// and adverbs, greetings and fillers. Written by the cxm team for theme discovery, where a phrase may not start
/// or end with one ("väntan på", "the app"); they say nothing about what an answer is about.
enum Stopwords {
    /// Whether `word` (lowercased, as the tokenizer gives it) is a function word of `language`.
    static func contains(_ word: String, language: Language) -> Bool {
        switch language {
        case .en: english.contains(word)
        case .sv: swedish.contains(word)
        case .da: danish.contains(word)
        case .nb: norwegian.contains(word)
        case .fi: finnish.contains(word)
        }
    }

    private static func set(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    static let english = set(
        """
        a about above after again against all almost already also although always am an and another any anyone
        anything are around as at away back be because been before behind being below between both but by can can't
        cannot could did didn't do does doesn't doing don't done down during each either else enough even ever every
        everyone everything few for from get gets getting got had has hasn't have haven't having he her here him his
        how however i i'll i'm i've if in into is isn't it it's its just least less let like made make makes making
        many may maybe me might more most much must my never next no nobody none not nothing now of off often oh ok
        okay on once one only or other others our out over own please pretty quite rather really same say said says
        see shall she should since so some somebody someone something sometimes soon still such than thank thanks
        that that's the their them then there there's these they they're they've thing things this those though
        through till to too under until up us very was wasn't we we're we've well went were what what's when where
        whether which while who why will with within without won't would yeah yes yet you you're you've your hi
        hello hey lot lots bit go goes going gone come comes coming came take takes took taken give know think
        thought want wanted need needed use used keep kept put tell told ask asked try tried look feel find two
        three four five six seven eight nine ten twenty hundred first second third last time times day days week
        weeks month months year years hour hours minute minutes today yesterday tomorrow exactly
        """)

    static let swedish = set(
        """
        och i att det som en ett på är av för med till den de dem har hade haft inte om han hon hen men var varit
        jag sig från vi så kan kunde kunnat man när år säger sa sade sagt under också efter eller nu sin sitt sina
        där vid mot ska skall skulle bara vara blir blev blivit bli mycket mer mest ut upp in över sedan sen hur
        alla allt andra annan annat då än vad här denna detta dessa något någon några någonting ingen inget inga
        ingenting alltid aldrig redan fortfarande igen ju väl nog dock även hela helt ganska väldigt riktigt jätte
        lite lika min mitt mina din ditt dina er ert era vår vårt våra hans hennes deras dess oss mig dig honom
        henne själv själva varje vilken vilket vilka varför vem genom utan innan bakom bredvid hos ifrån inom mellan
        samt tills trots via åt både antingen eftersom fast medan sådan sådant sådana ens gör gjorde gjort göra får
        fick fått få kommer kom kommit komma går gick gått gå tar tog tagit ta vet visste veta ser såg sett se
        tycker tyckte tycka måste vill ville velat borde behöver behövde verkar verkade känns kändes finns fanns hel
        precis nästan kanske faktiskt verkligen liksom typ ja nej jo nja okej ok hej hejsan tack asså tackar mvh ni du
        dom sånt såna hit dit därför dessutom ändå annars alltså bland förbi framför fram tillbaka emot runt vidare
        direkt snart ofta ibland sällan någonsin just extremt otroligt minst flera många färre ännu hellre gärna två
        tre fyra fem sex sju åtta nio tio tjugo hundra första tredje sista nästa samma tid tiden tider gång gången
        gånger dag dagen dagar vecka veckan veckor månad månaden månader timme timmen timmar minut minuten minuter
        idag igår imorgon va
        """)

    static let danish = set(
        """
        og i at det som en et på er af for med til den de dem har havde haft ikke om han hun men var været jeg sig
        fra vi så kan kunne man når år siger sagde sagt under også efter eller nu sin sit sine der ved mod skal
        skulle bare være bliver blev blevet blive meget mere mest ud op ind over siden hvordan alle alt andre anden
        andet da end hvad her denne dette disse noget nogen nogle ingen intet aldrig altid allerede stadig igen jo
        vel nok dog selv hele helt ret rigtig virkelig lidt lige min mit mine din dit dine jer jeres vores vor vort
        hans hendes deres dens dets os mig dig ham hende hver hvilken hvilket hvilke hvorfor hvem hvis hvor gennem
        uden inden bag hos mellem samt indtil trods via både enten fordi mens sådan sådant sådanne gør gjorde gjort
        gøre får fik fået få kommer kom kommet komme går gik gået gå tager tog taget tage vidste vide ser set se
        synes syntes må måtte vil ville burde behøver behøvede virker virkede føles føltes findes fandtes næsten
        måske faktisk egentlig ligesom ja nej okay ok hej tak mvh osv etc du derfor desuden alligevel ellers altså
        blandt forbi foran frem tilbage imod rundt langs videre direkte snart ofte gange sjældent nogensinde
        ekstremt utroligt vildt mindst flere mange færre endnu hellere gerne alting ganske temmelig slet hvornår
        hvorden dér herefter derefter idet skønt selvom to tre fire fem seks syv otte ni ti tyve hundrede første
        tredje sidste næste samme tid tiden gang gangen dag dagen dage uge ugen uger løbet måned måneden måneder time
        timen timer minut minutter ude inde oppe nede heller
        """)

    static let norwegian = set(
        """
        og i at det som en et ei på er av for med til den de dem har hadde hatt ikke om han hun men var vært jeg seg
        fra vi så kan kunne man når år sier sa sagt under også etter eller nå sin sitt sine der ved mot skal skulle
        bare være blir ble blitt bli mye mer mest ut opp inn over siden hvordan alle alt andre annen annet da enn
        hva her denne dette disse noe noen ingen ingenting aldri alltid allerede fortsatt fremdeles igjen jo vel nok
        dog selv hele helt ganske veldig virkelig litt like min mitt mi mine din ditt di dine dere deres vår vårt
        våre hans hennes dens dets oss meg deg ham henne hver hvilken hvilket hvilke hvorfor hvem hvis hvor gjennom
        uten innen bak hos mellom samt inntil tross via både enten fordi mens slik slikt slike gjør gjorde gjort
        gjøre får fikk fått få kommer kom kommet komme går gikk gått gå tar tok tatt ta vet visste vite ser sett se
        synes syntes må måtte vil ville burde trenger trengte virker virket føles føltes finnes fantes nesten
        kanskje faktisk egentlig liksom ja nei okei ok hei takk mvh osv etc du derfor dessuten likevel ellers altså
        blant forbi foran frem fram tilbake imot rundt langs videre direkte snart ofte iblant sjelden noensinne
        ekstremt utrolig sykt minst flere mange færre enda heller gjerne alting temmelig rett sånn sånt sånne selvom
        skjønt to tre fire fem seks sju syv åtte ni ti tjue hundre første tredje siste neste samme tid tiden gang
        gangen ganger dag dagen dager uke uka uker løpet måned måneden måneder time timen timer minutt minutter ute inne
        oppe nede
        """)

    static let finnish = set(
        """
        ja on ei se että oli hän mutta kun niin myös jo vain tai kuin mitä olen olin ole ollut olla olisi ovat
        olivat olemme olette olit olet sen sitä siitä siinä siihen sille sillä siltä ne niiden niitä niistä niissä
        niihin me te he minä mä sinä sä minun mun minulle mulle minua mua minulla mulla minulta multa minusta minuun
        sinun sun sinulle sulle sinua sinulla meidän meille meitä meillä teidän teille teitä heidän heille heitä
        hänen hänelle häntä hänellä tämä tää tämän tätä tässä tästä tähän tuo tuon tuota nämä näiden näitä nuo
        täällä siellä tänne sinne täältä sieltä nyt sitten vielä aina koskaan enää taas kanssa ilman vaan eikä en et
        emme ette eivät jos vaikka koska kuten jotta joka jonka jota jossa josta johon jotka joiden joita mikä minkä
        mitkä kuka kenen ketkä missä mistä mihin miksi miten millainen milloin kaikki kaiken kaikkea kaikille jokin
        jonkin joku jonkun jotain jotakin mitään mikään ketään kukaan mitenkään hyvin aivan todella tosi erittäin
        melko aika liian paljon vähän enemmän vähemmän ihan kyllä joo juu no siis sekä eli kuitenkin tosin lähes
        melkein heti juuri ainakin edes jopa ehkä varmaan varmasti oikeastaan itse oma oman omaa saa sai sain saada
        saanut saatu saimme tuli tulee tulla tullut tulevat pitää piti pitäisi täytyy täytyi voi voisi voin voinut
        voida pystyi pystyy teki tekee tehdä tehnyt tein mennä meni menee mennyt kävi käy olisivat ovatko kiitos
        kiitoksia moi hei terve ok okei noin yli alle ennen jälkeen aikana kautta luona mukaan vastaan takia vuoksi
        kohti ohi välillä kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen ensimmäinen toinen
        kolmas viimeinen sama saman samaa samana kerta kerran kertaa päivä päivän päivää päivänä viikko viikon
        viikkoa kuukausi kuukauden tunti tunnin tuntia minuutti minuutin minuuttia tänään eilen huomenna näin
        """)
}
