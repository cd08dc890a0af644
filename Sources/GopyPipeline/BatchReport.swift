/// What a run did, for the command to print and tests to check.
public struct BatchReport: Sendable, Hashable {
    public var runID: String
    public var files: Int
    public var filesRejected: Int
    public var comments: Int
    public var recordsRejected: Int
    /// Comments per draft id.
    public var commentsByDraft: [String: Int]
    /// Milliseconds per stage: ingest, dedup, synthesis, write, total.
    public var timings: [String: Int]
    /// Path of the run's manifest.
    public var manifestPath: String
    /// Files read tonight (new bytes, and rejected files tried again).
    public var filesRead: Int
    /// Comments the ledger did not hold before tonight.
    public var newComments: Int

    public init(runID: String, files: Int, filesRejected: Int, comments: Int, recordsRejected: Int, commentsByDraft: [String: Int], timings: [String: Int], manifestPath: String, filesRead: Int, newComments: Int) {
        self.runID = runID
        self.files = files
        self.filesRejected = filesRejected
        self.comments = comments
        self.recordsRejected = recordsRejected
        self.commentsByDraft = commentsByDraft
        self.timings = timings
        self.manifestPath = manifestPath
        self.filesRead = filesRead
        self.newComments = newComments
    }
}
