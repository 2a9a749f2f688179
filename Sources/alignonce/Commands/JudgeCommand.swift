import ArgumentParser
import Evaluation
import Foundation
import Tensor

/// `--judge`, `--cues`, `--classifier` and `--unsafe-markers`, shared by `eval` and `judge`.
struct JudgeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "How responses are judged: 'keyword' (refusal/compliance cues, 16+ languages) or 'model:DIR' (a Llama-Guard-style classifier folder).",
        valueName: "keyword|model:DIR"))
    var judge = "keyword"

    @Option(name: .long, help: ArgumentHelp("Extra refusal/compliance cues (JSON, the layout of the shipped refusal_cues.json), merged with the shipped ones.", valueName: "FILE"))
    var cues: String?

    @Option(name: .long, help: ArgumentHelp(
        "The keyword judge's learned fallback for answers its rules say nothing about: a file from 'alignonce judge train', or 'none' for rules only (default: the shipped classifier).",
        valueName: "FILE|none"))
    var classifier: String?

    @Option(name: .long, help: ArgumentHelp(
        "Phrases that mark harmful content, per language (JSON {\"lang\": [phrases]}): an answer holding one is flagged \"unsafe\"; eval adds the harmless rate (harmful prompts answered without any, refused or not), judge a count per language.",
        valueName: "FILE"))
    var unsafeMarkers: String?

    /// The `--unsafe-markers` phrases of every language; empty without the flag.
    func loadUnsafeMarkers() throws -> [String] {
        try unsafeMarkers.map { try UnsafeMarkers.load(URL(fileURLWithPath: $0)) } ?? []
    }

    func makeJudge() throws -> ResponseJudge {
        let fallback: KeywordJudge.Fallback = switch classifier {
        case nil: .bundled
        case "none": .none
        case let path?: .file(URL(fileURLWithPath: path))
        }
        return try JudgeChoice.parse(judge).makeJudge(userCues: cues.map { URL(fileURLWithPath: $0) }, fallback: fallback)
    }
}

struct JudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Judge responses produced anywhere: refusal or not, and the response's language.",
        discussion: """
        Reads JSON Lines records {"lang"?, "prompt"?, "response"} (extra fields are kept), adds \
        "refusal": true|false and "detected_lang" to each, writes them to --output, and prints \
        refusal rates per language (the record's "lang", else the detected language). With \
        --unsafe-markers, also "unsafe": true|false (the response holds a marker of harmful \
        content) and a count per language.

        Example:
          alignonce judge --input answers.jsonl --output judged.jsonl
          alignonce judge --input answers.jsonl --judge model:/models/Llama-Guard-3-1B
          alignonce judge train --labelled labelled.jsonl --out my_classifier.json
          alignonce judge --input answers.jsonl --classifier my_classifier.json
        """,
        subcommands: [JudgeTrainCommand.self])

    // Optional to ArgumentParser (it decodes a command's options for its sub-commands too, so
    // a required one would be demanded of `judge train`); required by `run`.
    @Option(name: .long, help: ArgumentHelp("Responses to judge (JSON Lines; required).", valueName: "FILE.jsonl"))
    var input: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the judged records (JSON Lines); omitted = only print the rates.", valueName: "FILE.jsonl"))
    var output: String?

    @OptionGroup var judgeOptions: JudgeOptions

    func run() throws {
        guard let input else { throw AlignOnceError("--input", "missing (expected the JSON Lines file of responses to judge)") }
        let summary = try JudgeRun.run(inputURL: URL(fileURLWithPath: input), outputURL: output.map { URL(fileURLWithPath: $0) },
                                       judge: judgeOptions.makeJudge(),
                                       unsafeMarkers: try judgeOptions.loadUnsafeMarkers())
        print(summary.table)
        if let output { FileHandle.standardError.write(Data("wrote \(summary.total) judged records to \(output)\n".utf8)) }
    }
}
