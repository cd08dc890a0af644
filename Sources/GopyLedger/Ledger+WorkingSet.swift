import GopyModel
import GRDB

extension Ledger {
    /// Every comment that counts (not superseded), all drafts, as a night's clustering and
    /// synthesis use them, in no particular order (sort them before use).
    ///
    /// Lighter than ``activeComments(withRecords:)`` for a large ledger: the fields only the
    /// ledger and `trace` read are left out (`originalText` and `matchingKey` are empty,
    /// `externalID` and `received` nil), and the strings many comments repeat (file, hash,
    /// source, draft, section) are shared rather than copied for each.
    /// - Parameter extraCapacity: room to keep in the array for comments the caller will add.
    public func workingComments(extraCapacity: Int = 0) throws(LedgerError) -> [Comment] {
        try guarded {
            try db.read { db in
                let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments WHERE superseded_run IS NULL") ?? 0
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT c.id, f.first_path, c.file_sha256, c.line, c.row, c.record, c.source_id, c.source_kind,
                        c.source_name, c.draft, c.round, c.section, c.section_basis, c.text, c.general,
                        c.author, c.address, c.phone, c.email, c.section_score
                    FROM comments c JOIN files f ON f.sha256 = c.file_sha256
                    WHERE c.superseded_run IS NULL
                    """)
                var shared = StringTable()
                var result: [Comment] = []
                result.reserveCapacity(total + extraCapacity)
                while let row = try rows.next() {
                    let locator = Locator(line: row[3], row: row[4], record: row[5])
                    let kind = SourceKind(rawValue: row[7]) ?? .citizen
                    let section: String? = row[11]
                    result.append(Comment(
                        id: row[0],
                        provenance: Provenance(file: shared[row[1]], sha256: shared[row[2]], locator: locator),
                        source: SourceRef(id: shared[row[6]], kind: kind, name: shared[row[8]]),
                        draft: shared[row[9]], round: row[10], section: section.map { shared[$0] },
                        sectionBasis: SectionBasis(rawValue: row[12]) ?? .none,
                        originalText: "", text: row[13], matchingKey: "",
                        general: (row[14] as Int) != 0,
                        personal: PersonalData(author: row[15], address: row[16], phone: row[17], email: row[18]),
                        sectionScore: row[19]
                    ))
                }
                return result
            }
        }
    }
}

/// One copy of each string many rows repeat.
struct StringTable {
    private var strings: [String: String] = [:]

    subscript(_ value: String) -> String {
        mutating get {
            if let known = strings[value] { return known }
            strings[value] = value
            return value
        }
    }
}

extension Ledger {
    /// The latest assignment of every comment, one at a time in comment id order (SQLite's
    /// byte order), without holding them all.
    public func forEachAssignment(_ body: (Assignment) -> Void) throws(LedgerError) {
        try guarded {
            try db.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT comment_id, cluster, point, campaign FROM assignments ORDER BY comment_id")
                while let row = try rows.next() {
                    body(Assignment(commentID: row[0], cluster: row[1], point: row[2], campaign: row[3]))
                }
            }
        }
    }
}
