import Foundation
import GopyPipeline
import GopyTestSupport
import GopyText
import Testing

/// The same comment arriving in every encoding and tone-mark style is read right and lands in
/// one cluster; XML whose content contradicts its declaration is corrected; lossy exports are
/// flagged and still ingested.
@Suite struct EncodingsTests {
    static let comment = "Đề nghị bổ sung giải pháp phát triển hài hòa, bảo vệ rừng, làm thủy lợi, chống sạt lở đất và hỗ trợ đồng bào dân tộc thiểu số ổn định đời sống."

    func root() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory(prefix: "gopy-enc")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("config"), to: dir.url.appendingPathComponent("config"))
        return dir
    }

    func csv(_ text: String) -> String { "STT,Nội dung góp ý\n1,\"\(text)\"\n" }

    @Test func oneCommentInEveryEncodingIsOneCluster() throws {
        let dir = try root()
        let folder = "inbox/nhan-dan/cong-thong-tin/"
        var written: [String] = []
        for encoding in TextEncoding.allCases {
            let bytes: [UInt8]
            switch encoding {
            case .utf8: bytes = Array(csv(Self.comment).utf8)
            case .utf16LE, .utf16BE:
                var units: [UInt8] = encoding.byteOrderMark
                for unit in csv(Self.comment).utf16 {
                    let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                    units += encoding == .utf16LE ? [lo, hi] : [hi, lo]
                }
                bytes = units
            default:
                guard let encoded = LegacyEncoder.encode(csv(Self.comment), as: encoding) else {
                    Issue.record("LegacyEncoder cannot write \(encoding)")
                    continue
                }
                bytes = encoded
            }
            try dir.write(folder + "y-kien-\(encoding.rawValue).csv", bytes: bytes)
            written.append(encoding.rawValue)
        }
        try dir.write(folder + "y-kien-nfd.csv", csv(Self.comment.decomposedStringWithCanonicalMapping))
        try dir.write(folder + "y-kien-kieu-moi.csv", csv(Self.comment.replacingOccurrences(of: "hòa", with: "hoà").replacingOccurrences(of: "thủy", with: "thuỷ")))
        try dir.write(folder + "y-kien-chu-hoa.csv", csv(Self.comment.replacingOccurrences(of: "Đề nghị", with: "ĐỀ NGHỊ")))

        let report = try Batch(options: BatchOptions(root: dir.url)).run()
        #expect(report.filesRejected == 0)
        let comments = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        #expect(comments.count == written.count + 3)
        #expect(Set(comments.map { $0["cluster"] as! String }).count == 1, "one comment, one cluster: \(comments.map { $0["text"] as! String })")
        // Every reading but TCVN3's (which has no upper-case toned letters) is the text itself.
        for c in comments where !(c["file"] as! String).contains("tcvn3") && !(c["file"] as! String).contains("chu-hoa") {
            #expect(c["text"] as? String == Self.comment, "\(c["file"]!): \(c["text"]!)")
        }
        let manifest = try OutboxReader.json(dir.url.appendingPathComponent("outbox"), "runs/\(report.runID).json") as! [String: Any]
        let encodings = Set((manifest["inputs"] as! [[String: Any]]).compactMap { $0["encoding"] as? String })
        #expect(encodings.isSuperset(of: ["windows-1258", "tcvn3", "vni-windows", "utf-16le"]))
    }

    @Test func xmlDeclaredUTF8ButWrittenInWindows1258IsCorrected() throws {
        let dir = try root()
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <submission draft="bcct-xvii">
              <source id="mttq-tinh" kind="front">Ủy ban MTTQ Việt Nam tỉnh</source>
              <comment id="1" section="Phần thứ nhất, mục I.1"><text>\(Self.comment)</text></comment>
            </submission>

            """
        try dir.write("inbox/mat-tran/sai-khai-bao.xml", bytes: try #require(LegacyEncoder.encode(xml, as: .windows1258)))
        try dir.write("inbox/mat-tran/khong-khai-bao.xml", bytes: try #require(LegacyEncoder.encode(xml.replacingOccurrences(of: " encoding=\"UTF-8\"", with: "").replacingOccurrences(of: "id=\"1\"", with: "id=\"2\""), as: .vni)))
        let report = try Batch(options: BatchOptions(root: dir.url)).run()
        #expect(report.filesRejected == 0)
        let comments = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        #expect(comments.count == 2)
        #expect(comments.allSatisfy { $0["text"] as? String == Self.comment && $0["section"] as? String == "1.I.1" })
        let rejected = (try OutboxReader.json(dir.url.appendingPathComponent("outbox"), "rejected.json") as! [String: Any])["rejected"] as! [[String: Any]]
        let corrections = rejected.filter { ($0["reason"] as? String)?.hasPrefix("encoding corrected") == true }
        #expect(corrections.count == 2)
        #expect(corrections.allSatisfy { $0["scope"] as? String == "warning" })
        #expect(corrections.contains { ($0["reason"] as! String).contains("declared utf-8") && ($0["reason"] as! String).contains("windows-1258") })
    }

    @Test func aLossyExcelExportIsFlaggedAndItsRecordsIngested() throws {
        let dir = try root()
        let rows = (1...6).map { "\($0),\"Đ? ngh? b? sung gi?i pháp phát tri?n kinh t? s? s\($0)\"" }.joined(separator: "\n")
        let text = "STT,Nội dung góp ý\n" + rows + "\n"
        try dir.write("inbox/nhan-dan/cong-thong-tin/excel.csv", bytes: try #require(LegacyEncoder.encode(text.replacingOccurrences(of: "Nội dung góp ý", with: "Noi dung gop y"), as: .windows1258)))
        try Batch(options: BatchOptions(root: dir.url)).run()
        let comments = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        #expect(comments.count == 6)
        let rejected = (try OutboxReader.json(dir.url.appendingPathComponent("outbox"), "rejected.json") as! [String: Any])["rejected"] as! [[String: Any]]
        #expect(rejected.contains { $0["scope"] as? String == "warning" && ($0["reason"] as? String)?.contains("lossy") == true })
    }
}
