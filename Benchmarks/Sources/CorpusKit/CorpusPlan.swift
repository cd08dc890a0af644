/// The kinds of files a round holds.
package enum FileKind: String, Sendable, CaseIterable {
    /// A district committee's consolidated report in the administrative layout (.txt).
    case districtReport = "district-report"
    /// An organisation's plain list of items under a `Key: value` header block (.txt).
    case headedText = "headed-text"
    /// An XML submission from a system (front, conferences, departments).
    case submission
    /// A web portal's, newspaper's or radio's compilation of citizens' comments (.csv).
    case citizenCSV = "citizen-csv"

    /// Share of the files.
    var fileShare: Double {
        switch self {
        case .districtReport: 0.14
        case .headedText: 0.06
        case .submission: 0.25
        case .citizenCSV: 0.55
        }
    }

    /// Relative number of comments in a file of this kind.
    var size: Double {
        switch self {
        case .districtReport: 1.0
        case .headedText: 0.5
        case .submission: 1.5
        case .citizenCSV: 3.0
        }
    }

    /// Whether the comments are citizens' (first person, personal data) or an organisation's.
    var isCitizen: Bool { self == .citizenCSV }
}

/// One file of the round: what it is, whose, where, and which comments it holds.
package struct PlannedFile: Sendable {
    package var index: Int
    package var kind: FileKind
    var source: CorpusSource
    /// Path relative to `inbox/`.
    package var path: String
    /// Numbers of its comments: `firstComment ..< firstComment + commentCount`.
    var firstComment: Int
    var commentCount: Int
    /// Day of March 2025 the file was received.
    var day: Int
}

/// Which files the round has and how the comments are spread over them. Built in one
/// sequential pass (cheap: one step per file); the files themselves can then be written in
/// any order.
package struct CorpusPlan: Sendable {
    package var files: [PlannedFile]
    var totalComments: Int

    static let stream: UInt64 = 1

    init(fileCount: Int, commentCount: Int, seed: UInt64, catalog: SourceCatalog) {
        var random = SplitMix64(seed: seed, stream: Self.stream, item: 0)
        let kinds = FileKind.allCases
        // Every kind at least once when there is room, then by share.
        var fileKinds: [FileKind] = []
        for index in 0..<fileCount {
            fileKinds.append(index < kinds.count && fileCount >= 8 ? kinds[index] : kinds[random.weighted(kinds.map(\.fileShare))])
        }
        let weights = fileKinds.map { $0.size * (0.4 + 1.2 * random.unit()) }
        let totalWeight = weights.reduce(0, +)
        // Largest remainder, so that the counts add up to exactly `commentCount`; at least one a file.
        var counts = weights.map { max(1, Int(Double(commentCount) * $0 / totalWeight)) }
        var missing = commentCount - counts.reduce(0, +)
        var cursor = 0
        while missing > 0 && !counts.isEmpty {
            counts[cursor % counts.count] += 1
            missing -= 1
            cursor += 1
        }

        let pools: [FileKind: [CorpusSource]] = [
            .districtReport: catalog.of(.district),
            .headedText: catalog.of(.agency) + catalog.of(.veteran),
            .submission: catalog.of(.front) + catalog.of(.expert) + catalog.of(.agency) + catalog.of(.veteran) + catalog.of(.central),
            .citizenCSV: catalog.of(.citizen),
        ]
        var perSource: [String: Int] = [:]
        var files: [PlannedFile] = []
        var next = 0
        for index in 0..<fileCount {
            let kind = fileKinds[index]
            let source = random.pick(pools[kind]!)
            let serial = perSource[source.id, default: 0] + 1
            perSource[source.id] = serial
            let number = String(repeating: "0", count: max(0, 3 - String(serial).count)) + String(serial)
            let path: String
            switch kind {
            case .districtReport: path = "huyen-uy/\(source.id)/bao-cao-gop-y-\(number).txt"
            case .headedText: path = "so-nganh/\(source.id)/y-kien-\(number).txt"
            case .submission: path = "he-thong/\(source.kind.rawValue)/\(source.id)-\(number).xml"
            case .citizenCSV: path = "nhan-dan/\(source.id)/gop-y-\(number).csv"
            }
            files.append(
                PlannedFile(
                    index: index, kind: kind, source: source, path: path, firstComment: next, commentCount: counts[index],
                    day: random.int(in: 1...28)))
            next += counts[index]
        }
        self.files = files
        totalComments = next
    }

    /// The file holding comment `number`.
    func file(holding number: Int) -> PlannedFile {
        var low = 0
        var high = files.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if files[middle].firstComment <= number { low = middle } else { high = middle - 1 }
        }
        return files[low]
    }
}
