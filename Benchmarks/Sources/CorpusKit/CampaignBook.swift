/// The form-letter campaigns of a round: for each, a letter (the template many citizens send)
/// about one section, and how many senders it draws.
///
/// There is one campaign per 7,500 comments of the round (at least one), each with a weight
/// drawn log-uniformly between 1 and 200, so that with ``CommentFactory/campaignRate`` their
/// sizes run from about twenty members to a few thousand, the same at any round size.
struct CampaignBook: Sendable {
    struct Campaign: Sendable {
        var index: Int
        /// The letter, 80 syllables or more: an introduction, four to seven proposals, a conclusion.
        var template: String
        var syllables: Int
        var section: String
        /// The near-duplicate group of the members that send the letter with little of their own.
        var group: UInt64
        /// The letter's key shingles, to keep members with an addition clear of it.
        var similarity: KeySimilarity
    }

    var campaigns: [Campaign]
    /// Running sums of the weights, for a weighted choice by bisection.
    private var cumulative: [Double]

    static let stream: UInt64 = 7
    static let commentsPerCampaign = 7_500

    init(seed: UInt64, commentCount: Int, outline: Outline) {
        let count = max(1, commentCount / Self.commentsPerCampaign)
        let leaves = outline.leaves
        let composer = SentenceComposer()
        campaigns = []
        cumulative = []
        var total = 0.0
        for index in 0..<count {
            var random = SplitMix64(seed: seed, stream: Self.stream, item: UInt64(index))
            let section = random.pick(leaves)
            var sentences = [random.pick(Phrases.campaignIntros)(composer.locality(&random))]
            var syllables = Self.syllables(sentences[0])
            let proposals = random.int(in: 4...7)
            var made = 0
            while made < proposals || syllables < 80 {
                let sentence = composer.sentence(about: section, &random)
                guard !sentences.contains(sentence) else { continue }
                sentences.append(sentence)
                syllables += Self.syllables(sentence)
                made += 1
            }
            let conclusion = random.pick(Phrases.campaignConclusions)
            sentences.append(conclusion)
            syllables += Self.syllables(conclusion)
            let template = sentences.joined(separator: " ")
            campaigns.append(
                Campaign(
                    index: index, template: template, syllables: syllables, section: section.id, group: TextHash.of(template),
                    similarity: KeySimilarity(template)))
            total += (random.unit() * 5.2983).exp()  // e^(ln 200 · u): log-uniform in [1, 200)
            cumulative.append(total)
        }
    }

    /// A campaign, drawn by weight.
    func pick(_ random: inout SplitMix64) -> Campaign {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return campaigns[low]
    }

    /// Words (one a syllable in Vietnamese, near enough) of a text.
    static func syllables(_ text: String) -> Int {
        text.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
    }
}

extension Double {
    /// e to this power (Foundation-free: `exp` from the C library differs by platform in the
    /// last bit, which would change a round; this series is the same everywhere).
    func exp() -> Double {
        // e^x = (e^(x/64))^64, with e^(x/64) from its Taylor series (x ≤ 5.3: the terms fall fast).
        let y = self / 64
        var term = 1.0
        var sum = 1.0
        for n in 1...12 {
            term *= y / Double(n)
            sum += term
        }
        for _ in 0..<6 { sum *= sum }
        return sum
    }
}
