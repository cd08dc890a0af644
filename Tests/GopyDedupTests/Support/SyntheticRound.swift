import GopyDedup
import GopyText

/// A generated round of comments with the truth about them: which near-duplicate group each
/// comment belongs to, and which campaign. The same seed gives the same round.
struct SyntheticRound {
    struct Item {
        var input: DedupInput
        var text: String
        /// The near-duplicate group (comments that say the same thing in the same words).
        var group: Int
        /// The campaign, if the comment is a form letter.
        var campaign: Int?
    }

    var items: [Item] = []

    /// - Parameters:
    ///   - count: comments in all.
    ///   - campaigns: how many form-letter campaigns (each a share of the comments).
    static func make(count: Int, seed: UInt64, campaigns: Int = 5, scope: ClusterScope = ClusterScope(draft: "d", round: 1)) -> SyntheticRound {
        var gen = SyntheticComments(seed: seed)
        var round = SyntheticRound()
        var originals: [(text: String, group: Int)] = []
        var groupOfKey: [String: Int] = [:]
        var nextGroup = 0
        let templates = (0..<campaigns).map { _ in gen.template(sentences: 4 + gen.random.below(3)) }
        func group(for text: String) -> Int {
            let key = MatchingKey.make(text)
            if let g = groupOfKey[key] { return g }
            groupOfKey[key] = nextGroup
            nextGroup += 1
            return nextGroup - 1
        }
        for n in 0..<count {
            let roll = gen.random.below(100)
            var text: String
            var g: Int
            var campaign: Int? = nil
            var sender = "s\(n)"
            if roll < 40 || originals.isEmpty {
                text = gen.comment(sentences: 2 + gen.random.below(3))
                g = group(for: text)
                originals.append((text, g))
            } else if roll < 60 {
                let origin = originals[originals.count - 1 - gen.random.below(min(originals.count, 5000))]
                let syllables = MatchingKey.make(origin.text).split(separator: " ").count
                text = gen.variant(of: origin.text, edits: 1 + gen.random.below(max(1, syllables / 20)))
                g = origin.group
                groupOfKey[MatchingKey.make(text)] = groupOfKey[MatchingKey.make(text)] ?? g
            } else if roll < 72 {
                let origin = originals[originals.count - 1 - gen.random.below(min(originals.count, 5000))]
                text = origin.text
                g = origin.group
                if gen.random.chance(0.3) { sender = "resubmitter-\(g)" }
            } else if roll < 76 {
                let origin = originals[originals.count - 1 - gen.random.below(min(originals.count, 5000))]
                text = SyntheticComments.unaccented(origin.text)
                g = origin.group
            } else if roll < 90 {
                text = gen.pick(SyntheticComments.generalAgreement)
                g = group(for: text)
            } else if campaigns > 0 {
                let c = gen.random.below(campaigns)
                campaign = c
                let template = templates[c]
                switch gen.random.below(4) {
                case 0:
                    text = template
                case 1:
                    text = gen.pick(SyntheticComments.openers) + " " + lowercasingFirst(template)
                case 2:
                    text = template + " " + gen.personalAddition(words: 5 + gen.random.below(10))
                default:
                    text = gen.personalAddition(words: 10 + gen.random.below(40)) + " " + template
                }
                // One group per campaign: a member is the template with personal words.
                g = group(for: "\u{1}campaign \(c)")
            } else {
                text = gen.comment()
                g = group(for: text)
            }
            let key = MatchingKey.comparisonKey(text)
            round.items.append(Item(
                input: DedupInput(commentID: "C-\(String(n, radix: 16))", scope: scope, senderKey: sender, matchingKey: key,
                                  general: GeneralAgreement.isGeneral(matchingKey: key),
                                  typedWithoutDiacritics: MatchingKey.isTypedWithoutDiacritics(text)),
                text: text, group: g, campaign: campaign))
        }
        return round
    }

    /// B-cubed precision, recall and F1 of `clusters` against the groups.
    func bCubed(_ result: DedupResult) -> (precision: Double, recall: Double, f1: Double) {
        let clusterOf = result.clusterOf
        var index: [String: Int] = [:]
        for (i, item) in items.enumerated() { index[item.input.commentID] = i }
        var byCluster: [String: [Int]] = [:]
        var byGroup: [Int: [Int]] = [:]
        for (i, item) in items.enumerated() {
            byCluster[clusterOf[item.input.commentID]!, default: []].append(i)
            byGroup[item.group, default: []].append(i)
        }
        var precision = 0.0, recall = 0.0
        for members in byCluster.values {
            var groups: [Int: Int] = [:]
            for i in members { groups[items[i].group, default: 0] += 1 }
            for i in members { precision += Double(groups[items[i].group]!) / Double(members.count) }
        }
        for members in byGroup.values {
            var clusters: [String: Int] = [:]
            for i in members { clusters[clusterOf[items[i].input.commentID]!, default: 0] += 1 }
            for i in members { recall += Double(clusters[clusterOf[items[i].input.commentID]!]!) / Double(members.count) }
        }
        precision /= Double(items.count)
        recall /= Double(items.count)
        return (precision, recall, 2 * precision * recall / (precision + recall))
    }
}
