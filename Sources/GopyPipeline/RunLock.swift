import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a file, held while a run lasts. The kernel releases it when the
/// process ends, however it ends, so a lock left by a dead run is never in the way; the file
/// keeps the holder's pid for the message a second run prints.
final class RunLock {
    private let fd: Int32
    let path: String

    /// Takes the lock or throws ``BatchError/locked(path:holder:)`` at once.
    init(path: String) throws(BatchError) {
        self.path = path
        let fd = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { throw .outbox(path: path, reason: "cannot create the lock file: \(String(cString: strerror(errno)))") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(fd)
            throw .locked(path: path, holder: holder?.isEmpty == false ? holder : nil)
        }
        self.fd = fd
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
