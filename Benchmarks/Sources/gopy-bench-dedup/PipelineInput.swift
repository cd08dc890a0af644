import CorpusKit
import GopyDedup
import GopyModel
import GopyText

/// A comment's `DedupInput` made as `gopy run` makes it (Sources/GopyPipeline: CommentAssembler
/// for the text and its key, Batch step 5 for the input), from the text its file holds:
///
/// 1. `TextNormalizer.display` in the house tone-mark style (`tone_style: old`, as the
///    generated config/gopy.yaml sets); the generated text is well-formed UTF-8, so the
///    mojibake repair that comes first in the pipeline would leave it as it is;
/// 2. `PersonalDataMasker.mask` with the sender's name, address, phone and e-mail (a citizens'
///    file gives them in its columns; the generator's CSV files leave some cells empty, which
///    masks a little less there), then the self-introductions ("Tôi là …");
/// 3. general agreement from `GeneralAgreement.isGeneral` on `MatchingKey.make`; the compared key
///    `MatchingKey.comparisonKey`, and `MatchingKey.isTypedWithoutDiacritics` of the text;
/// 4. the sender as `SenderIdentity.key` counts it: an organisation by its source, a citizen by
///    e-mail.
enum PipelineInput {
    static func make(_ comment: LabelledComment, id: String, scope: ClusterScope) -> DedupInput {
        let text = text(comment)
        let sender = comment.fromOrganisation ? "o:" + comment.sourceID : "e:" + comment.email.lowercased()
        return DedupInput(
            commentID: id, scope: scope, senderKey: sender, matchingKey: MatchingKey.comparisonKey(text),
            general: GeneralAgreement.isGeneral(matchingKey: MatchingKey.make(text)),
            typedWithoutDiacritics: MatchingKey.isTypedWithoutDiacritics(text))
    }

    /// Steps 1 and 2: the text as the outbox shows it (what keys are made from).
    static func text(_ comment: LabelledComment) -> String {
        maskingSelfIntroductions(PersonalDataMasker.mask(display(comment), personal: personal(comment)))
    }

    static func display(_ comment: LabelledComment) -> String {
        TextNormalizer.display(comment.text, toneStyle: .old)
    }

    static func personal(_ comment: LabelledComment) -> PersonalData {
        comment.fromOrganisation
            ? PersonalData()
            : PersonalData(author: comment.author, address: comment.address, phone: comment.phone, email: comment.email)
    }

    /// Each step alone over `comments`, on this thread: CPU seconds of display, masking, the
    /// self-introductions, and the keys with general agreement.
    static func breakdown(_ comments: [LabelledComment]) -> [(String, Double)] {
        var sink = 0
        var times: [(String, Double)] = []
        func time(_ name: String, _ body: () -> Void) {
            let start = threadCPUSeconds()
            body()
            times.append((name, threadCPUSeconds() - start))
        }
        var displayed: [String] = []
        var masked: [String] = []
        var texts: [String] = []
        time("display") { displayed = comments.map(display) }
        time("PersonalDataMasker.mask") { masked = zip(comments, displayed).map { PersonalDataMasker.mask($1, personal: personal($0)) } }
        time("self-introductions (Regex, as gopy runs it)") {
            texts = masked.map { $0.replacing(selfIntroduction) { match in match.output.1 + PersonalDataMasker.nameLabel } }
        }
        time("self-introductions (phrase check, then Regex)") { texts = masked.map(maskingSelfIntroductions) }
        time("MatchingKey.make + GeneralAgreement") {
            for text in texts { sink &+= GeneralAgreement.isGeneral(matchingKey: MatchingKey.make(text)) ? 1 : 0 }
        }
        time("comparisonKey + isTypedWithoutDiacritics") {
            for text in texts { sink &+= MatchingKey.comparisonKey(text).utf8.count + (MatchingKey.isTypedWithoutDiacritics(text) ? 1 : 0) }
        }
        if sink == 42 { print("") }
        return times
    }

    /// Jaccard similarity of two texts as the clusterer first sees them (without masking
    /// quotations): character 5-grams of their matching keys, or 7-grams of their
    /// diacritic-free keys when either was typed without diacritics.
    static func jaccard(_ a: String, _ b: String) -> Double {
        let unaccented = MatchingKey.isTypedWithoutDiacritics(a) || MatchingKey.isTypedWithoutDiacritics(b)
        func grams(_ text: String) -> Set<String> {
            let key = Array((unaccented ? MatchingKey.diacriticFree(text) : MatchingKey.make(text)).unicodeScalars)
            let n = unaccented ? 7 : 5
            guard key.count >= n else { return [String(String.UnicodeScalarView(key))] }
            return Set((0...(key.count - n)).map { String(String.UnicodeScalarView(key[$0..<($0 + n)])) })
        }
        let x = grams(a)
        let y = grams(b)
        return Double(x.intersection(y).count) / Double(max(1, x.union(y).count))
    }

    /// What `CommentAssembler.maskingSelfIntroductions` does (internal to GopyPipeline, so
    /// repeated here): the capitalised words after "Tôi là", "tôi tên là" … are a name.
    ///
    /// The regular expression is slow (about 3,500 comments/s), so it is tried only on texts
    /// holding one of its phrases in lower case: the same result, sooner.
    static func maskingSelfIntroductions(_ text: String) -> String {
        let lower = text.lowercased()
        guard introductions.contains(where: { lower.contains($0) }) else { return text }
        return text.replacing(selfIntroduction) { match in match.output.1 + PersonalDataMasker.nameLabel }
    }

    static let introductions = ["tôi là", "tôi tên là", "tên tôi là", "họ và tên", "họ tên", "người góp ý"]

    nonisolated(unsafe) static let selfIntroduction =
        /((?i:tôi là|tôi tên là|tên tôi là|họ và tên|họ tên|người góp ý)\s*:?\s+)\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}/

    /// A stable, unique comment id that sorts in no particular order, like the pipeline's
    /// SHA-256 ids: "C-" and 16 hexadecimal digits of a bijective mix of the number.
    static func commentID(_ number: Int) -> String {
        var z = UInt64(number) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        let hex = String(z, radix: 16)
        return "C-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
