import GopyModel

/// Clusters comments whose matching keys are equal.
public enum ExactClusterer {
    /// Every input lands in exactly one cluster. The result is sorted by cluster id and does
    /// not depend on the order of `inputs`.
    public static func cluster(_ inputs: [ClusterInput]) -> [Cluster] {
        var groups: [GroupKey: [String]] = [:]
        for input in inputs {
            groups[GroupKey(scope: input.scope, key: input.matchingKey), default: []].append(input.commentID)
        }
        return groups.map { group, members in
            Cluster(
                id: StableID.make("K", group.scope.idParts + [group.key]),
                scope: group.scope,
                members: members.sorted()
            )
        }
        .sorted { $0.id < $1.id }
    }

    private struct GroupKey: Hashable {
        var scope: ClusterScope
        var key: String
    }
}
