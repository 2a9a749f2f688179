import Foundation

/// A detected language: an ISO 639-1 code (`und` when unknown) and a confidence in [0, 1].
public struct DetectedLanguage: Equatable, Sendable {
    public let code: String
    public let confidence: Double
}

/// Detects the language of short texts (a few words up to a paragraph).
///
/// Writing systems decide first because they are unambiguous for most languages: any kana
/// means Japanese (Japanese text mixes kana into Han, Chinese never does), Hangul Korean,
/// Thai, Devanagari Hindi, Bengali, Arabic script Arabic, Cyrillic Russian or Ukrainian
/// (told apart by letters only one of them uses). Latin-script text is scored against
/// per-language function words and distinctive letters and affixes (`LatinLanguageProfiles`).
public enum LanguageDetector {
    enum Script: CaseIterable {
        case latin, han, kana, hangul, arabic, thai, devanagari, bengali, cyrillic
    }

    public static func detect(_ text: String) -> DetectedLanguage {
        let normalized = text.precomposedStringWithCanonicalMapping.lowercased()
        var counts: [Script: Int] = [:]
        var letterCount = 0
        for scalar in normalized.unicodeScalars {
            guard let script = script(of: scalar) else { continue }
            counts[script, default: 0] += 1
            letterCount += 1
        }
        guard letterCount > 0 else { return DetectedLanguage(code: LanguageCode.undetermined, confidence: 0) }

        // One Han/kana/Hangul/Thai character carries roughly a word's worth of text, so weigh
        // them up against alphabetic letters when deciding the dominant writing system.
        let weighted = counts.map { (script: $0.key, weight: Double($0.value) * weightPerCharacter($0.key)) }
        let total = weighted.reduce(0) { $0 + $1.weight }
        var byScript: [Script: Double] = [:]
        for entry in weighted { byScript[entry.script] = entry.weight }
        // Han + kana together are one (Japanese or Chinese) block of text.
        let cjk = (byScript[.han] ?? 0) + (byScript[.kana] ?? 0)
        let candidates: [(Script, Double)] = [
            (.han, cjk), (.hangul, byScript[.hangul] ?? 0), (.arabic, byScript[.arabic] ?? 0),
            (.thai, byScript[.thai] ?? 0), (.devanagari, byScript[.devanagari] ?? 0),
            (.bengali, byScript[.bengali] ?? 0), (.cyrillic, byScript[.cyrillic] ?? 0),
            (.latin, byScript[.latin] ?? 0),
        ]
        guard var (dominant, weight) = candidates.max(by: { $0.1 < $1.1 }), weight > 0 else {
            return DetectedLanguage(code: LanguageCode.undetermined, confidence: 0)
        }
        // English words are borrowed into every language ("WiFi router disconnect हो रहा है"),
        // while native script inside English text is rare: a sizeable non-Latin share wins.
        if dominant == .latin, let native = candidates.filter({ $0.0 != .latin }).max(by: { $0.1 < $1.1 }),
           native.1 >= nativeScriptShare * total {
            (dominant, weight) = native
        }
        let share = weight / total
        switch dominant {
        case .han, .kana:
            let japanese = (counts[.kana] ?? 0) > 0 || hanOnlyTextIsJapanese(normalized)
            return DetectedLanguage(code: japanese ? "ja" : "zh", confidence: share)
        case .hangul: return DetectedLanguage(code: "ko", confidence: share)
        case .arabic: return DetectedLanguage(code: "ar", confidence: share)
        case .thai: return DetectedLanguage(code: "th", confidence: share)
        case .devanagari: return DetectedLanguage(code: "hi", confidence: share)
        case .bengali: return DetectedLanguage(code: "bn", confidence: share)
        case .cyrillic: return DetectedLanguage(code: cyrillicLanguage(normalized), confidence: share)
        case .latin:
            guard let latin = LatinLanguageProfiles.best(normalized) else {
                return DetectedLanguage(code: LanguageCode.undetermined, confidence: 0)
            }
            return DetectedLanguage(code: latin.code, confidence: latin.confidence * share)
        }
    }

    /// Share of the letters (weighted as in `weightPerCharacter`) that a non-Latin script needs
    /// to outweigh Latin letters.
    static let nativeScriptShare = 0.3

    /// Kana-free Japanese (headlines such as "大谷翔平、今季50本塁打達成") is told from Chinese by
    /// character forms: simplified-only forms (这 们 说 发 ...) mean Chinese, while Japanese
    /// shinjitai and kokuji that differ from both simplified and traditional Chinese (気 広 図
    /// 駅 塁 働 ...) mean Japanese. Text with neither (shared or traditional forms) stays Chinese.
    static func hanOnlyTextIsJapanese(_ text: String) -> Bool {
        var simplified = 0
        var japanese = 0
        for scalar in text.unicodeScalars {
            if simplifiedOnlyHan.contains(scalar) { simplified += 1 }
            if japaneseOnlyHan.contains(scalar) { japanese += 1 }
        }
        return japanese > simplified
    }

    static let simplifiedOnlyHan = Set("这们个说时为对发经过还进动现开关长问门间样种让认实应该头东车电见气从业书买卖马鱼网级统计据产务么吗吧呢边题习带张处听总报请钱师华语话读论设识许证调谈资贵费质银铁错键闻阅队阳际难须项顺领风飞馆驾验鸡齐龙龟专丛丝两严丧临丽举义乌乐乔乡亏云亚亩亲亿仅仑仓仪价众优伙伞伟传伤伦伪佣侠侣侥侦侧侨俩俭债倾偿储儿兑兰兴兹养兽冈册军农冯决况冻净凉减凑凤凭击凿刘则刚创删别刽剂剑剧劝办劲劳势勋协单卢卫厂厅历厉压厌厕厦县变叠叹吁后吓吕吨启吴呐呕员呜咏咙咸响哑哗唤啰啸喷噜团园围图圆圣场坏块坚坛坝坞坟坠垄垒垦垫埘堑墙壳壶备复够夸夹夺奋奖妆妇妈妩娱娄娅孙孪宁宠审宪宫宽宾寻导尔尘尝层屉岁岂岗岛岭币帅帐帮帱庄庆庐库庙庞废异弃弯弹归录彻忆忧怀态怂怜恳恶恼悬惊惧惩惫惭惯愤愿戏战户执扩扫扬扰抚抛抢护拟拢拣拥拦拧拨择挂挚挛挝挞挡挤挥捞损捡换捣掳掷掸掺揽搀搁搂搅摄摆摇摊撑撵擞攒敌敛斋斓斩无旷昙显晋晒晓晕暂术杀杂权杆杨极构枞枣枪枫柜柠查栅标栈栋栏树栾桥桨桩梦检棂椭楼榄榈槛樱欢欧歼殁殇毁毂毕毙氢汇汉污汤沟沣沤沥沦沧沪泞泪泸泻泼泽洁洒浆浇浊测济浏浑浓涂涛涝涡涣润涧涨涩渊渍渐渔渗溃溅滚滤滥滨滩潇潴澜濑灭灵灾灿炖炜炼烁烂烃烛烟烦烧烨烩热焕焖爱爷牍牵牺犊犹狈狮狯狰狱猎猕猡獭玑环玛玮琐琼瑶璎畅疖疗疟疠疡疮疯痒痨痪痫瘪瘾癣皑皱盏盐监盖盘眯睁睐瞒矫矿码砖砚砧础硕确碍碱祃祎祸禀离秃秆积秽稳穷窍窑窜窝窥竖竞笃笔笕笺笼筛筝签简箦篮篱类粜粪粮紧纠红纤约纪纫纬纯纰纱纲纳纵纷纸纹纺纽线练组细织终绊绍绎绑绒结绕绘给络绝绞继绩绪续绰绳维绵综绽绿缀缄缅缆缉缎缓缔缕编缘缚缝缠缤缩缴罗罚罢羁翘耸耻聂聋职联聪肃肠肤肮肾肿胀胁胜胧胶脉脏脐脑脓脸腊腻腾舆舰舱艰艳艺节苇苍苏苹范茧荐荚荞荡荣荤荧药莱莲获莹营萝萤萧萨葱蒋蓝蓟蔷蔼蕴虏虑虾虽蚀蚁蚂蛊蛎蜕蜗衅补衬袄袜裤观规觅视览觉订讥讨训议讯记讲讳讶讼讽访诀评诈诉诊词译试诗诚诞询详误诸诺课谁谅谊谋谍谎谐谓谜谢谣谦谨谱谴豫贝贞负贡财责贤败账货贩贪贫贬购贮贯贴贷贸贺贼贾贿赋赌赎赏赐赔赖赚赛赞赠赵赶趋跃践踊踪蹑躏轨轩转轮软轰轻载轿较辅辆辈辉辐辑输辖辞辩辽达迁迈运远违连迟迩适选逊递逻遗遥邓邮邻郁郑酝酱释鉴针钉钓钙钝钞钟钢钥钩钻铃铅铜铝铭铺链销锁锅锈锋锐锚锡锣锤锦锯镀镇镜闪闭闯闲闷闸闹阀阁阐阔阴阵阶陆陈险隐隶雏雳雾霁韦韧页顶顽顾顿颁颂预颇颈频颖颗颜额颠飘饥饭饮饰饱饲饺饼馈驰驱驳驴驶驻骂骄骆骏骑骗骚骤髅鲁鲜鲸鳄鸟鸣鸥鸦鸭鸽鹅鹏鹤鹰齿龄".unicodeScalars)
    static let japaneseOnlyHan = Set("気広図駅読単県歳円労働込売対発経実応様説録挙塁価済鉄転総権戦続険験楽薬変辺関伝沢恵徳焼絵営蔵払拠検乗剤従児浜畳峠枠栃匂芸弁帰鶏亜悪圧囲隠栄駆勧観歓巻陥戯犠軽継撃剣圏顕厳効鉱黒砕雑桟賛歯釈収渋獣縦粛処奨渉証剰壌嬢浄譲醸粋酔髄瀬斉摂専繊銭捜挿巣聡荘騒増臓帯滝択嘆団弾遅鋳庁徴聴勅鎮塚逓稲闘縄弐悩脳覇廃髪抜晩賓頻仏併塀舗歩穂豊毎満黙訳揺謡頼覧竜両猟緑涙霊齢暦歴畑辻笹".unicodeScalars)

    static func weightPerCharacter(_ script: Script) -> Double {
        switch script {
        case .han, .kana, .hangul: return 3
        case .thai: return 1.5
        default: return 1
        }
    }

    /// Ukrainian writes і ї є ґ, Russian ы э ъ ё; function words decide texts that happen to
    /// use none of those letters. Ties go to Russian.
    static func cyrillicLanguage(_ text: String) -> String {
        var ukrainian = 0.0
        var russian = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "і", "ї", "є", "ґ": ukrainian += 3
            case "ы", "э", "ъ", "ё": russian += 3
            default: break
            }
        }
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            if ukrainianWords.contains(String(word)) { ukrainian += 1 }
            if russianWords.contains(String(word)) { russian += 1 }
        }
        return ukrainian > russian ? "uk" : "ru"
    }

    static let ukrainianWords: Set<String> = ["й", "та", "але", "що", "це", "з", "у", "ти", "ви", "ми", "він", "дуже", "дякую", "будь", "ласка",
        "вибачте", "ні", "мені", "мене", "учора", "вчора", "новий", "нова", "нове", "добре", "зараз", "треба", "тепер", "житло", "цей", "ця", "цим", "цього", "який", "яка", "які", "від", "чи", "ще", "вже", "тому", "коли", "де", "щоб", "як", "можу", "допомогти"]
    static let russianWords: Set<String> = ["и", "но", "что", "это", "с", "ты", "вы", "мы", "он", "очень", "спасибо", "пожалуйста", "извините",
        "да", "нет", "мне", "меня", "этот", "эта", "этим", "этого", "какой", "какая", "какие", "от", "ли", "еще", "уже", "поэтому", "когда", "где", "чтобы", "как", "могу", "помочь"]

    static func script(of scalar: Unicode.Scalar) -> Script? {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2A6DF: return .han
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x0E00...0x0E7F: return .thai
        case 0x0900...0x097F: return .devanagari
        case 0x0980...0x09FF: return .bengali
        case 0x0400...0x04FF: return .cyrillic
        default: return nil
        }
    }
}
