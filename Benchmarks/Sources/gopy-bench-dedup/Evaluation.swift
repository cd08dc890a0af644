import CorpusKit
import Foundation
import GopyDedup

/// The clusters and campaigns found, scored against the labels.
struct Evaluation {
    let round: RoundInputs
    /// Per comment (index): its cluster and its campaign (numbers of the result's lists).
    let cluster: [Int]
    let campaign: [Int?]
    let clusterCount: Int
    let campaignCount: Int

    init(round: RoundInputs, result: DedupResult) {
        self.round = round
        var index: [String: Int] = [:]
        index.reserveCapacity(round.inputs.count)
        for (i, input) in round.inputs.enumerated() { index[input.commentID] = i }
        var cluster = [Int](repeating: -1, count: round.inputs.count)
        for (number, found) in result.clusters.enumerated() {
            for member in found.members { cluster[index[member]!] = number }
        }
        var campaign = [Int?](repeating: nil, count: round.inputs.count)
        for (number, found) in result.campaigns.enumerated() {
            for member in found.members { campaign[index[member]!] = number }
        }
        precondition(!cluster.contains(-1), "a comment is in no cluster")
        self.cluster = cluster
        self.campaign = campaign
        clusterCount = result.clusters.count
        campaignCount = result.campaigns.count
    }

    func report(examples: Int, generator: CorpusGenerator) {
        let n = round.inputs.count
        let groups = Set(round.group).count
        let clusters = ClusterScores(found: cluster, truth: round.group, perItem: true)
        print("")
        print("near-duplicate clusters against the labels' groups:")
        print("  \(n) comments, \(groups) labelled groups, \(clusterCount) clusters found")
        print("  B-cubed   \(clusters.bCubed.formatted)")
        print("  pairwise  \(clusters.pairwise.formatted)  (pairs: \(clusters.foundPairs) found, \(clusters.truePairs) labelled, \(clusters.sharedPairs) both)")

        print("  by variation (B-cubed, over the comments of each):")
        table(key: { [round.variation[$0]] }, scores: clusters)
        print("  by edit (a comment with several edits counts for each):")
        table(key: { round.edits[$0] }, scores: clusters)

        let campaigns = ClusterScores.campaigns(found: campaign, truth: round.campaign)
        let labelledMembers = round.campaign.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        let foundMembers = campaign.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        let both = zip(campaign, round.campaign).reduce(0) { $0 + ($1.0 != nil && $1.1 != nil ? 1 : 0) }
        let labelledCampaigns = Set(round.campaign.compactMap { $0 }).count
        print("")
        print("campaigns against the labels' campaigns:")
        print(
            "  \(labelledCampaigns) labelled campaigns with \(labelledMembers) letters; \(campaignCount) campaigns found with \(foundMembers) members")
        print(
            String(
                format: "  membership (in some campaign or not): P %.4f  R %.4f", foundMembers > 0 ? Double(both) / Double(foundMembers) : 1,
                labelledMembers > 0 ? Double(both) / Double(labelledMembers) : 1))
        print("  B-cubed   \(campaigns.bCubed.formatted)  (over comments in a campaign on either side)")
        print("  pairwise  \(campaigns.pairwise.formatted)")
        let (matched, split, spurious) = matchCampaigns()
        print("  labelled campaigns found whole (one found campaign holds ≥ 90% of it, and is ≥ 90% it): \(matched) of \(labelledCampaigns); split over several: \(split); found campaigns that are mostly no labelled one: \(spurious)")
        print("  campaign sizes (labelled): \(sizes(round.campaign.compactMap { $0 }))")
        var missed: [String: (letters: Int, missed: Int)] = [:]
        for i in cluster.indices where round.campaign[i] != nil {
            let kinds = round.variation[i] == "campaign" ? (round.edits[i].isEmpty ? ["as sent"] : round.edits[i]) : ["copy: " + round.variation[i]]
            for kind in kinds {
                missed[kind, default: (0, 0)].letters += 1
                if campaign[i] == nil { missed[kind, default: (0, 0)].missed += 1 }
            }
        }
        print("  labelled members in no campaign found, by what they are:")
        for (kind, row) in missed.sorted(by: { $0.value.letters > $1.value.letters }) {
            print("    \(kind.padding(toLength: 20, withPad: " ", startingAt: 0)) \(row.missed) of \(row.letters)")
        }

        if examples > 0 {
            printUnlabelledCampaigns(examples, generator: generator)
            printExamples(examples, generator: generator)
        }
    }

    /// B-cubed precision and recall over the comments of each key.
    private func table(key: (Int) -> [String], scores: ClusterScores) {
        var rows: [String: (count: Int, precision: Double, recall: Double)] = [:]
        for i in cluster.indices {
            for k in key(i) {
                var row = rows[k, default: (0, 0, 0)]
                row.count += 1
                row.precision += scores.itemPrecision[i]
                row.recall += scores.itemRecall[i]
                rows[k] = row
            }
        }
        for (name, row) in rows.sorted(by: { $0.value.count > $1.value.count }) {
            let padded = name.padding(toLength: 14, withPad: " ", startingAt: 0)
            print(
                String(
                    format: "    %@ %8d   P %.4f  R %.4f", padded, row.count, row.precision / Double(row.count), row.recall / Double(row.count)))
        }
    }

    /// Labelled campaigns found whole, split, and found campaigns that match none.
    private func matchCampaigns() -> (matched: Int, split: Int, spurious: Int) {
        var cells: [[Int]: Int] = [:]
        var labelledSize: [Int: Int] = [:]
        var foundSize: [Int: Int] = [:]
        for i in cluster.indices {
            if let t = round.campaign[i] { labelledSize[t, default: 0] += 1 }
            if let f = campaign[i] { foundSize[f, default: 0] += 1 }
            if let t = round.campaign[i], let f = campaign[i] { cells[[t, f], default: 0] += 1 }
        }
        var matched = 0
        var split = 0
        var bestOfFound: [Int: Int] = [:]
        for (t, size) in labelledSize {
            let holders = cells.filter { $0.key[0] == t }
            if holders.count > 1 { split += 1 }
            if let best = holders.max(by: { $0.value < $1.value }),
                Double(best.value) >= 0.9 * Double(size), Double(best.value) >= 0.9 * Double(foundSize[best.key[1]]!)
            {
                matched += 1
            }
        }
        for (cell, count) in cells { bestOfFound[cell[1]] = max(bestOfFound[cell[1], default: 0], count) }
        let spurious = foundSize.filter { Double(bestOfFound[$0.key, default: 0]) < 0.5 * Double($0.value) }.count
        return (matched, split, spurious)
    }

    private func sizes(_ labels: [Int]) -> String {
        var counts: [Int: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        let sorted = counts.values.sorted()
        guard !sorted.isEmpty else { return "none" }
        return "smallest \(sorted[0]), median \(sorted[sorted.count / 2]), largest \(sorted[sorted.count - 1])"
    }

    /// Found campaigns that are mostly no labelled campaign: what they hold.
    private func printUnlabelledCampaigns(_ count: Int, generator: CorpusGenerator) {
        var members: [Int: [Int]] = [:]
        for i in campaign.indices { if let f = campaign[i] { members[f, default: []].append(i) } }
        let unlabelled = members.values.filter { list in list.filter { round.campaign[$0] != nil }.count * 2 < list.count }
        guard !unlabelled.isEmpty else { return }
        let oneGroup = unlabelled.filter { list in Set(list.map { round.group[$0] }).count == 1 }
        print("")
        print(
            "found campaigns that are mostly no labelled campaign: \(unlabelled.count) (\(unlabelled.reduce(0) { $0 + $1.count }) comments); "
                + "\(oneGroup.count) of them are one labelled group (copies of one comment by several senders)")
        for list in unlabelled.sorted(by: { ($0.count, $0[0]) > ($1.count, $1[0]) }).prefix(count) {
            let groups = Set(list.map { round.group[$0] }).count
            let first = list[0]
            let text = generator.labelledComment(first).text
            print("  \(list.count) members, \(groups) labelled groups; e.g. #\(first) \(round.variation[first]): \(text.prefix(200))…")
        }
    }

    /// The largest false merges (a cluster holding several groups) and splits (a group over
    /// several clusters), with two texts of each as their files hold them.
    private func printExamples(_ count: Int, generator: CorpusGenerator) {
        var byCluster: [Int: [Int]] = [:]
        var byGroup: [Int: [Int]] = [:]
        for i in cluster.indices {
            byCluster[cluster[i], default: []].append(i)
            byGroup[round.group[i], default: []].append(i)
        }
        func worst(_ sets: [Int: [Int]], by part: (Int) -> Int) -> [(members: [Int], major: Int, error: Int)] {
            var found: [(members: [Int], major: Int, error: Int)] = []
            for members in sets.values where members.count > 1 {
                var counts: [Int: Int] = [:]
                for i in members { counts[part(i), default: 0] += 1 }
                guard counts.count > 1 else { continue }
                let major = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!
                found.append((members, major.key, members.count - major.value))
            }
            return Array(found.sorted { ($0.error, $0.members.count, -$0.members[0]) > ($1.error, $1.members.count, -$1.members[0]) }.prefix(count))
        }
        func similarity(_ a: Int, _ b: Int) -> String {
            let j = PipelineInput.jaccard(PipelineInput.text(generator.labelledComment(a)), PipelineInput.text(generator.labelledComment(b)))
            return String(format: "Jaccard of their keys, quotations not masked: %.2f", j)
        }
        func show(_ i: Int) -> String {
            let text = generator.labelledComment(i).text
            let shown = text.count > 240 ? String(text.prefix(240)) + "…" : text
            let edits = round.edits[i].isEmpty ? "" : " [" + round.edits[i].joined(separator: ", ") + "]"
            let campaign = round.campaign[i].map { " campaign c\($0)" } ?? ""
            return "#\(i) \(round.variation[i])\(edits)\(campaign) group \(round.group[i]) cluster \(cluster[i]): \(shown)"
        }
        print("")
        print("largest false merges (cluster: size, comments outside its main group):")
        for (members, major, error) in worst(byCluster, by: { round.group[$0] }) {
            let a = members.first { round.group[$0] == major }!
            let b = members.first { round.group[$0] != major }!
            print("  cluster of \(members.count), \(error) outside its main group; \(similarity(a, b))")
            print("    " + show(a))
            print("    " + show(b))
        }
        let falseMerges = byCluster.values.filter { Set($0.map { round.group[$0] }).count > 1 }
        let splits = byGroup.values.filter { Set($0.map { cluster[$0] }).count > 1 }
        print("clusters holding several groups: \(falseMerges.count) (\(falseMerges.reduce(0) { $0 + $1.count }) comments); groups over several clusters: \(splits.count) (\(splits.reduce(0) { $0 + $1.count }) comments)")
        print("largest splits (group: size, comments outside its main cluster):")
        for (members, major, error) in worst(byGroup, by: { cluster[$0] }) {
            let a = members.first { cluster[$0] == major }!
            let b = members.first { cluster[$0] != major }!
            print("  group of \(members.count), \(error) outside its main cluster; \(similarity(a, b))")
            print("    " + show(a))
            print("    " + show(b))
        }
    }
}
