import Foundation
import GopyCSV
import Testing

/// The csv-spectrum peer suite (Fixtures/csv-spectrum, see its NOTICE.md): every
/// `csvs/NAME.csv` must read as `json/NAME.json`, an array of objects keyed by header name.
@Suite("csv-spectrum")
struct CSVSpectrumTests {
    static let names = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines",
        "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    static func fixture(_ path: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/csv-spectrum/\(path)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test("the suite is all there")
    func suiteIsComplete() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/csv-spectrum/csvs", withExtension: nil))
        let found = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") }
            .map { String($0.dropLast(4)) }
        #expect(found.sorted() == Self.names.sorted())
    }

    @Test("reads as its JSON", arguments: names, [1, 2, 3, 7, 1 << 16])
    func matchesJSON(name: String, chunkSize: Int) throws {
        let csv = try Self.fixture("csvs/\(name).csv")
        let json = try JSONSerialization.jsonObject(with: Self.fixture("json/\(name).json"))
        let expected = try #require(json as? [[String: String]])

        let all = try records([UInt8](csv), chunkSize: chunkSize)
        let header = try #require(all.first).fields
        let objects = all.dropFirst().map { record in
            Dictionary(uniqueKeysWithValues: zip(header, record.fields))
        }
        #expect(objects == expected)
        #expect(all.allSatisfy { $0.count == header.count })
        #expect(all.map(\.index) == Array(0..<all.count))
    }
}
