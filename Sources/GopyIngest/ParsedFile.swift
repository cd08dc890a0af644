import GopyModel

/// What a format reader makes of one file: what the file says about itself, its comments in
/// file order, and the records it could not take.
public struct ParsedFile: Sendable, Hashable {
    public var metadata: FileMetadata
    public var comments: [RawComment]
    /// Records not ingested (and warnings about records that were).
    public var problems: [RecordProblem]

    public init(metadata: FileMetadata = FileMetadata(), comments: [RawComment] = [], problems: [RecordProblem] = []) {
        self.metadata = metadata
        self.comments = comments
        self.problems = problems
    }
}
