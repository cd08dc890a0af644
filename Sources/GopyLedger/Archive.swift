import Foundation
import GopyModel

/// Content-addressed copies of every ingested file: `<folder>/<sha256>`, read-only, written
/// once. A trace reads the archive, so it still works after the inbox file is moved, renamed
/// or deleted.
public struct Archive: Sendable {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    /// Where the copy of the file with this SHA-256 is.
    public func url(sha256: String) -> URL { folder.appendingPathComponent(sha256) }

    /// Copies a file in, unless its bytes are there already. The copy is checked against
    /// `sha256` before it takes its final name, and made read-only.
    public func store(_ source: URL, sha256: String) throws(LedgerError) {
        let fm = FileManager.default
        let target = url(sha256: sha256)
        if fm.fileExists(atPath: target.path) { return }
        let temporary = folder.appendingPathComponent(".\(sha256).part")
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try? fm.removeItem(at: temporary)
            try fm.copyItem(at: source, to: temporary)
            guard try Self.sha256(of: temporary) == sha256 else {
                try? fm.removeItem(at: temporary)
                throw LedgerError(path: source.path, message: "the file changed while it was being archived")
            }
            try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: temporary.path)
            try fm.moveItem(at: temporary, to: target)
        } catch let error as LedgerError {
            throw error
        } catch {
            try? fm.removeItem(at: temporary)
            throw LedgerError(path: target.path, message: "cannot archive \(source.path): \(error)")
        }
    }

    /// Re-hashes an archived file; nil when it is missing.
    public func verify(sha256: String) -> Bool? {
        let target = url(sha256: sha256)
        guard FileManager.default.fileExists(atPath: target.path) else { return nil }
        return (try? Self.sha256(of: target)) == sha256
    }

    /// The archived files' names (their SHA-256).
    public func stored() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = StreamingSHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { hasher.update($0) }
        }
        return hasher.finalize()
    }
}
