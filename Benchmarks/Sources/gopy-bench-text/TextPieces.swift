import CorpusKit
import Foundation
import GopyText

/// A group of pieces measured together: an encoding, and for UTF-8 whether the text is
/// decomposed (NFD, as macOS and some web forms write it).
enum BenchGroup: Int, CaseIterable, Sendable {
    case utf8NFC, utf8NFD, utf16LE, windows1258, tcvn3, vni, windows1258Mojibake, tcvn3Mojibake, vniMojibake, doubleUTF8

    var encoding: TextEncoding {
        switch self {
        case .utf8NFC, .utf8NFD: .utf8
        case .utf16LE: .utf16LE
        case .windows1258: .windows1258
        case .tcvn3: .tcvn3
        case .vni: .vni
        case .windows1258Mojibake: .windows1258Mojibake
        case .tcvn3Mojibake: .tcvn3Mojibake
        case .vniMojibake: .vniMojibake
        case .doubleUTF8: .doubleUTF8
        }
    }

    var name: String {
        switch self {
        case .utf8NFC: "UTF-8 NFC"
        case .utf8NFD: "UTF-8 NFD"
        case .utf16LE: "UTF-16 LE (BOM)"
        case .windows1258: "Windows-1258"
        case .tcvn3: "TCVN3"
        case .vni: "VNI-Windows"
        case .windows1258Mojibake: "Windows-1258 mojibake"
        case .tcvn3Mojibake: "TCVN3 mojibake"
        case .vniMojibake: "VNI mojibake"
        case .doubleUTF8: "double UTF-8"
        }
    }

    /// The speed this group must reach, in MB/s of input (nil: none set).
    var target: Double? {
        switch self {
        case .utf8NFC: 100
        case .utf8NFD, .utf16LE: nil
        default: 30
        }
    }
}

/// One file-sized piece of the corpus: its bytes in its group's encoding, and the UTF-8 a
/// correct decoding gives (NFC, or NFD for the NFD group).
struct TextPiece: Sendable {
    var group: BenchGroup
    var bytes: [UInt8]
    var expected: [UInt8]
}

enum TextPieces {
    /// Pieces of about `pieceSize` bytes of UTF-8, cut at line ends from the files of a
    /// generated round (district reports, headed texts, XML, CSV), until `total` bytes; piece
    /// `i` goes to group `i % groups`, so every group gets the same kind of text.
    static func make(total: Int, pieceSize: Int, seed: UInt64) -> (pieces: [TextPiece], unencodable: Int) {
        // About 300 bytes a comment in the generated files; more comments than needed, cut at `total`.
        let comments = total / 250 + 1
        let files = max(8, total / pieceSize)
        let generator = CorpusGenerator(
            options: CorpusOptions(
                output: "", files: files, comments: comments, seed: seed, draftID: "bcct-xvii", round: 2, labels: nil,
                overwrite: false))
        var stream: [UInt8] = []
        stream.reserveCapacity(total + total / 8)
        for file in generator.plan.files {
            var bytes = generator.makeFile(file).bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            stream += bytes
            if stream.count >= total { break }
        }
        var pieces: [TextPiece] = []
        var unencodable = 0
        var start = 0
        let groups = BenchGroup.allCases
        while start < stream.count {
            var end = min(stream.count, start + pieceSize)
            if end < stream.count, let newline = stream[start..<end].lastIndex(of: 0x0A) { end = newline + 1 }
            let utf8 = Array(stream[start..<end])
            start = end
            let group = groups[pieces.count % groups.count]
            guard let piece = encode(utf8, as: group) else {
                unencodable += 1
                continue
            }
            pieces.append(piece)
        }
        return (pieces, unencodable)
    }

    static func encode(_ utf8: [UInt8], as group: BenchGroup) -> TextPiece? {
        let text = String(decoding: utf8, as: UTF8.self)
        switch group {
        case .utf8NFC:
            return TextPiece(group: group, bytes: utf8, expected: utf8)
        case .utf8NFD:
            // Line by line: Foundation's normalisers are slow on long strings on Linux.
            let nfd = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0).decomposedStringWithCanonicalMapping }.joined(separator: "\n")
            return TextPiece(group: group, bytes: Array(nfd.utf8), expected: Array(nfd.utf8))
        default:
            guard let body = LegacyEncoder.encode(text, as: group.encoding) else { return nil }
            let bom = group == .utf16LE ? group.encoding.byteOrderMark : []
            return TextPiece(group: group, bytes: bom + body, expected: utf8)
        }
    }
}
