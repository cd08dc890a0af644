import GopyModel

/// Finds a file's encoding from its first bytes, or the reason it cannot be read as text.
///
/// A byte-order mark decides UTF-16 (and UTF-8, up to mojibake). Otherwise the first bytes are
/// read in every encoding that can hold them, and each reading is scored by the share of its
/// words that are well-formed Vietnamese syllables (``VietnameseSyllable``), less characters no
/// Vietnamese text has:
/// - bytes that are not UTF-8: Windows-1258, TCVN3 and VNI-Windows, against a lenient UTF-8
///   reading (which wins for a UTF-8 file damaged or mixed with another encoding: rejected);
/// - valid UTF-8 that holds characters seen in mojibake (`µ ¸ ¶ ä ø Ã» …`): UTF-8 against the
///   four mojibake readings; the plain reading stays unless another wins clearly;
/// - valid UTF-8 without such characters: UTF-8, without scoring.
///
/// Declarations (XML's `encoding=`) and generic detectors are not trusted. Only a bounded
/// sample is read (``sampleLimit``), and the readings are first compared on its first few
/// kilobytes, going further only while the result is unclear.
public enum EncodingDetector {
    /// The reason given for a file with no text (nothing, or only a byte-order mark and white space).
    public static let emptyFileReason = "empty file"
    /// The reason given for a file that holds binary data.
    public static let binaryFileReason = "binary file, not text"
    /// The reason given for bytes that are not UTF-8 where UTF-8 was expected: after a part of
    /// the file that was plain ASCII, too long for detection to see past.
    public static let legacyEncodingReason =
        "not UTF-8: probably a legacy Vietnamese encoding (TCVN3, VNI or Windows-1258) that starts after the first 64 KiB, which were plain ASCII"
    /// The reason given for a file with a UTF-32 byte-order mark.
    public static let utf32Reason = "UTF-32 text, not read by this version: save the file as UTF-8"
    /// The start of the reason given for a file that no encoding reads as Vietnamese; the
    /// reason goes on with the best reading found and its score.
    public static let unreadableReason = "unknown encoding: neither UTF-8 nor a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI) reads it as Vietnamese text"

    /// How many bytes of a file are examined at most.
    public static let sampleLimit = 1 << 16
    /// Below this ``EncodingDetection/score`` the best reading of a file that is not UTF-8 is
    /// too poor to ingest. Correct readings of generated comments score 0.9 and more; wrong
    /// ones under 0.45 (see the tests).
    public static let poorScoreThreshold = 0.5
    /// A poor reading is rejected only when it rests on at least this many words and penalised
    /// characters; with less, the readings hardly differ and the best is taken, with a low confidence.
    public static let minimumEvidence = 8
    /// From this many words with a `?`/`_` hole in the sample, a detection ``EncodingDetection/isLossy``.
    public static let lossyHoleThreshold = 3

    /// Detects the encoding of a file from its first bytes.
    ///
    /// - Parameters:
    ///   - prefix: the first bytes of the file (64 KiB is plenty: no more than ``sampleLimit``
    ///     bytes are examined), or all of it.
    ///   - isWholeFile: whether `prefix` is the whole file. When it is not, a multi-byte
    ///     sequence cut off at the end of `prefix` is not held against the file.
    /// - Returns: the detection, or the ``FileProblem`` that makes the file unreadable:
    ///   ``emptyFileReason``, ``binaryFileReason``, ``utf32Reason``, a reason starting with
    ///   ``unreadableReason``, or UTF-8 that is damaged or mixed with another encoding
    ///   (``UTF8Transcoder/mixedEncodingReason``, ``UTF8Transcoder/truncatedUTF8Reason``, with the line).
    public static func detect(_ prefix: [UInt8], isWholeFile: Bool) -> Result<EncodingDetection, FileProblem> {
        if prefix.isEmpty { return .failure(FileProblem(reason: emptyFileReason)) }
        if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .failure(FileProblem(reason: utf32Reason))
        }
        for encoding in [TextEncoding.utf16LE, .utf16BE] where prefix.starts(with: encoding.byteOrderMark) {
            return detectUTF16(prefix, encoding: encoding, isWholeFile: isWholeFile)
        }
        let hasBOM = prefix.starts(with: TextEncoding.utf8.byteOrderMark)
        let isWhole = isWholeFile && prefix.count <= sampleLimit
        return prefix.withUnsafeBufferPointer { all in
            let body = UnsafeBufferPointer(rebasing: all[(hasBOM ? 3 : 0)..<min(all.count, sampleLimit)])
            let survey = ByteSurvey(body)
            if let problem = contentProblem(body, survey: survey, isWholeFile: isWhole) { return .failure(problem) }
            let scan = UTF8Validation.validate(body)
            switch scan.outcome {
            case .valid:
                return .success(detectUTF8Family(body, survey: survey, hasBOM: hasBOM, end: body.count))
            case .truncated(let at):
                if !isWhole {
                    return .success(detectUTF8Family(body, survey: survey, hasBOM: hasBOM, end: at))
                }
                // Valid UTF-8 up to a sequence cut off by the end of the file.
                return .failure(FileProblem(line: 1 + UTF8Validation.lineFeeds(in: body, 0..<at), reason: UTF8Transcoder.truncatedUTF8Reason))
            case .invalid(let at):
                if hasBOM {
                    return .failure(FileProblem(line: 1 + UTF8Validation.lineFeeds(in: body, 0..<at), reason: UTF8Transcoder.mixedEncodingReason))
                }
                return detectLegacy(body, survey: survey, firstInvalid: at, sawMultiByte: scan.sawMultiByte)
            }
        }
    }

    /// Valid UTF-8 (up to `end`): plain, or mojibake when a mojibake reading wins clearly.
    private static func detectUTF8Family(_ body: UnsafeBufferPointer<UInt8>, survey: ByteSurvey, hasBOM: Bool, end: Int) -> EncodingDetection {
        let text = UnsafeBufferPointer(rebasing: body[..<end])
        let holes = survey.hasHoleCharacters ? LossyHoles.scan(text) : LossyHoles.Scan(count: 0, firstLine: nil)
        let isASCII = !survey.hasNonASCII
        if isASCII || !survey.hasMojibakeSignals {
            return EncodingDetection(
                encoding: .utf8, hasBOM: hasBOM, confidence: hasBOM || isASCII && end == body.count ? 1.0 : isASCII ? 0.9 : 0.99,
                hasCombiningMarks: survey.hasCombiningMarks, isASCII: isASCII,
                lossyHoles: holes.count, firstLossyLine: holes.firstLine)
        }
        let readings = Reading.compareStaged(text, candidates: Reading.utf8Candidates)
        let choice = Reading.choose(readings, plain: .utf8)
        return choice.detection(hasBOM: hasBOM, holes: holes)
    }

    /// Bytes that are not UTF-8: the legacy encodings, against a lenient UTF-8 reading.
    private static func detectLegacy(_ body: UnsafeBufferPointer<UInt8>, survey: ByteSurvey, firstInvalid: Int, sawMultiByte: Bool) -> Result<EncodingDetection, FileProblem> {
        let readings = Reading.compareStaged(body, candidates: Reading.legacyCandidates + [.lenientUTF8])
        let line = 1 + UTF8Validation.lineFeeds(in: body, 0..<firstInvalid)
        if readings[0].candidate == .lenientUTF8 && sawMultiByte {
            // Mostly UTF-8: damaged, or another encoding pasted in.
            return .failure(FileProblem(line: line, reason: UTF8Transcoder.mixedEncodingReason))
        }
        let legacy = readings.filter { $0.candidate != .lenientUTF8 }
        let best = legacy[0]
        if best.score < poorScoreThreshold && best.scored + best.penalties >= minimumEvidence {
            let percent = Int(best.score * 100 + 0.5)
            return .failure(FileProblem(
                line: line,
                reason: "\(unreadableReason) (best reading: \(best.encoding.displayName), \(percent)% of \(best.scored) words well-formed)"))
        }
        let holes = survey.hasHoleCharacters ? LossyHoles.scan(body) : LossyHoles.Scan(count: 0, firstLine: nil)
        return .success(Reading.choose(legacy, plain: nil).detection(hasBOM: false, holes: holes))
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
            let survey = ByteSurvey(body)
            if let problem = contentProblem(body, survey: survey, isWholeFile: isWholeFile) { return .failure(problem) }
            let holes = survey.hasHoleCharacters ? LossyHoles.scan(body) : LossyHoles.Scan(count: 0, firstLine: nil)
            return .success(EncodingDetection(
                encoding: encoding, hasBOM: true, confidence: 1,
                hasCombiningMarks: survey.hasCombiningMarks, isASCII: !survey.hasNonASCII,
                lossyHoles: holes.count, firstLossyLine: holes.firstLine))
        }
    }

    /// Empty or binary content, judged on bytes that are UTF-8 or ASCII-compatible.
    private static func contentProblem(_ body: UnsafeBufferPointer<UInt8>, survey: ByteSurvey, isWholeFile: Bool) -> FileProblem? {
        if survey.hasNUL { return FileProblem(reason: binaryFileReason) }
        if survey.controls * 100 > max(body.count, 100) { return FileProblem(reason: binaryFileReason) }
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
}
