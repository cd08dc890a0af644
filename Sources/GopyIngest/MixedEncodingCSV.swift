import GopyCSV
import GopyModel
import GopyText

/// A CSV file whose columns come in different encodings (a compilation pasted together from
/// several sources: names typed in VNI, comments in TCVN3, say). Each column's encoding is
/// detected from its own fields, and the file is re-emitted as UTF-8 with every record on the
/// line it started on, so the CSV reader's locators stay those of the original file.
enum MixedEncodingCSV {
    /// The columns' encodings, when at least two columns disagree; nil for a file whose
    /// columns share one encoding (or that cannot be parsed as CSV at all).
    static func columnEncodings(_ sample: [UInt8]) -> [TextEncoding]? {
        var parser = CSVParser(delimiter: CSVDialect.detectDelimiter(sample.prefix(1 << 14)))
        var columns: [[UInt8]] = []
        var records = 0
        func take(_ record: CSVRecord) {
            records += 1
            guard records > 1 else { return }   // the header is ASCII or the text column's encoding
            for i in 0..<record.count {
                if columns.count <= i { columns.append([]) }
                record.withField(i) { field in
                    if !field.isEmpty { columns[i].append(contentsOf: field); columns[i].append(0x20) }
                }
            }
        }
        sample.withUnsafeBytes { parser.consume($0, take) }
        let detections = columns.map { $0.allSatisfy { $0 < 0x80 } ? nil : EncodingDetector.detectField($0) }
        let distinct = Set(detections.compactMap { $0?.encoding })
        guard distinct.count >= 2 else { return nil }
        return detections.map { $0?.encoding ?? .utf8 }
    }

    /// The file re-emitted as UTF-8 CSV (every field quoted, the delimiter kept), each record
    /// starting on its original line.
    static func reencode(_ source: any ByteSource, encodings: [TextEncoding]) throws -> [UInt8] {
        var out: [UInt8] = []
        var line = 1
        var delimiter: UInt8?
        var parser: CSVParser?
        var failure: CSVError?
        func emit(_ record: CSVRecord) {
            while line < record.line { out.append(0x0A); line += 1 }
            for i in 0..<record.count {
                if i > 0 { out.append(delimiter!) }
                let raw = record.withField(i) { Array($0) }
                let encoding = i < encodings.count ? encodings[i] : .utf8
                let text = encoding == .utf8 ? raw : ((try? UTF8Transcoder.decode(raw, as: encoding, hasBOM: false)) ?? raw)
                out.append(0x22)
                for byte in text {
                    if byte == 0x22 { out.append(0x22) }
                    if byte == 0x0A { line += 1 }
                    out.append(byte)
                }
                out.append(0x22)
            }
            out.append(0x0A)
            line += 1
        }
        try source.forEachChunk { chunk in
            if parser == nil {
                delimiter = CSVDialect.detectDelimiter(chunk.prefix(1 << 14))
                parser = CSVParser(delimiter: delimiter!)
            }
            parser!.consume(chunk, emit)
        }
        do { try parser?.finish(emit) } catch let error as CSVError { failure = error }
        if let failure {
            // Keep the unterminated tail as it was: the CSV reader reports it with its line.
            while line < failure.line { out.append(0x0A); line += 1 }
            out.append(0x22)
        }
        return out
    }
}
