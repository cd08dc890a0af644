/// How a comment relates to others. Each is a pure function of the comment's number (and of
/// its original's or its campaign's), so the labels stay exact.
enum Variation: String, Sendable {
    /// Written fresh. Comments written fresh with the same words are one group all the same.
    case original
    /// The same text as an earlier comment, from someone else (copy and paste).
    case duplicate
    /// The same person sending the same text again.
    case resubmission
    /// An earlier comment copied by someone else with small edits (``NearDuplicateEditor``).
    case edited
    /// An earlier comment typed again without diacritics, sometimes with a small edit too.
    case unaccented
    /// A form letter of a campaign (``CampaignBook``), with or without the sender's own words.
    case campaign
}

/// One comment of the round, independent of the file format it lands in.
struct GeneratedComment: Sendable {
    var number: Int
    /// The text as written, reference and personal data included when the commenter wrote them.
    var text: String
    /// The section it is about (the truth a perfect pipeline finds); nil for the whole draft.
    var section: String?
    var general: Bool
    /// Whether `text` itself names the section ("Tại mục I.1: …").
    var inlineReference: Bool
    /// Whether `text` holds the commenter's name, phone or address.
    var personalInText: Bool
    var author: Person
    var variation: Variation
    /// The comment this one repeats (duplicates, resubmissions, edited and unaccented copies).
    var variantOf: Int?
    /// Its near-duplicate group: the comments that say the same thing in the same words up to
    /// small edits (``TextHash`` of the text it was made from).
    var group: UInt64
    /// The campaign it belongs to (an index of ``CampaignBook/campaigns``).
    var campaign: Int?
    /// What was done to the text it was made from (its original, or its campaign's letter).
    var edits: TextEdits = []
}

/// Makes comment number `n` of the round, the same every time: all its choices come from
/// generators seeded by (seed, n), so files can be written in any order.
///
/// Of the comments: about 13% of citizens' ones (10% of all) are campaign letters; 15% repeat
/// an earlier comment (a fifth as exact copies, an eighth resubmitted by the same citizen, half
/// with small edits, the rest typed again without diacritics); the others are written fresh:
/// general agreement (30% of citizens', 5% of organisations'), one stock sentence ("Đề nghị bổ
/// sung nội dung về …", a quarter of the rest: these recur word for word), or two to four
/// composed sentences (``SentenceComposer``) with openers, references and reasons.
struct CommentFactory: Sendable {
    let seed: UInt64
    let outline: Outline
    let references: ReferenceWriter
    let plan: CorpusPlan
    let campaigns: CampaignBook
    private let leaves: [Outline.Section]
    private let branches: [Outline.Section]
    private let composer = SentenceComposer()

    static let textStream: UInt64 = 2
    static let authorStream: UInt64 = 3
    static let variationStream: UInt64 = 4
    static let editStream: UInt64 = 5
    static let campaignStream: UInt64 = 6

    /// Share of comments that repeat an earlier one.
    static let repeatRate = 0.15
    /// Share of citizens' comments that are campaign letters.
    static let campaignRate = 0.13
    /// Share of the comments written fresh with content that are one stock sentence.
    static let stockRate = 0.25
    /// Share of citizens' comments written fresh without diacritics.
    static let unaccentedRate = 0.02

    init(seed: UInt64, outline: Outline, plan: CorpusPlan) {
        self.seed = seed
        self.outline = outline
        self.plan = plan
        references = ReferenceWriter(outline: outline)
        leaves = outline.leaves
        branches = outline.branches
        campaigns = CampaignBook(seed: seed, commentCount: plan.totalComments, outline: outline)
    }

    func comment(_ number: Int) -> GeneratedComment {
        var variationRandom = SplitMix64(seed: seed, stream: Self.variationStream, item: UInt64(number))
        let citizen = plan.file(holding: number).kind.isCitizen
        if citizen, variationRandom.chance(Self.campaignRate) {
            return campaignLetter(number)
        }
        if number > 0, variationRandom.chance(Self.repeatRate) {
            // Mostly recent comments (the same campaign of forwarding), sometimes any earlier one.
            let window = variationRandom.chance(0.7) ? min(number, 2_000) : number
            let origin = number - 1 - variationRandom.below(window)
            var copy = comment(origin)
            let sameFormat = citizen && plan.file(holding: origin).kind.isCitizen
            copy.number = number
            copy.variantOf = origin
            copy.edits = []
            let originAuthor = copy.author
            copy.author = author(number)
            var random = SplitMix64(seed: seed, stream: Self.editStream, item: UInt64(number))
            switch variationRandom.weighted([20, 12, 53, 15]) {
            case 0:
                copy.variation = .duplicate
            case 1:
                if sameFormat {
                    copy.variation = .resubmission
                    copy.author = originAuthor
                } else {
                    copy.variation = .duplicate
                }
            case 2:
                copy.variation = .edited
                (copy.text, copy.edits) = NearDuplicateEditor().edit(copy.text, onlyKeyPreserving: copy.general, &random)
            default:
                copy.variation = .unaccented
                copy.text = Person.unaccented(copy.text)
                copy.edits = .unaccented
                if !copy.general, random.chance(0.3) {
                    let (text, edits) = NearDuplicateEditor(shingle: 7).edit(copy.text, onlyKeyPreserving: false, &random)
                    copy.text = text
                    copy.edits.formUnion(edits)
                }
            }
            return copy
        }
        return original(number)
    }

    private func author(_ number: Int) -> Person {
        var random = SplitMix64(seed: seed, stream: Self.authorStream, item: UInt64(number))
        return Person.make(&random)
    }

    /// A campaign's letter as one sender sends it: as it is, or with an opening and a closing
    /// of their own (at most a fifth of the words: still a near-duplicate of the letter), or
    /// with a substantial addition (at least 38% of the words: a group of its own, as the
    /// letter's words are then less than 0.62 of the whole).
    private func campaignLetter(_ number: Int) -> GeneratedComment {
        var random = SplitMix64(seed: seed, stream: Self.campaignStream, item: UInt64(number))
        let campaign = campaigns.pick(&random)
        let person = author(number)
        var comment = GeneratedComment(
            number: number, text: "", section: campaign.section, general: false, inlineReference: false,
            personalInText: false, author: person, variation: .campaign, variantOf: nil, group: campaign.group,
            campaign: campaign.index)
        var opening = ""
        var closing = ""
        if random.chance(0.55) {
            let index = random.below(Phrases.campaignOpenings.count)
            opening = Phrases.campaignOpenings[index](person)
            comment.personalInText = [0, 1, 2, 6].contains(index)
            comment.edits.insert(.opening)
        }
        if random.chance(0.35) {
            closing = random.pick(Phrases.campaignClosings)
            comment.edits.insert(.closing)
        }
        var parts = [campaign.template]
        if random.chance(0.15) {
            // Sentences of their own until the letter is at most 0.55 of the whole by key
            // shingles (0.7 makes a near-duplicate): a group of its own, still in the campaign.
            let section = random.chance(0.5) ? leaves.first { $0.id == campaign.section }! : random.pick(leaves)
            var own: [String] = []
            var syllables = 0
            let after = random.chance(0.6)
            while true {
                let sentence = composer.sentence(about: section, &random)
                own.append(sentence)
                syllables += CampaignBook.syllables(sentence)
                guard Double(syllables) >= 0.6 * Double(campaign.syllables) else { continue }
                let addition = KeySimilarity(own.joined(separator: " "))
                if campaign.similarity.jaccardWhenExtended(by: addition) <= 0.55 { break }
            }
            parts = after ? parts + own : own + parts
            comment.edits.insert(.addition)
        } else {
            let own = { (opening.isEmpty ? 0 : CampaignBook.syllables(opening)) + (closing.isEmpty ? 0 : CampaignBook.syllables(closing)) }
            if Double(own()) > 0.2 * Double(campaign.syllables + own()) {
                closing = ""
                comment.edits.remove(.closing)
            }
            if Double(own()) > 0.2 * Double(campaign.syllables + own()) {
                opening = "Kính gửi Ban soạn thảo."
                comment.personalInText = false
            }
        }
        if !opening.isEmpty { parts.insert(opening, at: 0) }
        if !closing.isEmpty { parts.append(closing) }
        comment.text = parts.joined(separator: " ")
        if random.chance(0.04) {
            comment.text = Person.unaccented(comment.text)
            comment.edits.insert(.unaccented)
        } else if random.chance(0.08) {
            let (text, edits) = NearDuplicateEditor().edit(comment.text, onlyKeyPreserving: false, &random)
            comment.text = text
            comment.edits.formUnion(edits)
        }
        if comment.edits.contains(.addition) { comment.group = TextHash.of(comment.text) }
        return comment
    }

    private func original(_ number: Int) -> GeneratedComment {
        var random = SplitMix64(seed: seed, stream: Self.textStream, item: UInt64(number))
        let citizen = plan.file(holding: number).kind.isCitizen
        let person = author(number)
        var comment = GeneratedComment(
            number: number, text: "", section: nil, general: false, inlineReference: false, personalInText: false,
            author: person, variation: .original, variantOf: nil, group: 0, campaign: nil)

        if random.chance(citizen ? 0.3 : 0.05) {
            comment.general = true
            if citizen {
                comment.text = random.chance(0.7) ? random.pick(Phrases.generalCitizen) : random.pick(Phrases.generalCitizenMore)
            } else {
                comment.text = random.chance(0.7) ? random.pick(Phrases.generalOrganisation) : random.pick(Phrases.generalOrganisationMore)
            }
            return finished(comment, citizen: citizen, &random)
        }

        let section = random.chance(0.88) ? random.pick(leaves) : random.pick(branches)
        comment.section = section.id
        if random.chance(Self.stockRate) {
            // One stock sentence, as many write it: recurs word for word, so never decorated.
            comment.text = sentence(about: section, &random)
            return finished(comment, citizen: citizen, &random)
        }
        var sentences: [String] = []
        let count = [2, 3, 4][random.weighted([62, 28, 10])]
        while sentences.count < count {
            let another = composer.sentence(about: section, &random)
            if !sentences.contains(another) { sentences.append(another) }
        }
        if random.chance(0.25) { sentences.append(random.pick(Phrases.reasons)) }
        var body = sentences.joined(separator: " ")

        if citizen, random.chance(0.35) {
            body = random.pick(Phrases.citizenOpeners) + " " + lowercasingFirst(body)
        } else if !citizen, random.chance(0.15) {
            body = random.pick(Phrases.organisationOpeners) + " " + lowercasingFirst(body)
        }

        if random.chance(citizen ? 0.22 : 0.12) {
            comment.inlineReference = true
            let reference = references.reference(to: section.id, style: ReferenceStyle.allCases[random.weighted(ReferenceStyle.weights)])
            switch random.below(5) {
            case 0: body = "Tại \(reference): \(body)"
            case 1: body = "Về \(reference), \(lowercasingFirst(body))"
            case 2: body = "\(uppercasingFirst(reference)): \(body)"
            case 3: body = "Góp ý \(reference): \(body)"
            default: body = "\(body.dropLast()) (\(reference))."
            }
        }

        if citizen, random.chance(0.03) {
            comment.personalInText = true
            if random.chance(0.5) {
                body = "Tôi là \(person.name), ở \(person.address). " + body
            } else {
                body += " Số điện thoại liên hệ: \(person.phone)."
            }
        }
        comment.text = body
        return finished(comment, citizen: citizen, &random)
    }

    /// The group is the text's own (the same words written by someone else fall in it too);
    /// some citizens type without diacritics, which changes the text but not the group.
    private func finished(_ comment: GeneratedComment, citizen: Bool, _ random: inout SplitMix64) -> GeneratedComment {
        var comment = comment
        comment.group = TextHash.of(comment.text)
        if citizen, random.chance(Self.unaccentedRate) {
            comment.text = Person.unaccented(comment.text)
            comment.edits = .unaccented
        }
        return comment
    }

    /// One stock sentence about the section (small phrase banks: the same sentence recurs).
    private func sentence(about section: Outline.Section, _ random: inout SplitMix64) -> String {
        switch random.weighted([6, 3, 2, 1]) {
        case 0: random.pick(Phrases.aboutTopic)(random.pick(section.topics))
        case 1: random.pick(Phrases.aboutProblem)(random.pick(section.problems))
        case 2: random.pick(Phrases.aboutGoal)(random.pick(section.goals))
        default:
            {
                let (from, to) = random.pick(Phrases.wordings)
                return random.pick(Phrases.wordingTemplates)(from, to)
            }()
        }
    }
}

/// "Đề nghị …" → "đề nghị …" (a sentence continuing an opener). Leaves "Đảng", "Nghị quyết"
/// and other capitalised words after the first alone.
func lowercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    // Keep proper nouns that may open a sentence.
    for keep in ["Đảng", "Nhà nước", "Mặt trận", "Nghị quyết", "Trung ương", "Ban "] where text.hasPrefix(keep) {
        return text
    }
    return first.lowercased() + text.dropFirst()
}

/// "mục 2.3" → "Mục 2.3".
func uppercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
}
