import GopyModel

/// A file's bytes decoded to UTF-8, chunk by chunk: a ``ByteStream`` read through a
/// ``UTF8Transcoder``. Errors are the stream's own, or the transcoder's ``FileProblem``.
public struct DecodingChunkStream: UTF8ChunkStream {
    private var stream: any ByteStream
    private var transcoder: UTF8Transcoder
    private var buffer: [UInt8]
    private var finished = false

    /// Decodes `stream`, read `chunkSize` bytes at a time, as `detection` says.
    public init(_ stream: any ByteStream, detection: EncodingDetection, chunkSize: Int = 1 << 16) {
        self.stream = stream
        self.transcoder = UTF8Transcoder(detection)
        self.buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    /// The next non-empty chunk of UTF-8, or nil at the end of the file.
    public mutating func nextChunk() throws -> [UInt8]? {
        while !finished {
            let count = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
            if count == 0 {
                finished = true
                let tail = try transcoder.finish()
                return tail.isEmpty ? nil : tail
            }
            let out = try buffer.withUnsafeBytes { raw throws(FileProblem) in
                try transcoder.push(UnsafeRawBufferPointer(rebasing: raw[..<count]))
            }
            if !out.isEmpty { return out }
        }
        return nil
    }
}
