import Foundation

/// Paths of the project itself, for tests that use the shipped sample round.
public enum Repository {
    /// The project root (this file is Tests/GopyTestSupport/Repository.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/tools/check-outbox`, when `../shared` is beside the project (CI has it; a
    /// user's clone may not).
    public static var checkOutbox: URL? {
        let tool = root.deletingLastPathComponent().appendingPathComponent("shared/tools/check-outbox")
        return FileManager.default.isExecutableFile(atPath: tool.path) ? tool : nil
    }

    /// The built `gopy` executable beside the test bundle, when `swift build --build-tests` built it.
    public static var gopyExecutable: URL? {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gopy"),
            Bundle.main.bundleURL.appendingPathComponent("gopy"),
            root.appendingPathComponent(".build/debug/gopy"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Copies the shipped `config/` and `inbox/` into `destination`, making a project root there.
    public static func copySampleRound(to destination: URL) throws {
        let fm = FileManager.default
        for folder in ["config", "inbox"] {
            try fm.copyItem(at: root.appendingPathComponent(folder), to: destination.appendingPathComponent(folder))
        }
    }
}
