import GopyModel

extension Synthesis {
    /// `synthesis.json` as the contract defines it, with a few additions (`organisations`,
    /// `citizens`, `variants`, `comments_total`, `by_kind`) that drafters' tools may use.
    public var jsonValue: JSONValue {
        .object([
            ("draft", .object([("id", .string(draft.id)), ("title", .string(draft.title)), ("round", .int(draft.round))])),
            ("run", .string(runID)),
            ("sections", .array(sections.map { $0.jsonValue })),
            ("unassigned", .object([
                ("points", .array(unassigned.points.map { $0.jsonValue })),
                ("general", .int(unassigned.general)),
                ("comments_total", .int(unassigned.commentCount)),
            ])),
        ])
    }
}

extension SectionSynthesis {
    var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("title", .string(title)),
            ("points", .array(points.map { $0.jsonValue })),
            ("general", .int(general)),
            ("comments_total", .int(commentCount)),
            ("by_kind", .object(SourceKind.allCases.sorted().compactMap { kind in
                byKind[kind].map { (kind.rawValue, JSONValue.int($0)) }
            })),
        ])
    }
}

extension Point {
    var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("text", .string(text)),
            ("comments", .array(comments.map(JSONValue.string))),
            ("submissions", .int(submissions)),
            ("organisations", .int(organisations)),
            ("citizens", .int(citizens)),
            ("sources", .array(sources.map {
                .object([("kind", .string($0.source.kind.rawValue)), ("id", .string($0.source.id)), ("count", .int($0.count))])
            })),
            ("campaign", .string(campaign)),
            ("cluster", .string(cluster)),
            ("variants", .array(variants.map(JSONValue.string))),
        ])
    }
}
