import Foundation
import GopyLedger
import GopyModel

/// A file found in the inbox, with what `stat` says about it.
struct InboxEntry: Sendable, Hashable {
    /// Relative to the inbox, `/` separators.
    var path: String
    var size: Int
    var mtimeNanoseconds: Int64
}

/// Lists the files under the inbox, at any depth, sorted by path. Hidden files and folders
/// (names starting with ".") are left out.
enum InboxScanner {
    static func entries(in inbox: URL) throws(BatchError) -> [InboxEntry] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: inbox.path, isDirectory: &isDir), isDir.boolValue else {
            throw .inbox(path: inbox.path, reason: "no such folder")
        }
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        guard let enumerator = fm.enumerator(at: inbox, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            throw .inbox(path: inbox.path, reason: "cannot list it")
        }
        let base = inbox.standardizedFileURL.resolvingSymlinksInPath().path
        var result: [InboxEntry] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard full.hasPrefix(base + "/") else { continue }
            var info = stat()
            guard stat(full, &info) == 0 else { continue }
            let mtime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            result.append(InboxEntry(path: String(full.dropFirst(base.count + 1)), size: Int(info.st_size), mtimeNanoseconds: mtime))
        }
        return result.sorted { $0.path < $1.path }
    }

    /// The SHA-256 of every entry: from the ledger when the path was seen before with the
    /// same size and modification time, else by reading the file (in parallel). Entries whose
    /// file cannot be read come back with a nil hash and the reason.
    static func hash(_ entries: [InboxEntry], inbox: URL, known: [String: PathSighting], workers: Int) -> [(entry: InboxEntry, sha256: String?, problem: String?)] {
        entries.parallelMap(workers: workers) { entry in
            if let seen = known[entry.path], seen.size == entry.size, seen.mtimeNanoseconds == entry.mtimeNanoseconds {
                return (entry, seen.sha256, nil)
            }
            var hasher = StreamingSHA256()
            do {
                try FileByteSource(path: inbox.appendingPathComponent(entry.path).path).forEachChunk { hasher.update($0) }
            } catch {
                return (entry, nil, "cannot read the file: \(error)")
            }
            return (entry, hasher.finalize(), nil)
        }
    }
}
