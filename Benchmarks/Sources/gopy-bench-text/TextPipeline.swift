import GopyText

/// How far ``TextPipeline/run(_:through:keepText:)`` goes: to find where the time goes.
enum Stage: Int, CaseIterable, Sendable {
    case detect, decode, display
}

/// What the measured work does to one piece, as gopy's ingest does to a file: detection on
/// the first 64 KiB, streaming decoding in 64 KiB chunks, display normalisation per line.
enum TextPipeline {
    static let sampleSize = 1 << 16
    static let chunkSize = 1 << 16

    struct Outcome {
        var detected: TextEncoding?
        /// Whether detection had to compare readings (``EncodingDetection/score`` set).
        var compared = false
        /// UTF-8 bytes decoded.
        var decoded = 0
        /// UTF-8 bytes of the normalised lines (keeps the work from being optimised away).
        var normalised = 0
        var lines = 0
        /// The decoded text, when asked for (the correctness check, not timed).
        var text: [UInt8] = []
    }

    static func run(_ piece: [UInt8], through stage: Stage = .display, keepText: Bool = false) -> Outcome {
        let isWhole = piece.count <= sampleSize
        let prefix = isWhole ? piece : Array(piece[..<sampleSize])
        guard case .success(let detection) = EncodingDetector.detect(prefix, isWholeFile: isWhole) else { return Outcome() }
        var lines = LineSplitter(keepText: keepText, split: stage == .display)
        lines.outcome.detected = detection.encoding
        lines.outcome.compared = detection.score != nil
        if stage == .detect { return lines.outcome }
        var transcoder = UTF8Transcoder(detection)
        do {
            // The chunk is copied, as a file's bytes are read into a buffer.
            var offset = 0
            while offset < piece.count {
                let end = min(piece.count, offset + chunkSize)
                lines.consume(try transcoder.push(Array(piece[offset..<end])))
                offset = end
            }
            lines.consume(try transcoder.finish())
            lines.finish()
        } catch {
            lines.outcome.detected = nil
        }
        return lines.outcome
    }
}

/// Cuts decoded UTF-8 into lines and normalises each for display.
struct LineSplitter {
    var outcome = TextPipeline.Outcome()
    let keepText: Bool
    let split: Bool
    private var carry: [UInt8] = []

    init(keepText: Bool, split: Bool) {
        self.keepText = keepText
        self.split = split
    }

    mutating func consume(_ out: [UInt8]) {
        outcome.decoded += out.count
        if keepText { outcome.text += out }
        guard split else { return }
        out.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                line(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]))
                lineStart = index + 1
            }
            carry.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart...]))
        }
    }

    mutating func finish() {
        if !carry.isEmpty { line(UnsafeBufferPointer(start: nil, count: 0)) }
    }

    /// One line (its bytes in the last chunk, after any carried over from the chunks before)
    /// as a `String`, as a reader makes it, normalised for display.
    private mutating func line(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text: String
        if carry.isEmpty {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            carry.append(contentsOf: bytes)
            text = String(decoding: carry, as: UTF8.self)
            carry.removeAll(keepingCapacity: true)
        }
        outcome.normalised += TextNormalizer.display(text).utf8.count
        outcome.lines += 1
    }
}
