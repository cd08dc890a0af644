import ArgumentParser
import GopyPipeline

/// `gopy run`: the nightly batch.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest every file under inbox/, deduplicate, assign sections and rewrite outbox/.",
        discussion: "Exits 0 when the batch completed (rejected files are listed in outbox/rejected.json); non-zero with a one-line reason on a fatal error."
    )

    @OptionGroup var folders: FolderOptions

    @Option(help: "How many files to read at once (default: the number of cores). The result does not depend on it.")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print warnings and errors only.")
    var quiet = false

    func run() throws {
        let batch = Batch(options: folders.batchOptions(jobs: jobs), logger: makeLogger(quiet: quiet))
        do {
            let report = try batch.run()
            if !quiet {
                print("run \(report.runID): \(report.comments) comments ingested from \(report.files - report.filesRejected) of \(report.files) files; \(report.filesRejected) files and \(report.recordsRejected) records rejected (see outbox/rejected.json)")
            }
        } catch {
            fail(error.description)
            throw error.exitCode
        }
    }
}
