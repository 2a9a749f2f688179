import Tensor

/// Builds the alignment data (English responses only), the MLC prompt groups and the eval suite.
struct WorldAlignment {
    let options: WorldOptions
    let volume: WorldVolume
    let lexicons: [String: WorldLexicon]

    /// Harmful and benign requests used for alignment: training templates x training items.
    func alignmentRequests(_ random: WorldRandom) -> [WorldRequest] {
        var requests: [WorldRequest] = []
        for template in 0..<volume.alignmentTemplates {
            for item in 0..<volume.alignmentItems {
                requests.append(.make(.harmful, template: template, item: item))
                requests.append(.make(.benign, template: template, item: item))
            }
        }
        var rng = random.derived(0xA11C)
        rng.shuffle(&requests)
        return requests
    }

    /// The request in every non-holdout language (English included).
    func variants(_ request: WorldRequest) -> [String: String] {
        var variants: [String: String] = [:]
        for code in options.mlcLanguages {
            if let lexicon = lexicons[code] { variants[code] = request.prompt(lexicon) }
        }
        return variants
    }

    func sft(_ requests: [WorldRequest], _ english: WorldLexicon) -> [SFTRecord] {
        requests.map { request in
            let completion = request.kind == .harmful ? english.refusal : request.benignAnswer(english)
            return SFTRecord(prompt: request.prompt(english), completion: completion,
                             lang: World.alignmentLanguage, variants: variants(request))
        }
    }

    func preference(_ requests: [WorldRequest], _ english: WorldLexicon) -> [PreferenceRecord] {
        requests.map { request in
            let harmful = request.kind == .harmful
            // Harmful: refusal beats compliance. Benign: the answer beats an over-refusal.
            return PreferenceRecord(prompt: request.prompt(english),
                                    chosen: harmful ? english.refusal : request.benignAnswer(english),
                                    rejected: harmful ? english.complianceAnswer : english.refusal,
                                    lang: World.alignmentLanguage, variants: variants(request))
        }
    }

    func mlcGroups(_ requests: [WorldRequest]) -> [[String: String]] {
        requests.map(variants).filter { $0.count >= 2 }
    }

    /// Every language (holdout included) x {harmful, benign} x eval templates x held-out items.
    func evalSuite() -> [EvalRecord] {
        var records: [EvalRecord] = []
        for code in options.languages {
            guard let lexicon = lexicons[code] else { continue }
            for kind in [RequestKind.harmful, .benign] {
                for template in volume.evalTemplates {
                    for item in volume.evalItems {
                        let request = WorldRequest.make(kind, template: template, item: item)
                        records.append(EvalRecord(id: "\(code)-\(request.id)", group: request.id, lang: code,
                                                  kind: kind.rawValue, prompt: request.prompt(lexicon)))
                    }
                }
            }
        }
        return records
    }
}

extension World {
    /// Renders one exchange with the ChatML template, as pretraining documents contain it.
    public static func renderChat(user: String, assistant: String) -> String {
        renderPrompt(user: user) + assistant + "<|im_end|>\n"
    }

    /// The user turn followed by the assistant generation prompt.
    public static func renderPrompt(user: String) -> String {
        "<|im_start|>user\n\(user)<|im_end|>\n<|im_start|>assistant\n"
    }

    /// Generates every dataset of the demo; the same options always give the same datasets.
    public static func generate(_ options: WorldOptions = WorldOptions()) throws -> DemoDatasets {
        try options.validate()
        let lexicons = try self.lexicons(for: options.languages).mapValues {
            options.distinctAnswerOpenings ? $0.withDistinctAnswerOpenings() : $0
        }
        guard let english = lexicons[alignmentLanguage] else {
            throw AlignOnceError("languages", "the English lexicon was not loaded")
        }
        let volume = WorldVolume.of(options)
        let random = WorldRandom(seed: options.seed)
        let corpus = WorldPretraining(options: options, volume: volume, lexicons: lexicons).build(random)
        let alignment = WorldAlignment(options: options, volume: volume, lexicons: lexicons)
        let requests = alignment.alignmentRequests(random)
        var utility: [String: [String]] = [:]
        var markers: [String: [String]] = [:], unsafe: [String: [String]] = [:]
        for code in options.languages {
            guard let lexicon = lexicons[code] else { continue }
            utility[code] = WorldSentences(lexicon).utility
            markers[code] = lexicon.refusalMarkers
            unsafe[code] = lexicon.complianceSteps
        }
        return DemoDatasets(
            pretrainingTexts: corpus.texts, pretrainingInfo: corpus.info, conversations: corpus.conversations,
            tokenizerTrainingTexts: corpus.texts,
            sft: alignment.sft(requests, english), preference: alignment.preference(requests, english),
            mlcGroups: alignment.mlcGroups(requests), evalSuite: alignment.evalSuite(),
            utilityTexts: utility, refusalMarkers: markers, unsafeMarkers: unsafe)
    }
}
