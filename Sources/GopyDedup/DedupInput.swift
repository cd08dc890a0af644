/// One comment as the near-duplicate clusterer sees it.
public struct DedupInput: Sendable, Hashable {
    /// The comment's id (unique).
    public var commentID: String
    /// Comments are never merged across scopes (draft and round).
    public var scope: ClusterScope
    /// Who sent it: the same sender gives the same key (the caller decides how: a source id
    /// for an organisation, a citizen's e-mail or phone). Used only to count distinct senders.
    public var senderKey: String
    /// The key the comment is compared by: ``GopyText/MatchingKey/comparisonKey(_:)`` (the
    /// matching key, or for text typed without diacritics the diacritic-free key). Comments with
    /// the same key are one text.
    public var matchingKey: String
    /// General agreement (``GeneralAgreement``): clustered only with other general
    /// agreement, never part of a campaign. Must depend on the matching key alone.
    public var general: Bool
    /// Typed without diacritics (``GopyText/MatchingKey/isTypedWithoutDiacritics(_:)`` of the
    /// text): compared with the others on the diacritic-free form of both keys.
    public var typedWithoutDiacritics: Bool

    /// - Parameter typedWithoutDiacritics: nil to decide from the key
    ///   (``looksTypedWithoutDiacritics(matchingKey:)``); better, the text's own
    ///   ``GopyText/MatchingKey/isTypedWithoutDiacritics(_:)``.
    public init(
        commentID: String, scope: ClusterScope, senderKey: String, matchingKey: String,
        general: Bool = false, typedWithoutDiacritics: Bool? = nil
    ) {
        self.commentID = commentID
        self.scope = scope
        self.senderKey = senderKey
        self.matchingKey = matchingKey
        self.general = general
        self.typedWithoutDiacritics = typedWithoutDiacritics ?? Self.looksTypedWithoutDiacritics(matchingKey: matchingKey)
    }

    /// Whether a key reads as typed without diacritics: fewer than one word in five holds a
    /// letter beyond ASCII (written Vietnamese has one in most words), and at least one word has
    /// a lower-case letter.
    public static func looksTypedWithoutDiacritics(matchingKey: String) -> Bool {
        var words = 0
        var marked = 0
        var lettered = false
        var inWord = false
        var wordMarked = false
        for byte in matchingKey.utf8 {
            if byte == 0x20 {
                if inWord {
                    words += 1
                    if wordMarked { marked += 1 }
                }
                inWord = false
                wordMarked = false
                continue
            }
            inWord = true
            if byte >= 0x80 {
                wordMarked = true
            } else if byte >= 0x61 {
                lettered = true
            }
        }
        if inWord {
            words += 1
            if wordMarked { marked += 1 }
        }
        return lettered && marked * 5 < words
    }
}
