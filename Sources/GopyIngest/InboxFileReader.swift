import GopyModel
import GopyText

/// A file as read: its format, its encoding, and what its reader found in it.
public struct FileReading: Sendable, Hashable {
    public var format: FileFormat
    /// The encoding the text was read in ("utf-8", "utf-16le", or for XML what it declares).
    public var encoding: String
    /// How sure the detection was (0…1).
    public var confidence: Double
    public var parsed: ParsedFile
    /// What the reading corrected, in plain words: a declaration the content contradicts,
    /// columns in different encodings.
    public var correction: String?

    public init(format: FileFormat, encoding: String, confidence: Double, parsed: ParsedFile, correction: String? = nil) {
        self.format = format
        self.encoding = encoding
        self.confidence = confidence
        self.parsed = parsed
        self.correction = correction
    }
}

/// Reads one inbox file with the reader its format calls for.
public enum InboxFileReader {
    /// How much of a file is looked at to detect its encoding and confirm its format.
    static let sniffLength = 1 << 16

    /// Reads a file. `path` is relative to `inbox/` and only decides the format (by its
    /// extension); the bytes come from `source`.
    /// - Throws: ``FileProblem`` when the file as a whole cannot be ingested.
    public static func read(path: String, source: any ByteSource) throws(FileProblem) -> FileReading {
        guard let format = FileFormat(path: path) else {
            throw FileProblem(reason: "unsupported file type (gopy reads .xml, .csv and .txt)")
        }
        let prefix: [UInt8]
        do { prefix = try source.prefix(sniffLength) } catch {
            throw FileProblem(reason: "cannot read the file: \(error)")
        }
        let isWhole = prefix.count < sniffLength
        switch format {
        case .xml:
            return try readXML(source: source, prefix: prefix, isWhole: isWhole)
        case .csv, .text:
            let detection: EncodingDetection
            switch EncodingDetector.detect(prefix, isWholeFile: isWhole) {
            case .success(let d): detection = d
            case .failure(let problem):
                // A CSV whose columns were typed in different encodings reads no way as a whole.
                if format == .csv, let encodings = MixedEncodingCSV.columnEncodings(prefix) {
                    return try readMixedCSV(source: source, encodings: encodings)
                }
                throw problem
            }
            if format == .csv, detection.isLegacy, !detection.encoding.isMojibake, let encodings = MixedEncodingCSV.columnEncodings(prefix) {
                return try readMixedCSV(source: source, encodings: encodings)
            }
            let stream: any ByteStream
            do { stream = try source.open() } catch {
                throw FileProblem(reason: "cannot read the file: \(error)")
            }
            var chunks = DecodingChunkStream(stream, detection: detection)
            var parsed = format == .csv
                ? try CSVCommentReader.read(&chunks)
                : try TextReportReader.read(&chunks)
            if detection.isLossy {
                parsed.problems.append(lossyWarning(detection))
            }
            return FileReading(format: format, encoding: detection.encoding.rawValue, confidence: detection.confidence, parsed: parsed)
        }
    }

    /// The warning for an Excel ANSI export that lost letters it could not hold.
    static func lossyWarning(_ detection: EncodingDetection) -> RecordProblem {
        RecordProblem(
            line: detection.firstLossyLine,
            reason: "lossy export: \(detection.lossyHoles) words have \"?\" or \"_\" in place of letters (saved by Excel in an ANSI code page that cannot hold every Vietnamese letter); its records were ingested as they are: ask the sender for a UTF-8 copy",
            isWarning: true
        )
    }

    private static func readMixedCSV(source: any ByteSource, encodings: [TextEncoding]) throws(FileProblem) -> FileReading {
        let bytes: [UInt8]
        do { bytes = try MixedEncodingCSV.reencode(source, encodings: encodings) } catch {
            throw FileProblem(reason: "cannot read the file: \(error)")
        }
        var chunks = MemoryUTF8ChunkStream(bytes: bytes)
        let parsed = try CSVCommentReader.read(&chunks)
        let names = encodings.map(\.rawValue)
        return FileReading(
            format: .csv, encoding: "mixed: " + names.joined(separator: ", "), confidence: 0.5, parsed: parsed,
            correction: "columns in different encodings, decoded one by one: " + names.enumerated().map { "column \($0.offset + 1) \($0.element)" }.joined(separator: ", ")
        )
    }

    private static func readXML(source: any ByteSource, prefix: [UInt8], isWhole: Bool) throws(FileProblem) -> FileReading {
        let declared = XMLDeclaration.sniff(prefix)
        if prefix.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw FileProblem(reason: "empty file")
        }
        if declared.bom == nil && prefix.contains(0) {
            throw FileProblem(reason: "binary file, not text")
        }
        if declared.bom == nil, let first = prefix.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }), first != UInt8(ascii: "<") {
            throw FileProblem(line: 1, reason: "the file is named .xml but does not hold XML")
        }
        // The content decides, not the declaration: a file declared UTF-8 but written in
        // Windows-1258, or with no declaration and not UTF-8, or holding mojibake, is decoded
        // by gopy and handed to libxml2 as UTF-8.
        if declared.bom == nil, case .success(let detection) = EncodingDetector.detect(prefix, isWholeFile: isWhole), detection.isLegacy {
            let declaredName = declared.explicit ? "declared \(declared.encoding)" : "no declaration"
            if declared.explicit, XMLDeclaration.names(declared.encoding, detection.encoding) {
                let parsed = try XMLSubmissionReader.read(source)
                return FileReading(format: .xml, encoding: detection.encoding.rawValue, confidence: detection.confidence, parsed: parsed)
            }
            var parsed = try XMLSubmissionReader.read(TranscodingByteSource(base: source, detection: detection), encoding: "UTF-8")
            if detection.isLossy { parsed.problems.append(lossyWarning(detection)) }
            return FileReading(
                format: .xml, encoding: detection.encoding.rawValue, confidence: detection.confidence, parsed: parsed,
                correction: "\(declaredName), content read as \(detection.encoding.rawValue)"
            )
        }
        let parsed = try XMLSubmissionReader.read(source)
        return FileReading(format: .xml, encoding: declared.encoding, confidence: 1, parsed: parsed)
    }
}

/// What an XML file's first bytes say about its encoding.
struct XMLDeclaration {
    var bom: String?
    var encoding: String
    /// Whether the file declares its encoding (`encoding="…"`).
    var explicit = false

    /// Whether a declared encoding name names this encoding.
    static func names(_ declared: String, _ encoding: TextEncoding) -> Bool {
        let name = declared.lowercased().filter { $0.isLetter || $0.isNumber }
        switch encoding {
        case .windows1258: return name == "windows1258" || name == "cp1258"
        case .utf8: return name == "utf8"
        default: return false
        }
    }

    static func sniff(_ bytes: [UInt8]) -> XMLDeclaration {
        if bytes.starts(with: [0xFF, 0xFE]) { return XMLDeclaration(bom: "utf-16le", encoding: "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return XMLDeclaration(bom: "utf-16be", encoding: "utf-16be") }
        let bom: String? = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "utf-8" : nil
        // <?xml version="1.0" encoding="windows-1258"?> — ASCII in every encoding we accept here.
        let head = String(decoding: bytes.prefix(256).filter { $0 < 0x80 }, as: UTF8.self)
        if let range = head.firstRange(of: "encoding=") {
            let rest = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
            let name = rest.prefix { $0 != "\"" && $0 != "'" && $0 != "?" && $0 != " " }
            if !name.isEmpty { return XMLDeclaration(bom: bom, encoding: name.lowercased(), explicit: true) }
        }
        return XMLDeclaration(bom: bom, encoding: "utf-8")
    }
}
