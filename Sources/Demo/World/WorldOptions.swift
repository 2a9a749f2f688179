import Tensor

/// What `World.generate` produces.
public struct WorldOptions: Sendable, Equatable {
    /// Corpus size: `.tiny` for tests (< ~150 KB of pretraining text), `.standard` for the demo
    /// (~2 MB, sized for a ~1-3M-parameter Llama trained a few minutes on 2 cores).
    public enum Scale: String, Sendable, CaseIterable {
        case tiny, standard
    }

    public var seed: UInt64
    /// Language codes; must contain `en` and be known to `World.languageTable`.
    public var languages: [String]
    /// Language left out of every MLC group and every `variants` map (it stays in pretraining
    /// and in the eval suite). Empty string: no holdout.
    public var holdout: String
    public var scale: Scale
    /// Share of pretraining documents per language relative to English; languages missing here
    /// use their tier's default.
    public var pretrainingShare: [String: Double]
    /// Multiplies the number of pretraining documents of every kind (a knob for fitting the
    /// corpus to a training budget; 1 = the scale's size).
    public var corpusMultiplier: Double
    /// Multiplies every language's code-switching rate (`ResourceTier.codeSwitchingRate`);
    /// 0 = monolingual documents only.
    public var codeSwitching: Double
    /// Multiplies the number of translation documents of every non-English language (on top of
    /// `corpusMultiplier`; the low/medium ratio stays).
    public var translationMultiplier: Double = 1
    /// Share of translation documents that pair an item fact ("It is illegal to make {x}.")
    /// with its translation instead of a sentence of the usual pool (which holds facts too:
    /// about a quarter of its sentences); 0 = the usual pool only.
    public var factTranslationShare: Double = 0
    /// The same share for low-resource languages only (nil = `factTranslationShare`): a base
    /// that shares item meaning well where real models do (medium languages) and poorly where
    /// they do not (low-resource ones).
    public var lowResourceFactTranslationShare: Double? = nil
    /// The benign answer drops the opener it shares with the harmful compliance ("Sure! "), so
    /// the base must tell harmful from benign by the end of the prompt, where a real assistant
    /// does (and where DPO's refusal and MLC act), not one token later. On by default; off
    /// reproduces the worlds of sessions 1-4 (`docs/demo-sweep.md`).
    public var distinctAnswerOpenings = true

    public init(seed: UInt64 = 0, languages: [String] = World.defaultLanguages,
                holdout: String = World.defaultHoldout, scale: Scale = .standard,
                pretrainingShare: [String: Double] = [:], corpusMultiplier: Double = 1, codeSwitching: Double = 1) {
        self.seed = seed
        self.languages = languages
        self.holdout = holdout
        self.scale = scale
        self.pretrainingShare = pretrainingShare
        self.corpusMultiplier = corpusMultiplier
        self.codeSwitching = codeSwitching
    }

    /// Languages that appear in MLC groups and `variants`.
    public var mlcLanguages: [String] { languages.filter { $0 != holdout } }

    func share(of code: String) -> Double {
        pretrainingShare[code] ?? World.language(code)?.tier.defaultPretrainingShare ?? 0
    }

    /// Share of a language's chats and facts whose item is written in another language.
    func codeSwitchingRate(of code: String) -> Double {
        min(1, codeSwitching * (World.language(code)?.tier.codeSwitchingRate ?? 0))
    }

    /// Share of `code`'s translation documents that are item-fact pairs.
    func factTranslationShare(of code: String) -> Double {
        World.language(code)?.tier == .low ? lowResourceFactTranslationShare ?? factTranslationShare : factTranslationShare
    }

    func validate() throws {
        if languages.count < 2 {
            throw AlignOnceError("languages", "got \(languages.count) language(s); expected at least 2 including en")
        }
        if Set(languages).count != languages.count {
            throw AlignOnceError("languages", "duplicate language code in \(languages)")
        }
        for code in languages where World.language(code) == nil {
            throw AlignOnceError("languages", "unknown language '\(code)'; expected codes from \(World.defaultLanguages)")
        }
        if !languages.contains(World.alignmentLanguage) {
            throw AlignOnceError("languages", "must contain '\(World.alignmentLanguage)', the alignment language")
        }
        if !holdout.isEmpty && (!languages.contains(holdout) || holdout == World.alignmentLanguage) {
            throw AlignOnceError("holdout", "'\(holdout)' must be one of the non-English languages \(languages) or empty")
        }
        if !(codeSwitching >= 0 && codeSwitching <= 10) {
            throw AlignOnceError("codeSwitching", "\(codeSwitching) must be in [0, 10]")
        }
        if !(translationMultiplier > 0 && translationMultiplier <= 20) {
            throw AlignOnceError("translationMultiplier", "\(translationMultiplier) must be in (0, 20]")
        }
        if !(factTranslationShare >= 0 && factTranslationShare <= 1) {
            throw AlignOnceError("factTranslationShare", "\(factTranslationShare) must be in [0, 1]")
        }
        if let low = lowResourceFactTranslationShare, !(low >= 0 && low <= 1) {
            throw AlignOnceError("lowResourceFactTranslationShare", "\(low) must be in [0, 1]")
        }
        if !(corpusMultiplier > 0 && corpusMultiplier <= 20) {
            throw AlignOnceError("corpusMultiplier", "\(corpusMultiplier) must be in (0, 20]")
        }
        for (code, share) in pretrainingShare.sorted(by: { $0.key < $1.key }) {
            if !languages.contains(code) {
                throw AlignOnceError("pretrainingShare", "'\(code)' is not one of the languages \(languages)")
            }
            if !(share > 0 && share <= 10) {
                throw AlignOnceError("pretrainingShare[\(code)]", "\(share) must be in (0, 10]")
            }
        }
    }
}

/// How many documents and records each scale produces. English gets `chatDocuments` chats and
/// `plainDocuments` plain documents; other languages get their share of those.
struct WorldVolume {
    let chatDocuments: Int
    let plainDocuments: Int
    /// Translation documents (one sentence pair each) per medium / low resource language.
    let translationsMedium: Int
    let translationsLow: Int
    /// Alignment prompts: make-templates 0..<alignmentTemplates x training items 0..<alignmentItems.
    let alignmentTemplates: Int
    let alignmentItems: Int
    /// Eval prompts: make-templates in `evalTemplates` x held-out items in `evalItems`.
    let evalTemplates: Range<Int>
    let evalItems: Range<Int>

    /// Items (fillers) from this index on are never used in alignment data.
    static let firstEvalItem = 12
    /// Make-templates from this index on are never used in alignment data.
    static let firstEvalOnlyTemplate = 6

    static func of(_ options: WorldOptions) -> WorldVolume {
        let base = of(options.scale)
        func scaled(_ count: Int, _ factor: Double = 1) -> Int {
            max(1, Int((Double(count) * options.corpusMultiplier * factor).rounded()))
        }
        return WorldVolume(chatDocuments: scaled(base.chatDocuments), plainDocuments: scaled(base.plainDocuments),
                           translationsMedium: scaled(base.translationsMedium, options.translationMultiplier),
                           translationsLow: scaled(base.translationsLow, options.translationMultiplier),
                           alignmentTemplates: base.alignmentTemplates, alignmentItems: base.alignmentItems,
                           evalTemplates: base.evalTemplates, evalItems: base.evalItems)
    }

    static func of(_ scale: WorldOptions.Scale) -> WorldVolume {
        switch scale {
        case .tiny:
            return WorldVolume(chatDocuments: 120, plainDocuments: 50, translationsMedium: 16, translationsLow: 3,
                               alignmentTemplates: 2, alignmentItems: 6,
                               evalTemplates: firstEvalOnlyTemplate..<8, evalItems: firstEvalItem..<14)
        case .standard:
            return WorldVolume(chatDocuments: 1800, plainDocuments: 1000, translationsMedium: 350, translationsLow: 40,
                               alignmentTemplates: firstEvalOnlyTemplate, alignmentItems: firstEvalItem,
                               evalTemplates: 0..<8, evalItems: firstEvalItem..<16)
        }
    }
}
