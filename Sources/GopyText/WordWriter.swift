/// Writes words scalar by scalar into UTF-8, and restyles the tone of each word that ends in
/// `oa`/`oe`/`uy` as it closes. Only words whose last two letters could change are decoded again.
struct WordWriter {
    var out: [UInt8]
    let style: ToneStyle
    /// Whether a space goes between words (matching keys); otherwise the caller writes separators.
    let spaceBetweenWords: Bool
    private var wordStart = -1
    private var count = 0
    private var previous: UInt32 = 0
    private var last: UInt32 = 0
    /// Whether any word was restyled.
    private(set) var changed = false

    init(capacity: Int, style: ToneStyle, spaceBetweenWords: Bool) {
        out = []
        out.reserveCapacity(capacity)
        self.style = style
        self.spaceBetweenWords = spaceBetweenWords
    }

    /// Appends one scalar of the current word, starting a word if none is open.
    @inline(__always)
    mutating func appendLetter(_ scalar: Unicode.Scalar) {
        if wordStart < 0 {
            if spaceBetweenWords && !out.isEmpty { out.append(0x20) }
            wordStart = out.count
            count = 0
        }
        previous = last
        last = scalar.value
        count += 1
        UTF8Bytes.append(scalar, to: &out)
    }

    /// Appends bytes outside any word (closing the current word first).
    @inline(__always)
    mutating func appendOther(_ bytes: UnsafeBufferPointer<UInt8>) {
        endWord()
        out.append(contentsOf: bytes)
    }

    /// Closes the current word, restyling its tone when needed.
    @inline(__always)
    mutating func endWord() {
        guard wordStart >= 0 else { return }
        defer { wordStart = -1 }
        guard count >= 2 && count <= 5 && VietnameseVowels.mightRestyle(previous: previous, last: last, to: style) else { return }
        var word = UTF8Bytes.scalars(out[wordStart...])
        guard VietnameseVowels.restyle(&word, to: style) else { return }
        out.removeSubrange(wordStart...)
        for scalar in word { UTF8Bytes.append(scalar, to: &out) }
        changed = true
    }
}
