import GopyModel
import GopyText

/// A file's bytes decoded to UTF-8 as they are read, by the encoding detection chose: lets a
/// reader that takes raw bytes (libxml2) read a file whose content contradicts its
/// declaration, or a legacy or mojibake file, as plain UTF-8.
struct TranscodingByteSource: ByteSource {
    let base: any ByteSource
    let detection: EncodingDetection

    func open() throws -> any ByteStream {
        TranscodingByteStream(base: try base.open(), transcoder: UTF8Transcoder(detection))
    }
}

struct TranscodingByteStream: ByteStream {
    var base: any ByteStream
    var transcoder: UTF8Transcoder
    var pending: [UInt8] = []
    var offset = 0
    var finished = false
    var chunk = [UInt8](repeating: 0, count: 1 << 16)

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while offset == pending.count {
            if finished { return 0 }
            let n = try chunk.withUnsafeMutableBytes { try base.read(into: $0) }
            if n == 0 {
                pending = try transcoder.finish()
                finished = true
            } else {
                pending = try chunk.withUnsafeBytes { try transcoder.push(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
            }
            offset = 0
        }
        let count = min(buffer.count, pending.count - offset)
        pending.withUnsafeBytes { src in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + count]))
        }
        offset += count
        return count
    }
}
