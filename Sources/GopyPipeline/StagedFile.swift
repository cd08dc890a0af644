import GopyModel
#if canImport(Glibc)
import Glibc
#endif

/// One file of the next outbox, written in pieces: the bytes go to disk whenever a megabyte
/// has gathered, and through SHA-256 on the way, so a file of any size costs a megabyte of
/// memory and the manifest still gets its hash.
struct StagedFile: ~Copyable {
    let path: String
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var hasher = StreamingSHA256()
    private var closed = false

    /// Bytes gathered before they are written out.
    static let chunk = 1 << 20

    /// Creates (or truncates) the file at `path`; its folder must exist.
    init(path: String) throws(IOError) {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw IOError(path: path, operation: "create", code: errno) }
        self.path = path
        self.fd = fd
        buffer.reserveCapacity(Self.chunk)
    }

    deinit {
        if !closed { Glibc.close(fd) }
    }

    /// Appends bytes; writes them out once a megabyte has gathered.
    mutating func append(_ bytes: some Collection<UInt8>) throws(IOError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Appends one byte.
    mutating func append(byte: UInt8) throws(IOError) {
        buffer.append(byte)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Appends a string's UTF-8.
    mutating func append(_ text: String) throws(IOError) {
        try append(text.utf8)
    }

    /// Lets `body` add to the pending bytes in place (for writers that append to a
    /// `[UInt8]`), then writes them out if a megabyte has gathered.
    mutating func appending(_ body: (inout [UInt8]) -> Void) throws(IOError) {
        body(&buffer)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Writes out what has gathered, and hashes it.
    mutating func flush() throws(IOError) {
        guard !buffer.isEmpty else { return }
        let fd = fd
        var hasher = self.hasher
        let failure: Int32? = buffer.withUnsafeBytes { raw in
            hasher.update(raw)
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failure { throw IOError(path: path, operation: "write", code: failure) }
        self.hasher = hasher
        if buffer.capacity > 4 * Self.chunk {
            buffer = []   // a large piece appended at once: give its memory back
            buffer.reserveCapacity(Self.chunk)
        } else {
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Writes out the rest, fsyncs and closes the file; returns the hex SHA-256 of all of it.
    consuming func finish() throws(IOError) -> String {
        try flush()
        closed = true
        let synced = fsync(fd) == 0 ? nil : errno
        let closedCleanly = Glibc.close(fd) == 0 ? nil : errno
        if let code = synced { throw IOError(path: path, operation: "fsync", code: code) }
        if let code = closedCleanly { throw IOError(path: path, operation: "close", code: code) }
        return hasher.finalize()
    }
}
