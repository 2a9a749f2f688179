// swift-tools-version:6.0
import PackageDescription

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
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]
        ),
        .target(name: "Models", dependencies: ["Tensor"]),
        .target(name: "Alignment", dependencies: ["Models", "Yams"]),
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
