// swift-tools-version:6.1
//
// Tools for large-scale runs of gopy, kept out of the root package so that building gopy
// never builds them. `gopy-corpus` writes a generated round (config/ and inbox/):
//
//   swift run -c release --package-path Benchmarks gopy-corpus \
//       --out /tmp/round --files 1000 --comments 50000 --seed 42
import PackageDescription

let package = Package(
    name: "gopy-benchmarks",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gopy-corpus", targets: ["gopy-corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "gopy-corpus",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
    ]
)
