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

    /// The paths of the files kept from one outbox to the next, relative to the outbox.
    func carriedOverNames() -> [String] {
        var names: [String] = []
        if FileManager.default.fileExists(atPath: outbox.appendingPathComponent("README.md").path) { names.append("README.md") }
        names += Self.manifestNames(in: outbox.appendingPathComponent("runs")).map { "runs/" + $0 }
        return names
    }

    /// Copies the files kept from one outbox to the next into `staging`, one at a time; they
    /// are not among the staging's listed outputs.
    func carryOver(into staging: inout OutboxStaging) throws(BatchError) {
        for name in carriedOverNames() {
            guard let data = try? Data(contentsOf: outbox.appendingPathComponent(name)) else { continue }
            try staging.write(name, bytes: data, listed: false)
        }
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

    /// Starts the next outbox: an empty staging folder, to be filled and then ``swap(_:)``ped in.
    func stage() throws(BatchError) -> OutboxStaging {
        try OutboxStaging(outbox: outbox, folder: staging)
    }

    /// Makes the staged outbox durable and puts it in the outbox's place in one step; the
    /// previous outbox is removed.
    func swap(_ next: consuming OutboxStaging) throws(BatchError) {
        try next.sync()
        let fm = FileManager.default
        do {
            if fm.fileExists(atPath: outbox.path) {
                try Self.exchange(staging.path, outbox.path)
                try? fm.removeItem(at: staging) // now the previous outbox
            } else {
                try fm.createDirectory(at: outbox.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.moveItem(at: staging, to: outbox)
            }
            next.release()
            try? Self.syncDirectory(outbox.deletingLastPathComponent().path)
        } catch {
            // `next` removes the staging folder as it goes.
            throw .outbox(path: outbox.path, reason: "\(error)")
        }
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
