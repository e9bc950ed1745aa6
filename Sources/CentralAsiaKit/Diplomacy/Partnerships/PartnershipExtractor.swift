/// Reads partnerships from news prose: signed instruments with their title, date, place and signatories,
/// roadmaps, memorandums, declarations and joint statements, dialogues and formats (C5+1 with its members from
/// the gazetteer), relationship levels ("strategic partnership with the United States", "elevate relations to
/// …"), partners ("our largest trade partner"), and counts of documents ("41 documents").
///
/// The parties of an instrument come from the first of: "between X, Y and Z" in its clause; the parties its
/// signatories stand for (their countries, or the EU for its officials); the subject of its sentence
/// ("Tajikistan and China signed …", one party "with" another, a leader for their country, an organisation
/// for its members); the partnership named before it in the same text, when its signatories' parties are
/// among that one's; the countries of its sentence.
/// The phrasings are the tables of `PartnershipExtractor+Phrases.swift`.
///
/// ```swift
/// let result = PartnershipExtractor().extract(from: article.text, reference: page.date)
/// for partnership in result.partnerships { print(partnership) }
/// ```
public struct PartnershipExtractor: Sendable {
    /// The reference data: people's countries and offices, organisations' members, cities' countries.
    ///
    /// Read-only: the tables built from it in `init` stay in step with it. Build a new extractor for other
    /// reference data.
    public let gazetteer: Gazetteer
    /// The finder used when a text comes without mentions (read-only, like ``gazetteer``): the one given,
    /// compiled again to also report where the extractors' anchor words are when it did not.
    public let mentionFinder: MentionFinder
    /// Each city's country, by canonical name.
    let cityCountries: [String: CountryCode]
    /// Organisations by short name.
    let organizations: [String: Organization]
    /// People by canonical name (the identifier of their mentions).
    let people: [String: Person]

    /// Creates an extractor.
    ///
    /// - Parameters:
    ///   - gazetteer: The reference data; ``Gazetteer/standard`` by default.
    ///   - mentions: The finder of mentions, built from `gazetteer`; `nil` (the default) for the standard one,
    ///     compiled once with the extractors' words.
    public init(gazetteer: Gazetteer = .standard, mentions: MentionFinder? = nil) {
        self.gazetteer = gazetteer
        self.mentionFinder = ProseText.finder(readingWith: mentions)
        cityCountries = gazetteer.cityCountries
        var organizations: [String: Organization] = [:]
        for organization in gazetteer.organizations { organizations[organization.name] = organization }
        self.organizations = organizations
        var people: [String: Person] = [:]
        for person in gazetteer.people where people[person.name] == nil { people[person.name] = person }
        self.people = people
    }

    /// Reads the partnerships of a text.
    ///
    /// - Parameters:
    ///   - text: One article's text.
    ///   - reference: The date the text was written, for dates without a year.
    /// - Returns: The partnerships, in text order.
    public func extract(from text: String, reference: PartialDate?) -> DiplomacyExtraction {
        DiplomacyExtraction(
            partnerships: extract(ProseText(text, finder: mentionFinder), reference: reference))
    }

    /// Reads a text already split, with its mentions.
    func extract(_ prose: ProseText, reference: PartialDate?) -> [Partnership] {
        var reading = Reading(headlineEnd: prose.bytes.firstIndex(of: 0x0A) ?? prose.bytes.count)
        var position = 0
        while position < prose.tokens.count {
            let token = prose.tokens[position]
            guard
                token.number != nil || token.flags & ProseText.partnershipTrigger != 0
                    || prose.mentionStarting[position] >= 0
            else {
                position += 1
                continue
            }
            position = read(at: position, in: prose, into: &reading, reference: reference)
        }
        // A document a headline names, with no date of its own told anywhere, is the page's news of the day
        // (a text of one line has no headline).
        for index in reading.found.indices
        where reading.headlineEnd < prose.bytes.count && reading.fromHeadline[index]
            && reading.found[index].date == nil
        {
            if reading.found[index].kind.isDocument { reading.found[index].date = reference }
        }
        return reading.found
    }

    /// Tries the rules at a token that may start one, adds what the first that matches reads, and returns the
    /// token to go on from.
    private func read(
        at position: Int, in prose: ProseText, into reading: inout Reading, reference: PartialDate?
    ) -> Int {
        /// Adds a partnership read at a token (one of an organisation and its members binds them all).
        func add(_ read: Partnership, at position: Int) {
            reading.add(forMembers(read), isHeadline: prose.tokens[position].range.lowerBound < reading.headlineEnd)
        }
        // Each rule's first condition is tested here, so that a rule is called (and its
        // result, a large value, passed back) only where it may match.
        let token = prose.tokens[position]
        let word = token.word
        let previous = reading.previous
        if Compiled.levelStarts.contains(word),
            let (partnership, end) = level(at: position, in: prose, previous: previous, reference: reference)
        {
            add(partnership, at: position)
            // "strategic partnership and alliance": the second level joins the first's parties.
            guard let (kind, after) = joinedLevel(at: end, in: prose), partnership.kind != kind else { return end }
            var joined = partnership
            joined.kind = kind
            add(joined, at: end)
            return after
        }
        if word >= 0, PartnershipExtractor.instrumentsByWord[Int(word)] != nil,
            let (partnership, end) = instrument(at: position, in: prose, previous: previous, reference: reference)
        {
            add(partnership, at: position)
            return end
        }
        if prose.mentionStarting[position] >= 0, let partnership = format(at: position, in: prose) {
            add(partnership, at: position)
        } else if Compiled.possessives.contains(word), let partnership = partner(at: position, in: prose) {
            add(partnership, at: position)
        } else if token.number != nil || Compiled.documentStarts.contains(word),
            let partnership = documents(at: position, in: prose, previous: previous, reference: reference)
        {
            add(partnership, at: position)
        }
        return position + 1
    }

    /// The partnerships of a text as they are read.
    private struct Reading {
        /// The partnerships found, in text order.
        var found: [Partnership] = []
        /// The parties of the last partnership found, for rules that fall back on them (kept apart so
        /// that the rules are not handed a copy of the whole value at every token).
        var previous: [EntityID] = []
        /// Whether each partnership found was read from the first line (the title, on a page).
        var fromHeadline: [Bool] = []
        /// The byte offset where the first line ends.
        let headlineEnd: Int

        /// Adds a partnership, or merges it into the one it tells again: the same kind and parties, with
        /// nothing that disagrees, told again with the same title, or with the same topics when one of the
        /// two is the headline ("… Sign Memorandum on Critical Raw Materials" over "a memorandum of
        /// understanding on critical raw materials"). What the retelling adds is kept ("drafted a Trade
        /// Agreement" … "signed the Trade Agreement").
        mutating func add(_ partnership: Partnership, isHeadline: Bool) {
            // An instrument named again in passing (no status said: `existing`) is the one already read of its
            // kind and parties ("… the Strategic Partnership Dialogue … the Dialogue").
            let inPassing =
                partnership.status == .existing && partnership.kind != .strategicPartnership
                && partnership.kind != .comprehensiveStrategicPartnership && partnership.kind != .alliance
            if let same = found.indices.first(where: {
                let other = found[$0]
                return other.kind == partnership.kind && other.hasParties(of: partnership)
                    && other.agrees(with: partnership)
                    && (other.title.equalsIgnoringCase(partnership.title) || inPassing
                        || other.isRaised(to: partnership) || partnership.isRaised(to: other)
                        || ((isHeadline || fromHeadline[$0]) && !partnership.topics.isEmpty
                            && other.hasTopics(of: partnership)))
            }) {
                found[same].absorb(partnership)
            } else {
                found.append(partnership)
                fromHeadline.append(isHeadline)
                previous = partnership.parties
            }
        }
    }

    // MARK: Parties

    /// The party a mention at a token denotes (a city stands for its country), and the token after it.
    func party(at position: Int, in prose: ProseText) -> (EntityID, Int)? {
        guard position >= 0, position < prose.tokens.count, let (mention, end) = prose.mention(at: position) else {
            return nil
        }
        return party(of: mention, in: prose).map { ($0, end) }
    }

    /// The party a mention denotes: a country or organisation, or a city's country.
    func party(of mention: ProseText.MentionSpan, in prose: ProseText) -> EntityID? {
        switch mention.kind {
        case .country, .organization: prose.entity(of: mention)
        case .city: cityCountries[prose.entity(of: mention).id].map { .country($0) }
        default: nil
        }
    }

    /// The parties named in a range of tokens, each once, in order; both names of a hyphenated pair
    /// ("Kazakh-Uzbek") count.
    func parties(in tokens: Range<Int>, of prose: ProseText, countriesOnly: Bool = false) -> [EntityID] {
        var result: [EntityID] = []
        func add(_ mention: ProseText.MentionSpan) {
            let entity = prose.entity(of: mention)
            if mention.kind == .country || (!countriesOnly && mention.kind == .organization), !result.contains(entity) {
                result.append(entity)
            }
        }
        prose.forEachMention(in: tokens) { mention, start in
            add(mention)
            forEachJoinedMention(atMentionStart: start, in: prose, add)
        }
        return result
    }

    /// Calls `body` with each further name that shares the words of the mention starting at a token: a
    /// hyphenated pair is one word that holds two names ("the Kazakh-Uzbek agreement", "Russian-Kazakh
    /// ties").
    func forEachJoinedMention(
        atMentionStart start: Int, in prose: ProseText, _ body: (ProseText.MentionSpan) -> Void
    ) {
        guard start >= 0, start < prose.tokens.count, prose.mentionStarting[start] >= 0 else { return }
        let first = Int(prose.mentionStarting[start])
        let lastByte = prose.tokens[Int(prose.mentionEnd[start]) - 1].range.upperBound
        var after = prose.mentions[first].range.upperBound
        var index = first + 1
        while index < prose.mentions.count, prose.mentions[index].range.lowerBound < lastByte {
            if prose.mentions[index].range.lowerBound >= after {
                body(prose.mentions[index])
                after = prose.mentions[index].range.upperBound
            }
            index += 1
        }
    }

    /// The country the text is mostly about: the first it names (a city standing for its country).
    func primaryCountry(of prose: ProseText) -> EntityID? {
        for mention in prose.mentions {
            if mention.kind == .country { return prose.entity(of: mention) }
            if mention.kind == .city, let code = cityCountries[prose.entity(of: mention).id] { return .country(code) }
        }
        return nil
    }

    /// The last party named in a range of tokens other than `excluded`.
    func lastParty(in tokens: Range<Int>, of prose: ProseText, excluding excluded: EntityID) -> EntityID? {
        var last: EntityID?
        var cursor = tokens.lowerBound
        while cursor < tokens.upperBound {
            if let (entity, end) = party(at: cursor, in: prose) {
                if entity != excluded { last = entity }
                cursor = end
            } else {
                cursor += 1
            }
        }
        return last
    }
}

extension Partnership.Kind {
    /// The kinds that are documents, not levels, dialogues, formats or partners.
    private static let documents: Set<Partnership.Kind> = [
        .treaty, .agreement, .declaration, .jointStatement, .memorandum, .roadmap,
    ]

    /// Whether partnerships of the kind are documents (treaties, agreements, statements, …).
    fileprivate var isDocument: Bool { Partnership.Kind.documents.contains(self) }
}

extension Partnership {
    /// Whether another partnership has the same parties, in any order (as sets: a party named twice counts
    /// once); a few each, so compared by search.
    fileprivate func hasParties(of other: Partnership) -> Bool {
        parties.allSatisfy(other.parties.contains) && other.parties.allSatisfy(parties.contains)
    }

    /// Whether another partnership has the same topics, in the same order, whatever their case.
    fileprivate func hasTopics(of other: Partnership) -> Bool {
        topics.count == other.topics.count && zip(topics, other.topics).allSatisfy { $0.equalsIgnoringCase($1) }
    }

    /// Whether another partnership can be this one told again: their dates and counts of documents do not
    /// differ where both give one ("20 documents in 2019" and "41 documents in 2023" are two signings).
    fileprivate func agrees(with other: Partnership) -> Bool {
        (date == nil || other.date == nil || date == other.date)
            && (documentCount == nil || other.documentCount == nil || documentCount == other.documentCount)
    }

    /// Whether another partnership is this one raised to a title that ends with this one's, of two words
    /// or more (the "Strategic Partnership Dialogue" elevated to an "Enhanced Strategic Partnership
    /// Dialogue" is one dialogue; a "Framework Agreement on Energy" signed beside the "Agreement on Energy"
    /// is another).
    fileprivate func isRaised(to other: Partnership) -> Bool {
        guard other.status == .elevated, let title = title?.lowercased(), let longer = other.title?.lowercased(),
            title.contains(" "), longer.count > title.count
        else { return false }
        return longer.hasSuffix(" " + title) || longer.hasSuffix("-" + title)
    }

    /// How far a status says an instrument has come: a retelling that says it has come further wins
    /// ("will sign the Agreement" … "signed the Agreement" is signed, in either order).
    private var progress: Int {
        switch status {
        case .existing: 0
        case .discussed: 1
        case .proposed: 2
        case .planned: 3
        default: 4
        }
    }

    /// Takes from a retelling what this partnership does not say: a status that has come further, a date,
    /// place, signatories, topics and count of documents.
    fileprivate mutating func absorb(_ other: Partnership) {
        if other.progress > progress { status = other.status }
        date = date ?? other.date
        place = place ?? other.place
        if signatories.isEmpty { signatories = other.signatories }
        if topics.isEmpty { topics = other.topics }
        documentCount = documentCount ?? other.documentCount
    }
}
