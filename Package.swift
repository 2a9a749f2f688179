// swift-tools-version:6.0
import PackageDescription
import Foundation

/// Release builds of the compute modules use the build machine's vector units when it is an
/// x86-64 CPU with AVX2 and FMA (every one since 2013), as llm.c builds with -march=native: the
/// eight-wide SIMD kernels (softmax, SiLU, AdamW, attention) become single 256-bit instructions
/// and take about a fifth fewer cycles of a training step. The binary then needs such a CPU;
/// ALIGNONCE_PORTABLE=1 builds for baseline x86-64.
let vectorFlags: [String] = {
    #if arch(x86_64) && os(Linux)
    guard ProcessInfo.processInfo.environment["ALIGNONCE_PORTABLE"] == nil,
          let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let flags = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return [] }
    let present = Set(flags.split(separator: " ").map(String.init))
    return present.isSuperset(of: ["avx2", "fma"]) ? ["-target-cpu", "haswell"] : []
    #else
    return []
    #endif
}()
let vectorSettings: [SwiftSetting] = vectorFlags.isEmpty ? [] : [.unsafeFlags(vectorFlags, .when(configuration: .release))]

// Layering (each module depends only on those above it):
//   CBLAS -> Tensor -> Models -> Alignment / Evaluation -> Demo, Benchmarks -> alignonce
let package = Package(
    name: "AlignOnce",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "alignonce", targets: ["alignonce"]),
        .library(name: "AlignOnceKit", targets: ["Tensor", "Models", "Alignment", "Evaluation", "Demo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // OpenBLAS on Linux; on macOS the Tensor module imports Accelerate instead.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .target(
            name: "Tensor",
            dependencies: [.target(name: "CBLAS", condition: .when(platforms: [.linux]))],
            // Tensor's kernels only index buffers the engine sized itself: no bounds checks.
            swiftSettings: [.unsafeFlags(["-Ounchecked"] + vectorFlags, .when(configuration: .release))]
        ),
        .target(name: "Models", dependencies: ["Tensor"], swiftSettings: vectorSettings),
        .target(name: "Alignment", dependencies: ["Models", "Yams"], swiftSettings: vectorSettings),
        .target(name: "Evaluation", dependencies: ["Models"], resources: [.copy("Resources")]),
        .target(name: "Demo", dependencies: ["Alignment", "Evaluation"], resources: [.copy("Resources")]),
        .target(name: "Benchmarks", dependencies: ["Alignment"]),
        .executableTarget(
            name: "alignonce",
            dependencies: ["Demo", "Benchmarks", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["Models"], path: "Tests/TestSupport"),
        .testTarget(name: "TensorTests", dependencies: ["Tensor", "TestSupport"]),
        .testTarget(name: "ModelsTests", dependencies: ["Models", "TestSupport"]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "TestSupport"]),
        .testTarget(name: "DemoTests", dependencies: ["Demo", "TestSupport"]),
        // Runs the built `alignonce` binary: exit codes and one-line errors on bad input.
        .testTarget(name: "CLITests", dependencies: ["Models", "TestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
