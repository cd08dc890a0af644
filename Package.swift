// swift-tools-version:6.0
//
// gopy: a batch pipeline that turns comments on a draft document into a
// per-section synthesis. One library target per stage; `gopy` only wires them.
import PackageDescription

let package = Package(
    name: "gopy",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gopy", targets: ["gopy"]),
        // Each stage as a library, for the benchmarks package and for tools built on gopy.
        .library(name: "GopyModel", targets: ["GopyModel"]),
        .library(name: "GopyText", targets: ["GopyText"]),
        .library(name: "GopyCSV", targets: ["GopyCSV"]),
        .library(name: "GopyXML", targets: ["GopyXML"]),
        .library(name: "GopyIngest", targets: ["GopyIngest"]),
        .library(name: "GopySections", targets: ["GopySections"]),
        .library(name: "GopyConfig", targets: ["GopyConfig"]),
        .library(name: "GopyDedup", targets: ["GopyDedup"]),
        .library(name: "GopySynthesis", targets: ["GopySynthesis"]),
        .library(name: "GopyLedger", targets: ["GopyLedger"]),
        .library(name: "GopyReport", targets: ["GopyReport"]),
        .library(name: "GopyPipeline", targets: ["GopyPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // libxml2, as the system provides it. Only GopyXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The streaming XML reader over libxml2's xmlTextReader. Must not import Foundation.
        .target(name: "GopyXML", dependencies: ["CLibXML2"]),

        // A byte-level RFC 4180 reader, streaming, with no dependencies.
        .target(name: "GopyCSV"),

        // Value types shared by every stage: comments, provenance, sources, outlines.
        .target(name: "GopyModel", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Decoding bytes to text, display normalisation, matching keys, personal-data masking.
        .target(name: "GopyText", dependencies: ["GopyModel"]),
        // Reading config/ (YAML) into values, with file and line on every error.
        .target(name: "GopyConfig", dependencies: ["GopyModel", "GopyText", .product(name: "Yams", package: "Yams")]),
        // Parsing inbox files (CSV, XML, plain text) into comments with provenance.
        .target(name: "GopyIngest", dependencies: ["GopyModel", "GopyText", "GopyXML", "GopyCSV", "GopySections"]),
        // Section references ("Phần thứ nhất, mục I.1") and their resolution against an outline.
        .target(name: "GopySections", dependencies: ["GopyModel", "GopyText"]),
        // Grouping comments that say the same thing.
        .target(name: "GopyDedup", dependencies: ["GopyModel", "GopyText"]),
        // Points per section, and their rendering (Markdown, JSON).
        .target(name: "GopySynthesis", dependencies: ["GopyModel", "GopyText", "GopyDedup"]),
        // Documents for drafters: the HTML report and the Word synthesis.
        .target(name: "GopyReport", dependencies: ["GopyModel", "GopySynthesis", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The ledger: runs, files, comments, clusters, points and events in SQLite (GRDB),
        // and the content-addressed archive of every ingested file.
        .target(name: "GopyLedger", dependencies: ["GopyModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // The nightly batch: inbox → outbox, with files, hashes, manifests and the atomic swap.
        .target(name: "GopyPipeline", dependencies: [
            "GopyModel", "GopyText", "GopyConfig", "GopyIngest", "GopySections", "GopyDedup", "GopySynthesis", "GopyLedger", "GopyReport",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "gopy", dependencies: [
            "GopyPipeline", "GopyConfig",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Helpers for tests: temporary roots, fixture paths, corpus builders.
        .target(name: "GopyTestSupport", dependencies: ["GopyModel", "GopyPipeline", .product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/GopyTestSupport"),

        .testTarget(name: "GopyXMLTests", dependencies: ["GopyXML"]),
        .testTarget(name: "GopyCSVTests", dependencies: ["GopyCSV", "GopyTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GopyTextTests", dependencies: ["GopyText", "GopyModel", "GopyTestSupport"]),
        .testTarget(name: "GopyConfigTests", dependencies: ["GopyConfig"]),
        .testTarget(name: "GopyIngestTests", dependencies: ["GopyIngest", "GopyModel", "GopyTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GopySectionsTests", dependencies: ["GopySections", "GopyModel"]),
        .testTarget(name: "GopyDedupTests", dependencies: ["GopyDedup", "GopyModel", "GopyText", "GopyTestSupport"]),
        .testTarget(name: "GopySynthesisTests", dependencies: ["GopySynthesis", "GopyModel", "GopyDedup", "GopyText"]),
        .testTarget(name: "GopyReportTests", dependencies: ["GopyReport", "GopySynthesis", "GopyModel", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "GopyModelTests", dependencies: ["GopyModel"]),
        .testTarget(name: "GopyLedgerTests", dependencies: ["GopyLedger", "GopyModel", "GopyTestSupport"]),
        .testTarget(name: "GopyPipelineTests", dependencies: ["GopyPipeline", "GopyTestSupport", "GopyModel", "GopyIngest", "GopyLedger", "GopyDedup", "GopyText", "GopySynthesis"]),
    ]
)
