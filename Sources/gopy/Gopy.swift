import ArgumentParser
import Foundation
import GopyPipeline
import Logging

/// `gopy`: the command the editorial team runs every night, and the auditors' tools.
@main
struct Gopy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gopy",
        abstract: "Turns comments on a draft document into a per-section synthesis, traceable to every source.",
        version: GopyVersion.current,
        subcommands: [Run.self, Trace.self, Verify.self, Status.self],
        defaultSubcommand: nil
    )
}

/// The folders every command works on.
struct FolderOptions: ParsableArguments {
    @Option(help: "The project root, holding config/, inbox/ and outbox/.")
    var root: String = "."

    @Option(help: "The inbox folder (default: <root>/inbox).")
    var inbox: String?

    @Option(help: "The outbox folder (default: <root>/outbox).")
    var outbox: String?

    @Option(help: "The config folder (default: <root>/config).")
    var config: String?

    func batchOptions(jobs: Int? = nil) -> BatchOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        return BatchOptions(
            root: url(root), inbox: inbox.map(url), outbox: outbox.map(url), config: config.map(url), jobs: jobs
        )
    }
}

/// Exit codes: 0 done; 1 verification failed or an id not found; 2 bad config; 3 locked;
/// 4 outbox not writable; 5 inbox not readable; 6 ledger not usable.
extension BatchError {
    var exitCode: ExitCode {
        switch self {
        case .config: ExitCode(2)
        case .locked: ExitCode(3)
        case .outbox: ExitCode(4)
        case .inbox: ExitCode(5)
        case .ledger: ExitCode(6)
        }
    }
}

/// Prints a one-line reason on standard error.
func fail(_ message: String) {
    FileHandle.standardError.write(Data("gopy: \(message)\n".utf8))
}

func makeLogger(quiet: Bool) -> Logger {
    var logger = Logger(label: "gopy") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = quiet ? .warning : .info
    return logger
}
