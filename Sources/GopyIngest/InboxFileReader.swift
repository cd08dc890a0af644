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

    public init(format: FileFormat, encoding: String, confidence: Double, parsed: ParsedFile) {
        self.format = format
        self.encoding = encoding
        self.confidence = confidence
        self.parsed = parsed
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
            case .failure(let problem): throw problem
            }
            let stream: any ByteStream
            do { stream = try source.open() } catch {
                throw FileProblem(reason: "cannot read the file: \(error)")
            }
            var chunks = DecodingChunkStream(stream, detection: detection)
            let parsed = format == .csv
                ? try CSVCommentReader.read(&chunks)
                : try TextReportReader.read(&chunks)
            return FileReading(format: format, encoding: detection.encoding.rawValue, confidence: detection.confidence, parsed: parsed)
        }
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
        let parsed = try XMLSubmissionReader.read(source)
        return FileReading(format: .xml, encoding: declared.encoding, confidence: 1, parsed: parsed)
    }
}

/// What an XML file's first bytes say about its encoding.
struct XMLDeclaration {
    var bom: String?
    var encoding: String

    static func sniff(_ bytes: [UInt8]) -> XMLDeclaration {
        if bytes.starts(with: [0xFF, 0xFE]) { return XMLDeclaration(bom: "utf-16le", encoding: "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return XMLDeclaration(bom: "utf-16be", encoding: "utf-16be") }
        let bom: String? = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "utf-8" : nil
        // <?xml version="1.0" encoding="windows-1258"?> — ASCII in every encoding we accept here.
        let head = String(decoding: bytes.prefix(256).filter { $0 < 0x80 }, as: UTF8.self)
        if let range = head.firstRange(of: "encoding=") {
            let rest = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
            let name = rest.prefix { $0 != "\"" && $0 != "'" && $0 != "?" && $0 != " " }
            if !name.isEmpty { return XMLDeclaration(bom: bom, encoding: name.lowercased()) }
        }
        return XMLDeclaration(bom: bom, encoding: "utf-8")
    }
}
