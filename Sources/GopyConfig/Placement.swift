/// A drafter's placement (`config/placements.yaml`): a comment or a point pinned to a section,
/// or to the whole document, applied on every run.
public struct Placement: Sendable, Hashable {
    /// What is placed: a comment (`C-…`) or every comment of a point (`P-…`), as the outbox
    /// names them.
    public enum Target: Sendable, Hashable {
        case comment(String)
        case point(String)

        public var id: String {
            switch self {
            case .comment(let id), .point(let id): id
            }
        }
    }

    public var target: Target
    /// A section id of the draft, or nil for the whole document.
    public var section: String?
    /// Who placed it ("Nguyễn Văn A, Tổ Biên tập").
    public var by: String
    /// When, as written (a date).
    public var at: String
    public var note: String?
    /// The line of the entry in `config/placements.yaml`, for messages.
    public var line: Int

    public init(target: Target, section: String?, by: String, at: String, note: String? = nil, line: Int = 0) {
        self.target = target
        self.section = section
        self.by = by
        self.at = at
        self.note = note
        self.line = line
    }
}
