extension EncodingDetector {
    /// Detects the encoding of a short text, such as one CSV field of a few words, and never
    /// fails: the best reading wins however poor it is (``EncodingDetection/confidence`` says how
    /// sure it is).
    ///
    /// Valid UTF-8 is compared with its mojibake readings (a comment pasted from a TCVN3 or VNI
    /// document into a UTF-8 file: `Céng hoµ`, `Coäng hoøa`) and kept unless one wins clearly;
    /// other bytes are read as Windows-1258, TCVN3 or VNI-Windows. A field with a byte-order
    /// mark, or of ASCII only, is what it looks like.
    public static func detectField(_ bytes: some Collection<UInt8>) -> EncodingDetection {
        if let detection = bytes.withContiguousStorageIfAvailable({ detectField(buffer: $0) }) { return detection }
        return Array(bytes).withUnsafeBufferPointer { detectField(buffer: $0) }
    }

    /// Whether UTF-8 text holds a character seen in mojibake (`µ ¸ ¶ ä ø Ã» …`, Windows-1252
    /// symbols): a cheap test of whether ``detectField(_:)`` could find anything to repair in a
    /// field of a file read as UTF-8. False for text that cannot be mojibake.
    public static func mayHoldMojibake(_ utf8: some Collection<UInt8>) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ ByteSurvey($0).hasMojibakeSignals }) { return found }
        return Array(utf8).withUnsafeBufferPointer { ByteSurvey($0).hasMojibakeSignals }
    }

    /// Decodes a short text as ``detectField(_:)`` reads it.
    /// - Returns: the UTF-8 text (NFC where the encoding is a legacy one) and the detection.
    public static func decodeField(_ bytes: some Collection<UInt8>) -> (utf8: [UInt8], detection: EncodingDetection) {
        let input = Array(bytes)
        let detection = detectField(input)
        let decoded = (try? UTF8Transcoder.decode(input, as: detection.encoding, hasBOM: detection.hasBOM))
            ?? Array(String(decoding: input, as: UTF8.self).utf8)
        return (decoded, detection)
    }

    private static func detectField(buffer all: UnsafeBufferPointer<UInt8>) -> EncodingDetection {
        let hasBOM = all.starts(with: TextEncoding.utf8.byteOrderMark)
        let body = UnsafeBufferPointer(rebasing: all[(hasBOM ? 3 : 0)..<min(all.count, sampleLimit)])
        let holes = LossyHoles.scan(body)
        let scan = UTF8Validation.validate(body)
        let isValid = scan.outcome == .valid
        let isASCII = isValid && !scan.sawMultiByte
        if isASCII {
            return EncodingDetection(encoding: .utf8, hasBOM: hasBOM, confidence: 1, isASCII: true, lossyHoles: holes.count, firstLossyLine: holes.firstLine)
        }
        if isValid {
            let readings = Reading.compare(body, candidates: Reading.utf8Candidates)
            return Reading.choose(readings, plain: .utf8).detection(hasBOM: hasBOM, holes: holes)
        }
        let readings = Reading.compare(body, candidates: Reading.legacyCandidates)
        return Reading.choose(readings, plain: nil).detection(hasBOM: false, holes: holes)
    }
}
