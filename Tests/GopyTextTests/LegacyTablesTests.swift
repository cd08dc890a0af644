import GopyModel
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@testable import GopyText

/// The generated tables and the codecs built on them, letter by letter against the reference
/// table `shared/reference/legacy-encodings.tsv`.
@Suite("Legacy encoding tables against the reference")
struct LegacyTablesTests {
    let rows = LegacyEncodingsTSV.rows

    func decode(_ bytes: [UInt8], _ encoding: TextEncoding) throws -> String {
        String(decoding: try UTF8Transcoder.decode(bytes, as: encoding), as: UTF8.self)
    }

    @Test func theReferenceHasAllLetters() {
        #expect(rows.count == 134)
        #expect(Set(rows.map(\.character)).count == 134)
        #expect(Set(rows.map(\.character)) == Set(VietnameseSamples.letters))
        #expect(LegacyTables.letters.count == 134)
    }

    /// `shared/reference/legacy-encodings.tsv` beside this checkout (`main/`), as CI and the
    /// developers have it.
    static let sharedTSV = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/") + "/../shared/reference/legacy-encodings.tsv"

    @Test(.enabled(if: access(sharedTSV, R_OK) == 0, "shared/ is not beside this checkout"))
    func theEmbeddedCopyIsTheSharedFile() throws {
        let file = try #require(fopen(Self.sharedTSV, "rb"))
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        #expect(String(decoding: bytes, as: UTF8.self) == LegacyEncodingsTSV.text + "\n")
    }

    @Test func tcvn3DecodesEveryLetterLowerCaseWhereItHasNoCapital() throws {
        for row in rows {
            let decoded = try decode(row.tcvn3, .tcvn3)
            // Upper-case toned letters share the lower-case byte: they come back lower case.
            let sharesAByte = rows.contains { $0.character != row.character && $0.tcvn3 == row.tcvn3 }
            let expected = sharesAByte ? row.character.lowercased() : row.character
            #expect(decoded == expected, "\(row.character)")
        }
        // 74 letters in one byte each: 67 lower case, Ă Â Đ Ê Ô Ơ Ư.
        #expect(Set(rows.map(\.tcvn3)).count == 74)
    }

    @Test func vniDecodesEveryLetter() throws {
        for row in rows {
            #expect(try decode(row.vni, .vni) == row.character, "\(row.character)")
        }
        #expect(rows.filter { $0.vni.count == 1 }.count == 18)
    }

    @Test func windows1258DecodesEveryLetterComposed() throws {
        for row in rows {
            let decoded = try decode(row.windows1258, .windows1258)
            #expect(decoded == row.character, "\(row.character)")
            // One scalar: composed in the decoder, not left to a later NFC.
            #expect(decoded.unicodeScalars.count == 1 && decoded.unicodeScalars.first!.value == row.codePoint)
        }
    }

    @Test func encodingGivesTheReferenceBytes() {
        for row in rows {
            #expect(LegacyEncoder.encode(row.character, as: .tcvn3) == row.tcvn3, "\(row.character)")
            #expect(LegacyEncoder.encode(row.character, as: .vni) == row.vni, "\(row.character)")
            #expect(LegacyEncoder.encode(row.character, as: .windows1258) == row.windows1258, "\(row.character)")
        }
    }

    @Test func mojibakeIsTheReferenceWindows1252Reading() throws {
        for row in rows {
            let tcvn3 = try #require(LegacyEncoder.encode(row.character, as: .tcvn3Mojibake))
            #expect(String(decoding: tcvn3, as: UTF8.self) == row.tcvn3AsWindows1252, "\(row.character)")
            let vni = try #require(LegacyEncoder.encode(row.character, as: .vniMojibake))
            #expect(String(decoding: vni, as: UTF8.self) == row.vniAsWindows1252, "\(row.character)")
            // …and decodes back.
            #expect(try decode(Array(row.vniAsWindows1252.utf8), .vniMojibake) == row.character)
            #expect(try decode(Array(row.tcvn3AsWindows1252.utf8), .tcvn3Mojibake) == (try decode(row.tcvn3, .tcvn3)))
        }
    }

    @Test func windows1252PartsAgreeWithTheWindows1252Table() {
        // TCVN3 and VNI are Windows-1252 wherever they have no letter; ASCII is ASCII everywhere.
        let letterBytes = Set(rows.flatMap { $0.tcvn3 })
        for byte in 0..<256 where !letterBytes.contains(UInt8(byte)) {
            #expect(LegacyTables.tcvn3[byte] == LegacyTables.windows1252[byte])
        }
        for byte in 0..<128 {
            #expect(LegacyTables.windows1252[byte] == UInt16(byte))
            #expect(LegacyTables.windows1258[byte] == UInt16(byte))
            #expect(LegacyTables.vniSingle[byte] == UInt16(byte))
        }
        // The reverse map of the mojibake decoder agrees with the table.
        for byte in 0..<256 where LegacyTables.windows1252[byte] != 0xFFFD {
            #expect(MojibakeDecoder<TCVN3Decoder>.windows1252Byte(UInt32(LegacyTables.windows1252[byte])) == UInt8(byte))
        }
    }
}
