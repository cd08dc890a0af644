// swift-tools-version:6.1
//
// Tools for large-scale runs of gopy, kept out of the root package so that building gopy
// never builds them. `gopy-corpus` writes a generated round (config/ and inbox/):
//
//   swift run -c release --package-path Benchmarks gopy-corpus \
//       --out /tmp/round --files 1000 --comments 50000 --seed 42 [--encodings mixed]
//
// `gopy-bench-text` measures encoding detection, decoding and display normalisation on one thread:
//
//   swift run -c release --package-path Benchmarks gopy-bench-text
//
// `gopy-bench-dedup` measures the dedup stage (NearDuplicateClusterer) on a round generated in
// memory (the round gopy-corpus writes with the same options) and scores it against the labels:
//
//   swift run -c release --package-path Benchmarks gopy-bench-dedup --comments 200000 [--jobs 2]
//
// Scripts/score-dedup.py scores a whole run's outbox against a round's --labels file:
//
//   Benchmarks/Scripts/score-dedup.py /tmp/round --labels /tmp/round-labels.jsonl
import PackageDescription

let package = Package(
    name: "gopy-benchmarks",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gopy-corpus", targets: ["gopy-corpus"]),
        .executable(name: "gopy-bench-text", targets: ["gopy-bench-text"]),
        .executable(name: "gopy-bench-dedup", targets: ["gopy-bench-dedup"]),
    ],
    dependencies: [
        .package(name: "gopy", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The generator of rounds, shared by gopy-corpus and gopy-bench-text.
        .target(name: "CorpusKit", dependencies: [.product(name: "GopyText", package: "gopy")]),
        .executableTarget(
            name: "gopy-corpus",
            dependencies: ["CorpusKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "gopy-bench-text",
            dependencies: ["CorpusKit", .product(name: "GopyText", package: "gopy")]
        ),
        .executableTarget(
            name: "gopy-bench-dedup",
            dependencies: [
                "CorpusKit",
                .product(name: "GopyDedup", package: "gopy"),
                .product(name: "GopyText", package: "gopy"),
                .product(name: "GopyModel", package: "gopy"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
