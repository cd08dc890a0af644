/// What a drafter needs to know of a form-letter campaign, beside its point's counts.
public struct CampaignSummary: Sendable, Hashable {
    /// The campaign's id (as in `comments.jsonl`).
    public var id: String
    /// The template as its most typical member wrote it, personal opening and closing left
    /// out; parts that are not contiguous are joined by " … ".
    public var template: String
    /// Every submission of the campaign placed in this part, those standing as their own
    /// point included.
    public var submissions: Int
    /// Distinct senders among them (a citizen who sent it twice counts once).
    public var distinctSenders: Int
    /// Submissions that add words of their own to the template.
    public var withAdditions: Int
    /// The most frequent additions, most frequent first, in the commenter's own spelling.
    public var additions: [Addition]
    /// The points standing for members whose own addition is substantial, sorted.
    public var standalonePoints: [String]

    /// One wording of the members' own additions, and how many sent it.
    public struct Addition: Sendable, Hashable {
        public var text: String
        public var count: Int

        public init(text: String, count: Int) {
            self.text = text
            self.count = count
        }
    }

    public init(
        id: String, template: String, submissions: Int, distinctSenders: Int, withAdditions: Int,
        additions: [Addition], standalonePoints: [String]
    ) {
        self.id = id
        self.template = template
        self.submissions = submissions
        self.distinctSenders = distinctSenders
        self.withAdditions = withAdditions
        self.additions = additions
        self.standalonePoints = standalonePoints
    }
}
