import GopyModel

/// Finds a file's encoding from its first bytes, or the reason it cannot be read as text.
///
/// This version recognises UTF-8 (with or without a byte-order mark) and UTF-16 with a
/// byte-order mark. Anything else that is not binary is reported as a probable legacy
/// Vietnamese encoding; a later version decodes those as new ``TextEncoding`` cases.
public enum EncodingDetector {
    /// The reason given for a file with no text (nothing, or only a byte-order mark and white space).
    public static let emptyFileReason = "empty file"
    /// The reason given for a file that holds binary data.
    public static let binaryFileReason = "binary file, not text"
    /// The reason given for text that is neither UTF-8 nor UTF-16.
    public static let legacyEncodingReason =
        "not UTF-8 or UTF-16: probably a legacy Vietnamese encoding (TCVN3, VNI or Windows-1258), not decoded by this version"
    /// The reason given for a file with a UTF-32 byte-order mark.
    public static let utf32Reason = "UTF-32 text, not read by this version: save the file as UTF-8"

    /// Detects the encoding of a file from its first bytes.
    ///
    /// - Parameters:
    ///   - prefix: the first bytes of the file (64 KiB is plenty), or all of it.
    ///   - isWholeFile: whether `prefix` is the whole file. When it is not, a multi-byte
    ///     sequence cut off at the end of `prefix` is not held against the file.
    /// - Returns: the detection, or the ``FileProblem`` that makes the file unreadable:
    ///   ``emptyFileReason``, ``binaryFileReason``, or ``legacyEncodingReason`` with the first
    ///   line holding a byte that is not UTF-8.
    public static func detect(_ prefix: [UInt8], isWholeFile: Bool) -> Result<EncodingDetection, FileProblem> {
        if prefix.isEmpty { return .failure(FileProblem(reason: emptyFileReason)) }
        if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .failure(FileProblem(reason: utf32Reason))
        }
        for encoding in [TextEncoding.utf16LE, .utf16BE] where prefix.starts(with: encoding.byteOrderMark) {
            return detectUTF16(prefix, encoding: encoding, isWholeFile: isWholeFile)
        }
        let hasBOM = prefix.starts(with: TextEncoding.utf8.byteOrderMark)
        return prefix.withUnsafeBufferPointer { all in
            let body = UnsafeBufferPointer(rebasing: all[(hasBOM ? 3 : 0)...])
            if let problem = contentProblem(body, isWholeFile: isWholeFile) { return .failure(problem) }
            let scan = UTF8Validation.validate(body)
            switch scan.outcome {
            case .valid:
                break
            case .truncated(let at):
                if isWholeFile {
                    return .failure(FileProblem(line: 1 + UTF8Validation.lineFeeds(in: body, 0..<at), reason: legacyEncodingReason))
                }
            case .invalid(let at):
                return .failure(FileProblem(line: 1 + UTF8Validation.lineFeeds(in: body, 0..<at), reason: legacyEncodingReason))
            }
            let isASCII = !scan.sawMultiByte && !body.contains { $0 >= 0x80 }
            let confidence = hasBOM ? 1.0 : isASCII ? (isWholeFile ? 1.0 : 0.9) : 0.99
            return .success(EncodingDetection(
                encoding: .utf8, hasBOM: hasBOM, confidence: confidence,
                hasCombiningMarks: hasCombiningMarks(body), isASCII: isASCII))
        }
    }

    /// UTF-16 with a byte-order mark: transcode the prefix and examine the result as UTF-8.
    private static func detectUTF16(_ prefix: [UInt8], encoding: TextEncoding, isWholeFile: Bool) -> Result<EncodingDetection, FileProblem> {
        var transcoder = UTF8Transcoder(EncodingDetection(encoding: encoding, hasBOM: true, confidence: 1))
        let text: [UInt8]
        do {
            text = try transcoder.push(prefix) + (isWholeFile ? transcoder.finish() : [])
        } catch {
            return .failure(error)
        }
        return text.withUnsafeBufferPointer { body in
            if let problem = contentProblem(body, isWholeFile: isWholeFile) { return .failure(problem) }
            return .success(EncodingDetection(
                encoding: encoding, hasBOM: true, confidence: 1,
                hasCombiningMarks: hasCombiningMarks(body), isASCII: !body.contains { $0 >= 0x80 }))
        }
    }

    /// Empty or binary content, judged on bytes that are UTF-8 or ASCII-compatible.
    private static func contentProblem(_ body: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) -> FileProblem? {
        var controls = 0
        for byte in body {
            switch byte {
            case 0x00: return FileProblem(reason: binaryFileReason)
            case 0x09...0x0D, 0x1A: break  // white space; Ctrl-Z ends some DOS files
            case 0x01...0x1F, 0x7F: controls += 1
            default: break
            }
        }
        if controls * 100 > max(body.count, 100) { return FileProblem(reason: binaryFileReason) }
        if body.starts(with: Array("%PDF-".utf8)) { return FileProblem(reason: binaryFileReason) }
        if isWholeFile && isBlank(body) { return FileProblem(reason: emptyFileReason) }
        return nil
    }

    /// Whether the bytes hold only white space, invisible characters and byte-order marks.
    private static func isBlank(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        // Cheap exit: the first ASCII byte that is not white space decides.
        for byte in body {
            if byte >= 0x80 { break }
            if !(byte == 0x20 || byte == 0x1A || (0x09...0x0D).contains(byte)) { return false }
        }
        return String(decoding: body, as: UTF8.self).unicodeScalars.allSatisfy { scalar in
            scalar.properties.isWhitespace || scalar.value == 0x1A
                || (0x200B...0x200D).contains(scalar.value) || scalar.value == 0x2060 || scalar.value == 0xFEFF
        }
    }

    /// Whether UTF-8 bytes hold a combining diacritical mark (U+0300–U+036F: `CC 80`…`CD AF`).
    static func hasCombiningMarks(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 1 < body.count {
            let byte = body[i]
            if byte == 0xCC || (byte == 0xCD && body[i + 1] <= 0xAF) { return true }
            i += 1
        }
        return false
    }
}
