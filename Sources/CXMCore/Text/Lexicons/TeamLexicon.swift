/// Sentiment words written by the cxm team: the whole Finnish lexicon, and customer-experience words the
/// public lexicons lack in every language, with overrides where a public value is wrong for feedback.
///
/// One entry per line: `term<TAB>value`, value −4…4 on the VADER scale (1 mildly positive, 2 positive,
/// 3 very positive; negative alike). A term ending in `*` matches any word it begins (inflections and
/// compounds: `erinomai*` matches "erinomaista"); the longest matching prefix wins, and an exact entry
/// (team or public) wins over any prefix, so a prefix with value 0 marks words that only look alike
/// (`vihanne*` in `viha*`). Otherwise the word must match exactly, lowercase; a term with spaces is a
/// phrase of up to four words ("lång väntetid"). Lines starting with `#` are comments.
///
/// Additions only name words missing from the public lists (checked against them); `…Overrides` replace
/// public values, and a 0 there means "no sentiment of its own" (rule words such as "inte", topic words
/// such as "pris"). Written by the team from general knowledge of the languages, not from any data set.
enum TeamLexicon {
    /// Finnish: the whole lexicon, general evaluative words and customer-experience words. Most terms are
    /// prefixes, as Finnish inflects and compounds; a prefix with value 0 stops a shorter one (`hyvästi*` in
    /// `hyvä*`) or a compound tail (`palaut*` for "palauttanut", not "auttanut"). 1193 terms.
    static let fi = #"""
        # --- Yleiset arvioivat adjektiivit: myönteiset (general evaluative words: positive) ---
        hyvä	1.9
        hyvä*	1.9
        hyviä	1.9
        hyvien	1.9
        hyville	1.9
        hyvillä	1.9
        hyviin	1.9
        hyvin	1.5
        hyvästi*	0
        hyväksy*	0.5
        hyväksyttävä*	0.5
        hyvity*	0.5
        hyvite*	0.5
        hyvinvoin*	1
        parempi	1
        parem*	1
        paras	3.2
        parasta	3.2
        parhaa*	3
        parhai*	3
        parhaimm*	3
        erinomainen	3
        erinomai*	3
        loistava	3
        loistav*	3
        loisto*	3
        loisti	2.5
        upea	3
        upea*	3
        upei*	3
        upein*	3.4
        upeim*	3.4
        mahtava	3
        mahtav*	3
        mahtavin*	3.4
        mahtavim*	3.4
        hieno	2.5
        hieno*	2.5
        ihana	3
        ihana*	3
        ihani*	3
        ihanin*	3.4
        ihanim*	3.4
        loistavin*	3.4
        loistavim*	3.4
        täydellinen	3
        täydelli*	3
        täydellisesti*	0
        mainio	2.5
        mainio*	2.5
        oivalli*	2
        huikea	3
        huikea*	3
        huikei*	3
        fantastinen	3
        fantasti*	3
        ensiluokkai*	3
        huippu	2.5
        huippu*	2.5
        huippuaika*	0
        huipputason	2.5
        timanttinen	2.5
        timanttis*	2.5
        ylivoimai*	2.5
        verraton	2.5
        verrattom*	2.5
        lyömätön	2.5
        lyömättöm*	2.5
        vaikuttava*	2
        vaikuttu*	2
        ihmeelli*	2
        ihailtava*	2.5
        ihastu*	2.5
        ihastutta*	2.5
        ällistyttä*	2
        kiva	2
        kiva*	2
        kivoja	2
        kivoin	2
        kivempi	2
        kivemp*	2
        mukava	2
        mukava*	2
        mukavi*	2
        mukavu*	1.5
        hauska	2
        hauska*	2
        hauskoja	2
        hauskoin	2
        miellyttävä	2
        miellyttä*	2
        mieluisa*	2
        mielellä*	1.5
        hyödyllinen	2
        hyödylli*	2
        hyöty	1
        hyöty*	1
        hyödyntä*	0
        hyödynn*	0
        hyödy*	1
        kätevä	2
        kätevä*	2
        kätevy*	1.5
        näppärä*	2
        sujuva	2
        sujuva*	2
        sujuvu*	1.5
        sujui	1.5
        sujuu	1.5
        sujunut	1
        vaivaton	2
        vaivato*	2
        vaivatto*	2
        vaivatta	2
        mutkaton	2
        mutkatto*	2
        kitkaton	2
        kitkatto*	2
        helppo	2
        helppo*	2
        helpo*	1.5
        helppokäyttöi*	2.5
        käyttäjäystävälli*	2.5
        asiakasystävälli*	2
        intuitiivi*	2
        selkeä	1.5
        selke*	1.5
        selvä	1
        selvää	1
        ymmärrettävä*	1.5
        yksinkertai*	1.5
        yksinkertaisesti*	0.5
        käytännölli*	1.5
        informatiivi*	1.5
        looginen	1
        nopea	1.5
        nopea*	1.5
        nopei*	1.5
        nopein*	2
        nopsa*	1.5
        ripeä*	2
        ripeä	2
        pikai*	1
        salamannopea*	2.5
        vikkelä*	1.5
        viipymättä	1.5
        viivyttelemättä	1.5
        välittömä*	1
        välitön	1
        samantien	1
        heti	0.5
        hetkessä	1.5
        ajoissa	1.5
        ajallaan	1.5
        aikataulussa	1
        etuajassa	2
        täsmälli*	2
        tehokas	2
        tehok*	2
        toimiva	1.5
        toimiva*	1.5
        toimivu*	1
        toimivalta*	0
        toimii	1
        toimi	0.5
        toimivat	1
        toiminut	0.8
        toimineet	0.8
        toimivasti	1.5
        onnistu*	1.5
        onnistunut	1.5
        hoitui	1.5
        hoituu	1.5
        hoitunut	1
        ratkesi	1.5
        ratkea*	1
        ratkaisi	1.5
        ratkaistu	1.5
        ratkaistiin	1.5
        korjaantu*	1.5
        korjaantui	1.5
        korjattu	1
        korjattiin	1
        korjasi	1
        auttoi	1.5
        auttoivat	1.5
        auttanut	1
        auttaneet	1
        autettiin	1
        auttavai*	2
        avuksi	1
        pelasti	2
        pelasta*	1.5
        kannatta*	1
        kannata	1
        kelpaa	1
        kelpasi	1
        kelpo	1
        sopiva*	1
        sopii	0.8
        sopi	0.5
        kunnolla	1
        kunnolli*	1.5
        kunnollis*	1.5
        toimivia	1.5
        # --- Palvelun ja henkilökunnan laatu: myönteiset (service and staff: positive) ---
        ystävällinen	2
        ystävälli*	2
        kohtelias	2
        kohteliaa*	2
        kohteliai*	2
        avulias	2
        avulia*	2
        asiantunteva	2
        asiantunteva*	2
        asiantuntevu*	2
        asiantuntemus	1.5
        asiantuntemu*	1.5
        ammattitaitoinen	2
        ammattitai*	1.5
        ammattitaitois*	2
        ammattimainen	2
        ammattimai*	2
        osaava	2
        osaava*	2
        osaavi*	2
        pätevä	2
        pätevä*	2
        pätevi*	2
        taitava*	2
        taitavi*	2
        luotettava	2
        luotettava*	2
        luotettavu*	1.5
        rehellinen	2
        rehelli*	2
        reilu	2
        reilu*	2
        oikeudenmukai*	1.5
        huolellinen	2
        huolelli*	2
        perusteelli*	1.5
        tarkka*	1
        tarkkail*	0
        palvelualtis	2
        palvelualtti*	2
        palveluhenki*	1.5
        asiakaslähtöi*	1.5
        joustava	2
        joustava*	2
        joustavu*	1.5
        asiallinen	1.5
        asialli*	1.5
        huomaavainen	2
        huomaavai*	2
        ymmärtäväinen	2
        ymmärtäväi*	2
        empaattinen	2
        empaatti*	2
        kärsivällinen	1.5
        kärsivälli*	1.5
        sydämellinen	2.5
        sydämelli*	2.5
        lämmin	1
        lämpimä*	1
        lämpimästi	1.5
        hymyilevä*	2
        hymy*	1.5
        iloinen	2
        iloi*	2
        ilo	2
        iloa	2
        iloksi	2
        pirteä*	1.5
        reipas	1.5
        reippaa*	1.5
        reippai*	1.5
        leppoisa*	1.5
        rento	1
        rennosti	1
        kunnioittava*	1.5
        vastuulli*	1.5
        tavoitettava*	1
        tervetullut	1.5
        tervetull*	1.5
        tervetulo*	1.5
        turvallinen	1.5
        turvalli*	1.5
        uskollinen	1.5
        uskolli*	1.5
        järkevä	1.5
        järkevä*	1.5
        kohtuullinen	1
        kohtuulli*	1
        kohtuuhintai*	1.5
        edullinen	1.5
        edulli*	1.5
        halpa	1
        halpa*	1
        halpo*	1
        halvalla	1
        halvat	1
        halvan	1
        halve*	1
        halveks*	-2
        halvin*	1
        halvimm*	1
        ilmainen	1
        ilmaiseksi	1
        maksuton	1
        maksuttom*	1
        kilpailukykyi*	1
        säästä*	1
        säästi*	1
        säästö*	1
        säästöpankk*	0
        säästy*	1
        laadukas	2
        laadukas*	2
        laadukka*	2
        korkealaatui*	2
        tasokas	2
        tasokas*	2
        tasokka*	2
        priima	2
        tyylikäs	1.5
        tyylikkä*	1.5
        kaunis	2
        kaunii*	2
        siisti	1.5
        siisti*	1.5
        siiste*	1
        puhdas	1
        puhta*	1
        viihtyisä*	2
        viihty*	1.5
        tuore	1
        tuore*	1
        tuoreet	1
        herkullinen	2.5
        herkulli*	2.5
        maukas	2
        maukka*	2
        ehjä	1
        ehjä*	1
        ehjinä	1
        moderni*	1
        innovatiivi*	1.5
        kiinnostava*	1.5
        mielenkiintoi*	1.5
        hyödyllisiä	2
        moitteeton	2
        moitteetto*	2
        moitteetta	2
        virheetön	2
        virheettö*	2
        ongelmaton	1.5
        ongelmato*	1.5
        ongelmatto*	1.5
        ongelmitta	1.5
        # --- Tunteet ja kiitos: myönteiset (feelings and thanks: positive) ---
        tyytyväinen	2
        tyytyväi*	2
        kiitos	2
        kiito*	2
        kiitt*	1.5
        kiitollinen	2
        kiitoll*	2
        kiitettävä*	2
        kehu*	2
        kehuttava*	2
        suosittelen	2
        suosittel*	2
        suositel*	2
        suosittu	1.5
        suosittu*	1.5
        suositu*	1.5
        suosikki*	1.5
        plussa*	1
        plussaa	1
        onnellinen	2.5
        onnelli*	2.5
        onneksi	1
        innostunut	2
        innostu*	2
        innoissa*	2
        innokka*	1.5
        ilahdu*	2.5
        ilahtu*	2.5
        ilahdutt*	2.5
        positiivinen	2
        positiivi*	2
        myönteinen	1.5
        myöntei*	1.5
        rakastan	3
        rakast*	3
        rakkau*	2.5
        tykkään	2
        tykkä*	2
        nautin	2
        nauti*	2
        nautti*	2
        nautinto*	2
        arvostan	1.5
        arvosta*	1.5
        arvoste*	0
        elämy*	1.5
        huojentu*	1.5
        luottavai*	1.5
        toiveikka*	1.5
        rauhallinen	1.5
        rauhalli*	1.5
        ylpeä*	1.5
        onnittelu*	2
        herttai*	2
        suloi*	2
        viehättä*	2
        hurmaa*	2.5
        hurmaava*	2.5
        ansiokas	2
        ansiokka*	2
        menesty*	1.5
        paranee	1
        parani	1.5
        parantunut	1.5
        parantu*	1.5
        kympin	2
        kymppi	1.5
        ok	0.8
        okei	0.8
        ookoo	0.8
        jees	1
        jee	1.5
        vau	2
        wau	2
        hurraa	2
        # --- Yleiset arvioivat adjektiivit: kielteiset (general evaluative words: negative) ---
        huono	-2
        huono*	-2
        huonoin*	-3
        huonoimm*	-3
        heikko	-1.5
        heikko*	-1.5
        heiko*	-1.5
        heikent*	-1.5
        heikkene*	-1.5
        kehno	-2
        kehno*	-2
        surkea	-2.5
        surke*	-2.5
        surkein*	-3
        surkeim*	-3
        kurja	-2
        kurja*	-2
        kamala	-3
        kamal*	-3
        kamalin*	-3.4
        kamalim*	-3.4
        hirveä	-2.5
        hirveää	-2.5
        hirveitä	-2.5
        hirvittävä	-2.5
        hirvittävää	-2.5
        kauhea	-2.5
        kauheaa	-2.5
        kauheita	-2.5
        kauheasti	-2
        karsea*	-2.5
        karmea*	-2.5
        karmiva*	-2.5
        järkyttävä	-2.5
        järkyttä*	-2.5
        järkyttyn*	-2.5
        tyrmistyn*	-2.5
        tyrmistyttä*	-2.5
        pöyristyttä*	-2.5
        pöyristyn*	-2.5
        kauhistu*	-2.5
        katastrofi	-3
        katastrofi*	-3
        katastrofaali*	-3
        fiasko	-2.5
        fiasko*	-2.5
        farssi*	-2
        skandaali*	-2.5
        häpeä	-2
        häpeä*	-2
        häpeälli*	-2.5
        nolo	-1.5
        nolo*	-1.5
        naurettava	-2
        naurettava*	-2
        käsittämätön	-2
        käsittämät*	-2
        absurdi*	-1.5
        älytön	-2
        älytöntä	-2
        järjetön	-2
        järjetöntä	-2
        tolkuton	-2
        tolkutonta	-2
        tolkuttom*	-2
        pöljä*	-2
        tyhmä*	-2
        typerä*	-2
        hölmö*	-1.5
        idiootti*	-2.5
        ääliö*	-2.5
        paska	-2.5
        paska*	-2.5
        perseestä	-3
        persee*	-3
        syvältä	-2
        kökkö*	-2.5
        kuraa	-2
        roska	-2
        roska*	-2
        romu*	-1.5
        rämä	-2
        vituttaa	-3
        vitutt*	-3
        vittu*	-2.5
        vituiksi	-3
        perkele	-2
        hyi	-2
        yök	-2
        argh	-1.5
        paha	-2
        paha*	-2
        pahoja	-2
        pahemp*	-2
        pahin*	-2.5
        pahim*	-2.5
        pahoin	-1.5
        pahastu*	-1.5
        ikävä	-1.5
        ikävä*	-1.5
        ikävi*	-1.5
        tylsä	-1.5
        tylsä*	-1.5
        tylsi*	-1.5
        ruma	-1.5
        ruma*	-1.5
        outo	-1
        outo*	-1
        outokum*	0
        outote*	0
        oudo*	-1
        omitui*	-1
        kummalli*	-1
        keskinkertai*	-0.5
        riittämätön	-1.5
        riittämät*	-1.5
        puutteellinen	-1.5
        puuttee*	-1.5
        puute	-1
        puute*	-1
        puuttui	-1
        puuttu*	-1
        keskeneräi*	-1.5
        alkeelli*	-1.5
        vanhanaikai*	-1
        kömpelö*	-1.5
        turha	-1.5
        turha*	-1.5
        turhi*	-1.5
        turhaan	-1.5
        liian	-1
        kauan	-0.5
        ikuisuu*	-1
        tarpeeton	-1.5
        tarpeettom*	-1.5
        hyödytön	-2
        hyödyttöm*	-2
        arvoton	-2
        arvottom*	-2
        kelvoton	-2.5
        kelvottom*	-2.5
        kelpaamat*	-2
        laaduton	-2
        laaduttom*	-2
        heikkolaatui*	-2
        luokaton	-2
        luokattom*	-2.5
        tehoton	-2
        tehottom*	-2
        epäkäytännölli*	-1.5
        tyydyttävä*	0.5
        epätyydyttävä*	-1.5
        välttävä*	-0.5
        # --- Helppous ja vaikeus, nopeus ja hitaus (ease and difficulty, speed and slowness) ---
        vaikea	-1.5
        vaikea*	-1.5
        vaikei*	-1.5
        vaikeu*	-1.5
        hankala	-1.5
        hankal*	-1.5
        monimutkainen	-1.5
        monimutkai*	-1.5
        mutkikas	-1
        mutkikka*	-1
        sekava	-1.5
        sekava*	-1.5
        sekavi*	-1.5
        sekavu*	-1.5
        sekaisin	-1
        sekoil*	-1.5
        sotku	-1.5
        sotku*	-1.5
        kaaos	-2
        kaaos*	-2
        kaootti*	-2
        sekasorto*	-2
        epäselvä	-1.5
        epäselvä*	-1.5
        epäselvi*	-1.5
        epäselvy*	-1.5
        epälooginen	-1.5
        epäloogi*	-1.5
        harhaanjohtava*	-2.5
        vaivalloinen	-1.5
        vaivalloi*	-1.5
        vaiva	-1
        vaiva*	-1
        vaivau*	0
        työläs	-1.5
        työlää*	-1.5
        raskas	-1
        raskasta	-1
        aikaavievä*	-1
        byrokra*	-1
        jäykkä*	-1
        kankea*	-1.5
        nihkeä*	-1.5
        hidas	-1.5
        hitaa*	-1.5
        hitai*	-1.5
        hitau*	-1.5
        hidast*	-1
        tahmea*	-1.5
        takku*	-1.5
        tökki*	-1.5
        kangerte*	-1.5
        jumittaa	-2
        jumitt*	-2
        jumitu*	-2
        jumissa	-1.5
        jumiin	-1.5
        jäätyy	-1.5
        jääty*	-1.5
        kaatuu	-2
        kaatu*	-2
        tilttaa	-2
        tilttasi	-2
        lagaa	-1.5
        lagi*	-1.5
        pätkii	-1.5
        pätkivät	-1.5
        pätkinyt	-1.5
        katkeilee	-1.5
        katkei*	-1.5
        katkesi	-1.5
        katkeaa	-1.5
        katko	-1.5
        katko*	-1.5
        käyttökatko*	-1.5
        verkkokatko*	-1.5
        nettikatko*	-1.5
        sähkökatko*	-1.5
        palvelukatko*	-1.5
        häiriö	-1.5
        häiriö*	-1.5
        bugi	-1.5
        bugi*	-1.5
        bugaa*	-1.5
        # --- Virheet ja viat (errors and faults) ---
        virhe	-1.5
        virhe*	-1.5
        virheelli*	-1.5
        laskutusvirhe*	-1.5
        vika	-1.5
        vika*	-1.5
        viat	-1.5
        vikoja	-1.5
        vialli*	-2
        viallinen	-2
        vioittu*	-2
        rikki	-2
        rikko*	-1.5
        rikkinäi*	-2
        rikkoutu*	-2
        hajosi	-2
        hajo*	-2
        hajalla	-2
        vaurio	-2
        vaurio*	-2
        vahingoittu*	-2
        vahinko	-1.5
        vahingo*	-1.5
        vahingolli*	-2
        naarmu*	-1.5
        kolhu*	-1.5
        kolhiintu*	-1.5
        lommo*	-1.5
        pilalla	-2
        pilaantu*	-2
        pilasi	-2
        pilattu	-2
        homeinen	-2
        homeista	-2
        homeessa	-2
        vanhentu*	-1.5
        likainen	-1.5
        likai*	-1.5
        märkä	-1
        väärä	-1.5
        väärä*	-1.5
        vääri*	-1.5
        väärin	-1.5
        ongelma	-1.5
        ongelm*	-1.5
        toimitusongelm*	-1.5
        yhteysongelm*	-1.5
        nettiongelm*	-1.5
        laskutusongelm*	-1.5
        kuuluvuusongelm*	-1.5
        pulma*	-1
        toimimaton	-2
        toimimat*	-2
        epäonnistui	-2
        epäonnistu*	-2
        epäonni*	-1.5
        pieleen	-2
        pielessä	-2
        moka	-1.5
        moka*	-1.5
        kämmi*	-1.5
        kämmä*	-1.5
        sählä*	-1.5
        häslä*	-1.5
        sössi*	-2
        tohelo*	-2
        viivästys	-1.5
        viivästy*	-1.5
        viivyttel*	-1.5
        viive	-1
        viive*	-1
        myöhässä	-1.5
        myöhästy*	-1.5
        kadonnut	-1.5
        kadoksissa	-1.5
        katosi	-1.5
        hukassa	-1.5
        hukka*	-1.5
        hukku*	-1.5
        rahanhukka*	-2.5
        ajanhukka*	-2
        tuhla*	-1.5
        loppuunmyy*	-1
        ratkaisemat*	-1.5
        korjaamat*	-1.5
        vastaamatta	-1.5
        vastaamat*	-1
        tavoittamat*	-1.5
        hylätty	-1.5
        hylät*	-1.5
        hylkä*	-1.5
        hylänn*	-1.5
        evättiin	-1.5
        jäädyt*	-1.5
        # --- Hinta (price) ---
        kallis	-1.5
        kallista	-1.5
        kallii*	-1.5
        kallein*	-1.5
        kallistu*	-1
        hinnakas	-1.5
        hinnakka*	-1.5
        hintava*	-1
        ylihinnoitel*	-2
        ylihintai*	-2
        kohtuuton	-2
        kohtuuttom*	-2
        piilokulu*	-2
        piilomaksu*	-2
        ryöstö*	-2.5
        ryöst*	-2
        kiskur*	-2.5
        # --- Palvelun ja henkilökunnan laatu: kielteiset (service and staff: negative) ---
        epäystävällinen	-2
        epäystävälli*	-2
        epäkohtelias	-2
        epäkohtelia*	-2
        töykeä	-2.5
        töykeä*	-2.5
        töykei*	-2.5
        töykey*	-2.5
        tyly	-2.5
        tyly*	-2.5
        ynseä*	-2
        röyhkeä	-2.5
        röyhkeä*	-2.5
        röyhkei*	-2.5
        julkea*	-2
        hävytön	-2.5
        hävyttöm*	-2.5
        häikäilemät*	-2.5
        ylimielinen	-2
        ylimieli*	-2
        välinpitämätön	-2
        välinpitämät*	-2
        piittaamat*	-2
        huolimaton	-2
        huolimattom*	-2
        epäasiallinen	-2
        epäasialli*	-2
        asiaton	-2
        asiattom*	-2
        kylmäkiskoi*	-2
        epäammattimai*	-2.5
        ammattitaidoton	-2.5
        ammattitaidot*	-2.5
        ammattitaidottom*	-2.5
        asiantuntematon	-2
        asiantuntemat*	-2
        osaamaton	-2
        osaamat*	-2
        epäpätevä	-2
        epäpätevä*	-2
        epäpätevi*	-2
        taitamat*	-2
        kykenemät*	-2
        tietämätön	-2
        tietämättöm*	-2
        saamaton	-1.5
        saamato*	-1.5
        saamatto*	-1.5
        saamatta	-1
        laiska*	-2
        innoton	-1.5
        innottom*	-1.5
        kärsimätön	-1.5
        kärsimättöm*	-1.5
        hätäi*	-1
        epäluotettava	-2.5
        epäluotettava*	-2.5
        epäluotettavu*	-2
        epärehellinen	-2.5
        epärehelli*	-2.5
        epäreilu	-2
        epäreilu*	-2
        epäoikeudenmukai*	-2
        vastuuton	-2
        vastuuttom*	-2
        joustamaton	-2
        joustamat*	-2
        epäkunnioit*	-2.5
        syrji*	-2
        rasisti*	-3
        aggressiivi*	-2
        painosta*	-1.5
        tyrkyt*	-1.5
        tungetteleva*	-2
        päällekäyvä*	-2
        uhka*	-1.5
        uhkai*	-2
        kiusa*	-2
        kiusall*	-1.5
        loukka*	-2
        loukkaav*	-2.5
        nöyryyttä*	-2.5
        # --- Petos ja epäluottamus (fraud and distrust) ---
        huijaus	-3
        huija*	-3
        huijari*	-3
        kuset*	-3
        petos	-3
        petos*	-3
        petolli*	-3
        valhe	-2.5
        valhe*	-2.5
        valehtel*	-3
        valehteli	-3
        harhaanjoh*	-2.5
        pimitt*	-2
        hämärä*	-1.5
        hämäräperäi*	-2
        kyseenalai*	-1
        epäil*	-1
        epäilemät*	0
        epäilyttä*	-1.5
        rosvo*	-2.5
        varas	-2.5
        varkaa*	-2.5
        varkai*	-2.5
        epävarma*	-1
        turvaton	-1.5
        turvattom*	-1.5
        vaarallinen	-2
        vaaralli*	-2
        vaara*	-1.5
        haitalli*	-1.5
        haitta*	-1
        # --- Tunteet: kielteiset (feelings: negative) ---
        tyytymätön	-2
        tyytymät*	-2
        pettynyt	-2
        pettyny*	-2
        pettymys	-2
        pettymy*	-2
        petty*	-2
        pety*	-2
        pettä*	-2
        petti	-2
        pettivät	-2
        ärsyttävä	-2
        ärsyt*	-2
        ärsyynty*	-2
        ärty*	-2
        kiukku*	-2
        kiukut*	-2
        raivostuttava	-3
        raivostu*	-3
        raivostutta*	-3
        raivo*	-2.5
        suuttunut	-2.5
        suuttu*	-2.5
        suututta*	-2.5
        vihainen	-2.5
        vihai*	-2.5
        viha	-2.5
        viha*	-2.5
        vihanne*	0
        vihastu*	-2.5
        inho*	-2.5
        ällö*	-2
        ällöttä*	-2
        etova*	-2
        kuvottava*	-2.5
        iljettä*	-2.5
        oksetta*	-2.5
        turhautunut	-2
        turhau*	-2
        tuskastu*	-2.5
        tuska*	-2
        kyllästyny*	-2
        kyllästy*	-2
        väsy*	-1
        tympeä*	-1.5
        tympi*	-1.5
        nyppii	-1.5
        harmi	-1.5
        harmi*	-1.5
        harmito*	0
        harmitto*	0
        harmitta*	-1.5
        harmilli*	-1.5
        kadutt*	-2
        sääli	-1
        säälittä*	-2.5
        suru*	-2
        surulli*	-2
        itkettä*	-2
        masent*	-2
        lannista*	-1.5
        huolestu*	-1.5
        huolestutta*	-1.5
        hämmen*	-1
        epätietoi*	-1
        stress*	-1.5
        pelotta*	-2
        pelko*	-1.5
        hermostu*	-2
        hermostutta*	-2
        epätoivo*	-2.5
        toivoton	-2
        toivottom*	-2
        onneton	-2
        onnettom*	-2
        negatiivinen	-2
        negatiivi*	-2
        kielteinen	-1.5
        kieltei*	-1.5
        valitettava*	-1.5
        valitettavasti	-1.5
        valitus	-1.5
        valitukse*	-1.5
        valituksia	-1.5
        valitan	-1.5
        valittaa	-1.5
        valitti	-1
        valittami*	-1.5
        reklamaatio	-1
        reklamaatio*	-1
        reklamoi*	-1
        moite	-1.5
        moitteet	-1.5
        moitteita	-1.5
        moitittava*	-1.5
        varoitan	-1.5
        varoitta*	-1.5
        varoitus	-1
        välttäkää	-2
        välttä*	-1.5
        välttämät*	0
        kärsi*	-1.5
        kärsimys	-1.5
        irtisano*	-1
        anteeksiantamat*	-3
        kestämätön	-2.5
        kestämät*	-2.5
        sietämät*	-2.5
        epämiellyttävä	-2
        epämiellyttä*	-2
        epämukava*	-1.5
        # --- Taivutusmuodot (inflected forms: partitives of -ton/-tön and -as/-is adjectives) ---
        verrato*	2.5
        lyömätö*	2.5
        mutkato*	2
        kitkato*	2
        välitö*	1
        maksuto*	1
        moitteeto*	2
        virheetö*	2
        älytö*	-2
        järjetö*	-2
        tolkuto*	-2
        tarpeeto*	-1.5
        hyödytö*	-2
        arvoto*	-2
        kelvoto*	-2.5
        laaduto*	-2
        luokato*	-2
        tehoto*	-2
        kohtuuto*	-2
        hävytö*	-2.5
        huolimato*	-2
        asiato*	-2
        tietämätö*	-2
        innoto*	-1.5
        kärsimätö*	-1.5
        vastuuto*	-2
        turvatonta	-1.5
        toivoto*	-2
        onneto*	-2
        kohtelias*	2
        palvelualtis*	2
        reipas*	1.5
        maukas*	2
        tyylikäs*	1.5
        ansiokas*	2
        hinnakas*	-1.5
        puhdas*	1
        kaunis*	2
        buge*	-1.5
        kastu*	-1
        osasi	1
        osannut	1
        vastannut	0.8
        vastanneet	0.8
        vastattu	0.5
        # --- Näennäiset osumat (look-alikes of a prefix or a compound tail: no sentiment) ---
        palaut*	0
        vapaut*	0
        paikalli*	0
        palkalli*	0
        pääasiall*	0
        tosiasiall*	0
        # --- Epä- + myönteinen (epä- + positive) ---
        epätäydelli*	-1.5
        epäsiisti*	-1.5
        epäsuosi*	-1
        epäkelpo*	-2
        epätarkk*	-1
        epäkätevä*	-1.5
        epäselke*	-1.5
        epäsopiva*	-1.5
        epäedulli*	-1.5
        epämieluisa*	-1.5
        # --- Ratkaistut ongelmat (solved problems: "ratkaisi" and "ongelman" would cancel out) ---
        ratkaisi ongelman	2
        ratkaisivat ongelman	2
        korjasi ongelman	2
        korjasivat ongelman	2
        ongelma ratkesi	2
        ongelma ratkaistiin	2
        ongelma korjaantui	2
        ongelma korjattiin	2
        # Customer-experience phrases (complaints and praise without classic sentiment words)
        # --- Odotus ja aika (waiting and time) ---
        kesti ikuisuuden	-2
        kesti kauan	-1.5
        viikkokausi*	-1.5
        tuntikausi*	-1.5
        jonot*	-0.8
        puhelinjono*	-1
        pitkä odotusaika	-1.5
        pitkä jono	-1.5
        lyhyt odotusaika	1.5
        lyhyt jonotusaika	1.5
        joudu*	-1
        joutu*	-0.8
        odotan edelleen	-1.5
        odotan yhä	-1.5
        # --- Ei tullut, ei vastattu (no-shows, no answer) ---
        ei tullut ollenkaan	-2
        ei tullut lainkaan	-2
        ei koskaan tullut	-2
        ei saapunut	-1.5
        ei koskaan saapunut	-2
        ei tule perille	-1.5
        ei ilmestynyt	-2
        ei näkynyt	-1.2
        ei soittanut	-1.5
        ei soittanut takaisin	-2
        ei vastannut	-1.5
        ei vastaa	-1.5
        ei vastausta	-1.5
        en ole saanut	-1.5
        luvattiin	-0.8
        # --- Vastuu, pompottelu, toisto (responsibility, runaround, repetition) ---
        ei ottanut vastuuta	-2
        ei ota vastuuta	-2
        otti vastuun	1.5
        pompot*	-1.5
        eri vastauksia	-1
        ristiriitai*	-1.5
        # "ole" is the form after a negator ("ei ole", "eikä tämä ole"), which turns this negative.
        ole ensimmäinen kerta	1.5
        ei ensimmäinen kerta	-1.5
        taas kerran	-1
        jälleen kerran	-1
        kerta toisensa jälkeen	-1.5
        yhä uudelleen	-1.5
        kolmatta kertaa	-1
        # --- Viat (faults) ---
        toimii tuskin	-1.5
        tuskin toimii	-1.5
        poikki	-1.2
        nurin	-1.2
        vian	-1.5
        mahdoton*	-1.5
        # --- Raha ja vaiva (money and effort) ---
        laskutettiin kahdesti	-2
        veloitettiin kahdesti	-2
        tuplalasku*	-2
        tuplaveloi*	-2
        aikaa ja energiaa	-1.5
        vei paljon aikaa	-1.5
        kului paljon aikaa	-1.5
        rahani takaisin	-2
        # --- Odotukset, vaihtaminen, toiveet (expectations, switching, hopes) ---
        odotan enemmän	-1.5
        odotin enemmän	-1.5
        odotin parempaa	-1.5
        ei vastannut odotuksia	-2
        ylitti odotukset	2.5
        ylitti odotukseni	2.5
        vaihdan operaattoria	-1.5
        vaihtaa operaattoria	-1.5
        operaattorin vaihtoa	-1.5
        vaihdan pankkia	-1.5
        harkitsen vaihtamista	-1.5
        kilpailijalle	-1
        toivottavasti	-1.2
        toivottavasti jatkossa	-1.5
        # --- Tähdet (stars) ---
        nolla tähteä	-2.5
        yksi tähti	-2
        yhden tähden	-2
        kaksi tähteä	-1.5
        neljä tähteä	1.5
        viisi tähteä	2.5
        viiden tähden	2.5
        täydet pisteet	2.5
        peukku ylös	2
        iso peukku	2
        peukku alas	-2
        # --- Kiitos ilman kehusanoja (praise without classic words) ---
        samaan malliin	2
        juuri näin	1.5
        pitääkin	1
        kuten pitääkin	2
        kuten kuuluukin	2
        kuten luvattiin	1.5
        kuten sovittiin	1.5
        kuin odotinkin	1
        samana päivänä	1
        jo seuraavana päivänä	1.5
        korjasi vian	2
        korjasivat vian	2
        vika korjattiin	2
        vika korjaantui	2
        muutamassa minuutissa	1.5
        parissa minuutissa	1.5
        minuuteissa	1.2
        vei vain	1
        kesti vain	1
        välittivät	1.2
        välitä	1.2
        kuunteli	1
        kuuntelivat	1
        kuunnellut	1
        paneutu*	1.5
        kiireettä	1
        näki vaivaa	2
        ilman ongelmia	1.5
        ei ongelmia	1.5
        ei mitään ongelmia	1.5
        rahan arvoinen	2
        kaiken tarvitsemani	1.5
        jatkossakin	1
        apua	0.5
        kiinnostunut	0.8
        kiinnostunee*	0.8
        kiinnostunei*	0.8
        """#

    /// Swedish additions: customer-experience words none of the public Swedish lists has. 367 terms.
    static let sv = #"""
        # --- positive: service and staff ---
        smidig	2
        smidigt	2
        smidiga	2
        smidigare	1.8
        smidigaste	2.2
        smidighet	1.5
        trevligt	2.3
        trevligaste	2.6
        tillmötesgående	2
        hjälpsamma	1.8
        hjälpsamt	1.8
        kunniga	2
        kunnigt	2
        kompetenta	2
        proffsig	2.2
        proffsigt	2.2
        proffsiga	2.2
        professionell	2
        professionella	2
        serviceinriktad	2
        serviceinriktade	2
        serviceminded	2
        lösningsorienterad	2
        lösningsorienterade	2
        vänliga	2.2
        artiga	2
        lyhörd	2
        lyhörda	2
        noggrann	1.5
        noggranna	1.5
        grundlig	1.5
        grundligt	1.5
        engagerade	1.7
        empatiska	1.7
        omtänksamma	1.9
        schysst	2
        schyst	2
        schyssta	2
        juste	1.5
        klockrent	2.5
        suveränt	2.5
        suveräna	2.5
        grymma	2
        toppklass	2.5
        toppbetyg	2.5
        hjälpte	1.5
        hjälpt	1.2
        tackar	1.5
        # --- positive: speed, ease, things that work ---
        snabba	1
        snabbare	1
        snabbast	1.3
        snabbaste	1.3
        snabbhet	1
        blixtsnabb	2.5
        blixtsnabbt	2.5
        enkelt	1.5
        enkla	1.5
        enklare	1.5
        lättanvänd	2
        lättanvända	2
        lättanvänt	2
        användarvänligt	2
        användarvänliga	2
        tydliga	1.5
        punktlig	1.5
        punktligt	1.5
        pålitligt	2
        pålitliga	2
        effektiva	2
        flexibla	1.3
        välorganiserad	2
        välorganiserat	2
        välskött	2
        välsorterad	1.5
        välsorterat	1.5
        fräscht	1.5
        fräscha	1.5
        fungerar	1
        fungerade	1
        funkar	1
        funkade	1
        fixade	1.5
        fixat	1.2
        fixades	1.2
        löstes	1.2
        åtgärdat	1
        åtgärdades	1
        problemfritt	2
        problemfri	2
        problemfria	2
        bekymmersfritt	2
        krångelfritt	2
        krångelfri	2
        i tid	1.2
        ingen väntetid	1.5
        ingen kö	1.2
        # --- positive: price ---
        prisvärt	2
        prisvärda	2
        billigt	1.5
        billiga	1.5
        billigare	1.2
        billigast	1.2
        gratisfrakt	1
        fri frakt	1
        # --- negative: service and staff ---
        otrevligt	-2
        otrevliga	-2
        oproffsig	-2.3
        oproffsigt	-2.3
        oproffsiga	-2.3
        oprofessionella	-2.3
        ohjälpsam	-1.8
        ohjälpsamma	-1.8
        oförskämt	-2
        oförskämda	-2
        nonchalanta	-1.6
        otillmötesgående	-1.8
        inkompetenta	-2.1
        ointresserade	-1.4
        oengagerad	-1.5
        respektlös	-2.3
        respektlöst	-2.3
        slarvade	-1.8
        tafatt	-1.2
        tafatta	-1.2
        burdus	-1.5
        tjatiga	-1.5
        otillgänglig	-1.2
        otillgängliga	-1.2
        # --- negative: hassle, slowness, confusion ---
        krånglig	-1.8
        krångligt	-1.8
        krångliga	-1.8
        krångligare	-1.8
        krångel	-1.8
        krånglade	-1.5
        krånglar	-1.5
        strul	-1.8
        strular	-1.5
        strulade	-1.5
        strulig	-1.5
        strulet	-1.8
        strulande	-1.5
        segt	-1.5
        sega	-1.5
        långsam	-1.3
        långsamt	-1.3
        långsamma	-1.3
        långsammare	-1.3
        slött	-1.2
        trögt	-1.5
        tröga	-1.5
        rörigt	-1.5
        röriga	-1.5
        otydlig	-1.3
        otydligt	-1.3
        otydliga	-1.3
        oklara	-1
        komplicerat	-1
        omständlig	-1.5
        omständligt	-1.5
        omständliga	-1.5
        tidskrävande	-1
        byråkratisk	-1
        byråkratiskt	-1
        stelbent	-1.3
        oflexibel	-1.5
        oflexibla	-1.5
        lång väntetid	-1.5
        långa väntetider	-1.5
        lång kö	-1.2
        långa köer	-1.2
        # --- negative: faults and breakdowns ---
        kraschar	-2
        kraschade	-2
        kraschat	-2
        buggig	-1.5
        buggigt	-1.5
        buggiga	-1.5
        buggar	-1.5
        bugg	-1.2
        laggar	-1.5
        laggig	-1.5
        laggigt	-1.5
        hänger sig	-1.5
        hängde sig	-1.5
        trasigt	-1.5
        trasiga	-1.5
        skadat	-1.7
        felet	-1
        felen	-1
        fakturafel	-1.5
        felfakturerad	-2
        felfakturering	-2
        överdebiterad	-2
        dubbeldebiterad	-2
        dubbeldebitering	-2
        försenat	-1
        försenade	-1
        försening	-1.2
        förseningar	-1.2
        förseningen	-1.2
        avbrottet	-1.5
        driftstörning	-1.5
        driftstörningar	-1.5
        undermåligt	-2.2
        undermåliga	-2.2
        # --- negative: price and trust ---
        dyr	-1.5
        dyra	-1.5
        dyrast	-1.2
        överpris	-2
        överprisat	-2
        överprisad	-2
        ocker	-2.5
        ockerpris	-2.5
        ockerpriser	-2.5
        dolda avgifter	-2
        bluffa	-2
        bluffföretag	-3
        oseriöst	-2.3
        oseriösa	-2.3
        opålitlig	-2
        opålitligt	-2
        opålitliga	-2
        lurendrejare	-3
        snuvad	-2
        # --- negative: verdicts and feelings ---
        värdelösa	-2
        sämst	-3
        sämsta	-3
        uselt	-2
        usla	-2
        kasst	-2
        pissigt	-2.5
        risigt	-1.5
        skräpigt	-2
        stökigt	-1.5
        kaosartat	-2
        missnöjda	-2.2
        ångrar	-1.5
        undvik	-2
        aldrig mer	-2
        aldrig igen	-2
        reklamation	-1
        reklamera	-1
        reklamerade	-1
        # --- solved problems: "löste" +1 and "problem" −1.7 would cancel out ---
        löste problemet	2
        löste mitt problem	2
        löste problemen	2
        löst problemet	2
        problemet löstes	2
        problemet är löst	2
        # Customer-experience phrases (complaints and praise without classic sentiment words)
        # --- waiting and time ---
        tog en evighet	-2
        en evighet	-1.5
        evigheter	-1.5
        väntade mer än	-1.5
        i veckor	-1
        telefonkö*	-0.8
        väntar fortfarande	-1.5
        # --- no-shows, no answer, nothing arrives ---
        dök aldrig upp	-2
        aldrig dök upp	-2
        dök inte upp	-2
        inte dök upp	-2
        kom aldrig	-2
        inte fram	-1.5
        inte kommit	-1.5
        inte fått	-1.5
        fick aldrig	-1.5
        ingen ringde	-1.8
        ringde aldrig	-1.8
        hörde aldrig av sig	-2
        ingen återkoppling	-1.5
        inget svar	-1.5
        svarar inte	-1.5
        svarade inte	-1.5
        svarar aldrig	-2
        ingen svarar	-1.5
        blev lovad	-1
        # --- runaround, responsibility, repetition ---
        ingen tog ansvar	-2
        ingen tar ansvar	-2
        tar ansvar	1.5
        ingen visste	-1.5
        ingen kunde hjälpa	-2
        olika besked	-1.5
        olika svar	-1
        skickades runt	-1.5
        skyller på	-1.5
        inte första gången	-1.5
        inte heller första gången	-1.5
        gång på gång	-1.5
        om och om igen	-1.5
        återigen	-0.5
        fick börja om	-1.5
        # --- faults that stay ---
        fungerar knappt	-1.5
        funkar knappt	-1.5
        fungerar inte som	-2
        funkar inte som	-2
        ligger nere	-1.5
        bryts	-1
        hackar	-1.5
        kvarstår	-1
        # --- money and effort ---
        betalat två gånger	-2
        debiterad två gånger	-2
        högre än förväntat	-1.5
        tid och energi	-1.5
        vill ha pengarna tillbaka	-2
        # --- expectations, switching, pleas, hopes ---
        förväntar mig mer	-1.5
        förväntade mig mer	-1.5
        för det jag betalar	-1
        under förväntan	-2
        levde inte upp	-2
        byta operatör	-1.5
        byta bolag	-1.5
        byta bank	-1.5
        säger upp	-1
        till konkurrenten	-1.5
        gör något åt	-1.5
        skärpning	-2
        hoppas att det blir	-2.5
        hoppas det blir	-2.5
        hoppas på bättring	-1.5
        besvikande	-2
        bortkastad	-1.5
        # --- stars ---
        noll stjärnor	-2.5
        bara en stjärna	-2
        två stjärnor	-1.5
        fyra stjärnor	1.5
        fem stjärnor	2.5
        full pott	2.5
        # --- praise without classic words ---
        fortsätt så	2
        så ska det vara	2
        precis som det ska	2
        fungerar som det ska	2
        som förväntat	1
        som utlovat	1.5
        som lovat	1.5
        över förväntan	2
        överträffade	2.5
        samma dag	1
        redan dagen efter	1.5
        åtgärdade felet	2
        fixade felet	2
        på nolltid	2
        inom några minuter	1.5
        bara ett par minuter	1.5
        tog bara	1
        tog sig tid	1.5
        tog sig inte tid	-1.5
        brydde sig	1.5
        bryr sig	1.5
        lyssnade på mig	1.5
        lyssnade inte	-1.5
        tog mig på allvar	1.5
        det lilla extra	2
        gjorde min dag	2
        kände mig sedd	2
        tog tag i	1.5
        utan problem	1.5
        inga problem	1.5
        utan krångel	1.5
        inget krångel	1.5
        inga konstigheter	1.5
        allt jag behövde	1.5
        valuta för pengarna	2
        värt varenda krona	2.5
        handlar gärna igen	2
        handla igen	1.5
        toppen*	2.5
        trygg	1.5
        tålmodig	1.8
        tid och kraft	-1.5
        """#

    /// Swedish words whose public value is wrong for customer feedback; these replace it. 157 terms.
    static let svOverrides = #"""
        # Rule words the public lists score as sentiment: the rules handle them, so no value of their own.
        galet	0
        oerhört	0
        inte	0
        ingen	0
        knappast	0
        ganska	0
        otroligt	0
        trots	0
        fast	0
        rätt	0
        # Price, waiting and service words that are topics, not sentiment, in customer feedback.
        pris	0
        priser	0
        kort	0
        ränta	0
        vänta	0
        väntar	0
        väntade	0
        ringa	0
        betala	0
        hjälpa	0.5
        avgifter	-0.5
        # Wrong sign or strength for customer feedback.
        dyrt	-1.5
        dyrare	-1.2
        dryg	-1.5
        oseriös	-2.3
        grym	2
        grymt	1.5
        rekommenderar	2
        varnar	-1.5
        # Everyday words the machine-translated public list scores ("hela", "ta", "komma", "stämmer"): no sentiment.
        som	0
        om	0
        nu	0
        vara	0
        få	0
        göra	0
        ta	0
        också	0
        se	0
        två	0
        hela	0
        gå	0
        väl	0
        just	0
        dom	0
        komma	0
        kunna	0
        håller	0
        hålla	0
        höll	0
        stor	0
        större	0
        störst	0
        liten	0
        lång	0
        hög	0
        låg	0
        lägre	0
        kvar	0
        typ	0
        haft	0
        ofta	0
        börja	0
        kolla	0
        vissa	0
        nära	0
        tänka	0
        veta	0
        tro	0
        använda	0
        skriva	0
        lägga	0
        dra	0
        drar	0
        prata	0
        bor	0
        bo	0
        bodde	0
        vilja	0
        grund	0
        känna	0
        stå	0
        sätta	0
        sitta	0
        ligga	0
        stanna	0
        gammal	0
        ung	0
        lämna	0
        full	0
        klara	0
        kalla	0
        kall	0
        flytta	0
        stämmer	0
        resa	0
        skapa	0
        skapar	0
        vita	0
        vit	0
        svart	0
        grön	0
        rosa	0
        be	0
        ber	0
        förklara	0
        bygga	0
        steg	0
        nå	0
        annorlunda	0
        viss	0
        öka	0
        ökar	0
        ökat	0
        ökade	0
        sänka	0
        källa	0
        bidrag	0
        skatt	0
        skatter	0
        bestämma	0
        driver	0
        fyller	0
        vända	0
        bära	0
        röra	0
        delas	0
        delade	0
        samman	0
        invånare	0
        uppfattning	0
        presentera	0
        blanda	0
        djup	0
        lagen	0
        allmän	0
        ekonomisk	0
        politisk	0
        social	0
        avtal	0
        respektive	0
        lov	0
        meningen	0
        stockholm	0
        dan	0
        big	0
        at	0
        m	0
        ja	0
        nej	0
        klar	0.5
        klart	0.5
        direkt	0.5
        fri	0.5
        # Wrong sign for customer feedback.
        sur	-1.5
        seriös	1.5
        ljuga	-2
        sakna	-1
        """#

    /// Danish additions: customer-experience words the public Danish list lacks. 304 terms.
    static let da = #"""
        # --- positive: service and staff ---
        venlige	1.6
        imødekommende	2
        hjælpsom	1.8
        hjælpsomme	1.8
        hjælpsomt	1.8
        flink	1.8
        flinke	1.8
        kompetente	1.6
        professionel	2
        professionelt	2
        professionelle	2
        dygtige	1.6
        kyndig	2
        kyndige	2
        hyggelig	2
        hyggeligt	2
        rare	1.6
        servicemindet	2
        serviceminded	2
        løsningsorienteret	2
        grundig	1.5
        grundigt	1.5
        pålidelig	2
        pålidelige	2
        pålideligt	2
        punktlig	1.5
        punktligt	1.5
        # --- positive: speed, ease, things that work ---
        nem	1.5
        nemt	1.5
        nemme	1.5
        nemmere	1.5
        nemmeste	1.5
        brugervenlig	2
        brugervenligt	2
        brugervenlige	2
        smidig	1.5
        smidigt	1.5
        overskuelig	1.5
        overskueligt	1.5
        overskuelige	1.5
        intuitiv	1.8
        intuitivt	1.8
        enkel	1.2
        enkle	1.2
        hurtige	1.6
        hurtigste	1.6
        lynhurtig	2.5
        lynhurtigt	2.5
        lynhurtige	2.5
        effektive	1.6
        fungerer	1
        fungerede	1
        løste	1.2
        løstes	1.2
        ordnet	1
        problemfrit	2
        problemfri	2
        gnidningsfrit	2
        gnidningsløst	2
        til tiden	1.2
        # --- positive: verdicts ---
        topklasse	2.5
        førsteklasses	2.5
        glimrende	2.5
        fornøjet	1.6
        fornøjede	1.6
        tilfredsstillende	1.2
        anbefales	2
        bedst	3
        flotte	2.4
        perfekte	2.4
        # --- positive: price ---
        billig	1.2
        billigt	1.2
        billige	1.2
        billigere	1.2
        billigst	1.2
        prisvenlig	1.8
        prisvenligt	1.8
        prisvenlige	1.8
        rimelig	1
        rimelige	1
        rimeligt	1
        gratis	1
        fri fragt	1
        # --- negative: service and staff ---
        uvenlig	-1.8
        uvenlige	-1.8
        uvenligt	-1.8
        uhøflig	-2
        uhøflige	-2
        uhøfligt	-2
        uduelig	-2
        uduelige	-2
        uinteresseret	-1.4
        uengageret	-1.5
        nedladende	-2
        ubehjælpsom	-1.8
        # --- negative: hassle, slowness, confusion ---
        bøvlet	-1.8
        bøvl	-1.8
        bøvlede	-1.8
        besværlige	-1.6
        langsom	-1.3
        langsomt	-1.3
        langsomme	-1.3
        langsommere	-1.3
        trægt	-1.5
        træge	-1.5
        kompliceret	-1
        komplicerede	-1
        tidskrævende	-1
        bureaukratisk	-1
        ufleksibel	-1.5
        ufleksible	-1.5
        lang ventetid	-1.5
        lange ventetider	-1.5
        lang kø	-1.2
        lange køer	-1.2
        ingen ventetid	1.5
        # --- negative: faults and breakdowns ---
        defekt	-1.8
        i stykker	-1.8
        ødelagde	-1.8
        beskadiget	-1.7
        beskadigede	-1.7
        mangelfuld	-1.5
        mangelfulde	-1.5
        fejlen	-1.2
        fejlene	-1.2
        fejlbehæftet	-1.5
        fejlagtigt	-1.8
        forsinkelse	-1.2
        forsinkelser	-1.2
        forsinkelsen	-1.2
        forsinkede	-1
        crasher	-2
        crashede	-2
        går ned	-1.5
        gik ned	-1.5
        buggy	-1.5
        ubrugelige	-1.6
        katastrofalt	-2.4
        # --- negative: price and trust ---
        dyr	-1.5
        dyre	-1.5
        dyrere	-1.2
        dyreste	-1.2
        overpriset	-2
        overprissat	-2
        snyd	-2.4
        fupnummer	-2.5
        dobbelt opkrævet	-2
        skjulte gebyrer	-2
        # --- negative: verdicts and feelings ---
        dårligere	-1.8
        dårligst	-3
        elendigste	-3
        skuffede	-1.6
        frustreret	-1.6
        ringe	-1.6
        ringeste	-2.4
        aldrig igen	-2
        aldrig mere	-2
        reklamation	-1
        reklamere	-1
        reklamerede	-1
        # --- more common words the public list lacks ---
        gode	2.4
        ok	0.8
        okay	0.8
        hurtighed	1
        kundevenlig	2
        kundevenligt	2
        velorganiseret	2
        fejlfri	2
        fejlfrit	2
        pålidelighed	1.5
        beskidt	-1.6
        beskidte	-1.6
        fræk	-1.6
        frækt	-1.6
        frække	-1.6
        spild	-1.6
        bortkommet	-1.5
        manglende	-1
        ubesvaret	-1.5
        utilgængelig	-1.2
        # --- solved problems: "løste" and "problemet" would cancel out ---
        løste problemet	2
        løste mit problem	2
        problemet blev løst	2
        problemet er løst	2
        # Customer-experience phrases (complaints and praise without classic sentiment words)
        # --- waiting and time ---
        tog en evighed	-2
        en evighed	-1.5
        evigheder	-1.5
        måtte vente	-1.5
        ventede mere end	-1.5
        telefonkø*	-0.8
        venter stadig	-1.5
        # --- no-shows, no answer, nothing arrives ---
        dukkede aldrig op	-2
        aldrig dukkede op	-2
        dukkede ikke op	-2
        ikke dukkede op	-2
        kom aldrig	-2
        ikke frem	-1.5
        ikke kommet	-1.5
        ikke fået	-1.5
        fik aldrig	-1.5
        ingen ringede	-1.8
        ringede aldrig	-1.8
        ringede ikke tilbage	-2
        hørte aldrig fra	-2
        intet svar	-1.5
        ingen tilbagemelding	-1.5
        svarer ikke	-1.5
        svarede ikke	-1.5
        ingen svarer	-1.5
        blev lovet	-1
        # --- runaround, responsibility, repetition ---
        ingen tog ansvar	-2
        ingen tager ansvar	-2
        tager ansvar	1.5
        tog ansvar	1.5
        ingen vidste	-1.5
        ingen kunne hjælpe	-2
        forskellige svar	-1
        forskellige beskeder	-1.5
        sendt rundt	-1.5
        ikke første gang	-1.5
        gang på gang	-1.5
        igen og igen	-1.5
        starte forfra	-1.5
        begynde forfra	-1.5
        # --- faults that stay ---
        virker knap	-1.5
        virker ikke	-2
        virkede ikke	-2
        virker ikke som	-2
        fungerer ikke som	-2
        er nede	-1.5
        ligger nede	-1.5
        falder ud	-1.5
        hakker	-1.5
        # --- money and effort ---
        betalt to gange	-2
        betale to gange	-2
        opkrævet to gange	-2
        højere end forventet	-1.5
        tid og energi	-1.5
        tid og kræfter	-1.5
        pengene tilbage	-1.5
        en joke	-2
        # --- expectations, switching, pleas, hopes ---
        forventer mere	-1.5
        forventede mere	-1.5
        forventet mere	-1.5
        for det jeg betaler	-1
        under forventning	-2
        under forventningerne	-2
        lever ikke op	-2
        skifte teleselskab	-1.5
        skifte udbyder	-1.5
        skifte selskab	-1.5
        skifte bank	-1.5
        til konkurrenten	-1.5
        gør noget ved	-1.5
        tag jer sammen	-2
        håber det bliver	-2.5
        håber at det bliver	-2.5
        håber på bedring	-1.5
        # --- stars ---
        nul stjerner	-2.5
        kun en stjerne	-2
        to stjerner	-1.5
        fire stjerner	1.5
        fem stjerner	2.5
        topkarakter	2.5
        # --- praise without classic words ---
        bliv ved	2
        fortsæt sådan	2
        sådan skal det	2
        som det skal være	1.5
        virker som det skal	2
        fungerer som det skal	2
        som forventet	1
        som lovet	1.5
        som aftalt	1.5
        over forventning	2
        over forventningerne	2
        overgik	2
        samme dag	1
        allerede dagen efter	1.5
        rettede fejlen	2
        fejlen blev rettet	2
        på ingen tid	2
        få minutter	1.2
        kun et par minutter	1.5
        tog kun	1
        tog sig tid	1.5
        tog mig alvorligt	1.5
        lyttede til mig	1.5
        lyttede ikke	-1.5
        følte mig set	2
        gjorde min dag	2
        det lille ekstra	2
        tog fat i	1.5
        fik styr på	1.5
        uden problemer	1.5
        ingen problemer	1.5
        uden bøvl	1.5
        intet bøvl	1.5
        valuta for pengene	2
        pengene værd	2
        handler gerne igen	2
        handle igen	1.5
        med det samme	0.8
        tryghed	1.5
        interesseret	1
        """#

    /// Danish words whose public value is wrong for customer feedback; these replace it. 61 terms.
    static let daOverrides = #"""
        # Rule words the public list scores as sentiment: the rules handle them.
        vanvittig	0
        vanvittigt	0
        kæmpe	0
        # Waiting, paying and help are topics, not sentiment, in customer feedback.
        venter	0
        ventede	0
        betale	0
        hjælp	0.5
        hjælpe	0.5
        # Wrong sign for customer feedback.
        dyrt	-1.5
        venligst	0
        # Everyday words the translated public list scores ("fik", "aftale", "brand"): no sentiment.
        når	0
        ja	0
        fik	0
        klar	0
        lide	0
        nå	0
        fri	0
        tro	0
        aftale	0
        kæreste	0
        slå	0
        slog	0
        slået	0
        ha	0
        helst	0
        kamp	0
        kampe	0
        betydning	0
        krav	0
        vild	0
        sikkerhed	0
        interesse	0
        interesser	0
        trække	0
        brød	0
        stoppe	0
        stopper	0
        passe	0
        grænser	0
        brand	0
        rige	0
        rig	0
        bede	0
        beder	0
        bort	0
        byder	0
        fremme	0
        sand	0
        fyre	0
        miss	0
        dom	0
        grand	0
        hit	0
        steg	0
        titlen	0
        so	0
        løfte	0
        mødt	0
        drop	0
        gift	0
        imod	0
        """#

    /// Norwegian bokmål additions: customer-experience words the public Norwegian list lacks ("bra"!). 288 terms.
    static let nb = #"""
        # --- positive: service and staff ---
        hyggelige	2.4
        hyggeligste	2.6
        vennlige	1.6
        imøtekommende	2
        hjelpsomme	1.6
        hjelpsomt	1.6
        kompetente	1.6
        profesjonell	2
        profesjonelt	2
        profesjonelle	2
        dyktig	1.8
        dyktige	1.8
        kunnskapsrik	2
        kunnskapsrike	2
        serviceinnstilt	2
        serviceinnstilte	2
        løsningsorientert	2
        grundig	1.5
        grundige	1.5
        nøyaktig	1.2
        pålitelige	1.6
        punktlig	1.5
        punktlige	1.5
        blid	1.8
        blide	1.8
        trivelig	1.8
        trivelige	1.8
        hjalp	1.5
        hjulpet	1.2
        # --- positive: speed, ease, things that work ---
        bra	2.4
        kjempebra	3
        supert	2.4
        flotte	2.4
        enkel	1.2
        enkle	1.2
        enklere	1.2
        enklest	1.2
        brukervennlig	2
        brukervennlige	2
        oversiktlig	1.5
        oversiktlige	1.5
        intuitiv	1.8
        intuitivt	1.8
        smidig	1.5
        smidige	1.5
        knirkefritt	2
        knirkefri	2
        problemfritt	2
        problemfri	2
        kjapp	1.5
        kjapt	1.5
        kjappe	1.5
        raske	1.6
        raskere	1.6
        raskest	1.6
        lynrask	2.5
        lynraskt	2.5
        effektive	1.6
        fungerer	1
        fungerte	1
        funker	1
        funket	1
        løste	1.2
        ordnet	1
        til avtalt tid	1.2
        i tide	1.2
        grei	1
        greit	1
        greie	1
        ok	0.8
        okay	0.8
        fin	1.6
        # --- positive: verdicts ---
        fornøyde	1.6
        storfornøyd	3
        strålende fornøyd	3
        toppkarakter	2.5
        førsteklasses	2.5
        anbefalt	1.6
        # --- positive: price ---
        billig	1.2
        billigt	1.2
        billige	1.2
        billigere	1.2
        billigst	1.2
        rimelige	1.6
        prisgunstig	1.8
        prisgunstige	1.8
        gratis frakt	1
        # --- negative: service and staff ---
        uvennlig	-1.8
        uvennlige	-1.8
        uhøflige	-1.6
        frekk	-2
        frekke	-2
        uprofesjonell	-2.3
        uprofesjonelle	-2.3
        inkompetente	-1.6
        udugelige	-1.6
        uinteressert	-1.4
        uinteresserte	-1.4
        nedlatende	-2
        slurvete	-1.8
        slurv	-1.8
        arrogante	-1.6
        # --- negative: hassle, slowness, confusion ---
        tregt	-1.6
        trege	-1.6
        tregere	-1.6
        langsom	-1.3
        langsomt	-1.3
        langsomme	-1.3
        knotete	-1.8
        knotet	-1.8
        tungvint	-1.5
        tungvinte	-1.5
        komplisert	-1
        kompliserte	-1
        rotete	-1.5
        uoversiktlig	-1.5
        uoversiktlige	-1.5
        uklart	-1.2
        tidkrevende	-1
        byråkratisk	-1
        lang ventetid	-1.5
        lange ventetider	-1.5
        lang kø	-1.2
        lange køer	-1.2
        ingen ventetid	1.5
        # --- negative: faults and breakdowns ---
        ødelagte	-1.8
        i stykker	-1.8
        defekte	-1.8
        skadde	-1.7
        mangelfulle	-1.5
        feilen	-1.2
        feilene	-1.2
        feilaktige	-1.8
        forsinkelse	-1.2
        forsinkelser	-1.2
        forsinkelsen	-1.2
        forsinkede	-1
        nedetid	-1.5
        ustabilt	-1.5
        krasjer	-2
        krasjet	-2
        kræsjer	-2
        henger seg	-1.5
        hang seg	-1.5
        buggy	-1.5
        ubrukelige	-1.6
        # --- negative: price and trust ---
        dyr	-1.5
        dyrt	-1.5
        dyre	-1.5
        dyrere	-1.2
        dyrest	-1.2
        overpriset	-2
        lurt meg	-2
        skjulte gebyrer	-2
        trukket dobbelt	-2
        # --- negative: verdicts and feelings ---
        dårligst	-3
        elendige	-2.4
        håpløst	-1.6
        håpløse	-1.6
        skuffende	-1.6
        skuffede	-1.6
        aldri igjen	-2
        aldri mer	-2
        reklamasjon	-1
        # --- solved problems: "løste" and "problemet" would cancel out ---
        løste problemet	2
        løste problemet mitt	2
        problemet ble løst	2
        problemet er løst	2
        # Customer-experience phrases (complaints and praise without classic sentiment words)
        # --- waiting and time ---
        tok en evighet	-2
        en evighet	-1.5
        evigheter	-1.5
        måtte vente	-1.5
        ventet mer enn	-1.5
        i ukevis	-1
        telefonkø*	-0.8
        venter fortsatt	-1.5
        # --- no-shows, no answer, nothing arrives ---
        dukket aldri opp	-2
        aldri dukket opp	-2
        dukket ikke opp	-2
        ikke dukket opp	-2
        kom aldri	-2
        ikke fram	-1.5
        ikke kommet	-1.5
        ikke fått	-1.5
        fikk aldri	-1.5
        ingen ringte	-1.8
        ringte aldri	-1.8
        ringte ikke tilbake	-2
        hørte aldri noe	-2
        ikke noe svar	-1.5
        ingen tilbakemelding	-1.5
        svarer ikke	-1.5
        svarte ikke	-1.5
        ingen svarer	-1.5
        ble lovet	-1
        # --- runaround, responsibility, repetition ---
        ingen tok ansvar	-2
        ingen tar ansvar	-2
        tar ansvar	1.5
        tok ansvar	1.5
        ingen visste	-1.5
        ingen kunne hjelpe	-2
        forskjellige svar	-1
        motstridende	-1.5
        sendt rundt	-1.5
        ikke første gang	-1.5
        gang på gang	-1.5
        igjen og igjen	-1.5
        begynne på nytt	-1.5
        # --- faults that stay ---
        fungerer knapt	-1.5
        virker knapt	-1.5
        fungerer ikke	-2
        funker ikke	-2
        virker ikke	-2
        fungerte ikke	-2
        fungerer ikke som	-2
        virker ikke som	-2
        er nede	-1.5
        ligger nede	-1.5
        faller ut	-1.5
        hakker	-1.5
        # --- money and effort ---
        betalt to ganger	-2
        belastet to ganger	-2
        høyere enn forventet	-1.5
        tid og krefter	-1.5
        pengene tilbake	-1.5
        en vits	-2
        mye styr	-1.5
        # --- expectations, switching, pleas, hopes ---
        forventer mer	-1.5
        forventet mer	-1.5
        for det jeg betaler	-1
        under forventning	-2
        under forventningene	-2
        lever ikke opp	-2
        bytte operatør	-1.5
        bytte bank	-1.5
        til konkurrenten	-1.5
        rydde opp i	-1.5
        skjerp dere	-2
        håper det blir	-2.5
        håper at det blir	-2.5
        håper på bedring	-1.5
        # --- stars ---
        null stjerner	-2.5
        bare en stjerne	-2
        to stjerner	-1.5
        fire stjerner	1.5
        fem stjerner	2.5
        # --- praise without classic words ---
        fortsett	1.5
        slik skal det være	2
        sånn skal det være	2
        som det skal være	1.5
        fungerer som det skal	2
        virker som det skal	2
        som forventet	1
        som lovet	1.5
        som avtalt	1.5
        over forventning	2
        overgikk	2
        samme dag	1
        allerede dagen etter	1.5
        rettet feilen	2
        feilen ble rettet	2
        på null komma niks	2
        få minutter	1.2
        bare et par minutter	1.5
        tok bare	1
        tok seg tid	1.5
        brydde seg	1.5
        bryr seg	1.5
        lyttet til meg	1.5
        lyttet ikke	-1.5
        tok meg på alvor	1.5
        gjorde dagen min	2
        det lille ekstra	2
        uten problemer	1.5
        ingen problemer	1.5
        uten styr	1.5
        mye for pengene	2
        verdt pengene	2
        handler gjerne igjen	2
        med en gang	0.8
        glimrende	2.5
        praktisk	1.2
        tydelig	1.2
        pent	1.2
        ryddig	1.2
        trygg	1.5
        trygghet	1.5
        tålmodig	1.8
        """#

    /// Norwegian words whose public value is wrong for customer feedback; these replace it. 92 terms.
    static let nbOverrides = #"""
        # Rule words the public list scores as sentiment: the rules handle them.
        enormt	0
        utrolig	0
        helt	0
        ganske	0
        ingenting	0
        # Waiting, paying, help and "the matter" are topics, not sentiment, in customer feedback.
        venter	0
        betale	0
        hjelp	0.5
        hjelpe	0.5
        saken	0
        reklamere	0
        # Everyday words the translated public list scores ("tok", "stort", "fag"): no sentiment.
        som	0
        vil	0
        nå	0
        når	0
        ha	0
        få	0
        mot	0
        fikk	0
        rett	0
        stor	0
        tatt	0
        tok	0
        egen	0
        større	0
        stort	0
        største	0
        klar	0
        lag	0
        full	0
        dra	0
        drar	0
        dro	0
        fast	0
        driver	0
        økt	0
        øke	0
        øker	0
        ansvar	0
        be	0
        ber	0
        dele	0
        delt	0
        lik	0
        slår	0
        slått	0
        søke	0
        sommer	0
        saker	0
        lurer	0
        vekk	0
        årets	0
        lys	0
        betydning	0
        betydelig	0
        kraftig	0
        solgt	0
        le	0
        ler	0
        lo	0
        dør	0
        fjerne	0
        lurt	0
        faller	0
        skatt	0
        tjener	0
        grenser	0
        konkurranse	0
        ledelse	0
        fremme	0
        alvor	0
        strengt	0
        løs	0
        henge	0
        fag	0
        handel	0
        tildelt	0
        aksjer	0
        late	0
        stikk	0
        stikke	0
        syn	0
        sol	0
        ferie	0
        love	0
        koste	0
        evne	0
        evner	0
        enorm	0
        # Wrong sign for customer feedback.
        forferdelig	-2.4
        tvunget	-1
        gleder	1.5
        """#

    /// English additions: customer-experience words VADER lacks. 288 terms.
    static let en = #"""
        # --- positive: service and staff ---
        knowledgeable	2
        polite	2
        attentive	1.8
        professional	1.8
        professionally	1.8
        professionalism	1.8
        accommodating	1.8
        patient	1.2
        thorough	1.5
        thoroughly	1.2
        punctual	1.5
        reliable	1.8
        reliably	1.5
        approachable	1.8
        courteously	2
        informative	1.5
        above and beyond	2.5
        went the extra mile	2.5
        # --- positive: speed, ease, things that work ---
        seamless	2
        seamlessly	2
        hassle-free	2
        effortless	2
        effortlessly	2
        quick	1.2
        quickly	1
        quicker	1.2
        speedy	1.5
        prompt	1.5
        promptly	1.5
        fast	1.2
        faster	1.2
        fastest	1.4
        intuitive	1.8
        user-friendly	2
        straightforward	1.5
        smooth	1.5
        smoothly	1.5
        sorted	1
        fixed	0.8
        trouble-free	2
        problem-free	2
        on time	1.2
        on-time	1.2
        no wait	1.2
        works	0.8
        worked	0.8
        working	0.5
        # --- positive: verdicts and price ---
        recommending	1.5
        top-notch	2.8
        first-class	2.5
        five-star	2.5
        spot on	2
        affordable	1.5
        inexpensive	1.2
        cheap	0.5
        cheaper	0.8
        cheapest	0.8
        good value	2
        great value	2.5
        value for money	2
        reasonably priced	1.5
        # --- negative: service and staff ---
        unhelpful	-1.8
        dismissive	-2
        condescending	-2.2
        sloppy	-1.8
        unprofessionally	-2.3
        uninterested	-1.5
        unreachable	-1.5
        unanswered	-1.5
        ghosted	-2
        runaround	-1.8
        run-around	-1.8
        the runaround	-1.8
        passed around	-1.5
        # --- negative: hassle, slowness, confusion ---
        hassle	-1.8
        hassles	-1.8
        slow	-1.3
        slower	-1.3
        slowest	-1.5
        slowly	-1
        laggy	-1.5
        clunky	-1.5
        cumbersome	-1.5
        convoluted	-1.5
        complicated	-1
        tedious	-1.5
        long wait	-1.5
        long waits	-1.5
        long wait times	-1.5
        long queue	-1.2
        long queues	-1.2
        on hold	-0.8
        kept on hold	-1.5
        # --- negative: faults and breakdowns ---
        glitchy	-1.8
        glitch	-1.5
        glitches	-1.5
        buggy	-1.8
        bug	-1.2
        bugs	-1.2
        crashes	-1.8
        crashing	-1.8
        crashed	-1.8
        froze	-1.5
        unresponsive	-1.8
        unreliable	-2
        outage	-1.8
        outages	-1.8
        downtime	-1.5
        disconnected	-1.2
        dropped calls	-1.5
        malfunction	-1.8
        malfunctioning	-1.8
        unusable	-2.2
        pointless	-1.5
        late	-1
        overdue	-1
        delays	-1.3
        doesn't work	-2
        shoddy	-2
        subpar	-1.8
        mediocre	-1
        abysmal	-3
        nightmare	-2.5
        wrong item	-1.5
        never arrived	-2
        never received	-2
        # --- negative: price and trust ---
        expensive	-1.2
        pricey	-1
        overpriced	-2
        overcharged	-2.2
        overcharging	-2.2
        double charged	-2
        hidden fees	-2
        hidden charges	-2
        rip-off	-2.8
        ripoff	-2.8
        rip off	-2.8
        ripped off	-2.8
        scammed	-3
        scammers	-3
        scammy	-2.5
        shady	-2
        waste of money	-2.5
        waste of time	-2
        # --- negative: verdicts and feelings ---
        never again	-2
        stay away	-2
        unhelpfully	-1.8
        # --- more common words the public list lacks ---
        incorrect	-1.5
        inaccurate	-1.5
        unresolved	-1.5
        unsolved	-1.5
        simple	1
        poorly	-2
        disgraceful	-2.5
        shambles	-2.5
        shambolic	-2.5
        rubbish	-2
        garbage	-2
        kind of	0
        sort of	0
        # --- solved problems: "solved" and "problem" would cancel out ---
        solved the problem	2
        solved my problem	2
        fixed the problem	2
        fixed the issue	2
        resolved the issue	2
        resolved my issue	2
        problem solved	2
        issue resolved	2
        # Customer-experience phrases (complaints and praise without classic sentiment words)
        # --- waiting and time ---
        took ages	-2
        takes ages	-2
        for ages	-1.5
        took forever	-2
        takes forever	-2
        waited more than	-1.5
        had to wait	-1.5
        for weeks	-1
        for hours	-1
        phone queue	-1
        still waiting	-1.5
        # --- no-shows, no answer, nothing arrives ---
        never showed	-2
        didn't show up	-2
        did not show up	-2
        no-show	-2
        never turned up	-2
        never came	-2
        never arrives	-2
        doesn't arrive	-1.5
        does not arrive	-1.5
        didn't arrive	-1.5
        did not arrive	-1.5
        never got	-1.5
        never heard back	-2
        no one called	-1.8
        nobody called	-1.8
        never called back	-2
        didn't call back	-2
        no response	-1.5
        no reply	-1.5
        was promised	-1
        # --- runaround, responsibility, repetition ---
        nobody took responsibility	-2
        no one took responsibility	-2
        took responsibility	1.5
        no one knew	-1.5
        nobody knew	-1.5
        nobody could help	-2
        no one could help	-2
        different answers	-1
        no updates	-1.5
        bounced around	-1.5
        not the first time	-1.5
        again and again	-1.5
        over and over	-1.5
        yet again	-1.5
        for the third time	-1.5
        had to explain	-1.5
        had to start over	-1.5
        had to chase	-2
        chasing	-1.5
        had to rebook	-1.5
        # --- faults that stay ---
        keep dropping	-1.5
        keeps dropping	-1.5
        no signal	-1.5
        no coverage	-1.5
        goes down	-1.5
        is down	-1.5
        problem persists	-2
        still there	-1
        impossible	-1.5
        # --- money and effort ---
        charged twice	-2
        billed twice	-2
        paid twice	-2
        higher than expected	-1.5
        time and energy	-1.5
        cost me	-1
        want my money back	-2
        never agreed	-1.5
        # --- expectations, switching, pleas, hopes ---
        expect more	-1.5
        expected more	-1.5
        expected better	-1.5
        for what i pay	-1
        below expectations	-2
        didn't live up	-2
        switching provider	-1.5
        switching operator	-1.5
        switching banks	-1.5
        take my business elsewhere	-2
        go elsewhere	-1.5
        sort this out	-1.5
        hope it gets	-2.5
        hope this gets	-2.5
        # --- stars ---
        zero stars	-2.5
        one star	-2
        two stars	-1.5
        four stars	1.5
        five stars	2.5
        thumbs up	2
        thumbs down	-2
        # --- praise without classic words ---
        keep it up	2
        as it should be	1.5
        how it should be	1.5
        as expected	1
        as promised	1.5
        as described	1.2
        exceeded	2
        beyond expectations	2.5
        second to none	2.5
        same day	1
        fixed the fault	2
        fixed it	1.5
        sorted it out	1.5
        in no time	2
        within minutes	1.5
        took only	1
        only took	1
        took the time	1.5
        really cared	2
        listened to me	1.5
        took me seriously	1.5
        made my day	2
        no problems	1.5
        no issues	1.5
        without a hitch	2
        no complaints	2
        worth every penny	2.5
        worth the money	2
        will be back	1.5
        buy again	1.5
        handy	1.5
        """#

    /// English words whose VADER value is wrong for customer feedback; these replace it. 65 terms.
    static let enOverrides = #"""
        # Rule words the public list scores as sentiment: the rules handle them.
        seriously	0
        terribly	0
        truly	0
        no	0
        pretty	0
        # Topic and courtesy words that are not sentiment in customer feedback.
        support	0
        interest	0
        credit	0
        please	0
        yes	0
        like	0.5
        help	0.5
        free	1
        kind	0.5
        resolve	0.5
        # Wrong sign for customer feedback ("a joke").
        joke	-1
        # Everyday words VADER scores that carry no sentiment in feedback ("customer care", "block my card").
        number	0
        play	0
        playing	0
        played	0
        plays	0
        god	0
        care	0
        party	0
        parties	0
        united	0
        hand	0
        matter	0
        fire	0
        energy	0
        cut	0
        share	0
        l	0
        certain	0
        original	0
        giving	0
        natural	0
        legal	0
        increase	0
        increased	0
        created	0
        create	0
        straight	0
        growth	0
        allow	0
        join	0
        drop	0
        significant	0
        fit	0
        reach	0
        reached	0
        defense	0
        grand	0
        challenge	0
        block	0
        agreement	0
        agreed	0
        demand	0
        active	0
        security	0
        certainly	0
        definitely	0
        fan	0
        growing	0
        chance	0
        """#
}
