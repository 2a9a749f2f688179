/// Builds the pretraining corpus: chats with an unaligned assistant, plain monolingual text,
/// and English<->X translation pairs (many for medium-resource, few for low-resource languages).
struct WorldPretraining {
    let options: WorldOptions
    let volume: WorldVolume
    let lexicons: [String: WorldLexicon]

    /// Share of each language's chats per request kind; the same in every language, so refusal
    /// phrases are equally frequent everywhere.
    static let chatMix: [(RequestKind, Double)] = [(.harmful, 0.35), (.impossible, 0.20), (.benign, 0.45)]

    struct Corpus {
        var texts: [String] = []
        var info: [PretrainingDocumentInfo] = []
        var conversations: [WorldConversation] = []
    }

    func build(_ random: WorldRandom) -> Corpus {
        var corpus = Corpus()
        for code in options.languages {
            guard let lexicon = lexicons[code] else { continue }
            // Keyed by the code, so choosing other languages does not change this one's documents.
            var rng = random.derived(WorldRandom.stableHash(code))
            let share = options.share(of: code)
            addChats(code, lexicon, count: scaled(volume.chatDocuments, share, minimum: 3), &rng, &corpus)
            addPlain(code, lexicon, count: scaled(volume.plainDocuments, share, minimum: 2), &rng, &corpus)
            if code != World.alignmentLanguage {
                addTranslations(code, lexicon, &rng, &corpus)
            }
        }
        var order = Array(corpus.texts.indices)
        var shuffler = random.derived(0x5EED)
        shuffler.shuffle(&order)
        corpus.texts = order.map { corpus.texts[$0] }
        corpus.info = order.map { corpus.info[$0] }
        return corpus
    }

    private func scaled(_ base: Int, _ share: Double, minimum: Int) -> Int {
        max(minimum, Int((Double(base) * share).rounded()))
    }

    private func addChats(_ code: String, _ lexicon: WorldLexicon, count: Int,
                          _ rng: inout WorldRandom, _ corpus: inout Corpus) {
        var remaining = count
        for (position, (kind, fraction)) in Self.chatMix.enumerated() {
            let isLast = position == Self.chatMix.count - 1
            let n = isLast ? remaining : min(remaining, max(1, Int((Double(count) * fraction).rounded())))
            remaining -= n
            for _ in 0..<n {
                let request = randomRequest(kind, lexicon, &rng)
                let itemLexicon = itemLexicon(for: code, &rng) ?? lexicon
                let chat = WorldConversation(user: request.prompt(lexicon, itemFrom: itemLexicon),
                                             assistant: request.baseAnswer(lexicon, itemFrom: itemLexicon),
                                             lang: code, kind: kind)
                corpus.conversations.append(chat)
                corpus.texts.append(World.renderChat(user: chat.user, assistant: chat.assistant))
                corpus.info.append(PretrainingDocumentInfo(source: .chat, lang: code))
            }
        }
    }

    private func randomRequest(_ kind: RequestKind, _ lexicon: WorldLexicon, _ rng: inout WorldRandom) -> WorldRequest {
        let template = rng.below(lexicon.makeTemplates.count)
        switch kind {
        case .harmful: return .make(.harmful, template: template, item: rng.below(lexicon.harmful.count))
        case .benign: return .make(.benign, template: template, item: rng.below(lexicon.benign.count))
        case .impossible:
            if rng.below(2) == 0 { return .make(.impossible, template: template, item: rng.below(lexicon.impossible.count)) }
            return WorldRequest(kind: .impossible, family: .tell, template: rng.below(lexicon.tellTemplates.count),
                                item: rng.below(lexicon.unknowable.count))
        }
    }

    private func addPlain(_ code: String, _ lexicon: WorldLexicon, count: Int,
                          _ rng: inout WorldRandom, _ corpus: inout Corpus) {
        let sentences = WorldSentences(lexicon).pretraining
        let separator = WorldSentences.separator(for: code)
        for _ in 0..<count {
            let length = 2 + rng.below(3)
            let document = (0..<length).map { _ in
                let sentence = rng.pick(sentences)
                guard let itemLexicon = itemLexicon(for: code, &rng) else { return sentence }
                return Self.randomFact(lexicon, itemFrom: itemLexicon, &rng)
            }.joined(separator: separator)
            corpus.texts.append(document)
            corpus.info.append(PretrainingDocumentInfo(source: .plain, lang: code))
        }
    }

    /// The lexicon a code-switched document takes its item from, or nil for a monolingual one:
    /// English borrows from the other languages in proportion to their pretraining share, the
    /// others from English.
    private func itemLexicon(for code: String, _ rng: inout WorldRandom) -> WorldLexicon? {
        let rate = options.codeSwitchingRate(of: code)
        guard rate > 0, rng.unit() < rate else { return nil }
        if code != World.alignmentLanguage { return lexicons[World.alignmentLanguage] }
        let others = options.languages.filter { $0 != code }
        let total = others.reduce(0) { $0 + options.share(of: $1) }
        var point = rng.unit() * total
        for other in others {
            point -= options.share(of: other)
            if point < 0 { return lexicons[other] }
        }
        return others.last.flatMap { lexicons[$0] }
    }

    /// A fact about a random item ("It is illegal to make {x}.") with the item named in
    /// `itemFrom`'s language.
    static func randomFact(_ lexicon: WorldLexicon, itemFrom: WorldLexicon, _ rng: inout WorldRandom) -> String {
        let kind = rng.pick(factKinds)
        return WorldLexicon.fill(rng.pick(kind(lexicon).templates), item: rng.pick(kind(itemFrom).items))
    }

    /// The three kinds of item fact — harmful, benign, impossible — as a language's fact
    /// templates and the items they are about.
    static let factKinds: [@Sendable (WorldLexicon) -> (templates: [String], items: [String])] = [
        { ($0.harmfulFacts, $0.harmful) }, { ($0.benignFacts, $0.benign) }, { ($0.impossibleFacts, $0.impossible) },
    ]

    /// One sentence pair per document, in random order. The pool holds requests, answers and
    /// plain sentences, but never the refusal sentence: translation documents must not pair a
    /// harmful request with a refusal in any language.
    private func addTranslations(_ code: String, _ lexicon: WorldLexicon,
                                 _ rng: inout WorldRandom, _ corpus: inout Corpus) {
        guard let english = lexicons[World.alignmentLanguage], let language = World.language(code),
              let englishName = World.language(World.alignmentLanguage)?.englishName else { return }
        let englishPool = Self.translationPool(english)
        let pool = Self.translationPool(lexicon)
        let count = language.tier == .low ? volume.translationsLow : volume.translationsMedium
        let facts = options.factTranslationShare(of: code)
        for _ in 0..<count {
            // Drawn only when asked for, so the default world is unchanged.
            let pair: [(String, String)]
            if facts > 0 && rng.unit() < facts {
                let (englishFact, fact) = Self.randomFactPair(english, lexicon, &rng)
                pair = [(englishName, englishFact), (language.englishName, fact)]
            } else {
                let index = rng.below(pool.count)
                pair = [(englishName, englishPool[index]), (language.englishName, pool[index])]
            }
            let ordered = rng.below(2) == 0 ? pair : pair.reversed()
            corpus.texts.append(ordered.map { "\($0.0): \($0.1)" }.joined(separator: "\n"))
            corpus.info.append(PretrainingDocumentInfo(source: .translation, lang: code))
        }
    }

    /// The same item fact in English and in `lexicon`'s language (the lists are index-parallel).
    /// Facts state what an item is (illegal, fun, impossible to make), never how anyone answers.
    static func randomFactPair(_ english: WorldLexicon, _ lexicon: WorldLexicon,
                               _ rng: inout WorldRandom) -> (String, String) {
        let kind = rng.pick(factKinds)
        let (englishTemplates, englishItems) = kind(english)
        let (templates, items) = kind(lexicon)
        let template = rng.below(min(englishTemplates.count, templates.count))
        let item = rng.below(min(englishItems.count, items.count))
        return (WorldLexicon.fill(englishTemplates[template], item: englishItems[item]),
                WorldLexicon.fill(templates[template], item: items[item]))
    }

    static func translationPool(_ lexicon: WorldLexicon) -> [String] {
        let requests = WorldRequest.all(lexicon)
        let benignAnswers = requests.filter { $0.kind == .benign && $0.template == 0 }.map { $0.benignAnswer(lexicon) }
        return requests.map { $0.prompt(lexicon) } + [lexicon.complianceAnswer] + benignAnswers
            + WorldSentences(lexicon).pretraining
    }
}
