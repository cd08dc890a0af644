/// Finds form-letter campaigns among one partition's clusters.
///
/// 1. Candidate links: LSH (loose bands) over the MinHash signatures of each cluster's
///    representative, on long syllable shingles of the diacritic-free key, quotations masked
///    (made with the near-duplicate signatures, from the same decoding of the key);
///    each bucket member linked to the bucket's first two members.
/// 2. A candidate link holds when the two share at least `linkContainment` of the smaller
///    one's shingles (containment, not symmetric similarity: a member with a long addition
///    still contains the template), and enough of them to make half a template.
/// 3. Each linked group is split around its most typical members, in order of typicality:
///    for a centre `T`, its neighbours are the units holding at least `containment` of it;
///    the template (core) is the part of `T` that at least `coreShare` of the neighbours (by
///    senders) hold; the campaign's members are the units holding at least `containment` of
///    the core. Members are claimed at once and never join another campaign, so two
///    campaigns that share a phrase never chain into one.
///
/// A group is held as an inverted index (shingle → units). A unit holding 80% of a set holds
/// one of its rarest 20% (plus one) shingles, so only those shingles' postings are read for
/// candidates (prefix filtering), each then counted exactly: a centre that is nobody's
/// template costs little. The work on one group is bounded (`workPerShingle` shingles read
/// per shingle of the group), beyond which its remaining (least typical) centres are not
/// tried: campaigns' centres, the most typical, come first.
struct CampaignDetector {
    /// A unit of campaign detection: one near-duplicate cluster.
    struct Unit {
        /// The cluster's representative text (its number in `keys`).
        var text: Int
        /// The syllables of its key.
        var syllables: Int32
        /// Its distinct senders (sorted ids).
        var senders: [Int32]
    }

    /// One campaign found: the centre, the template's shingles (upper 32 bits of their
    /// hashes), the member units (sorted).
    struct Found {
        var typical: Int
        var core: UInt64Set
        var members: [Int]
    }

    let units: [Unit]
    /// The texts' keys.
    let keys: KeyStore
    /// Campaign signatures already made for some texts, and each text's row in them (-1:
    /// none, to be made here).
    let signed: (signatures: Signatures, row: [Int32])?
    let mask: QuotationMask?
    let configuration: DedupConfiguration
    let hasher: MinHasher

    /// Shingles read (postings and candidates' sets) per shingle of a group before its
    /// remaining centres are given up: the work stays linear in the group's size.
    static let workPerShingle = 16
    /// Groups of at least this many units are split one at a time, on all the threads.
    static let largeGroup = 4096
    /// Pairs whose signatures estimate a Jaccard similarity below this are not verified (a
    /// member twice the template's size has 0.5; the estimate's standard deviation is about
    /// 0.06).
    static let estimateFloor = 0.25
    /// How far below the least similarity a link allows the estimate may fall (over three
    /// standard deviations of a 64-value estimate).
    static let estimateMargin = 0.2

    var settings: CampaignConfiguration { configuration.campaigns }
    var unit: ShingleUnit { configuration.campaigns.shingle }

    func detect() -> [Found] {
        let settings = self.settings
        // Units that could hold a template.
        let eligible = units.indices.filter { units[$0].syllables >= settings.minTemplateSyllables }
        guard !eligible.isEmpty else { return [] }
        var sets = UnionFind(count: units.count)
        link(eligible, &sets)
        var groupOfRoot = [Int32](repeating: -1, count: units.count)
        var groups: [[Int]] = []
        for u in eligible {
            let root = Int(sets.find(Int32(u)))
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = Int32(groups.count)
                groups.append([u])
            } else {
                groups[Int(groupOfRoot[root])].append(u)
            }
        }
        groups.removeAll { distinctSenders($0) < settings.minSenders }
        // Groups are independent: the large ones split one after the other, each on all the
        // threads; the others in parallel. Results are kept in group order.
        var found = [[Found]](repeating: [], count: groups.count)
        let detector = self
        let work = groups
        let large = groups.indices.filter { groups[$0].count >= Self.largeGroup }
        for g in large { found[g] = split(groups[g], jobs: configuration.jobs) }
        let small = groups.indices.filter { groups[$0].count < Self.largeGroup }
        found.withUnsafeMutableBufferPointer { out in
            let out = SharedBuffer(out)
            Parallel.forEachChunk(small.count, jobs: configuration.jobs, chunk: 8) { range in
                for k in range { out[small[k]] = detector.split(work[small[k]], jobs: 1) }
            }
        }
        return found.flatMap { $0 }
    }

    private func link(_ eligible: [Int], _ sets: inout UnionFind) {
        let units = units, unit = unit, settings = settings, keys = keys
        let signatures: Signatures
        if let signed, eligible.allSatisfy({ signed.row[units[$0].text] >= 0 }) {
            signatures = signed.signatures.selecting(eligible.map { Int(signed.row[units[$0].text]) })
        } else {
            signatures = Signatures(
                count: eligible.count, keys: keys, hasher: hasher, jobs: configuration.jobs, mask: mask, minSyllables: configuration.minSyllables
            ) { i in
                (units[eligible[i]].text, true, unit)
            }
        }
        // Half a template's worth of shingles, at least.
        let minShared: Int
        switch unit {
        case .syllables(let k): minShared = max(1, (settings.minTemplateSyllables - k + 1) / 2)
        case .characters: minShared = settings.minTemplateSyllables * 2
        }
        // Shingles per unit, about (syllable shingles, before masking): with them, the least
        // Jaccard similarity a link allows, which the signatures' estimate must come near.
        var sizes: [Double] = []
        if case .syllables(let k) = unit {
            sizes = eligible.map { Double(max(1, Int(units[$0].syllables) - k + 1)) }
        }
        let sizeOf = sizes
        let pairs = signatures.candidatePairs(settings.lsh, floor: Self.estimateFloor, jobs: configuration.jobs) { i, j in
            guard !sizeOf.isEmpty else { return true }
            let shared = max(Double(minShared), settings.linkContainment * min(sizeOf[i], sizeOf[j]))
            let floor = shared / (sizeOf[i] + sizeOf[j] - shared) - Self.estimateMargin
            return signatures.estimate(i, j, first: signatures.hashes) >= floor
        }

        // Verified in blocks, as near-duplicates are: pairs already linked are dropped, the
        // others verified in parallel, then linked.
        let workers = Workspaces(count: max(1, configuration.jobs)) { LinkVerifier(mask: mask, configuration: configuration) }
        let block = configuration.jobs > 1 ? 4096 : 1
        var start = 0
        var open: [UInt64] = []
        var linked: [Bool] = []
        while start < pairs.count {
            let end = min(pairs.count, start + block)
            open.removeAll(keepingCapacity: true)
            for p in pairs[start..<end] {
                let a = eligible[Int(p >> 32)], b = eligible[Int(p & 0xFFFF_FFFF)]
                if sets.find(Int32(a)) != sets.find(Int32(b)) { open.append(UInt64(a) << 32 | UInt64(b)) }
            }
            start = end
            guard !open.isEmpty else { continue }
            linked = Array(repeating: false, count: open.count)
            let work = open
            linked.withUnsafeMutableBufferPointer { out in
                let out = SharedBuffer(out)
                Parallel.forEachChunk(work.count, workers: workers, chunk: 128) { verifier, range in
                    for k in range {
                        out[k] = verifier.linked(Int(work[k] >> 32), Int(work[k] & 0xFFFF_FFFF), units: units, keys: keys, minShared: minShared)
                    }
                }
            }
            for (k, p) in open.enumerated() where linked[k] {
                sets.union(Int32(p >> 32), Int32(p & 0xFFFF_FFFF))
            }
        }
    }

    /// Verifies candidate links (pairs come sorted by their first unit, whose set is kept).
    struct LinkVerifier {
        private var maker: ShingleSets
        private var loaded = -1
        private var loadedSize = 0
        let settings: CampaignConfiguration

        init(mask: QuotationMask?, configuration: DedupConfiguration) {
            maker = ShingleSets(mask: mask, minSyllables: configuration.minSyllables)
            settings = configuration.campaigns
        }

        /// Whether units `a` and `b` share at least `linkContainment` of the smaller one's
        /// shingles, and at least `minShared`.
        mutating func linked(_ a: Int, _ b: Int, units: [Unit], keys: KeyStore, minShared: Int) -> Bool {
            if a != loaded {
                keys.withKey(units[a].text) { _ = maker.setReference($0, folded: true, unit: settings.shingle) }
                loadedSize = maker.referenceCount
                loaded = a
            }
            guard loadedSize > 0 else { return false }
            return keys.withKey(units[b].text) {
                maker.containsWithReference($0, folded: true, unit: settings.shingle, least: minShared, share: settings.linkContainment)
            } ?? false
        }
    }

    /// Splits one linked group into campaigns around its most typical members.
    private func split(_ group: [Int], jobs: Int) -> [Found] {
        let settings = self.settings
        let index = GroupIndex(self, group: group, jobs: jobs)
        let m = group.count
        let weight = group.map { units[$0].senders.count }

        // Typicality, once: a unit's senders' average similarity to all the group's senders
        // (1 to those of the same unit; the estimated Jaccard similarity to the others, see
        // ``Typicality``).
        var total = 0, sizeSum = 0
        for u in 0..<m {
            total += weight[u]
            sizeSum += weight[u] * index.size(u)
        }
        var score = [Double](repeating: 0, count: m)
        for u in 0..<m {
            let others = Double(total - weight[u])
            guard others > 0 else { continue }
            var overlap = 0
            index.forEachShingle(of: u) { overlap += index.weight(ofShingle: $0) }
            overlap -= weight[u] * index.size(u)
            let shared = Double(overlap) / others
            let otherSize = Double(sizeSum - weight[u] * index.size(u)) / others
            let union = Double(index.size(u)) + otherSize - shared
            score[u] = Double(weight[u] - 1) + others * (union > 0 ? shared / union : 1)
        }
        let centres = (0..<m).sorted { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }

        var coverage = Coverage(mask: mask, unit: unit)
        var claimed = [Bool](repeating: false, count: m)
        var mark = [Int32](repeating: 0, count: index.shingleCount)  // stamp: in the current set
        var held = [Int](repeating: 0, count: index.shingleCount)    // senders holding, per shingle
        var seen = [Int32](repeating: 0, count: m)                    // stamp: candidate already met
        var stamp: Int32 = 0
        var found: [Found] = []
        var work = 0
        let budget = Self.workPerShingle * max(1, index.entries)

        /// Unclaimed units holding at least `share` of `set` (shingle indices): prefix
        /// filtering, as such a unit holds one of the set's `|set| - needed + 1` rarest
        /// shingles; each candidate is then counted exactly.
        func holders(of set: [Int], share: Double) -> [Int] {
            let needed = Int((share * Double(set.count)).rounded(.up))
            guard needed > 0 else { return [] }
            stamp += 1
            for s in set { mark[s] = stamp }
            // Rarest first (ties: by shingle), sorted as integers.
            var rarest = set.map { UInt64(index.postingCount($0)) << 32 | UInt64($0) }
            rarest.sort()
            var result: [Int] = []
            for entry in rarest.prefix(set.count - needed + 1) {
                let s = Int(entry & 0xFFFF_FFFF)
                work += index.postingCount(s)
                index.forEachUnit(holding: s) { u in
                    guard !claimed[u], seen[u] != stamp else { return }
                    seen[u] = stamp
                    var count = 0
                    index.forEachShingle(of: u) { if mark[$0] == stamp { count += 1 } }
                    work += index.size(u)
                    if count >= needed { result.append(u) }
                }
            }
            return result
        }

        for t in centres where !claimed[t] {
            if work > budget { break }
            var own: [Int] = []
            index.forEachShingle(of: t) { own.append($0) }
            guard !own.isEmpty else { continue }
            // Neighbours: unclaimed units holding at least `containment` of the centre (so that
            // the core is the centre's own template, not a phrase it shares with others).
            let neighbours = holders(of: own, share: settings.containment)
            var neighbourWeight = 0
            stamp += 1
            for s in own {
                mark[s] = stamp
                held[s] = 0
            }
            for u in neighbours {
                neighbourWeight += weight[u]
                index.forEachShingle(of: u) { if mark[$0] == stamp { held[$0] += weight[u] } }
                work += index.size(u)
            }
            // The core: the centre's shingles that enough neighbours hold.
            let coreShingles = own.filter { Double(held[$0]) >= settings.coreShare * Double(neighbourWeight) }
            var core = UInt64Set(capacity: coreShingles.count)
            for s in coreShingles { core.insert(UInt64(index.shingle(s))) }
            guard core.count > 0, keys.withKey(units[group[t]].text, { coverage.measure($0, core: core) }) >= settings.minTemplateSyllables else { continue }
            // Members: unclaimed units holding at least `containment` of the core.
            var members = holders(of: coreShingles, share: settings.containment)
            if !members.contains(t) { members.append(t) }
            guard distinctSenders(members.map { group[$0] }) >= settings.minSenders else { continue }
            for u in members { claimed[u] = true }
            found.append(Found(typical: group[t], core: core, members: members.map { group[$0] }.sorted()))
        }
        return found
    }

    private func distinctSenders(_ list: [Int]) -> Int {
        var all: [Int32] = []
        for u in list { all += units[u].senders }
        all.sort()
        var count = 0
        for i in all.indices where i == 0 || all[i] != all[i - 1] { count += 1 }
        return count
    }

}

/// One group's shingle sets and their inverted index. Shingles are kept as the upper 32 bits
/// of their hashes (within a group, two different shingles agree by chance about never).
struct GroupIndex {
    /// Each unit's distinct shingles, as indices into `shingles`.
    private var unitShingles: [Int32] = []
    private var unitStart: [Int] = [0]
    /// Distinct shingles, sorted, with their postings.
    private var shingles: [UInt32] = []
    private var postingStart: [Int] = [0]
    private var postings: [Int32] = []
    private var shingleWeight: [Int] = []

    var entries: Int { postings.count }
    var shingleCount: Int { shingles.count }

    /// How many units hold a shingle.
    func postingCount(_ s: Int) -> Int { postingStart[s + 1] - postingStart[s] }

    /// Shingles the group's units on `jobs` threads (in chunks whose results are kept in
    /// order), then sorts the (shingle, unit) pairs: the postings come in shingle order, each
    /// in unit order; each unit's list, by a counting sort of the postings, in shingle order.
    init(_ detector: CampaignDetector, group: [Int], jobs: Int) {
        let chunk = 256
        var chunks = [[UInt64]](repeating: [], count: (group.count + chunk - 1) / chunk)
        chunks.withUnsafeMutableBufferPointer { chunks in
            let out = SharedBuffer(chunks)
            Parallel.forEachChunk(group.count, jobs: jobs, chunk: chunk) { range in
                var maker = ShingleSets(mask: detector.mask, minSyllables: detector.configuration.minSyllables)
                var set: [UInt64] = []
                var pairs: [UInt64] = []  // shingle << 32 | unit
                for u in range {
                    detector.keys.withKey(detector.units[group[u]].text) { _ = maker.set($0, folded: true, unit: detector.unit, into: &set) }
                    for hash in set { pairs.append(hash & 0xFFFF_FFFF_0000_0000 | UInt64(u)) }
                }
                out[range.lowerBound / chunk] = pairs
            }
        }
        var pairs: [UInt64] = []
        pairs.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for c in chunks.indices {
            pairs += chunks[c]
            chunks[c] = []
        }
        RadixSort.sort(&pairs)

        let weights = group.map { detector.units[$0].senders.count }
        var unitCount = [Int](repeating: 0, count: group.count + 1)
        postings.reserveCapacity(pairs.count)
        var previousShingle: UInt64 = .max
        var previousUnit: Int = -1
        for pair in pairs {
            let shingle = pair >> 32, u = Int(pair & 0xFFFF_FFFF)
            if shingle != previousShingle {
                if !shingles.isEmpty { postingStart.append(postings.count) }
                shingles.append(UInt32(shingle))
                shingleWeight.append(0)
                previousShingle = shingle
                previousUnit = -1
            }
            guard u != previousUnit else { continue }  // two hashes, one upper half
            previousUnit = u
            postings.append(Int32(u))
            shingleWeight[shingles.count - 1] += weights[u]
            unitCount[u + 1] += 1
        }
        postingStart.append(postings.count)
        pairs = []
        for u in 0..<group.count { unitCount[u + 1] += unitCount[u] }
        unitStart = unitCount
        unitShingles = [Int32](repeating: 0, count: postings.count)
        var fill = unitCount
        unitShingles.withUnsafeMutableBufferPointer { lists in
            postings.withUnsafeBufferPointer { postings in
                for s in 0..<shingles.count {
                    for k in postingStart[s]..<postingStart[s + 1] {
                        let u = Int(postings[k])
                        lists[fill[u]] = Int32(s)
                        fill[u] += 1
                    }
                }
            }
        }
    }

    func size(_ u: Int) -> Int { unitStart[u + 1] - unitStart[u] }

    /// The shingle's value (upper 32 bits of its hash).
    func shingle(_ s: Int) -> UInt32 { shingles[s] }

    /// How many senders (summed over units) hold the shingle.
    func weight(ofShingle s: Int) -> Int { shingleWeight[s] }

    @inline(__always)
    func forEachShingle(of u: Int, _ body: (Int) -> Void) {
        for i in unitStart[u]..<unitStart[u + 1] { body(Int(unitShingles[i])) }
    }

    @inline(__always)
    func forEachUnit(holding s: Int, _ body: (Int) -> Void) {
        for i in postingStart[s]..<postingStart[s + 1] { body(Int(postings[i])) }
    }
}

/// Which syllables of a key a template covers, and which are the sender's own. One per
/// thread: it reuses its buffers.
struct Coverage {
    private var shingler = Shingler()
    private var covered: [Bool] = []
    /// For each syllable of the last measured key: whether it belongs to the template.
    private(set) var template: [Bool] = []
    let mask: QuotationMask?
    let unit: ShingleUnit

    init(mask: QuotationMask?, unit: ShingleUnit) {
        self.mask = mask
        self.unit = unit
    }

    /// Marks each syllable of `key` as belonging to the template (covered by `core`'s
    /// shingles, given by the upper 32 bits of their hashes, for at least half its letters;
    /// or quoted from the draft) or not, and returns how many do.
    @discardableResult
    mutating func measure(_ key: UnsafeBufferPointer<UInt8>, core: UInt64Set) -> Int {
        shingler.load(key, folded: true)
        if let mask { shingler.mask(mask) }
        shingler.shingle(unit)
        let syllables = shingler.syllableCount
        template.removeAll(keepingCapacity: true)
        template.append(contentsOf: repeatElement(false, count: syllables))
        var count = 0
        switch unit {
        case .syllables(let k):
            for i in 0..<shingler.shingleCount where core.contains(shingler.hash(ofShingle: i) >> 32) {
                let start = shingler.start(ofShingle: i)
                for s in start..<start + k { template[s] = true }
            }
            for s in 0..<syllables {
                if !shingler.kept[s] { template[s] = true }
                if template[s] { count += 1 }
            }
        case .characters(let k):
            covered.removeAll(keepingCapacity: true)
            covered.append(contentsOf: repeatElement(false, count: shingler.scalarCount))
            for i in 0..<shingler.shingleCount where core.contains(shingler.hash(ofShingle: i) >> 32) {
                let start = shingler.start(ofShingle: i)
                for p in start..<min(covered.count, start + k) { covered[p] = true }
            }
            for s in 0..<syllables {
                let lower = Int(shingler.syllableStart[s]), upper = Int(shingler.syllableEnd[s])
                var hits = 0
                for p in lower..<upper where covered[p] { hits += 1 }
                template[s] = !shingler.kept[s] || hits * 2 >= upper - lower
                if template[s] { count += 1 }
            }
        }
        return count
    }

    /// The syllables of the last measured `key` that are (`wanted` true) or are not in the
    /// template, runs joined by " … ", and how many they are.
    func text(_ bytes: UnsafeBufferPointer<UInt8>, wanted: Bool) -> (text: String, syllables: Int) {
        let flags = template
        do {
            var out: [UInt8] = []
            var count = 0
            var syllable = -1
            var inWord = false
            var previous = -2
            var taking = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                    continue
                }
                if !inWord {
                    inWord = true
                    syllable += 1
                    guard syllable < flags.count else { return ("", 0) }
                    taking = flags[syllable] == wanted
                    if taking {
                        if !out.isEmpty {
                            if previous == syllable - 1 { out.append(0x20) } else { out += [0x20, 0xE2, 0x80, 0xA6, 0x20] }  // " … "
                        }
                        previous = syllable
                        count += 1
                    }
                }
                if taking { out.append(byte) }
            }
            return (String(decoding: out, as: UTF8.self), count)
        }
    }
}

extension UInt64Set {
    init(_ values: [UInt64]) {
        self.init(capacity: values.count)
        for v in values { insert(v) }
    }
}
