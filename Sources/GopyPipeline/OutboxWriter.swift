import Foundation
import GopyModel
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole new outbox beside the current one and swaps it in with one rename, so
/// that a reader (or a crash) never sees a half-written outbox.
struct OutboxWriter {
    let outbox: URL

    /// The folder the next outbox is built in: a hidden sibling of the outbox.
    var staging: URL {
        outbox.deletingLastPathComponent().appendingPathComponent(".\(outbox.lastPathComponent).staging")
    }

    /// Files kept from one outbox to the next: its README and the run manifests.
    func carriedOver() -> [(String, Data)] {
        var files: [(String, Data)] = []
        if let readme = try? Data(contentsOf: outbox.appendingPathComponent("README.md")) {
            files.append(("README.md", readme))
        }
        let runs = outbox.appendingPathComponent("runs")
        for name in Self.manifestNames(in: runs) {
            if let data = try? Data(contentsOf: runs.appendingPathComponent(name)) { files.append(("runs/" + name, data)) }
        }
        return files
    }

    /// The newest manifest in the current outbox and its SHA-256, if there is one.
    func previousManifest() -> (name: String, sha256: String)? {
        let runs = outbox.appendingPathComponent("runs")
        guard let name = Self.manifestNames(in: runs).last,
              let data = try? Data(contentsOf: runs.appendingPathComponent(name))
        else { return nil }
        return (name, StableID.sha256(data))
    }

    /// The manifests in a `runs/` folder, oldest first: run ids sort by time, and a second
    /// run in the same second gets a suffix ("-02") that sorts after the first.
    static func manifestNames(in runs: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: runs.path)) ?? [])
            .filter { $0.hasSuffix(".json") }
            .sorted { $0.dropLast(5) < $1.dropLast(5) }
    }

    /// Builds the new outbox from `files` (paths relative to the outbox) and swaps it in.
    func write(_ files: [(path: String, bytes: [UInt8])]) throws(BatchError) {
        let fm = FileManager.default
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, bytes) in files {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Self.writeDurably(bytes, to: url.path)
            }
            try Self.syncDirectory(staging.path)
        } catch {
            try? fm.removeItem(at: staging)
            throw .outbox(path: outbox.path, reason: "\(error)")
        }
        do {
            if fm.fileExists(atPath: outbox.path) {
                try Self.exchange(staging.path, outbox.path)
                try? fm.removeItem(at: staging) // now the previous outbox
            } else {
                try fm.createDirectory(at: outbox.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.moveItem(at: staging, to: outbox)
            }
            try? Self.syncDirectory(outbox.deletingLastPathComponent().path)
        } catch {
            try? fm.removeItem(at: staging)
            throw .outbox(path: outbox.path, reason: "\(error)")
        }
    }

    /// Writes and fsyncs a file.
    static func writeDurably(_ bytes: [UInt8], to path: String) throws {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw IOError(path: path, operation: "create", code: errno) }
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw IOError(path: path, operation: "write", code: errno)
                }
                offset += n
            }
        }
        if fsync(fd) != 0 { throw IOError(path: path, operation: "fsync", code: errno) }
    }

    static func syncDirectory(_ path: String) throws {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw IOError(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        _ = fsync(fd)
    }

    /// Swaps two paths in one step (`renameat2` with `RENAME_EXCHANGE`, Linux 3.15+). Where
    /// the file system cannot, falls back to two renames; the next run tidies a leftover.
    static func exchange(_ a: String, _ b: String) throws {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let renameExchange: UInt32 = 2
        if let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            if renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 { return }
            if errno != EINVAL && errno != ENOSYS { throw IOError(path: b, operation: "exchange", code: errno) }
        }
        let aside = b + ".previous"
        try? FileManager.default.removeItem(atPath: aside)
        if rename(b, aside) != 0 { throw IOError(path: b, operation: "rename", code: errno) }
        if rename(a, b) != 0 {
            let code = errno
            _ = rename(aside, b)
            throw IOError(path: b, operation: "rename", code: code)
        }
        if rename(aside, a) != 0 { try? FileManager.default.removeItem(atPath: aside) }
    }
}
