import GopyModel
import GopyText

/// Clusters the comments of one partition: one scope, and either general agreement or not.
///
/// Works on distinct keys ("texts"), numbered in the order of their first comment's id, so
/// that every step is independent of input order:
/// 1. short texts (and texts left short once quotations are masked) match by key alone;
/// 2. the others get MinHash signatures, in parallel, each into its own slots;
/// 3. LSH bands give candidate pairs, each bucket member linked to the bucket's first two
///    members only;
/// 4. candidates are verified against their real Jaccard similarity, and verified pairs
///    joined with union-find (whose sets do not depend on the order of the joins).
struct PartitionClusterer {
    let scope: ClusterScope
    let general: Bool
    let inputs: [DedupInput]
    /// Indices into `inputs`, in comment-id order.
    let comments: [Int32]
    let mask: QuotationMask?
    let configuration: DedupConfiguration
    let hasher: MinHasher

    // Texts: distinct matching keys.
    private(set) var keys: KeyStore? = nil
    private(set) var firstComment: [Int32] = []
    private(set) var commentCount: [Int32] = []
    private(set) var unaccented: [Bool] = []
    /// Per text: its key's syllables.
    private(set) var syllables: [Int32] = []
    /// The positions in `comments` in the order of the inputs they stand for.
    private(set) var inputOrder: [Int32] = []
    /// Per comment (position in `comments`): its text.
    private(set) var textOf: [Int32] = []

    /// Text `t`'s key as the inputs hold it.
    func key(ofText t: Int) -> String { inputs[Int(comments[Int(firstComment[t])])].matchingKey }
    /// The campaign signatures (``CampaignConfiguration/shingle``) of the long texts that can
    /// hold a template, made with their near-duplicate signatures; and each text's row in them
    /// (-1: none).
    private(set) var campaignSignatures: (signatures: Signatures, row: [Int32])? = nil

    init(scope: ClusterScope, general: Bool, inputs: [DedupInput], comments: [Int32], mask: QuotationMask?, configuration: DedupConfiguration, hasher: MinHasher) {
        self.scope = scope
        self.general = general
        self.inputs = inputs
        self.comments = comments
        self.mask = mask
        self.configuration = configuration
        self.hasher = hasher
    }

    /// The texts' clusters: each a list of texts in order; clusters in the order of their
    /// first text.
    mutating func textClusters() -> [[Int32]] {
        collectTexts()
        let keys = keys!
        let count = keys.count
        var sets = UnionFind(count: count)
        var long: [Int32] = []
        var short: [Int32] = []
        for t in 0..<count {
            if syllables[t] < configuration.minSyllables { short.append(Int32(t)) } else { long.append(Int32(t)) }
        }
        joinShort(short, &sets)
        joinLong(long, &sets)

        var clusterOfRoot = [Int32](repeating: -1, count: count)
        var clusters: [[Int32]] = []
        for t in 0..<Int32(count) {
            let root = Int(sets.find(t))
            if clusterOfRoot[root] >= 0 {
                clusters[Int(clusterOfRoot[root])].append(t)
            } else {
                clusterOfRoot[root] = Int32(clusters.count)
                clusters.append([t])
            }
        }
        return clusters
    }

    private mutating func collectTexts() {
        let inputs = inputs, comments = comments
        // Passes over every comment visit them in the order the inputs hold them: their keys
        // were made, and lie in memory, about in that order (comment-id order is random there).
        inputOrder = RadixSort.order(of: comments)
        let visit = inputOrder
        let numbering = KeyStore.number(comments.count, jobs: configuration.jobs, visit: visit) { inputs[Int(comments[$0])].matchingKey }
        textOf = numbering.numberOf
        firstComment = numbering.first
        keys = numbering.store
        commentCount = [Int32](repeating: 0, count: numbering.first.count)
        for t in textOf { commentCount[Int(t)] += 1 }
        // Each text's syllables and whether it was typed without diacritics: from its first
        // comment, found in one pass over the comments.
        var syllables = [Int32](repeating: 0, count: numbering.first.count)
        var unaccented = [Bool](repeating: false, count: numbering.first.count)
        let textOf = textOf, firstComment = firstComment
        syllables.withUnsafeMutableBufferPointer { syllables in
            unaccented.withUnsafeMutableBufferPointer { unaccented in
                let counts = SharedBuffer(syllables), plain = SharedBuffer(unaccented)
                Parallel.forEachChunk(comments.count, jobs: configuration.jobs, chunk: 4096) { range in
                    for k in range {
                        let p = Int(visit[k])
                        let t = Int(textOf[p])
                        guard firstComment[t] == Int32(p) else { continue }
                        let input = Int(comments[p])
                        var key = inputs[input].matchingKey
                        counts[t] = Int32(key.withUTF8(KeyBytes.syllables))
                        plain[t] = inputs[input].typedWithoutDiacritics
                    }
                }
            }
        }
        self.syllables = syllables
        self.unaccented = unaccented
    }

    /// Short texts: the same key only; one typed without diacritics joins the text with the
    /// same diacritic-free key that most comments share (ties: the first).
    private func joinShort(_ short: [Int32], _ sets: inout UnionFind) {
        guard short.contains(where: { unaccented[Int($0)] }) else { return }
        let keys = keys!
        var table = KeyTable(capacity: short.count)
        var groups: [[Int32]] = []
        for t in short {
            let folded = String(String.UnicodeScalarView(keys.string(Int(t)).unicodeScalars.map { Unicode.Scalar(Shingler.fold($0.value))! }))
            let (g, new) = table.add(folded)
            if new { groups.append([t]) } else { groups[Int(g)].append(t) }
        }
        for group in groups where group.count > 1 {
            let plain = group.filter { unaccented[Int($0)] }
            guard !plain.isEmpty else { continue }
            let accented = group.filter { !unaccented[Int($0)] }
            let target = accented.max { (commentCount[Int($0)], -$0) < (commentCount[Int($1)], -$1) } ?? plain[0]
            for t in plain { sets.union(t, target) }
        }
    }

    /// Long texts: MinHash, LSH, verification.
    ///
    /// One signature per text, on the diacritic-free form of its key (so that a copy typed
    /// without diacritics meets its original in the same buckets; folding only makes two keys
    /// more alike, so no pair at the threshold is lost). A candidate pair is then verified on
    /// the matching keys when both are written with diacritics, on the diacritic-free keys
    /// with longer shingles when one is not.
    private mutating func joinLong(_ long: [Int32], _ sets: inout UnionFind) {
        guard long.count > 1 else { return }
        let texts = keys!
        let unit = configuration.shingle
        // Texts long enough to hold a campaign's template get their campaign signature too,
        // from the same decoding of the key (``CampaignDetector`` takes its units' from them).
        let campaigns = configuration.campaigns
        var second: (unit: ShingleUnit, rows: [Int32], count: Int)? = nil
        var rowOfText: [Int32] = []
        if !general && campaigns.enabled {
            var rows = [Int32](repeating: -1, count: long.count)
            rowOfText = [Int32](repeating: -1, count: texts.count)
            var n: Int32 = 0
            for (i, t) in long.enumerated() where syllables[Int(t)] >= campaigns.minTemplateSyllables {
                rows[i] = n
                rowOfText[Int(t)] = n
                n += 1
            }
            second = (campaigns.shingle, rows, Int(n))
        }
        let (signatures, campaignSignatures) = Signatures.sign(
            count: long.count, keys: texts, hasher: hasher, jobs: configuration.jobs, mask: mask, minSyllables: configuration.minSyllables,
            visit: RadixSort.order(of: long.map { comments[Int(firstComment[Int($0)])] }), source: { i in (Int(long[i]), true, unit) }, second: second
        )
        if let campaignSignatures { self.campaignSignatures = (campaignSignatures, rowOfText) }
        let least = LSHParameters.leastEqualValues(
            similarity: min(configuration.threshold, configuration.unaccentedThreshold), hashes: signatures.hashes, recall: configuration.estimateRecall)
        let floor = Double(least) / Double(signatures.hashes)
        let pairs = signatures.candidatePairs(configuration.lsh, floor: floor, jobs: configuration.jobs) { _, _ in true }
        verify(pairs, long: long, signatures: signatures, &sets)
    }

    /// Joins the candidate pairs (positions in `long`) whose Jaccard similarity reaches the
    /// threshold (pairs whose signatures estimate them far below it are already dropped).
    /// They are taken in blocks: pairs already joined are dropped, the others verified in
    /// parallel, then joined; the sets that result do not depend on the blocks.
    private func verify(_ pairs: [UInt64], long: [Int32], signatures: Signatures, _ sets: inout UnionFind) {
        let texts = keys!
        let configuration = configuration
        let plain = unaccented
        let workers = Workspaces(count: max(1, configuration.jobs)) { Verifier(mask: mask, configuration: configuration) }
        let block = configuration.jobs > 1 ? 4096 : 1
        var start = 0
        var open: [UInt64] = []
        var similar: [Bool] = []
        while start < pairs.count {
            let end = min(pairs.count, start + block)
            open.removeAll(keepingCapacity: true)
            for p in pairs[start..<end] {
                let i = Int(p >> 32), j = Int(p & 0xFFFF_FFFF)
                let a = long[i], b = long[j]
                guard sets.find(a) != sets.find(b) else { continue }
                open.append(UInt64(a) << 32 | UInt64(b))
            }
            start = end
            guard !open.isEmpty else { continue }
            if open.count == 1 {
                let a = Int(open[0] >> 32), b = Int(open[0] & 0xFFFF_FFFF)
                if workers.withState(0, { $0.similar(a, b, texts: texts, plain: plain) }) { sets.union(Int32(a), Int32(b)) }
                continue
            }
            similar = Array(repeating: false, count: open.count)
            let work = open
            similar.withUnsafeMutableBufferPointer { similar in
                let out = SharedBuffer(similar)
                Parallel.forEachChunk(work.count, workers: workers, chunk: 128) { verifier, range in
                    for k in range {
                        out[k] = verifier.similar(Int(work[k] >> 32), Int(work[k] & 0xFFFF_FFFF), texts: texts, plain: plain)
                    }
                }
            }
            for (k, p) in open.enumerated() where similar[k] {
                sets.union(Int32(p >> 32), Int32(p & 0xFFFF_FFFF))
            }
        }
    }
}

/// Verifies candidate pairs against their real Jaccard similarity, keeping the last first
/// text's set (pairs come sorted by their first text).
struct Verifier {
    private var maker: ShingleSets
    private var loaded = -1
    private var loadedFolded = false
    let configuration: DedupConfiguration

    init(mask: QuotationMask?, configuration: DedupConfiguration) {
        maker = ShingleSets(mask: mask, minSyllables: configuration.minSyllables)
        self.configuration = configuration
    }

    /// Whether texts `a` and `b` are near-duplicates: on their matching keys when both are
    /// written with diacritics, on their diacritic-free keys otherwise.
    mutating func similar(_ a: Int, _ b: Int, texts: KeyStore, plain: [Bool]) -> Bool {
        let folded = plain[a] || plain[b]
        let unit = folded ? configuration.unaccentedShingle : configuration.shingle
        if a != loaded || folded != loadedFolded {
            texts.withKey(a) { _ = maker.setReference($0, folded: folded, unit: unit) }
            loaded = a
            loadedFolded = folded
        }
        let threshold = folded ? configuration.unaccentedThreshold : configuration.threshold
        return texts.withKey(b) { maker.reachesWithReference($0, folded: folded, unit: unit, threshold: threshold) } ?? (0 >= threshold)
    }
}
