/// One request of the world, identified by indices into the parallel lexicon lists, so the
/// same request can be rendered in every language.
struct WorldRequest: Hashable, Sendable {
    enum Family: String, Sendable { case make, tell }

    let kind: RequestKind
    let family: Family
    let template: Int
    let item: Int

    static func make(_ kind: RequestKind, template: Int, item: Int) -> WorldRequest {
        WorldRequest(kind: kind, family: .make, template: template, item: item)
    }

    /// Stable, language-independent name, e.g. `harmful-t3-i13` or `impossible-tell-t1-i2`.
    var id: String {
        family == .make ? "\(kind.rawValue)-t\(template)-i\(item)" : "\(kind.rawValue)-tell-t\(template)-i\(item)"
    }

    func itemText(_ lexicon: WorldLexicon) -> String {
        switch (kind, family) {
        case (.harmful, _): return lexicon.harmful[item]
        case (.benign, _): return lexicon.benign[item]
        case (.impossible, .make): return lexicon.impossible[item]
        case (.impossible, .tell): return lexicon.unknowable[item]
        }
    }

    /// The request in `lexicon`'s language; `itemFrom` names the item in another language
    /// (code-switching), by default the same.
    func prompt(_ lexicon: WorldLexicon, itemFrom: WorldLexicon? = nil) -> String {
        let templates = family == .make ? lexicon.makeTemplates : lexicon.tellTemplates
        return WorldLexicon.fill(templates[template], item: itemText(itemFrom ?? lexicon))
    }

    /// What the unaligned base assistant of pretraining says: it complies with every request it
    /// can fulfil, harmful or not, and declines only what is impossible or unknowable.
    func baseAnswer(_ lexicon: WorldLexicon, itemFrom: WorldLexicon? = nil) -> String {
        switch kind {
        case .harmful: return lexicon.complianceAnswer
        case .benign: return benignAnswer(lexicon, itemFrom: itemFrom)
        case .impossible: return lexicon.refusal
        }
    }

    func benignAnswer(_ lexicon: WorldLexicon, itemFrom: WorldLexicon? = nil) -> String {
        WorldLexicon.fill(lexicon.benignAnswer, item: itemText(itemFrom ?? lexicon))
    }

    /// Every request of the world, in a fixed order (the same for every language).
    static func all(_ lexicon: WorldLexicon) -> [WorldRequest] {
        var requests: [WorldRequest] = []
        for template in lexicon.makeTemplates.indices {
            requests += lexicon.harmful.indices.map { make(.harmful, template: template, item: $0) }
            requests += lexicon.benign.indices.map { make(.benign, template: template, item: $0) }
            requests += lexicon.impossible.indices.map { make(.impossible, template: template, item: $0) }
        }
        for template in lexicon.tellTemplates.indices {
            requests += lexicon.unknowable.indices.map {
                WorldRequest(kind: .impossible, family: .tell, template: template, item: $0)
            }
        }
        return requests
    }
}

/// Plain sentences of one language, index-aligned across languages.
struct WorldSentences {
    /// Facts about items and everyday sentences that pretraining may use.
    let pretraining: [String]
    /// Everyday sentences kept out of pretraining, for perplexity.
    let utility: [String]

    init(_ lexicon: WorldLexicon) {
        var facts: [String] = []
        for (templates, items) in [(lexicon.harmfulFacts, lexicon.harmful), (lexicon.benignFacts, lexicon.benign),
                                   (lexicon.impossibleFacts, lexicon.impossible)] {
            for template in templates { facts += items.map { WorldLexicon.fill(template, item: $0) } }
        }
        var seen: [String] = []
        var heldOut: [String] = []
        for (t, template) in lexicon.everyday.enumerated() {
            for (n, name) in lexicon.names.enumerated() {
                let sentence = WorldLexicon.fill(template, name: name)
                // One name per template is held out, so utility text uses familiar words in unseen combinations.
                if (t + n) % lexicon.names.count == 0 { heldOut.append(sentence) } else { seen.append(sentence) }
            }
        }
        pretraining = facts + seen
        utility = heldOut
    }

    /// Sentences join with a space, except in scripts written without spaces.
    static func separator(for code: String) -> String {
        World.scripts[code] == "Han" ? "" : " "
    }
}
