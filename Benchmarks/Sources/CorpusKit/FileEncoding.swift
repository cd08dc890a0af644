import GopyText

/// Which encodings the files of a round are written in (`--encodings`).
package enum CorpusEncodings: String, Sendable, CaseIterable {
    /// Every file in UTF-8, as the writers make it (some citizens' CSV files with a byte-order mark).
    case utf8 = "utf-8"
    /// Each file in one of ``FileEncoding/mixed``, chosen from the seed and the file's index.
    case mixed
}

/// The encoding one generated file is written in: a ``TextEncoding`` and whether the file
/// starts with its byte-order mark.
package struct FileEncoding: Sendable, Hashable {
    package var encoding: TextEncoding
    package var hasBOM: Bool

    package init(_ encoding: TextEncoding, bom: Bool) {
        self.encoding = encoding
        hasBOM = bom
    }

    /// The encodings of a mixed round, with their shares of the files.
    package static let mixed: [(FileEncoding, Double)] = [
        (FileEncoding(.utf8, bom: false), 3),
        (FileEncoding(.utf8, bom: true), 1),
        (FileEncoding(.utf16LE, bom: true), 1),
        (FileEncoding(.windows1258, bom: false), 1),
        (FileEncoding(.tcvn3, bom: false), 1),
        (FileEncoding(.vni, bom: false), 1),
        (FileEncoding(.tcvn3Mojibake, bom: false), 1),
        (FileEncoding(.vniMojibake, bom: false), 1),
        (FileEncoding(.doubleUTF8, bom: false), 1),
    ]

    /// The random stream the choice is drawn from: apart from every other choice of the
    /// generator, so a mixed round holds the same comments as the UTF-8 round of its seed.
    static let stream: UInt64 = 20

    /// The encoding of file `index` of a round with this seed.
    package static func choose(seed: UInt64, file index: Int) -> FileEncoding {
        var random = SplitMix64(seed: seed, stream: stream, item: UInt64(index))
        return mixed[random.weighted(mixed.map(\.1))].0
    }

    /// The name written into the labels: the ``TextEncoding`` raw value.
    package var label: String { encoding.rawValue }

    /// `utf8` (the writers' UTF-8 bytes, possibly with a byte-order mark) in this encoding,
    /// or nil when the text holds a character the encoding has no bytes for. An XML
    /// declaration keeps saying UTF-8 (what gopy must see through), except in UTF-16 files.
    package func encode(_ utf8: [UInt8], isXML: Bool) -> [UInt8]? {
        let hadBOM = utf8.starts(with: [0xEF, 0xBB, 0xBF])
        if encoding == .utf8 {
            if hasBOM == hadBOM { return utf8 }
            return hasBOM ? [0xEF, 0xBB, 0xBF] + utf8 : Array(utf8.dropFirst(3))
        }
        var text = String(decoding: hadBOM ? utf8.dropFirst(3) : utf8[...], as: UTF8.self)
        if isXML && (encoding == .utf16LE || encoding == .utf16BE) {
            text = text.replacingFirst("encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        }
        guard let body = LegacyEncoder.encode(text, as: encoding) else { return nil }
        return hasBOM ? encoding.byteOrderMark + body : body
    }
}
