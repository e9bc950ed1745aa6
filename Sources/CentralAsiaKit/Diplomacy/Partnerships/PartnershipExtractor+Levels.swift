extension PartnershipExtractor {
    /// Tokens a level's subject, clause and discussion words are searched back from it: a subject of a few
    /// names with their titles ("Kazakh President Tokayev and Russian President Putin") fits.
    static let levelLookBack = 16
    /// Tokens an elevating or discussing verb may stand before a level ("agreed to elevate relations to a").
    static let cueLookBack = 8
    /// Tokens a discussing verb may stand after a level, within its clause ("the strategic partnership that
    /// has been attained"): a short relative clause fits.
    static let cueLookAhead = 8
    /// Tokens "our" may stand before a level ("our multifaceted allied relations"): a couple of adjectives.
    static let ownerReach = 3

    /// A relationship level: "strategic partnership with the United States", "the strategic partnership
    /// between Kyrgyzstan and Azerbaijan", "elevate relations to a comprehensive strategic partnership",
    /// "Turkmenistan and China have a comprehensive strategic partnership", "are strategic partners".
    ///
    /// None when its clause denies it, asks about it or makes it a condition ("do not have", "are not yet",
    /// "denied that", "Are … still strategic partners?", "If … become strategic partners"); a level its clause
    /// hopes to form is `proposed` ("could become strategic partners"), one it plans to form `planned`
    /// ("plan to establish a strategic partnership"). "strategic partners" is a level only after a copula ("are", "as"), and not when it is
    /// someone else's ("strategic partners of Russia") or sought ("seeking strategic partners for …").
    func level(
        at position: Int, in prose: ProseText, previous: [EntityID], reference: PartialDate?
    ) -> (Partnership, Int)? {
        guard let (words, kind) = Compiled.levels.first(where: { prose.matches($0.phrase, at: position) })
        else { return nil }
        let end = position + words.count
        let sentence = prose.sentenceWindow(of: position)
        // The clause before it, at most sixteen tokens back.
        let clause =
            prose.clauseStart(
                before: position, from: max(sentence.lowerBound, position - PartnershipExtractor.levelLookBack))..<position
        guard prose.id(prose.sentenceRange(of: position).upperBound - 1) != Compiled.question,
            !clause.contains(where: { prose.word($0, in: Compiled.levelDenials) })
        else { return nil }
        if prose.word(end - 1, in: Compiled.partnerNouns) {
            /// Whether the token at a position, within the sentence, is a word of a set.
            func word(_ cursor: Int, in set: WordSet) -> Bool {
                sentence.contains(cursor) && prose.word(cursor, in: set)
            }
            let copula =
                word(position - 1, in: Compiled.copulas)
                || (word(position - 1, in: Compiled.copulaAdverbs) && word(position - 2, in: Compiled.copulas))
            guard copula, !word(end, in: Compiled.partnerLinks) else { return nil }
        }
        let elevated = (max(sentence.lowerBound, position - PartnershipExtractor.cueLookBack)..<position).contains {
            prose.word($0, in: Compiled.elevateCues)
        }
        // "The sides discussed elevating their relations to …": talked of, not done.
        let discussed = (max(sentence.lowerBound, position - PartnershipExtractor.cueLookBack)..<position).contains {
            prose.word($0, in: Compiled.discussCues)
        }
        var parties: [EntityID] = []
        // "strategic partnership and alliance between …": the parties follow the joined level.
        let partiesAt = joinedLevel(at: end, in: prose)?.1 ?? end
        if partiesAt + 1 < sentence.upperBound, prose.id(partiesAt) == Compiled.with,
            let (partner, _) = party(at: partiesAt + 1, in: prose)
                ?? (partiesAt + 2 < sentence.upperBound ? party(at: partiesAt + 2, in: prose) : nil)
        {
            let subject =
                lastParty(in: sentence.lowerBound..<position, of: prose, excluding: partner)
                ?? primaryCountry(of: prose)
            parties = [subject, partner].compactMap { $0 }
        } else if partiesAt < sentence.upperBound, prose.id(partiesAt) == Compiled.between,
            case let listed = partyList(from: partiesAt + 1, before: sentence.upperBound, of: prose), listed.count >= 2
        {
            parties = listed
        } else if elevated, !namesInstrument(from: end, before: sentence.upperBound, in: prose) {
            // Its subject, on the sentence's date ("In June 2023, Costa and Mirziyoyev agreed to elevate …":
            // Costa was then Portugal's prime minister); else the parties the sentence names, or the leaders';
            // else the partnership named before.
            // The date matters only for the people named, so it is read only when the sentence names one.
            var date = reference
            var namesPerson = false
            prose.forEachMention(in: sentence) { mention, _ in namesPerson = namesPerson || mention.kind == .person }
            if namesPerson {
                let bytes = prose.tokens[sentence.lowerBound].range.lowerBound..<prose.tokens[position].range.lowerBound
                date =
                    DatePhraseParser().first(inUTF8: prose.bytes, range: bytes, reference: reference)?.value.start
                    ?? reference
            }
            parties = subject(
                before: position, from: max(sentence.lowerBound, position - PartnershipExtractor.levelLookBack),
                of: prose, on: date)
            if parties.count < 2 {
                let named = self.parties(in: sentence, of: prose)
                let leaders = named.count >= 2 ? [] : peoplesParties(in: sentence, of: prose, on: date)
                parties = named.count >= 2 ? named : leaders.count >= 2 ? leaders : previous
            }
        } else if !prose.word(position - 1, in: Compiled.singleOwners),
            !namesInstrument(from: end, before: sentence.upperBound, in: prose)
        {
            // Its subject ("Turkmenistan and China have a comprehensive strategic partnership", "… reaffirmed
            // their strategic partnership"), but not one party's ("Kazakhstan values its strategic partnership").
            parties = subject(
                before: position, from: max(sentence.lowerBound, position - PartnershipExtractor.levelLookBack),
                of: prose, on: reference)
            if parties.count < 2 { parties = sidesParties(of: position, in: sentence, of: prose) }
        }
        guard parties.count >= 2, parties[0] != parties[1] else { return nil }
        var status: Partnership.Status = elevated ? (discussed ? .discussed : .elevated) : .existing
        let lookAhead = end..<prose.clauseEnd(from: end, before: min(sentence.upperBound, end + Self.cueLookAhead))
        if status == .existing,
            (max(sentence.lowerBound, position - PartnershipExtractor.levelLookBack)..<position).contains(where: {
                prose.word($0, in: Compiled.levelDiscussions)
            }) || lookAhead.contains(where: { prose.word($0, in: Compiled.levelDiscussions) })
        {
            status = .discussed
        }
        // A level to be formed ("plan to establish", "could become"); "plans to strengthen" one is existing.
        if !elevated, clause.contains(where: { prose.word($0, in: Compiled.levelBecomings) }) {
            if clause.contains(where: { prose.word($0, in: Compiled.levelPlans) }) {
                status = .planned
            } else if clause.contains(where: { prose.word($0, in: Compiled.levelProposals) }) {
                status = .proposed
            }
        }
        return (Partnership(parties: parties, kind: kind, status: status), end)
    }

    /// The parties of a level that one side calls "ours" ("our allied relations") or of a sentence that
    /// speaks of the two sides ("between our countries … the level of strategic partnership"): the two
    /// countries the sentence names, else the two the text is about. Empty otherwise.
    private func sidesParties(of position: Int, in sentence: Range<Int>, of prose: ProseText) -> [EntityID] {
        let ours = (max(sentence.lowerBound, position - Self.ownerReach)..<position).contains {
            prose.id($0) == Compiled.our
        }
        guard ours || namesPair(in: sentence, of: prose) else { return [] }
        let named = parties(in: sentence, of: prose, countriesOnly: true)
        return named.count == 2 ? named : textPair(of: prose)
    }

    /// A level joined by "and" right after another ("strategic partnership and alliance"), and the token
    /// after it.
    func joinedLevel(at end: Int, in prose: ProseText) -> (Partnership.Kind, Int)? {
        guard prose.id(end) == Compiled.and else { return nil }
        return Compiled.levels.first { prose.matches($0.phrase, at: end + 1) }.map {
            ($0.kind, end + 1 + $0.phrase.count)
        }
    }

    /// The subject of a level: the nearest name before it, and the names joined to it by "and" or the
    /// commas of a list ("Kazakhstan and the EU", "Kyrgyzstan, Tajikistan, and Uzbekistan", "Tokayev and
    /// Putin" for their countries). A name before a clause of its own is not joined ("… talks with China,
    /// and Kyrgyzstan and Tajikistan are strategic partners" names no China). Cities stand for their
    /// countries only when every name is a city ("Astana and Beijing have …", but "In Moscow, Kazakhstan
    /// and China …" names no Russia).
    private func subject(
        before position: Int, from floor: Int, of prose: ProseText, on date: PartialDate?
    )
        -> [EntityID]
    {
        var cursor = position - 1
        var nearest: SubjectName?
        while cursor >= floor, prose.id(cursor) != Compiled.semicolon {
            if let found = subjectName(endingAt: cursor + 1, from: floor, of: prose, on: date) {
                nearest = found
                break
            }
            // An aside (", which has ties with Russia and China,") names no subject.
            if prose.id(cursor) == Compiled.comma,
                let open = (max(floor, cursor - 12)..<cursor).last(where: { prose.id($0) == Compiled.comma }),
                prose.word(open + 1, in: TravelExtractor.asideOpeners)
            {
                cursor = open
            }
            cursor -= 1
        }
        guard var current = nearest else { return [] }
        var run = [current]
        var sawAnd = false
        while true {
            var joiner = current.start - 1
            if joiner >= floor, prose.id(joiner) == Compiled.the { joiner -= 1 }
            guard joiner > floor else { break }
            var next: SubjectName?
            if prose.id(joiner) == Compiled.and {
                sawAnd = true
                // "A, B, and C": B is joined only when a comma comes before it too.
                let oxford = prose.id(joiner - 1) == Compiled.comma
                next = subjectName(endingAt: oxford ? joiner - 1 : joiner, from: floor, of: prose, on: date)
                if oxford, let name = next {
                    var before = name.start - 1
                    if before >= floor, prose.id(before) == Compiled.the { before -= 1 }
                    if before < floor || prose.id(before) != Compiled.comma { next = nil }
                }
            } else if prose.id(joiner) == Compiled.comma, sawAnd {
                next = subjectName(endingAt: joiner, from: floor, of: prose, on: date)
            }
            // A name that is the object of another clause ("While Russia is allied with Kazakhstan,
            // Kyrgyzstan and China …") is not joined.
            if let name = next, name.start > floor, prose.word(name.start - 1, in: Compiled.objectMarkers) {
                next = nil
            }
            guard let name = next else { break }
            run.insert(name, at: 0)
            current = name
        }
        let chosen = run.allSatisfy(\.isCity) ? run : run.filter { !$0.isCity }
        var parties: [EntityID] = []
        for name in chosen {
            if !parties.contains(name.party) { parties.append(name.party) }
            // "Russian-Kazakh strategic partnership": the second name of a hyphenated pair joins.
            forEachJoinedMention(atMentionStart: name.start, in: prose) { mention in
                if let party = party(of: mention, in: prose), !parties.contains(party) { parties.append(party) }
            }
        }
        return parties
    }

    /// A name in a level's subject: the party it stands for, the token where it starts, and whether it is a
    /// city.
    private typealias SubjectName = (party: EntityID, start: Int, isCity: Bool)

    /// The name whose mention ends right before a token, as a party: a country or organisation; a city for
    /// its country; a person for the party they stand for on a date.
    private func subjectName(
        endingAt end: Int, from floor: Int, of prose: ProseText, on date: PartialDate?
    )
        -> SubjectName?
    {
        guard let (mention, start) = prose.mention(endingAt: end, from: floor) else { return nil }
        switch mention.kind {
        case .country, .organization: return (prose.entity(of: mention), start, false)
        case .city: return cityCountries[prose.entity(of: mention).id].map { (.country($0), start, true) }
        case .person:
            return people[prose.entity(of: mention).id].flatMap { actingParty(of: $0, on: date) }.map {
                ($0, start, false)
            }
        default: return nil
        }
    }

    /// The parties of a list that starts at a token, joined by "and" or commas ("between Kyrgyzstan and
    /// Azerbaijan, which …" is two); the list ends at any other word.
    private func partyList(from start: Int, before limit: Int, of prose: ProseText) -> [EntityID] {
        var result: [EntityID] = []
        var cursor = start
        while cursor < limit {
            if prose.id(cursor) == Compiled.the { cursor += 1 }
            guard cursor < limit, let (party, end) = party(at: cursor, in: prose) else { break }
            if !result.contains(party) { result.append(party) }
            cursor = end
            if cursor < limit, prose.id(cursor) == Compiled.comma { cursor += 1 }
            if cursor < limit, prose.id(cursor) == Compiled.and {
                cursor += 1
            } else if prose.id(cursor - 1) != Compiled.comma {
                break
            }
        }
        return result
    }

    /// Whether the words from a token run on to an instrument's noun within its sentence: a level that starts a title ("the
    /// Strategic Partnership and Cooperation Agreement", "a strategic partnership and cooperation
    /// agreement") is the instrument's, not a level. Capitalised words and connectors may come between,
    /// and up to three lower-case words the extractors have no use for.
    private func namesInstrument(from start: Int, before limit: Int, in prose: ProseText) -> Bool {
        var cursor = start
        var plain = 0
        while cursor < limit, cursor < start + 8 {
            let id = prose.id(cursor)
            if id >= 0, PartnershipExtractor.instrumentsByWord[Int(id)] != nil { return true }
            let token = prose.tokens[cursor]
            if !(token.isCapitalized || prose.word(cursor, in: Compiled.titleConnectors)) {
                plain += 1
                guard token.isWord, id < 0, plain <= 3 else { return false }
            }
            cursor += 1
        }
        return false
    }
}
