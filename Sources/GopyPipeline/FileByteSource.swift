#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GopyModel

/// A file on disk as a ``ByteSource``: each `open()` reads it again from its first byte.
public struct FileByteSource: ByteSource {
    public var path: String

    public init(path: String) { self.path = path }

    public func open() throws -> any ByteStream { try FileByteStream(path: path) }
}

/// Reads a file with `read(2)`; the descriptor is closed when the stream goes away.
final class FileByteStream: ByteStream {
    private let fd: Int32
    private let path: String

    init(path: String) throws {
        self.path = path
        fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw IOError(path: path, operation: "open", code: errno) }
    }

    deinit { close(fd) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = Glibc.read(fd, base, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw IOError(path: path, operation: "read", code: errno)
        }
    }
}

/// A failed system call on a path.
public struct IOError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var operation: String
    public var code: Int32

    public var description: String {
        "\(operation) \(path): \(String(cString: strerror(code)))"
    }
}
