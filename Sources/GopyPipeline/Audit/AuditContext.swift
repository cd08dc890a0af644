import Foundation
import GopyConfig
import GopyLedger

/// The ledger and archive the audit commands read, found through the configuration.
struct AuditContext {
    let ledger: Ledger
    let archive: Archive
    let placements: [Placement]

    init(options: BatchOptions) throws(AuditError) {
        let configuration: Configuration
        do { configuration = try ConfigLoader.load(directory: options.config.path) } catch {
            throw AuditError(message: "configuration error: \(error)")
        }
        let url = options.ledgerURL(configuration.settings.ledger)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw AuditError(message: "no ledger at \(url.path): run `gopy run` first")
        }
        do { ledger = try Ledger(path: url.path) } catch { throw AuditError(message: "\(error)") }
        archive = Archive(folder: url.deletingLastPathComponent().appendingPathComponent("files"))
        placements = (try? ConfigLoader.loadPlacements(directory: options.config.path, drafts: configuration.drafts)) ?? []
    }
}

/// Why an audit command could not answer.
public struct AuditError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
