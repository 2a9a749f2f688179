import Foundation

/// Scores Latin-script text against languages written in it: function words (each occurrence
/// counts 1), letters only some languages use, and typical affixes (weaker evidence).
enum LatinLanguageProfiles {
    struct Profile {
        let code: String
        let functionWords: Set<String>
        /// Letters that point to this language, with the score each occurrence adds.
        let letters: [Unicode.Scalar: Double]
        let prefixes: [String]
        let suffixes: [String]
        let substrings: [String]
    }

    /// Returns the best-scoring language and a confidence from its margin over the runner-up.
    static func best(_ lowercasedText: String) -> (code: String, confidence: Double)? {
        let words = lowercasedText.split { !$0.isLetter }.map(String.init)
        var scores: [(code: String, score: Double)] = []
        for profile in profiles {
            var score = 0.0
            for word in words {
                if profile.functionWords.contains(word) { score += 1 }
                if word.count >= 5 {
                    if profile.prefixes.contains(where: word.hasPrefix) { score += 0.3 }
                    if profile.suffixes.contains(where: word.hasSuffix) { score += 0.3 }
                }
                for part in profile.substrings where word.contains(part) { score += 0.2 }
            }
            for scalar in lowercasedText.unicodeScalars {
                if let bonus = profile.letters[scalar] { score += bonus }
            }
            scores.append((profile.code, score))
        }
        // Ties go to the core languages (listed in `LanguageCode.core`), then to profile order.
        let coreRank = { (code: String) in LanguageCode.core.contains(code) ? 0 : 1 }
        scores = scores.enumerated().sorted { left, right in
            if left.element.score != right.element.score { return left.element.score > right.element.score }
            if coreRank(left.element.code) != coreRank(right.element.code) { return coreRank(left.element.code) < coreRank(right.element.code) }
            return left.offset < right.offset
        }.map(\.element)
        guard let top = scores.first, top.score > 0 else { return nil }
        let runnerUp = scores.count > 1 ? scores[1].score : 0
        return (top.code, top.score / (top.score + runnerUp))
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.split(separator: " ").map(String.init))
    }

    static let vietnameseLetters: [Unicode.Scalar: Double] = {
        var letters: [Unicode.Scalar: Double] = ["ơ": 3, "ư": 3, "đ": 3, "ă": 3]
        // Latin Extended Additional A0-F9 holds the stacked Vietnamese vowels (ạ ả ấ ầ ẩ ...).
        for value in UInt32(0x1EA0)...UInt32(0x1EF9) {
            if let scalar = Unicode.Scalar(value) { letters[scalar] = 3 }
        }
        return letters
    }()

    static let profiles: [Profile] = [
        Profile(code: "en", functionWords: words("the a an and or but is are was were be been to of in on for with that this it i you he she we they my your not do does did have has had can will would should what how why where when which who there here from by at as if so me about please just some any these those than then their our into could also very more yes don isn doesn"),
                letters: [:], prefixes: [], suffixes: ["ing", "tion", "ly", "ness"], substrings: ["th", "wh"]),
        Profile(code: "es", functionWords: words("el la los las de del que y en un una unos es son por para con no se su sus lo como más pero muy este esta esto eso hay está están qué cómo cuál puedo puede puedes ser tiene también yo tú usted mi me te al sobre cuando donde dónde porque hola gracias bien todo hacer ayudar sí ella ellos nosotros o ayer hoy mañana noche tarde hora horas anoche tras desde hasta sin entre ya aquí allí ahora siempre nunca algo nada mucho poco otro otra cada debería quiero tengo tienes vamos fue era"),
                letters: ["ñ": 2, "¿": 3, "¡": 3, "á": 0.5, "í": 0.3, "ó": 0.5, "ú": 0.3], prefixes: [], suffixes: ["ción", "ciones", "mente", "dad", "ado", "ada"], substrings: ["ll", "ue"]),
        Profile(code: "it", functionWords: words("il lo la i gli le di del della delle dei che e è un una uno per con non si sono come più ma molto questo questa quello quella anche mi ti ci ho hai ha abbiamo nel nella al alla dal sul cosa perché dove quando posso può puoi essere fare ciao grazie bene tutto aiutare dell un c sei siamo loro in da su tra fra sul nei negli alle agli degli buon buona buongiorno prima dopo ieri oggi domani sera mattina ora ore o dovrei vorrei potrei sempre mai ancora già davvero allora ecco niente qualcosa qualcuno tanto poco troppo adesso subito sto sta stai vado vai va fatto detto visto quanto quanti quale quali"),
                letters: ["ò": 1.5, "ì": 1.5, "ù": 1, "è": 0.5, "à": 0.3], prefixes: [], suffixes: ["zione", "zioni", "mente", "ggio", "tà"], substrings: ["gli", "cch", "zz", "gn"]),
        Profile(code: "fr", functionWords: words("le la les de des du un une et est sont en que qui pour avec dans pas ne ce cette ces il elle ils nous vous je on sur au aux mais plus très comment pourquoi où quand peux peut pouvez être avoir faire aussi bonjour merci bien tout d l j c qu n s ai suis mon ma mes votre vos leur y quel quelle quels quelles heure heures à ça as hier soir demain aujourd matin cet encore déjà toujours jamais rien chez avant après depuis ou puis donc alors voilà t tu te toi moi lui eux deux trois fait été"),
                letters: ["ç": 1, "ê": 1.5, "â": 1, "î": 1.5, "ô": 1, "û": 1.5, "ë": 1, "œ": 3, "è": 0.5, "é": 0.3], prefixes: [], suffixes: ["tion", "eux", "euse", "ment", "eau", "aux"], substrings: ["ou", "eau", "oi"]),
        Profile(code: "de", functionWords: words("der die das den dem des ein eine einen einem und ist sind war nicht zu mit von für auf im in es ich du sie wir ihr er sich auch aber wie was warum wo wann kann kannst können werden wird haben hat sein mein dein ihre dass so noch sehr hallo danke bitte gut alles machen helfen kein keine nur oder wenn bei nach über aus gestern heute morgen abend jetzt schon immer nie etwas nichts viel wenig andere jeder uhr am um zum zur vom beim durch gegen ohne gerade echt mal doch denn ja nein hast habe bin bist"),
                letters: ["ä": 1.5, "ö": 0.5, "ü": 0.5, "ß": 3], prefixes: ["ge", "ver", "be"], suffixes: ["ung", "keit", "heit", "lich", "chen", "en"], substrings: ["sch", "ei", "ch"]),
        Profile(code: "pt", functionWords: words("o a os as de do da dos das que e é um uma em no na nos por para com não se seu sua como mais mas muito isso este esta você eu ele ela nós está são tem também posso pode ser fazer obrigado obrigada olá bem tudo ajudar ao pelo pela onde quando porque sim ou ontem hoje amanhã noite primeiro primeira jogo viu fecha horas devo quero tenho vou foi era então agora aqui ali sempre nunca algo nada pouco outro outra cada meu minha teu depois beleza"),
                letters: ["ã": 3, "õ": 3, "ç": 1, "ê": 0.5, "â": 0.5], prefixes: [], suffixes: ["ção", "ções", "mente", "agem"], substrings: ["nh", "lh"]),
        Profile(code: "nl", functionWords: words("de het een en van is zijn niet te met voor op dat die dit ik je jij u we wij ze hij zij maar ook hoe wat waarom waar wanneer kan kunt kunnen wordt worden heb heeft hebben er naar bij om uit nog zeer heel hallo dank bedankt goed alles maken helpen geen alleen of als in aan over zo zich"),
                letters: [:], prefixes: ["ge", "ver"], suffixes: ["lijk", "heid", "tje", "en"], substrings: ["ij", "oe", "aa", "uu"]),
        Profile(code: "tr", functionWords: words("bir ve bu da de için ile ne nasıl neden nerede ben sen o biz siz onlar değil var yok çok daha gibi ama ki mi mı mu mü bana sana olarak olan merhaba teşekkürler lütfen evet hayır iyi her şey yapmak yardım sonra önce kadar çünkü şimdi burada orada misin musun mısın müsün midir"),
                letters: ["ı": 3, "ş": 3, "ğ": 3, "ç": 0.5, "ö": 0.5, "ü": 0.5], prefixes: [], suffixes: ["lar", "ler", "dır", "dir", "sın", "mek", "mak", "ten", "tan"], substrings: []),
        Profile(code: "pl", functionWords: words("i w z na do nie się to jest są że jak co dlaczego gdzie kiedy ja ty on ona my wy oni ale też także bardzo tak czy dla od po przez o mój twój jego jej być mieć może można proszę dziękuję cześć dobrze wszystko zrobić pomóc tego ten ta te"),
                letters: ["ł": 3, "ą": 3, "ę": 3, "ś": 3, "ź": 3, "ż": 3, "ć": 3, "ń": 3], prefixes: ["prz"], suffixes: ["ować", "ość"], substrings: ["sz", "cz", "rz", "wie"]),
        Profile(code: "id", functionWords: words("yang dan di ke dari ini itu untuk dengan tidak adalah akan saya anda kamu bagaimana cara membuat ada juga dalam pada kami mereka sudah belum tetapi tapi karena bisa dapat atau jika kalau sangat lebih apakah tolong terima kasih halo baik semua oleh seperti harus mau ingin bantu membantu hari apa tadi malam berapa setiap tiap pertama sebaiknya belajar dulu selamat ulang tahun lagi besok pagi kenapa sedang masih sekarang nanti kemarin hanya banyak sedikit baru lama sini sana siapa kapan mana begitu begini sekali tentang antara sampai lalu agar supaya namun bahwa orang kita"),
                letters: [:], prefixes: ["mem", "men", "meng", "ber", "di", "ter", "per"], suffixes: ["kan", "nya", "an"], substrings: []),
        Profile(code: "jv", functionWords: words("ing lan iku ora sing karo kanggo ana wis arep aku kowe panjenengan saka uga menyang sampeyan carane nggawe piye kepiye dadi marang mung banget kabeh iki kuwi kene kono wong duwe gawe njaluk mboten nggih menika punika kula sampun badhe dhateng saged pundi kados sapa ngendi kapan amarga nanging yen bakal isih durung becik apik matur nuwun sugeng ngerti pengin ngapa opo ra wae lho kok dina iso apa banjur sak sawise sadurunge neng nang kudu saiki mengko wingi mangan ngombe turu lunga teka omah gedhe cilik dheweke awake tansah yaiku tenan bengi esuk sesuk mau maneh liyane kanthi utawa nganti rong telung siji loro papat jam pira saben dhisik kerep oleh tuku ta yo mbok dening awan sore dalu sasi taun sithik akeh gampang angel anyar lawas bocah tak telpon oke"),
                letters: [:], prefixes: ["ng", "ny", "dh"], suffixes: ["ake", "ne", "ipun"], substrings: ["dh", "th", "ngg", "mb"]),
        Profile(code: "sw", functionWords: words("na ya wa kwa ni za la katika kuhusu hii huu hizi jinsi gani mimi wewe yeye sisi ninyi wao sana kama lakini siwezi naweza unaweza tafadhali nini je kutengeneza kufanya watu mtu kuna hapana ndiyo habari asante vizuri yote kila hiyo ili au bado tu pia sasa leo nina una ana kusaidia msaada nataka ninaweza hakuna kwamba nyingi zaidi hilo yako yangu wako wangu saa jana usiku kesho asubuhi jioni mchana siku mwaka wiki hapa pale huko ilikuwa kati baada kabla hadi mpaka bila pamoja wapi lini nani ngapi huyu yule wale hawa kweli basi tena zangu zake yake wake mpya kubwa ndogo moja mbili tatu nne tano kumi alisema mkuu mji rais serikali nchi watoto mama baba rafiki kazi shule nyumba maji chakula jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili sawa baadaye namba nitakupigia"),
                letters: [:], prefixes: ["ku", "wa", "mw", "ki", "vi", "nina", "nita", "tuta", "wata", "ime", "ali", "ame", "ata", "hu"], suffixes: ["isha", "ana", "ika"], substrings: ["mw", "nj", "ny", "kw"]),
        Profile(code: "vi", functionWords: words("và của là có không được cho một những các này đó với trong người tôi bạn anh chị em làm thế nào gì sao như để khi đã sẽ đang rất cũng nhưng vì nếu hay hoặc xin cảm ơn chào giúp cách"),
                letters: vietnameseLetters, prefixes: [], suffixes: [], substrings: []),
    ]
}
