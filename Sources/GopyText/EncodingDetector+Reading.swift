extension EncodingDetector {
    /// One candidate reading of a sample, scored by ``SyllableScorer``.
    struct Reading {
        /// What the bytes are read as.
        enum Candidate: Equatable {
            case encoding(TextEncoding)
            /// UTF-8 with each invalid byte as U+FFFD: how a damaged UTF-8 file reads.
            case lenientUTF8
        }

        var candidate: Candidate
        var score: Double
        /// Words the score rests on.
        var scored: Int
        /// Characters no Vietnamese text has.
        var penalties: Int
        var vietnameseLetters: Int
        var combiningMarks: Int
        /// The share of scored words that are frequent syllables.
        var commonShare: Double

        /// What readings are ranked by: the score, plus a little for frequent syllables to
        /// break near-ties between readings that are all well-formed.
        var rank: Double { score + commonWeight * commonShare }

        /// The encoding (UTF-8 for the lenient reading).
        var encoding: TextEncoding {
            if case .encoding(let encoding) = candidate { return encoding }
            return .utf8
        }

        /// Readings of valid UTF-8, plain first.
        static let utf8Candidates: [Candidate] = [
            .encoding(.utf8), .encoding(.tcvn3Mojibake), .encoding(.vniMojibake), .encoding(.windows1258Mojibake), .encoding(.doubleUTF8),
        ]
        /// Readings of bytes that are not UTF-8, in the order that breaks ties.
        static let legacyCandidates: [Candidate] = [.encoding(.windows1258), .encoding(.tcvn3), .encoding(.vni)]

        /// Reads `bytes` as `candidate` and scores the result. Bytes read as UTF-8 must be whole
        /// sequences, except for the lenient reading.
        static func read(_ bytes: UnsafeBufferPointer<UInt8>, as candidate: Candidate) -> Reading {
            var scorer = SyllableScorer()
            switch candidate {
            case .lenientUTF8:
                var decoder = RecoveredUTF8Decoder(replacingInvalid: true)
                decoder.decode(bytes, into: &scorer)
                decoder.flush(into: &scorer)
            case .encoding(.utf8):
                UTF8Scalars.decode(bytes, into: &scorer)
            case .encoding(let encoding):
                var state = LegacyState(encoding)
                state.decode(bytes, into: &scorer)
                state.flush(into: &scorer)
            }
            scorer.finish()
            return Reading(
                candidate: candidate, score: scorer.score, scored: scorer.scored, penalties: scorer.penalties,
                vietnameseLetters: scorer.vietnameseLetters, combiningMarks: scorer.combiningMarks,
                commonShare: scorer.commonShare)
        }

        /// Every candidate's reading of `bytes`, best first (ties in the candidates' order).
        static func compare(_ bytes: UnsafeBufferPointer<UInt8>, candidates: [Candidate]) -> [Reading] {
            let readings = candidates.map { read(bytes, as: $0) }
            return readings.indices.sorted { a, b in
                readings[a].rank != readings[b].rank ? readings[a].rank > readings[b].rank : a < b
            }.map { readings[$0] }
        }

        /// The sample sizes compared in turn: a larger one only while the result is unclear.
        static let stages = [1024, 4096, 16384]

        /// ``compare(_:candidates:)`` on the first 1 KiB, then 4, then 16, then all of `bytes`,
        /// stopping as soon as the best reading rests on enough words and leads clearly.
        static func compareStaged(_ bytes: UnsafeBufferPointer<UInt8>, candidates: [Candidate]) -> [Reading] {
            for stage in stages where stage < bytes.count {
                let cut = cutPoint(bytes, near: stage)
                let readings = compare(UnsafeBufferPointer(rebasing: bytes[..<cut]), candidates: candidates)
                if readings[0].scored >= 30 && readings[0].rank - readings[1].rank >= 0.3 { return readings }
            }
            return compare(bytes, candidates: candidates)
        }

        /// Where to cut `bytes` near `limit`: after the last line feed in its second half, else
        /// before a UTF-8 continuation byte so that no sequence is split.
        private static func cutPoint(_ bytes: UnsafeBufferPointer<UInt8>, near limit: Int) -> Int {
            var i = limit
            while i > limit / 2 {
                if bytes[i - 1] == 0x0A { return i }
                i -= 1
            }
            i = limit
            while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
            return i
        }

        /// The chosen reading of sorted `readings`. With `plain` (the reading the bytes have
        /// without any repair), another reading wins only clearly: by ``clearMargin``, or by
        /// ``strongMargin`` when the plain reading already holds Vietnamese letters, and with a
        /// score no lower than ``poorScoreThreshold``.
        static func choose(_ readings: [Reading], plain: TextEncoding?) -> Choice {
            let best = readings[0]
            guard let plain, let plainReading = readings.first(where: { $0.candidate == .encoding(plain) }),
                plainReading.candidate != best.candidate
            else {
                return Choice(best: best, runnerUp: readings.count > 1 ? readings[1] : nil, isPlain: plain != nil && best.candidate == .encoding(plain!))
            }
            let margin = plainReading.vietnameseLetters > 0 ? strongMargin : clearMargin
            if best.rank >= plainReading.rank + margin && best.score >= poorScoreThreshold {
                return Choice(best: best, runnerUp: plainReading)
            }
            return Choice(best: plainReading, runnerUp: best, isPlain: true)
        }
    }

    /// The weight of frequent syllables in a reading's rank.
    static let commonWeight = 0.2
    /// By how much a repaired reading must beat the plain UTF-8 reading.
    static let clearMargin = 0.05
    /// By how much a repaired reading must beat a plain UTF-8 reading that holds Vietnamese letters.
    static let strongMargin = 0.3

    /// The outcome of a comparison.
    struct Choice {
        var best: Reading
        var runnerUp: Reading?
        /// Whether the choice is the plain reading, kept because no other won clearly.
        var isPlain = false

        /// How sure the choice is. For the plain UTF-8 reading: as for any valid UTF-8 (0.99),
        /// less by how much a repaired reading outranked it. Otherwise the best reading's score,
        /// discounted for a small lead over the runner-up and for few words.
        var confidence: Double {
            if isPlain {
                let closeness = max(0, (runnerUp?.rank ?? 0) - best.rank)
                return thousandths(max(0.5, 0.99 - 2 * closeness))
            }
            // Nothing that tells the readings apart (only ASCII letters): they read alike.
            if best.scored + best.penalties == 0 { return 0.5 }
            let words = Double(best.scored)
            let evidence = words / (words + 2)
            let lead = best.score - (runnerUp?.score ?? 0)
            let sureness = min(1, max(0, 0.5 + lead))
            return thousandths(best.score * evidence * sureness)
        }

        func detection(hasBOM: Bool, holes: LossyHoles.Scan) -> EncodingDetection {
            EncodingDetection(
                encoding: best.encoding, hasBOM: hasBOM, confidence: confidence,
                hasCombiningMarks: best.combiningMarks > 0, isASCII: false,
                score: thousandths(best.score), runnerUp: runnerUp?.encoding,
                runnerUpScore: runnerUp.map { thousandths($0.score) }, scoredWords: best.scored,
                lossyHoles: holes.count, firstLossyLine: holes.firstLine)
        }
    }
}

/// A value from 0 to 1 rounded to three decimals (without libm, which this module does not link).
@inline(__always)
func thousandths(_ value: Double) -> Double {
    Double(Int(value * 1000 + 0.5)) / 1000
}

/// Well-formed UTF-8 into a ``ScalarSink``.
enum UTF8Scalars {
    @inline(__always)
    static func decode<Sink: ScalarSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                sink.put(UInt32(lead))
                i += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= count else { break }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            sink.put(value)
            i += length
        }
    }
}
