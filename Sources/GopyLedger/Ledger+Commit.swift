import Foundation
import GopyModel
import GRDB

extension Ledger {
    /// Writes a night's changes in one transaction: either all of them are in the ledger
    /// afterwards, or (on any error, or if the process dies) none. The comments and events
    /// set aside with ``stage(comments:events:run:)`` are written first.
    public func commit(_ night: NightChanges) throws(LedgerError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try guarded {
            try db.write { db in
                let upsertFile = try db.makeStatement(sql: """
                    INSERT INTO files (sha256, size, format, encoding, confidence, status, reason, first_path, first_run, last_run, metadata)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(sha256) DO UPDATE SET size = excluded.size, format = excluded.format,
                        encoding = excluded.encoding, confidence = excluded.confidence, status = excluded.status,
                        reason = excluded.reason, last_run = excluded.last_run, metadata = excluded.metadata
                    """)
                for f in night.files {
                    let metadata = try f.metadata.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
                    try upsertFile.execute(arguments: [f.sha256, f.size, f.format, f.encoding, f.confidence, f.status.rawValue, f.reason, f.firstPath, night.run, night.run, metadata])
                }

                try db.execute(sql: "UPDATE paths SET present = 0 WHERE present = 1")
                let upsertPath = try db.makeStatement(sql: """
                    INSERT INTO paths (path, sha256, size, mtime_ns, first_run, last_run, present) VALUES (?, ?, ?, ?, ?, ?, 1)
                    ON CONFLICT(path, sha256) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
                        last_run = excluded.last_run, present = 1
                    """)
                for s in night.sightings {
                    try upsertPath.execute(arguments: [s.path, s.sha256, s.size, s.mtimeNanoseconds, night.run, night.run])
                }

                let insertComment = try db.makeStatement(sql: """
                    INSERT OR IGNORE INTO comments (id, file_sha256, line, row, record, draft, round, source_id, source_kind,
                        source_name, section, section_basis, original_text, text, matching_key, general, external_id,
                        author, address, phone, email, received, raw, section_score, ingested_run)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                try Self.commitStagedComments(db, run: night.run)
                for stored in night.comments {
                    var arguments = try Self.commentArguments(stored, encoder: encoder)
                    arguments += [night.run]
                    try insertComment.execute(arguments: arguments)
                }

                let updateComment = try db.makeStatement(sql: """
                    UPDATE comments SET draft = ?, round = ?, source_id = ?, source_kind = ?, source_name = ?, section = ?,
                        section_basis = ?, text = ?, matching_key = ?, general = ?, section_score = ? WHERE id = ?
                    """)
                for c in night.reassembled {
                    try updateComment.execute(arguments: [c.draft, c.round, c.source.id, c.source.kind.rawValue, c.source.name, c.section, c.sectionBasis.rawValue, c.text, c.matchingKey, c.general ? 1 : 0, c.sectionScore, c.id])
                }

                let supersede = try db.makeStatement(sql: "UPDATE comments SET superseded_run = ? WHERE id = ? AND superseded_run IS NULL")
                let dropAssignment = try db.makeStatement(sql: "DELETE FROM assignments WHERE comment_id = ?")
                for id in night.superseded {
                    try supersede.execute(arguments: [night.run, id])
                    try dropAssignment.execute(arguments: [id])
                }

                let dropRejections = try db.makeStatement(sql: "DELETE FROM rejections WHERE file_sha256 = ?")
                let insertRejection = try db.makeStatement(sql: "INSERT INTO rejections (file_sha256, path, scope, line, row, record, reason, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                for (sha, list) in night.rejections.sorted(by: { $0.key < $1.key }) {
                    try dropRejections.execute(arguments: [sha])
                    for r in list {
                        try insertRejection.execute(arguments: [sha, r.file, r.scope.rawValue, r.line, r.row, r.record, r.reason, night.run])
                    }
                }

                let upsertAssignment = try db.makeStatement(sql: "INSERT OR REPLACE INTO assignments (comment_id, cluster, point, campaign, run) VALUES (?, ?, ?, ?, ?)")
                for a in night.assignments {
                    try upsertAssignment.execute(arguments: [a.commentID, a.cluster, a.point, a.campaign, night.run])
                }

                try db.execute(sql: "DELETE FROM points")
                let insertPoint = try db.makeStatement(sql: "INSERT INTO points (id, draft, section, cluster, campaign, text, submissions, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                for p in night.points {
                    try insertPoint.execute(arguments: [p.id, p.draft, p.section, p.cluster, p.campaign, p.text, p.submissions, night.run])
                }

                try Self.commitStagedEvents(db)
                let insertEvent = try db.makeStatement(sql: "INSERT INTO events (run, kind, subject, detail) VALUES (?, ?, ?, ?)")
                for e in night.events {
                    try insertEvent.execute(arguments: [night.run, e.kind.rawValue, e.subject, e.detail])
                }
            }
            let stagingPath = stagingPath
            try db.writeWithoutTransaction { try Self.dropStaging($0, path: stagingPath) }
        }
    }
}
