import ArgumentParser
import GopyPipeline

/// `gopy verify`: exit 0 only if every outbox file, source and manifest link checks out.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-hash the outbox and the sources against the run manifests, and check the chain of manifests."
    )

    @OptionGroup var folders: FolderOptions

    @Flag(help: "Print every check, not only the failures.")
    var verbose = false

    func run() throws {
        let report = Verifier.verify(folders.batchOptions())
        for check in report.checks where verbose || !check.ok {
            print("\(check.ok ? "ok  " : "FAIL") \(check.what)")
        }
        print("verify: \(report.passed) checks passed, \(report.failures.count) failed")
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
