import ArgumentParser
import GopyModel
import GopyPipeline

/// `gopy verify`: exit 0 only if every archived source, outbox file and manifest link checks out.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-hash the archive and the outbox against the ledger and the run manifests, and check the chain of manifests."
    )

    @OptionGroup var folders: FolderOptions

    @Flag(help: "Print every check, not only the failures.")
    var verbose = false

    @Flag(help: "Print JSON for machines.")
    var json = false

    func run() throws {
        let report = Verifier.verify(folders.batchOptions())
        if json {
            let value: JSONValue = .object([
                ("ok", .bool(report.failures.isEmpty)),
                ("passed", .int(report.passed)),
                ("failed", .int(report.failures.count)),
                ("checks", .array(report.checks.filter { verbose || !$0.ok }.map { .object([("ok", .bool($0.ok)), ("what", .string($0.what))]) })),
            ])
            print(value.serialized(pretty: true))
        } else {
            for check in report.checks where verbose || !check.ok {
                print("\(check.ok ? "ok  " : "FAIL") \(check.what)")
            }
            print("verify: \(report.passed) checks passed, \(report.failures.count) failed")
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
