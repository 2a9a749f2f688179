import ArgumentParser
import Benchmarks
import Foundation
import Tensor

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark the engine on the reference shapes (use a release build).",
        discussion: """
        forward: forward pass with logits; train: the SFT step (forward, cross-entropy, backward, AdamW); \
        generate: greedy decoding, batch 1, KV cache, 128 tokens after 32; dpo: the DPO step (policy on chosen \
        and rejected, reference forward, AdamW), with --mlc K also the DPO+MLC step (K prompt variants per \
        pair, last layer; the middle layer in `extra`) and mlc_overhead. MFU is against the sgemm peak \
        measured in the same run. --torch runs ../shared/perf/bench_torch.py beside it and reports the ratio.
        """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case forward, train, generate, dpo }

    @Argument(help: "forward, train, generate or dpo") var kind: Kind
    @Option(help: "S or M (the shapes of ../shared/perf/README.md).") var shape: String = "S"
    @Option(help: "Timed steps (after 3 warm-up steps).") var steps = 10
    @Flag(help: "Print one JSON object.") var json = false
    @Option(help: "dpo only: K prompt variants per pair for the DPO+MLC step (the issue's target uses 6).") var mlc: Int?
    @Option(help: "Python with torch + transformers (see ../shared/perf/refenv.sh): run bench_torch.py on the same shape, in this run, for a ratio.")
    var torch: String?
    @Option(help: "The PyTorch reference script.") var torchScript = "../shared/perf/bench_torch.py"

    func run() throws {
        guard let benchShape = BenchShape(rawValue: shape) else { throw AlignOnceError("--shape", "'\(shape)' is not S or M") }
        guard steps > 0 else { throw AlignOnceError("--steps", "must be positive") }
        let peak = SgemmPeak.measure()
        let bench = ModelBenchmarks(shape: benchShape, steps: steps, sgemmPeak: peak)
        var result: BenchResult
        switch kind {
        case .forward: result = try bench.forward()
        case .train: result = try bench.train()
        case .generate: result = try bench.generate()
        case .dpo: result = try bench.dpo(mlcVariants: mlc)
        }
        // The peak is measured again after the timed steps and the better figure kept: one
        // 80 ms measurement can land on a neighbour's burst and inflate MFU.
        result.measuredPeak(max(peak, SgemmPeak.measure()))
        if let python = torch {
            // bench_torch.py has no plain batched forward; train and generate have exact twins.
            if let k = mlc, k != 6 {
                throw AlignOnceError("--mlc", "bench_torch.py runs K = 6 variants; use --mlc 6 with --torch (got \(k))")
            }
            let modes = ["train": "sft", "generate": "gen", "dpo": mlc == nil ? "dpo" : "dpo_mlc"]
            guard let mode = modes[kind.rawValue] else {
                throw AlignOnceError("--torch", "the PyTorch reference has no '\(kind.rawValue)' benchmark (use train, generate or dpo)")
            }
            let reference = try TorchReference.run(python: python, script: torchScript, shape: benchShape, mode: mode, steps: steps)
            result.extra["torch_seconds_per_step"] = reference.secondsPerStep
            result.extra["torch_peak_rss_bytes"] = reference.peakRSSBytes
            result.extra["speedup_vs_torch"] = reference.secondsPerStep / result.secondsPerStep
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            print(result.summary)
        }
    }
}
