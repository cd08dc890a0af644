/// How a comment relates to earlier ones. Later issues add near-duplicates (edits, spelling,
/// tone-mark style), form-letter campaigns, unaccented copies and legacy encodings here: each
/// is a pure function of the comment's number and its original, so labels stay exact.
enum Variation: String, Sendable {
    /// Written fresh.
    case original
    /// The same text as an earlier comment, from someone else (copy and paste).
    case duplicate
    /// The same person sending the same text again.
    case resubmission
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
    /// The comment this one repeats (for duplicates and resubmissions).
    var variantOf: Int?
}

/// Makes comment number `n` of the round, the same every time: all its choices come from a
/// generator seeded by (seed, n), so files can be written in any order.
struct CommentFactory: Sendable {
    let seed: UInt64
    let outline: Outline
    let references: ReferenceWriter
    let plan: CorpusPlan
    private let leaves: [Outline.Section]
    private let branches: [Outline.Section]

    static let textStream: UInt64 = 2
    static let authorStream: UInt64 = 3
    static let variationStream: UInt64 = 4

    /// Share of comments that repeat an earlier one.
    static let repeatRate = 0.04

    init(seed: UInt64, outline: Outline, plan: CorpusPlan) {
        self.seed = seed
        self.outline = outline
        self.plan = plan
        references = ReferenceWriter(outline: outline)
        leaves = outline.leaves
        branches = outline.branches
    }

    func comment(_ number: Int) -> GeneratedComment {
        var variationRandom = SplitMix64(seed: seed, stream: Self.variationStream, item: UInt64(number))
        if number > 0, variationRandom.chance(Self.repeatRate) {
            // Mostly recent comments (the same campaign of forwarding), sometimes any earlier one.
            let window = variationRandom.chance(0.7) ? min(number, 2_000) : number
            let origin = number - 1 - variationRandom.below(window)
            var copy = comment(origin)
            let sameFormat = plan.file(holding: number).kind.isCitizen && plan.file(holding: origin).kind.isCitizen
            copy.number = number
            copy.variantOf = origin
            if sameFormat && variationRandom.chance(0.5) {
                copy.variation = .resubmission
            } else {
                copy.variation = .duplicate
                copy.author = author(number)
            }
            return copy
        }
        return original(number)
    }

    private func author(_ number: Int) -> Person {
        var random = SplitMix64(seed: seed, stream: Self.authorStream, item: UInt64(number))
        return Person.make(&random)
    }

    private func original(_ number: Int) -> GeneratedComment {
        var random = SplitMix64(seed: seed, stream: Self.textStream, item: UInt64(number))
        let citizen = plan.file(holding: number).kind.isCitizen
        let person = author(number)
        var comment = GeneratedComment(
            number: number, text: "", section: nil, general: false, inlineReference: false, personalInText: false,
            author: person, variation: .original, variantOf: nil)

        if random.chance(citizen ? 0.3 : 0.05) {
            comment.general = true
            comment.text = random.pick(citizen ? Phrases.generalCitizen : Phrases.generalOrganisation)
            return comment
        }

        let section = random.chance(0.88) ? random.pick(leaves) : random.pick(branches)
        comment.section = section.id
        var sentences: [String] = []
        sentences.append(sentence(about: section, &random))
        if random.chance(0.4) {
            // A second, different sentence (a few tries; the outline's phrase banks are small).
            for _ in 0..<3 {
                let another = sentence(about: section, &random)
                if !sentences.contains(another) {
                    sentences.append(another)
                    break
                }
            }
        }
        if random.chance(0.3) { sentences.append(random.pick(Phrases.reasons)) }
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
        return comment
    }

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
