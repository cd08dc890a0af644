/// Writes one sentence about a section from many small choices (a lead, an action, the topic,
/// where or when, why), so that two comments written independently seldom say the same thing
/// in the same words: with the phrase banks of ``Phrases`` alone, a round of a million comments
/// would hold the same few thousand sentences over and over, and the truth about which comments
/// are near-duplicates of each other would be lost.
struct SentenceComposer: Sendable {
    /// A sentence about `section`, ending with a full stop.
    func sentence(about section: Outline.Section, _ random: inout SplitMix64) -> String {
        switch random.weighted([55, 25, 17, 3]) {
        case 0:
            var text = random.pick(Phrases.proposalLeads) + " " + random.pick(Phrases.proposalActions) + " " + random.pick(section.topics)
            if random.chance(0.85) { text += random.chance(0.6) ? place(&random) : random.pick(Phrases.times) }
            if random.chance(0.4) {
                switch random.below(3) {
                case 0: text += ", nhằm " + goal(section, &random)
                case 1: text += ", vì " + random.pick(Phrases.because)
                default: text += " để " + goal(section, &random)
                }
            }
            return text + "."
        case 1:
            var text = random.pick(Phrases.problemLeads) + " " + random.pick(section.problems)
            if random.chance(0.8) { text += place(&random) }
            return text + ", " + random.pick(Phrases.problemAsks) + "."
        case 2:
            var text = random.pick(Phrases.goalLeads) + " " + goal(section, &random)
            if random.chance(0.8) { text += place(&random) }
            if random.chance(0.6) { text += random.pick(Phrases.goalTails) }
            return text + "."
        default:
            let (from, to) = random.pick(Phrases.wordings)
            return random.pick(Phrases.wordingTemplates)(from, to)
        }
    }

    /// ", nhất là ở xã Ea Kênh, huyện Krông Pắc", " tại các xã vùng sâu, vùng xa", …
    func place(_ random: inout SplitMix64) -> String {
        random.pick(Phrases.placeLeads) + " " + locality(&random)
    }

    /// A made-up place of the province: a commune of a district, a hamlet, or a kind of area.
    func locality(_ random: inout SplitMix64) -> String {
        switch random.weighted([45, 20, 35]) {
        case 0: "xã " + random.pick(Phrases.communes) + ", huyện " + random.pick(Phrases.districts)
        case 1: "thôn \(random.int(in: 1...20)), xã " + random.pick(Phrases.communes)
        default: random.pick(Phrases.areas)
        }
    }

    /// An aim of the section, or one any section may serve.
    private func goal(_ section: Outline.Section, _ random: inout SplitMix64) -> String {
        random.chance(0.6) ? random.pick(section.goals) : random.pick(Phrases.commonGoals)
    }
}
