import Foundation
import GopyModel

/// The next outbox while it is being built: a hidden sibling of the outbox that files are
/// written into one by one (each written out and hashed as it goes, so no file needs to be
/// whole in memory), then swapped in by ``OutboxWriter/swap(_:)``.
///
/// The folder is removed when a write fails, and when the value is dropped without being
/// swapped in (a run that stops on an error): the previous outbox is never touched until
/// the swap, and nothing half-written is left beside it.
struct OutboxStaging: ~Copyable {
    let outbox: URL
    let folder: URL
    /// The files written so far (paths relative to the outbox) and their SHA-256, in the
    /// order written; the manifest lists them.
    private(set) var outputs: [(path: String, sha256: String)] = []
    private var folders: Set<String> = []
    private var done = false

    /// Clears what an earlier run may have left in `folder` and creates it empty.
    init(outbox: URL, folder: URL) throws(BatchError) {
        self.outbox = outbox
        self.folder = folder
        let fm = FileManager.default
        do {
            if fm.fileExists(atPath: folder.path) { try fm.removeItem(at: folder) }
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            try? fm.removeItem(at: folder)
            throw .outbox(path: outbox.path, reason: "\(error)")
        }
    }

    deinit {
        if !done { try? FileManager.default.removeItem(at: folder) }
    }

    /// Writes a file whose bytes are at hand.
    /// - Parameter listed: whether it goes in ``outputs`` (files carried over from the
    ///   previous outbox do not).
    mutating func write(_ path: String, bytes: some Collection<UInt8>, listed: Bool = true) throws(BatchError) {
        try write(path, listed: listed) { (file: inout StagedFile) throws(IOError) in try file.append(bytes) }
    }

    /// Writes a file whose bytes `body` produces piece by piece.
    mutating func write(_ path: String, listed: Bool = true, _ body: (inout StagedFile) throws(IOError) -> Void) throws(BatchError) {
        let url = folder.appendingPathComponent(path)
        do {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, !folders.contains(parent) {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                folders.insert(parent)
            }
            var file = try StagedFile(path: url.path)
            try body(&file)
            let sha256 = try file.finish()
            if listed { outputs.append((path, sha256)) }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .outbox(path: outbox.path, reason: "\(error)")
        }
    }

    /// Makes the folder's entries durable; called just before the swap.
    func sync() throws(BatchError) {
        do { try OutboxWriter.syncDirectory(folder.path) } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .outbox(path: outbox.path, reason: "\(error)")
        }
    }

    /// The folder is now the outbox (or its leftover is someone else's to tidy): dropping the
    /// value no longer removes it.
    consuming func release() {
        done = true
    }
}
