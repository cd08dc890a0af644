/// A sequential reader of bytes: a file, or bytes in memory for tests.
public protocol ByteStream {
    /// Fills the start of `buffer` with the next bytes and returns how many; 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Something that can be read from its first byte, as often as needed (a file on disk,
/// bytes in memory). Readers open it more than once: to sniff the encoding, then to parse.
public protocol ByteSource: Sendable {
    func open() throws -> any ByteStream
}

extension ByteSource {
    /// The first `count` bytes (fewer when the source is shorter).
    public func prefix(_ count: Int) throws -> [UInt8] {
        var stream = try open()
        var result = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = try result.withUnsafeMutableBytes { raw in
                try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if n == 0 { break }
            filled += n
        }
        result.removeLast(count - filled)
        return result
    }

    /// Calls `body` with successive chunks of at most `chunkSize` bytes, from the start.
    public func forEachChunk(chunkSize: Int = 1 << 16, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var stream = try open()
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
            if n == 0 { return }
            try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        }
    }
}

/// Bytes held in memory.
public struct MemoryByteSource: ByteSource {
    public var bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { self.bytes = Array(text.utf8) }

    public func open() throws -> any ByteStream { MemoryByteStream(bytes: bytes) }
}

/// A ``ByteStream`` over bytes in memory.
public struct MemoryByteStream: ByteStream {
    private let bytes: [UInt8]
    private var offset = 0

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + n]))
        }
        offset += n
        return n
    }
}

/// Decoded text as UTF-8 bytes, delivered in chunks. A chunk may end inside a character or
/// a line; readers that split on ASCII bytes (`\n`, `,`, `"`) need not care.
public protocol UTF8ChunkStream {
    /// The next chunk, or nil at the end.
    mutating func nextChunk() throws -> [UInt8]?
}

/// A ``UTF8ChunkStream`` over a string or bytes in memory, cut into chunks of a given size
/// (tests use small sizes to exercise chunk boundaries).
public struct MemoryUTF8ChunkStream: UTF8ChunkStream {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    public init(_ text: String, chunkSize: Int = 1 << 16) {
        self.init(bytes: Array(text.utf8), chunkSize: chunkSize)
    }

    public init(bytes: [UInt8], chunkSize: Int = 1 << 16) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    public mutating func nextChunk() throws -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = min(bytes.count, offset + chunkSize)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
