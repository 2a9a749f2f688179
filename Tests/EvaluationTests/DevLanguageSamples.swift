// DEV set for the language detector: the set it was tuned on after the independent test set
// (`IndependentLanguageSamples.swift`) was measured. Short texts, different content.
let devLanguageSamples: [(lang: String, text: String)] = [
    ("en", "Traffic on the M25 is backed up for six miles after a crash near junction 10."), ("en", "omg did you see the game last night"),
    ("en", "What time does the pharmacy close on Sundays?"), ("en", "Can you summarise this article in three bullet points?"),
    ("en", "Our Wi-Fi router keeps dropping the connection."), ("en", "Happy birthday, Priya! Hope it's a great one."),
    ("en", "Should I learn Rust or Go first?"), ("en", "The museum is free on the first Sunday of each month."),
    ("en", "He scored 42 points in the final."), ("en", "Where can I buy a SIM card at the airport?"),

    ("zh", "京沪高速因车祸拥堵近十公里。"), ("zh", "你昨晚看球赛了吗？太精彩了"), ("zh", "药店周日几点关门？"),
    ("zh", "能帮我用三点总结一下这篇文章吗？"), ("zh", "我们家的路由器老是断网。"), ("zh", "生日快乐，小王！"),
    ("zh", "我应该先学Rust还是Go？"), ("zh", "博物馆每个月第一个周日免费开放。"), ("zh", "他在决赛中拿下42分。"),
    ("zh", "机场哪里可以买到电话卡？"), ("zh", "国家统计局发布最新经济数据"),

    ("ja", "首都高速で事故があり、10キロの渋滞が発生しています。"), ("ja", "昨日の試合見た？やばかったよね"), ("ja", "薬局は日曜日何時に閉まりますか？"),
    ("ja", "この記事を3つのポイントで要約してもらえますか？"), ("ja", "家のWi-Fiルーターがすぐ切れます。"), ("ja", "誕生日おめでとう、田中さん！"),
    ("ja", "RustとGo、どっちを先に学ぶべき？"), ("ja", "博物館は毎月第一日曜日が無料です。"), ("ja", "彼は決勝で42得点を挙げた。"),
    ("ja", "空港でSIMカードはどこで買えますか？"), ("ja", "岸田首相、来月訪米へ"), ("ja", "日経平均、終値で最高値更新"),

    ("ko", "경부고속도로에서 사고가 나 10km 정체 중입니다."), ("ko", "어제 경기 봤어? 대박이었어"), ("ko", "약국은 일요일에 몇 시에 문 닫아요?"),
    ("ko", "이 기사를 세 줄로 요약해 줄 수 있어요?"), ("ko", "집 와이파이 공유기가 자꾸 끊겨요."), ("ko", "생일 축하해, 민지야!"),
    ("ko", "Rust랑 Go 중에 뭘 먼저 배워야 할까요?"), ("ko", "박물관은 매달 첫째 일요일에 무료입니다."), ("ko", "그는 결승에서 42점을 넣었다."),
    ("ko", "공항에서 유심은 어디서 사요?"),

    ("ar", "ازدحام مروري كبير على طريق الرياض بعد حادث سير."), ("ar", "شفت المباراة امبارح؟ كانت رهيبة"), ("ar", "متى تغلق الصيدلية يوم الأحد؟"),
    ("ar", "هل يمكنك تلخيص هذا المقال في ثلاث نقاط؟"), ("ar", "جهاز الراوتر في بيتنا يفصل باستمرار."), ("ar", "عيد ميلاد سعيد يا سارة!"),
    ("ar", "هل أتعلم Rust أم Go أولًا؟"), ("ar", "الدخول إلى المتحف مجاني أول أحد من كل شهر."), ("ar", "سجل 42 نقطة في المباراة النهائية."),
    ("ar", "من أين أشتري شريحة اتصال في المطار؟"),

    ("hi", "दिल्ली-जयपुर हाईवे पर हादसे के बाद लंबा जाम लगा है।"), ("hi", "कल रात का मैच देखा? कमाल था यार"), ("hi", "रविवार को दवा की दुकान कितने बजे बंद होती है?"),
    ("hi", "क्या आप इस लेख का तीन बिंदुओं में सारांश दे सकते हैं?"), ("hi", "हमारा WiFi router बार-बार disconnect हो रहा है।"), ("hi", "जन्मदिन मुबारक हो, प्रिया!"),
    ("hi", "मुझे पहले Rust सीखनी चाहिए या Go?"), ("hi", "हर महीने के पहले रविवार को संग्रहालय में प्रवेश मुफ़्त है।"), ("hi", "उसने फ़ाइनल में 42 अंक बनाए।"),
    ("hi", "एयरपोर्ट पर सिम कार्ड कहाँ मिलेगा?"),

    ("bn", "ঢাকা-চট্টগ্রাম মহাসড়কে দুর্ঘটনার পর দীর্ঘ যানজট।"), ("bn", "কাল রাতের খেলাটা দেখেছিস? দারুণ ছিল"), ("bn", "রবিবার ওষুধের দোকান কটায় বন্ধ হয়?"),
    ("bn", "এই লেখাটা তিনটি পয়েন্টে সংক্ষেপে বলতে পারবেন?"), ("bn", "আমাদের বাসার WiFi রাউটার বারবার লাইন কেটে দিচ্ছে।"), ("bn", "শুভ জন্মদিন, প্রিয়া!"),
    ("bn", "আগে Rust শিখব নাকি Go?"), ("bn", "প্রতি মাসের প্রথম রবিবার জাদুঘরে প্রবেশ বিনামূল্যে।"), ("bn", "সে ফাইনালে ৪২ পয়েন্ট করেছে।"),
    ("bn", "বিমানবন্দরে সিম কার্ড কোথায় পাওয়া যায়?"),

    ("th", "ถนนมิตรภาพรถติดยาวสิบกิโลหลังเกิดอุบัติเหตุ"), ("th", "เมื่อคืนดูบอลป่าว มันส์มาก"), ("th", "ร้านขายยาปิดกี่โมงวันอาทิตย์"),
    ("th", "ช่วยสรุปบทความนี้เป็นสามข้อหน่อย"), ("th", "เราเตอร์ไวไฟที่บ้านหลุดบ่อยมาก"), ("th", "สุขสันต์วันเกิดนะมายด์!"),
    ("th", "ควรเรียน Rust หรือ Go ก่อนดี"), ("th", "พิพิธภัณฑ์เข้าฟรีทุกวันอาทิตย์แรกของเดือน"), ("th", "เขาทำได้ 42 แต้มในนัดชิง"),
    ("th", "ซื้อซิมการ์ดที่สนามบินได้ที่ไหน"),

    ("vi", "Cao tốc Hà Nội - Hải Phòng ùn tắc 10 km sau vụ tai nạn."), ("vi", "tối qua xem bóng đá chưa? hay quá trời"), ("vi", "Nhà thuốc đóng cửa lúc mấy giờ vào Chủ nhật?"),
    ("vi", "Bạn tóm tắt bài này thành ba ý được không?"), ("vi", "Router wifi nhà mình cứ bị rớt mạng."), ("vi", "Chúc mừng sinh nhật Lan nhé!"),
    ("vi", "Nên học Rust hay Go trước?"), ("vi", "Bảo tàng miễn phí vào Chủ nhật đầu tiên mỗi tháng."), ("vi", "Anh ấy ghi 42 điểm trong trận chung kết."),
    ("vi", "Mua sim ở sân bay chỗ nào?"),

    ("sw", "Msongamano mkubwa wa magari umeripotiwa kwenye barabara ya Thika baada ya ajali."), ("sw", "uliona mechi jana usiku? ilikuwa moto"),
    ("sw", "Duka la dawa hufungwa saa ngapi Jumapili?"), ("sw", "Unaweza kufupisha makala hii kwa hoja tatu?"),
    ("sw", "Ruta ya WiFi nyumbani inakatika kila mara."), ("sw", "Heri ya siku ya kuzaliwa, Amina!"),
    ("sw", "Nijifunze Rust au Go kwanza?"), ("sw", "Makumbusho ni bure Jumapili ya kwanza ya kila mwezi."),
    ("sw", "Alifunga pointi 42 kwenye fainali."), ("sw", "Naweza kununua laini ya simu wapi uwanja wa ndege?"),

    ("jv", "Dalan Pantura macet dawa sawise ana kacilakan ing Brebes."), ("jv", "wingi bengi nonton bal ora? apik tenan"),
    ("jv", "Apotik tutup jam pira yen dina Minggu?"), ("jv", "Isa ringkesna artikel iki dadi telung poin?"),
    ("jv", "Router WiFi ing omah kerep pedhot."), ("jv", "Sugeng ambal warsa, Sari!"),
    ("jv", "Aku kudu sinau Rust dhisik apa Go?"), ("jv", "Museum gratis saben Minggu kapisan ing sasi."),
    ("jv", "Dheweke oleh 42 poin ing final."), ("jv", "Tuku kartu SIM ing bandara ngendi?"),

    ("es", "Retenciones de diez kilómetros en la A-6 tras un accidente."), ("es", "¿viste el partido anoche? fue una locura"),
    ("es", "¿A qué hora cierra la farmacia los domingos?"), ("es", "¿Puedes resumir este artículo en tres puntos?"),
    ("es", "El router de casa se desconecta todo el rato."), ("es", "¡Feliz cumpleaños, Lucía!"),
    ("es", "¿Debería aprender Rust o Go primero?"), ("es", "El museo es gratuito el primer domingo de cada mes."),
    ("es", "Anotó 42 puntos en la final."), ("es", "¿Dónde puedo comprar una tarjeta SIM en el aeropuerto?"),

    ("fr", "Dix kilomètres de bouchons sur l'A6 après un accident."), ("fr", "t'as vu le match hier soir ? c'était dingue"),
    ("fr", "À quelle heure ferme la pharmacie le dimanche ?"), ("fr", "Tu peux résumer cet article en trois points ?"),
    ("fr", "Notre box Wi-Fi se déconnecte sans arrêt."), ("fr", "Joyeux anniversaire, Camille !"),
    ("fr", "Je devrais apprendre Rust ou Go d'abord ?"), ("fr", "Le musée est gratuit le premier dimanche du mois."),
    ("fr", "Il a marqué 42 points en finale."), ("fr", "Où acheter une carte SIM à l'aéroport ?"),

    ("de", "Nach einem Unfall staut sich der Verkehr auf der A3 auf zehn Kilometern."), ("de", "hast du gestern das Spiel gesehen? krass"),
    ("de", "Wann schließt die Apotheke am Sonntag?"), ("de", "Kannst du den Artikel in drei Punkten zusammenfassen?"),
    ("de", "Unser WLAN-Router trennt ständig die Verbindung."), ("de", "Alles Gute zum Geburtstag, Lena!"),
    ("de", "Sollte ich zuerst Rust oder Go lernen?"), ("de", "Am ersten Sonntag im Monat ist das Museum kostenlos."),
    ("de", "Er erzielte im Finale 42 Punkte."), ("de", "Wo kann ich am Flughafen eine SIM-Karte kaufen?"),

    ("it", "Dieci chilometri di coda sull'A1 dopo un incidente."), ("it", "hai visto la partita ieri sera? pazzesca"),
    ("it", "A che ora chiude la farmacia la domenica?"), ("it", "Puoi riassumere questo articolo in tre punti?"),
    ("it", "Il router di casa si disconnette di continuo."), ("it", "Buon compleanno, Giulia!"),
    ("it", "Dovrei imparare prima Rust o Go?"), ("it", "Il museo è gratuito la prima domenica del mese."),
    ("it", "Ha segnato 42 punti in finale."), ("it", "Dove posso comprare una SIM in aeroporto?"),

    ("ru", "На МКАД после аварии образовалась пробка длиной десять километров."), ("ru", "видел вчера матч? это было нечто"),
    ("ru", "Во сколько закрывается аптека в воскресенье?"), ("ru", "Можешь кратко пересказать статью в трёх пунктах?"),
    ("ru", "Наш Wi-Fi роутер постоянно отключается."), ("ru", "С днём рождения, Маша!"),
    ("ru", "Что учить сначала: Rust или Go?"), ("ru", "В первое воскресенье месяца вход в музей бесплатный."),
    ("ru", "Он набрал 42 очка в финале."), ("ru", "Где в аэропорту купить сим-карту?"),

    ("pt", "Você viu o jogo ontem à noite?"), ("pt", "A farmácia fecha que horas no domingo?"), ("pt", "O museu é gratuito no primeiro domingo do mês."),
    ("pt", "Devo aprender Rust ou Go primeiro?"), ("pt", "Feliz aniversário, Joana!"),
    ("id", "Kamu nonton pertandingan tadi malam?"), ("id", "Apotek tutup jam berapa hari Minggu?"), ("id", "Museum gratis setiap Minggu pertama tiap bulan."),
    ("id", "Sebaiknya saya belajar Rust atau Go dulu?"), ("id", "Selamat ulang tahun, Sari!"),
    ("uk", "Ти бачив учора матч?"), ("uk", "О котрій зачиняється аптека в неділю?"), ("uk", "Музей безкоштовний у першу неділю місяця."),
    ("uk", "Що вчити спочатку: Rust чи Go?"), ("uk", "З днем народження, Оксано!"),
]

/// Kana-free Japanese headlines and Chinese ones, for the Han-form rule (dev only).
let devHanOnlyHeadlines: [(lang: String, text: String)] = [
    ("ja", "円安進行、一時150円台"), ("ja", "大阪万博、来場者数1000万人突破"), ("ja", "東北新幹線、全線で運転再開"),
    ("zh", "人民币汇率创新高"), ("zh", "国家统计局发布最新经济数据"), ("zh", "北京地铁新线开通"),
]

/// Second dev batch: the confusable pairs (es/it/pt, id/jv/sw, fr/it, hi/bn with English words,
/// ru/uk) in short chatty and news-like texts.
let devLanguageSamplesSecondBatch: [(lang: String, text: String)] = [
    ("es", "Vale, te llamo luego."), ("es", "El Gobierno aprobó ayer la nueva ley de vivienda."), ("es", "¿Tienes el número de Marta?"),
    ("es", "Me encanta esta canción, la pongo otra vez."), ("es", "Hace mucho calor hoy en Sevilla."),
    ("it", "Va bene, ti chiamo dopo."), ("it", "Il Governo ha approvato ieri la nuova legge sulla casa."), ("it", "Hai il numero di Marta?"),
    ("it", "Adoro questa canzone, la rimetto."), ("it", "Fa molto caldo oggi a Napoli."),
    ("pt", "Beleza, te ligo depois."), ("pt", "O Governo aprovou ontem a nova lei da habitação."), ("pt", "Você tem o número da Marta?"),
    ("fr", "D'accord, je t'appelle plus tard."), ("fr", "Le gouvernement a adopté hier la nouvelle loi sur le logement."), ("fr", "Tu as le numéro de Marta ?"),
    ("fr", "J'adore cette chanson, je la remets."), ("fr", "Il fait très chaud aujourd'hui à Marseille."),
    ("sw", "Sawa, nitakupigia baadaye."), ("sw", "Serikali imepitisha jana sheria mpya ya makazi."), ("sw", "Una namba ya Amina?"),
    ("sw", "Napenda wimbo huu, nauweka tena."), ("sw", "Kuna joto kali leo hapa Dar es Salaam."),
    ("jv", "Oke, mengko tak telpon."), ("jv", "Pamarentah wingi ngesahake undhang-undhang omah anyar."), ("jv", "Kowe duwe nomere Sari ora?"),
    ("jv", "Aku seneng banget karo lagu iki, tak puter maneh."), ("jv", "Dina iki panas banget ing Surabaya."),
    ("id", "Oke, nanti saya telepon."), ("id", "Pemerintah kemarin mengesahkan undang-undang perumahan baru."), ("id", "Kamu punya nomor Sari?"),
    ("hi", "Meeting को कल 10 बजे reschedule कर दो please।"), ("hi", "मेरा phone charge नहीं हो रहा, battery ख़राब लगती है।"),
    ("hi", "यह गाना बहुत अच्छा है, फिर से बजाओ।"), ("hi", "आज दिल्ली में बहुत गर्मी है।"),
    ("bn", "Meeting টা কাল ১০টায় reschedule করে দাও please।"), ("bn", "আমার phone charge হচ্ছে না, battery খারাপ মনে হয়।"),
    ("bn", "গানটা খুব সুন্দর, আবার চালাও।"), ("bn", "আজ ঢাকায় খুব গরম।"),
    ("ru", "Ладно, перезвоню позже."), ("ru", "Правительство вчера приняло новый закон о жилье."), ("ru", "У тебя есть номер Марины?"),
    ("uk", "Добре, передзвоню пізніше."), ("uk", "Уряд учора ухвалив новий закон про житло."), ("uk", "У тебе є номер Марини?"),
    ("zh", "好的，我待会儿给你打电话。"), ("zh", "政府昨天通过了新的住房法。"), ("zh", "你有玛丽娜的电话号码吗？"),
    ("ja", "わかった、後で電話するね。"), ("ja", "政府は昨日、新しい住宅法を可決した。"), ("ja", "マリナの電話番号知ってる？"),
    ("en", "Okay, I'll call you later."), ("en", "The government passed the new housing law yesterday."), ("en", "Do you have Marta's number?"),
    ("de", "Okay, ich ruf dich später an."), ("de", "Die Regierung hat gestern das neue Wohnungsgesetz verabschiedet."), ("de", "Hast du Martas Nummer?"),
    ("vi", "Ok, lát mình gọi lại nhé."), ("vi", "Chính phủ hôm qua đã thông qua luật nhà ở mới."), ("vi", "Bạn có số của Mai không?"),
]
