import GopyModel

/// Replaces personal data inside comment text with labels, so that the outbox holds none.
///
/// Masked: e-mail addresses, Vietnamese phone numbers (`0` or `+84` then 9–10 digits, grouped by
/// spaces, dots or dashes or not at all), identity numbers (9 or 12 digits standing alone), and
/// the commenter's own name, address, phone and e-mail wherever the text repeats them.
/// Section numbers (2.3, I.1), years, sums (1.000.000 đồng), percentages and document numbers
/// (30/2020/NĐ-CP, 125-BC/HU) are left alone, and so is every other word.
public enum PersonalDataMasker {
    /// What an e-mail address becomes.
    public static let emailLabel = "[email]"
    /// What a phone number becomes.
    public static let phoneLabel = "[số điện thoại]"
    /// What an identity number (CMND, CCCD) becomes.
    public static let identityLabel = "[số định danh]"
    /// What the commenter's own name becomes.
    public static let nameLabel = "[họ tên]"
    /// What the commenter's own address becomes.
    public static let addressLabel = "[địa chỉ]"

    /// The text with personal data replaced by labels; everything else as it was.
    ///
    /// The commenter's own values are found without regard to case; a name or address of
    /// several words also without regard to tone-mark style, or to diacritics where one side
    /// is written without them. A name of one word is masked only where the text capitalises
    /// it; an address of one word (a province, say) is not masked. A phone number is found by
    /// its digits, however the text groups them.
    public static func mask(_ text: String, personal: PersonalData) -> String {
        var text = text
        if !personal.isEmpty {
            text = replacing(text) { bytes in OwnValues(personal).spans(in: bytes, text: text) }
        }
        return replacing(text) { bytes in Patterns.spans(in: bytes) }
    }

    /// A stretch of UTF-8 bytes to replace with a label.
    struct Span {
        var range: Range<Int>
        var label: String
    }

    /// Replaces the spans `find` returns (in any order, overlaps resolved first come, first kept).
    static func replacing(_ text: String, _ find: (UnsafeBufferPointer<UInt8>) -> [Span]) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let spans = find(bytes).sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
            if spans.isEmpty { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16 * spans.count)
            var position = 0
            for span in spans where span.range.lowerBound >= position {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<span.range.lowerBound]))
                out.append(contentsOf: span.label.utf8)
                position = span.range.upperBound
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position...]))
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }
}

extension PersonalDataMasker {
    /// Finds the commenter's own values in a text.
    struct OwnValues {
        var personal: PersonalData

        init(_ personal: PersonalData) { self.personal = personal }

        func spans(in bytes: UnsafeBufferPointer<UInt8>, text: String) -> [Span] {
            var spans: [Span] = []
            var words: Words?
            let foldedText = Array((" " + Folding.words(text) + " ").utf8)
            for (value, label, minimumWords) in [(personal.author, nameLabel, 1), (personal.address, addressLabel, 2)] {
                guard let value, !value.isEmpty else { continue }
                let folded = Folding.words(value)
                guard !folded.isEmpty,
                    foldedText.withUnsafeBufferPointer({ Patterns.contains(Array((" " + folded + " ").utf8), in: $0) })
                else { continue }
                let wanted = Words(value)
                guard wanted.tokens.count >= minimumWords else { continue }
                if words == nil { words = Words(text) }
                spans += words!.occurrences(of: wanted).map { Span(range: $0, label: label) }
            }
            if let phone = personal.phone, let digits = Patterns.nationalDigits(phone), digits.count >= 6 {
                spans += Patterns.numbers(in: bytes, withDigits: digits).map { Span(range: $0, label: phoneLabel) }
            }
            if let email = personal.email, !email.isEmpty {
                spans += Patterns.caseInsensitiveOccurrences(of: Array(email.utf8), in: bytes).map { Span(range: $0, label: emailLabel) }
            }
            return spans
        }
    }

    /// The words of a text, with their byte ranges and comparison forms.
    struct Words {
        struct Token {
            var range: Range<Int>
            /// Lower case, old tone style, NFC.
            var key: String
            /// Lower case, no diacritics.
            var folded: String
            /// Whether the word is written with a capital first letter.
            var isCapitalised: Bool
            /// Whether the word carries no diacritics.
            var isPlain: Bool { key == folded }
        }

        var tokens: [Token] = []

        init(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                var start: Int?
                var i = 0
                func close(at end: Int) {
                    guard let begin = start else { return }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self)
                    let first = word.unicodeScalars.first!
                    tokens.append(Token(
                        range: begin..<end, key: MatchingKey.make(word), folded: Folding.words(word),
                        isCapitalised: first.properties.isUppercase))
                    start = nil
                }
                while i < bytes.count {
                    let (scalar, length) = UTF8Bytes.decode(bytes, at: i)
                    if VietnameseLetters.isWordScalar(scalar) {
                        if start == nil { start = i }
                    } else {
                        close(at: i)
                    }
                    i += length
                }
                close(at: bytes.count)
            }
        }

        /// The byte ranges where the text holds `value`'s words in a row.
        func occurrences(of value: Words) -> [Range<Int>] {
            let wanted = value.tokens
            guard !wanted.isEmpty, wanted.count <= tokens.count else { return [] }
            var found: [Range<Int>] = []
            var i = 0
            while i + wanted.count <= tokens.count {
                let window = tokens[i..<i + wanted.count]
                let matches = zip(window, wanted).allSatisfy { token, want in
                    if wanted.count == 1 { return token.isCapitalised && token.key == want.key }
                    return token.key == want.key || ((token.isPlain || want.isPlain) && token.folded == want.folded)
                }
                if matches {
                    found.append(window.first!.range.lowerBound..<window.last!.range.upperBound)
                    i += wanted.count
                } else {
                    i += 1
                }
            }
            return found
        }
    }
}
