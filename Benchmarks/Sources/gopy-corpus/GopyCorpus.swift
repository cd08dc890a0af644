import ArgumentParser
import CorpusKit
import Foundation

extension CorpusEncodings: ExpressibleByArgument {}

/// `gopy-corpus`: writes a generated round (config/ and inbox/) for large-scale runs of gopy.
@main
struct GopyCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gopy-corpus",
        abstract: "Write a generated round of comments (config/ and inbox/) for large-scale runs of gopy.",
        discussion: """
            The same options always write the same bytes. The inbox holds district reports (.txt, \
            administrative layout), organisations' headed texts (.txt), XML submissions and citizens' \
            CSV compilations, with general agreement in several wordings, explicit section references, \
            exact duplicates, resubmissions, near-duplicates (small edits, spacing, case, tone-mark \
            style, abbreviations), copies typed without diacritics and form-letter campaigns (tens to \
            thousands of citizens each). Everyone in it is made up. With --encodings mixed, each file is written \
            in an encoding chosen from the seed (UTF-8 with or without BOM, UTF-16 LE, Windows-1258, \
            TCVN3, VNI-Windows, TCVN3 or VNI mojibake, double-encoded UTF-8), with the same comments.
            """)

    @Option(help: "The folder to write config/ and inbox/ into.")
    var out: String

    @Option(help: "How many inbox files.")
    var files: Int = 100

    @Option(help: "How many comments in all (each file holds at least one).")
    var comments: Int = 5_000

    @Option(help: "The seed: the same seed writes the same round.")
    var seed: UInt64 = 42

    @Option(help: "The draft's id.")
    var draft: String = "bcct-xvii"

    @Option(help: "The round (lần) of comments.")
    var round: Int = 2

    @Option(help: "Also write one JSON line per comment saying what a perfect pipeline should find.")
    var labels: String?

    @Option(help: "utf-8 (every file in UTF-8) or mixed (each file in an encoding chosen from the seed; same comments).")
    var encodings: CorpusEncodings = .utf8

    @Flag(help: "Replace config/ and inbox/ when the output folder already holds them.")
    var overwrite = false

    func validate() throws {
        guard files >= 1 else { throw ValidationError("--files must be at least 1") }
        guard comments >= 1 else { throw ValidationError("--comments must be at least 1") }
        guard round >= 1 else { throw ValidationError("--round must be at least 1") }
        guard !draft.isEmpty, !draft.contains("/") else { throw ValidationError("--draft must be a file name") }
    }

    func run() throws {
        let start = ContinuousClock.now
        let options = CorpusOptions(
            output: out, files: files, comments: comments, seed: seed, draftID: draft, round: round, labels: labels,
            overwrite: overwrite, encodings: encodings)
        let summary = try CorpusGenerator(options: options).run()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let kinds = FileKind.allCases.map { "\($0.rawValue) \(summary.filesByKind[$0, default: 0])" }.joined(separator: ", ")
        print("wrote \(out)/config and \(out)/inbox: \(summary.filesByKind.values.reduce(0, +)) files (\(kinds))")
        print(
            "\(summary.comments) comments: \(summary.general) general agreement, \(summary.duplicates) duplicates, "
                + "\(summary.resubmissions) resubmissions, \(summary.edited) edited copies, \(summary.unaccented) without diacritics, "
                + "\(summary.campaignLetters) letters of \(summary.campaigns) campaigns, "
                + "\(summary.organicCampaigns) campaigns of copies (\(summary.organicCampaignComments) comments), "
                + "\(summary.inlineReferences) with a reference in the text, \(summary.personalInText) with personal data in the text")
        let megabytes = Double(summary.bytes) / 1_048_576
        print(
            String(
                format: "%.1f MiB in %.2f s (%.0f comments/s)", megabytes, seconds, Double(summary.comments) / max(seconds, 1e-9)))
        if encodings == .mixed {
            let counts = summary.filesByEncoding.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("encodings: \(counts)" + (summary.unencodable > 0 ? " (\(summary.unencodable) left in UTF-8: a character the chosen encoding lacks)" : ""))
        }
        if let labels { print("labels: \(labels)") }
    }
}
