import GopyModel

/// Groups comments that say the same thing up to small edits, typos, spacing, tone-mark
/// style, abbreviations or missing diacritics, and finds form-letter campaigns.
public enum NearDuplicateClusterer {
    /// Clusters `inputs`. The result depends only on the set of inputs (not their order, not
    /// the number of threads).
    ///
    /// - Parameters:
    ///   - inputs: the comments; comment ids must be unique.
    ///   - draftTexts: per draft id, the draft's own wording (sections' `text`): what comments
    ///     quote from it is masked before they are compared.
    ///   - configuration: thresholds, shingles, LSH bands, campaign settings, threads.
    public static func cluster(
        _ inputs: [DedupInput], draftTexts: [String: [String]] = [:], configuration: DedupConfiguration = DedupConfiguration()
    ) -> DedupResult {
        // Comment-id order, then partitions: (scope, general agreement or not).
        let order = KeyBytes.order(inputs.count, jobs: configuration.jobs, first: { inputs[$0].commentID }, then: { inputs[$0].matchingKey })
        var partitions: [PartitionKey: [Int32]] = [:]
        var last: (key: PartitionKey, list: [Int32])? = nil
        for index in order {
            let scope = inputs[Int(index)].scope, general = inputs[Int(index)].general
            if let current = last, current.key.general == general, current.key.scope == scope {
                last!.list.append(index)
                continue
            }
            if let current = last { partitions[current.key] = current.list }
            let key = PartitionKey(scope: scope, general: general)
            var list = partitions.removeValue(forKey: key) ?? []
            list.append(index)
            last = (key, list)
        }
        if let current = last { partitions[current.key] = current.list }
        var masks: [String: QuotationMask] = [:]
        for (draft, texts) in draftTexts where !texts.isEmpty {
            masks[draft] = QuotationMask(draftTexts: texts, syllables: configuration.quotationSyllables)
        }
        let hasher = MinHasher(hashes: max(configuration.lsh.hashes, configuration.campaigns.lsh.hashes))

        var clusters: [Cluster] = []
        var campaigns: [Campaign] = []
        for key in partitions.keys.sorted() {
            let builder = PartitionBuilder(
                scope: key.scope, general: key.general, inputs: inputs, comments: partitions[key]!,
                mask: masks[key.scope.draft], configuration: configuration, hasher: hasher
            )
            let (c, f) = builder.build()
            if clusters.isEmpty { clusters = c } else { clusters += c }
            if campaigns.isEmpty { campaigns = f } else { campaigns += f }
        }
        // By id (ASCII: byte order is string order), through their order.
        let clusterOrder = KeyBytes.order(clusters.count, jobs: configuration.jobs, first: { [clusters] in clusters[$0].id }, then: { _ in "" })
        clusters.permute(by: clusterOrder)
        let campaignOrder = KeyBytes.order(campaigns.count, first: { [campaigns] in campaigns[$0].id }, then: { _ in "" })
        campaigns.permute(by: campaignOrder)
        return DedupResult(clusters: clusters, campaigns: campaigns)
    }

    struct PartitionKey: Hashable, Comparable {
        var scope: ClusterScope
        var general: Bool

        static func < (a: PartitionKey, b: PartitionKey) -> Bool {
            if a.scope != b.scope { return a.scope < b.scope || (!(b.scope < a.scope) && a.scope.idParts.lexicographicallyPrecedes(b.scope.idParts)) }
            return !a.general && b.general
        }
    }
}

/// Turns one partition's text clusters into ``Cluster`` and ``Campaign`` values.
struct PartitionBuilder {
    let scope: ClusterScope
    let general: Bool
    let inputs: [DedupInput]
    let comments: [Int32]
    let mask: QuotationMask?
    let configuration: DedupConfiguration
    let hasher: MinHasher

    func build() -> ([Cluster], [Campaign]) {
        var clusterer = PartitionClusterer(
            scope: scope, general: general, inputs: inputs, comments: comments, mask: mask,
            configuration: configuration, hasher: hasher
        )
        let textClusters = clusterer.textClusters()
        let keyString: @Sendable (Int) -> String = { [clusterer] t in clusterer.key(ofText: t) }
        let keys = clusterer.keys!
        let textOf = clusterer.textOf
        let firstComment = clusterer.firstComment
        let commentCount = clusterer.commentCount
        let unaccented = clusterer.unaccented
        let textSyllables = clusterer.syllables
        let scopeParts = scope.idParts
        let inputOrder = clusterer.inputOrder
        let inputs = inputs, comments = comments, scope = scope, general = general
        let mask = mask, configuration = configuration

        // Comments of each text, in id order (a counting sort).
        var textStart = [Int](repeating: 0, count: keys.count + 1)
        for t in textOf { textStart[Int(t) + 1] += 1 }
        for t in 0..<keys.count { textStart[t + 1] += textStart[t] }
        var byText = [Int32](repeating: 0, count: textOf.count)
        var fill = textStart
        for (position, t) in textOf.enumerated() {
            byText[fill[Int(t)]] = Int32(position)
            fill[Int(t)] += 1
        }
        // Senders as small integers.
        let senderOf = KeyStore.number(comments.count, jobs: configuration.jobs, storing: false, visit: inputOrder) { [inputs, comments] in inputs[Int(comments[$0])].senderKey }.numberOf
        let commentsByText = byText, textOffsets = textStart

        // Each cluster: its representative (the most typical text, those written with
        // diacritics first, weighted by how many comments have it; its first comment), its
        // members, its distinct senders, its id.
        var built = [Built?](repeating: nil, count: textClusters.count)
        built.withUnsafeMutableBufferPointer { out in
            let out = SharedBuffer(out)
            Parallel.forEachChunk(textClusters.count, jobs: configuration.jobs, chunk: 512) { range in
                var maker = ShingleSets(mask: mask, minSyllables: 1)
                var typicality = Typicality()
                for c in range {
                    let texts = textClusters[c]
                    var representative = texts[0]
                    if texts.count > 1 {
                        let accented = texts.filter { !unaccented[Int($0)] }
                        let candidates = accented.isEmpty ? texts : accented
                        let folded = accented.isEmpty
                        let unit = folded ? configuration.unaccentedShingle : configuration.shingle
                        let pick = typicality.mostTypical(
                            count: candidates.count,
                            weight: { Int(commentCount[Int(candidates[$0])]) },
                            fill: { u, set in keys.withKey(Int(candidates[u])) { _ = maker.set($0, folded: folded, unit: unit, into: &set) } }
                        )
                        representative = candidates[pick]
                    }
                    var positions: [Int32] = []
                    for t in texts { positions += commentsByText[textOffsets[Int(t)]..<textOffsets[Int(t) + 1]] }
                    if texts.count > 1 { positions.sort() }
                    var senders = positions.map { senderOf[Int($0)] }
                    senders.sort()
                    var write = 0
                    for read in senders.indices where read == 0 || senders[read] != senders[read - 1] {
                        senders[write] = senders[read]
                        write += 1
                    }
                    senders.removeLast(senders.count - write)
                    var idParts = scopeParts
                    idParts.append(keyString(Int(representative)))
                    if general { idParts.append("general") }
                    let cluster = Cluster(
                        id: StableID.make("K", idParts),
                        scope: scope,
                        members: positions.map { inputs[Int(comments[Int($0)])].commentID },
                        representative: inputs[Int(comments[Int(firstComment[Int(representative)])])].commentID,
                        distinctSenders: senders.count
                    )
                    out[c] = Built(cluster: cluster, representative: representative, senders: senders)
                }
            }
        }
        var clusters: [Cluster] = []
        var unitList: [CampaignDetector.Unit] = []
        clusters.reserveCapacity(built.count)
        unitList.reserveCapacity(built.count)
        for c in built.indices {
            let done = built[c].take()!
            clusters.append(done.cluster)
            unitList.append(CampaignDetector.Unit(text: Int(done.representative), syllables: textSyllables[Int(done.representative)], senders: done.senders))
        }
        built = []
        let units = unitList
        guard !general, configuration.campaigns.enabled else { return (clusters, []) }

        let detector = CampaignDetector(
            units: units, keys: keys, signed: clusterer.campaignSignatures, mask: mask, configuration: configuration, hasher: hasher
        )
        let detected = detector.detect()

        // Each campaign: its template, its members' own words.
        let clusterValues = clusters
        var campaigns = [Campaign?](repeating: nil, count: detected.count)
        campaigns.withUnsafeMutableBufferPointer { out in
            let out = SharedBuffer(out)
            Parallel.forEachChunk(detected.count, jobs: configuration.jobs, chunk: 16) { range in
                var coverage = Coverage(mask: mask, unit: configuration.campaigns.shingle)
                for f in range {
                    let found = detected[f]
                    let typical = units[found.typical].text
                    let id = StableID.make("F", scope.idParts + [keyString(units[found.typical].text)])
                    let template = keys.withKey(typical) { key in
                        coverage.measure(key, core: found.core)
                        return coverage.text(key, wanted: true)
                    }
                    var members: [String] = []
                    var additions: [String: String] = [:]
                    var standalone: [String] = []
                    var senders: [Int32] = []
                    for u in found.members {
                        members += clusterValues[u].members
                        senders += units[u].senders
                        for t in textClusters[u] {
                            let own = keys.withKey(Int(t)) { key in
                                coverage.measure(key, core: found.core)
                                return coverage.text(key, wanted: false)
                            }
                            guard own.syllables > 0 else { continue }
                            for position in commentsByText[textOffsets[Int(t)]..<textOffsets[Int(t) + 1]] {
                                let id = inputs[Int(comments[Int(position)])].commentID
                                additions[id] = own.text
                                if own.syllables >= configuration.campaigns.substantialAdditionSyllables { standalone.append(id) }
                            }
                        }
                    }
                    senders.sort()
                    var distinct = 0
                    for i in senders.indices where i == 0 || senders[i] != senders[i - 1] { distinct += 1 }
                    members.sort { KeyBytes.less($0, $1) }
                    standalone.sort { KeyBytes.less($0, $1) }
                    out[f] = Campaign(
                        id: id, scope: scope, representative: clusterValues[found.typical].representative,
                        template: template.text, templateSyllables: template.syllables,
                        members: members, clusters: found.members.map { clusterValues[$0].id }.sorted(),
                        distinctSenders: distinct, additions: additions, standalone: standalone
                    )
                }
            }
        }
        for (f, found) in detected.enumerated() {
            for u in found.members { clusters[u].campaign = campaigns[f]!.id }
        }
        return (clusters, campaigns.map { $0! })
    }

    /// One cluster, built.
    struct Built: Sendable {
        var cluster: Cluster
        var representative: Int32
        var senders: [Int32]
    }
}
