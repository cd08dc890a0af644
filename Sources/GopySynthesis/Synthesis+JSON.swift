import GopyModel

extension Synthesis {
    /// `synthesis.json` as the contract defines it, with a few additions (`organisations`,
    /// `citizens`, `variants`, `comments_total`, `by_kind`, campaigns' `campaign_summary`,
    /// `linked_campaign`) that drafters' tools may use.
    ///
    /// The contract's `unassigned.points` holds every point whose section is null: those of
    /// the whole-document part (`"part": "document"`) first, then those not yet placed
    /// (`"part": "unassigned"`); `unassigned.whole_document` gives that part's counts and
    /// point ids, `unassigned.general` and `comments_total` count both parts.
    public var jsonValue: JSONValue { jsonDocument.materialized }

    /// ``jsonValue`` made point by point while it is written: what `gopy run` writes, so that
    /// the points of a large round are never all in memory as JSON.
    public var jsonDocument: JSONDocument {
        let sections = self.sections
        let noSection = wholeDocument.points.map { ($0, SectionSynthesis.Part.wholeDocument) } + unassigned.points.map { ($0, SectionSynthesis.Part.unassigned) }
        return .object([
            ("draft", .value(.object([("id", .string(draft.id)), ("title", .string(draft.title)), ("round", .int(draft.round))]))),
            ("run", .value(.string(runID))),
            ("sections", .array(count: sections.count) { sections[$0].jsonDocument }),
            ("unassigned", .object([
                ("points", .array(count: noSection.count) { .value(noSection[$0].0.jsonValue(part: noSection[$0].1)) }),
                ("general", .value(.int(wholeDocument.general + unassigned.general))),
                ("comments_total", .value(.int(wholeDocument.commentCount + unassigned.commentCount))),
                ("by_kind", .value(SectionSynthesis.jsonValue(byKind: wholeDocument.byKind.merging(unassigned.byKind, uniquingKeysWith: +)))),
                ("whole_document", .value(wholeDocument.summaryJSONValue)),
                ("not_placed", .value(unassigned.summaryJSONValue)),
            ])),
        ])
    }
}

extension SectionSynthesis {
    var jsonDocument: JSONDocument {
        let points = self.points
        return .object([
            ("id", .value(.string(id))),
            ("title", .value(.string(title))),
            ("points", .array(count: points.count) { .value(points[$0].jsonValue(part: nil)) }),
            ("general", .value(.int(general))),
            ("comments_total", .value(.int(commentCount))),
            ("by_kind", .value(Self.jsonValue(byKind: byKind))),
        ])
    }

    /// A part with no section, summed up: its title, point ids and counts.
    var summaryJSONValue: JSONValue {
        .object([
            ("title", .string(title)),
            ("points", .array(points.map { .string($0.id) })),
            ("general", .int(general)),
            ("comments_total", .int(commentCount)),
            ("by_kind", Self.jsonValue(byKind: byKind)),
        ])
    }

    static func jsonValue(byKind: [SourceKind: Int]) -> JSONValue {
        .object(SourceKind.allCases.sorted().compactMap { kind in
            byKind[kind].map { (kind.rawValue, JSONValue.int($0)) }
        })
    }
}

extension Point {
    /// - Parameter part: for a point with no section, which part it is in.
    func jsonValue(part: SectionSynthesis.Part?) -> JSONValue {
        var fields: [(String, JSONValue)] = [
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
        ]
        if let part { fields.append(("part", .string(part.rawValue))) }
        if let s = campaignSummary {
            fields.append(("campaign_summary", .object([
                ("template", .string(s.template)),
                ("submissions", .int(s.submissions)),
                ("distinct_senders", .int(s.distinctSenders)),
                ("with_additions", .int(s.withAdditions)),
                ("additions", .array(s.additions.map { .object([("text", .string($0.text)), ("count", .int($0.count))]) })),
                ("standalone_points", .array(s.standalonePoints.map(JSONValue.string))),
            ])))
        }
        if let linkedCampaign { fields.append(("linked_campaign", .string(linkedCampaign))) }
        return .object(fields)
    }
}
