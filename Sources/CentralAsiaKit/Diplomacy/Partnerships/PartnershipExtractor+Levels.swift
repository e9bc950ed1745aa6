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
        if prose.word(end - 1, in: Compiled.partnerNouns),
            !isPartnersAfterCopula(at: position, end: end, in: sentence, of: prose)
        {
            return nil
        }
        let elevated = hasCue(in: Compiled.elevateCues, before: position, in: sentence, of: prose)
        let parties = levelParties(
            at: position, end: end, in: sentence, elevated: elevated, of: prose, previous: previous,
            reference: reference)
        guard parties.count >= 2, parties[0] != parties[1] else { return nil }
        let status = levelStatus(
            at: position, end: end, clause: clause, in: sentence, elevated: elevated, of: prose)
        return (Partnership(parties: parties, kind: kind, status: status), end)
    }

    /// Whether "strategic partners" stands after a copula within its sentence ("are", "are now", "as") and is
    /// not someone else's or sought ("strategic partners of Russia", "seeking strategic partners for …").
    private func isPartnersAfterCopula(
        at position: Int, end: Int, in sentence: Range<Int>, of prose: ProseText
    ) -> Bool {
        /// Whether the token at a position, within the sentence, is a word of a set.
        func word(_ cursor: Int, in set: WordSet) -> Bool {
            sentence.contains(cursor) && prose.word(cursor, in: set)
        }
        let copula =
            word(position - 1, in: Compiled.copulas)
            || (word(position - 1, in: Compiled.copulaAdverbs) && word(position - 2, in: Compiled.copulas))
        return copula && !word(end, in: Compiled.partnerLinks)
    }

    /// Whether a word of a set stands among the ``cueLookBack`` tokens before a level, within its sentence.
    private func hasCue(in set: WordSet, before position: Int, in sentence: Range<Int>, of prose: ProseText) -> Bool {
        (max(sentence.lowerBound, position - PartnershipExtractor.cueLookBack)..<position).contains {
            prose.word($0, in: set)
        }
    }

    /// The parties of a level: the one after "with" and the last named before it; the list after "between";
    /// those of a level its sentence raises (``elevatedParties(at:in:of:previous:reference:)``); else its
    /// subject or the two sides, unless one party owns it ("Kazakhstan values its strategic partnership") or
    /// it starts an instrument's title. Empty when none of these names any.
    private func levelParties(
        at position: Int, end: Int, in sentence: Range<Int>, elevated: Bool, of prose: ProseText,
        previous: [EntityID], reference: PartialDate?
    ) -> [EntityID] {
        // "strategic partnership and alliance between …": the parties follow the joined level.
        let partiesAt = joinedLevel(at: end, in: prose)?.1 ?? end
        if partiesAt + 1 < sentence.upperBound, prose.id(partiesAt) == Compiled.with,
            let (partner, _) = party(at: partiesAt + 1, in: prose)
                ?? (partiesAt + 2 < sentence.upperBound ? party(at: partiesAt + 2, in: prose) : nil)
        {
            let subject =
                lastParty(in: sentence.lowerBound..<position, of: prose, excluding: partner)
                ?? primaryCountry(of: prose)
            return [subject, partner].compactMap { $0 }
        }
        if partiesAt < sentence.upperBound, prose.id(partiesAt) == Compiled.between,
            case let listed = partyList(from: partiesAt + 1, before: sentence.upperBound, of: prose), listed.count >= 2
        {
            return listed
        }
        let instrumentNamed = namesInstrument(from: end, before: sentence.upperBound, in: prose)
        if elevated, !instrumentNamed {
            return elevatedParties(at: position, in: sentence, of: prose, previous: previous, reference: reference)
        }
        if !prose.word(position - 1, in: Compiled.singleOwners), !instrumentNamed {
            // Its subject ("Turkmenistan and China have a comprehensive strategic partnership", "… reaffirmed
            // their strategic partnership"), but not one party's ("Kazakhstan values its strategic partnership").
            let parties = subject(
                before: position, from: max(sentence.lowerBound, position - PartnershipExtractor.levelLookBack),
                of: prose, on: reference)
            return parties.count < 2 ? sidesParties(of: position, in: sentence, of: prose) : parties
        }
        return []
    }

    /// The parties of a level its sentence raises ("agreed to elevate …"): its subject, on the sentence's date
    /// ("In June 2023, Costa and Mirziyoyev agreed to elevate …": Costa was then Portugal's prime minister);
    /// else the parties the sentence names, or the leaders'; else the partnership named before.
    private func elevatedParties(
        at position: Int, in sentence: Range<Int>, of prose: ProseText, previous: [EntityID],
        reference: PartialDate?
    ) -> [EntityID] {
        // The date matters only for the people named, so it is read only when the sentence names one.
        var date = reference
        var namesPerson = false
        prose.forEachMention(in: sentence) { mention, _ in namesPerson = namesPerson || mention.kind == .person }
        if namesPerson {
            let bytes = prose.tokens[sentence.lowerBound].range.lowerBound..<prose.tokens[position].range.lowerBound
            date =
                prose.firstDate(DatePhraseParser(), in: bytes, reference: reference)?.value.start
                ?? reference
        }
        let parties = subject(
            before: position, from: max(sentence.lowerBound, position - PartnershipExtractor.levelLookBack),
            of: prose, on: date)
        guard parties.count < 2 else { return parties }
        let named = self.parties(in: sentence, of: prose)
        let leaders = named.count >= 2 ? [] : peoplesParties(in: sentence, of: prose, on: date)
        return named.count >= 2 ? named : leaders.count >= 2 ? leaders : previous
    }

    /// The status of a level: raised, or talked of raising ("The sides discussed elevating their relations
    /// to …"); discussed when its sentence talks of it; planned or proposed when its clause means to form it
    /// ("plan to establish", "could become"; "plans to strengthen" one is existing); else existing.
    private func levelStatus(
        at position: Int, end: Int, clause: Range<Int>, in sentence: Range<Int>, elevated: Bool,
        of prose: ProseText
    ) -> Partnership.Status {
        let discussed = hasCue(in: Compiled.discussCues, before: position, in: sentence, of: prose)
        var status: Partnership.Status = elevated ? (discussed ? .discussed : .elevated) : .existing
        let lookAhead = end..<prose.clauseEnd(from: end, before: min(sentence.upperBound, end + Self.cueLookAhead))
        if status == .existing,
            (max(sentence.lowerBound, position - PartnershipExtractor.levelLookBack)..<position).contains(where: {
                prose.word($0, in: Compiled.levelDiscussions)
            }) || lookAhead.contains(where: { prose.word($0, in: Compiled.levelDiscussions) })
        {
            status = .discussed
        }
        if !elevated, clause.contains(where: { prose.word($0, in: Compiled.levelBecomings) }) {
            if clause.contains(where: { prose.word($0, in: Compiled.levelPlans) }) {
                status = .planned
            } else if clause.contains(where: { prose.word($0, in: Compiled.levelProposals) }) {
                status = .proposed
            }
        }
        return status
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
        guard var current = nearestSubjectName(before: position, from: floor, of: prose, on: date) else { return [] }
        var run = [current]
        var sawAnd = false
        while let name = subjectName(joinedBefore: current, from: floor, sawAnd: &sawAnd, of: prose, on: date) {
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

    /// The name of a level's subject nearest before it, back to `floor` or a semicolon; the names inside an
    /// aside (", which has ties with Russia and China,") are passed over.
    private func nearestSubjectName(
        before position: Int, from floor: Int, of prose: ProseText, on date: PartialDate?
    ) -> SubjectName? {
        var cursor = position - 1
        while cursor >= floor, prose.id(cursor) != Compiled.semicolon {
            if let found = subjectName(endingAt: cursor + 1, from: floor, of: prose, on: date) { return found }
            // An aside (", which has ties with Russia and China,") names no subject.
            if prose.id(cursor) == Compiled.comma, let open = prose.asideOpening(closedAt: cursor, from: floor),
                prose.word(open + 1, in: TravelExtractor.asideOpeners)
            {
                cursor = open
            }
            cursor -= 1
        }
        return nil
    }

    /// The name joined to a subject's name from before it by "and", or by a comma once an "and" was seen
    /// (`sawAnd`); `nil` when none is, or when it is the object of another clause ("While Russia is allied
    /// with Kazakhstan, Kyrgyzstan and China …").
    private func subjectName(
        joinedBefore current: SubjectName, from floor: Int, sawAnd: inout Bool, of prose: ProseText,
        on date: PartialDate?
    ) -> SubjectName? {
        var joiner = current.start - 1
        if joiner >= floor, prose.id(joiner) == Compiled.the { joiner -= 1 }
        guard joiner > floor else { return nil }
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
        // A name that is the object of another clause is not joined.
        if let name = next, name.start > floor, prose.word(name.start - 1, in: Compiled.objectMarkers) {
            return nil
        }
        return next
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

    /// Tokens after a level its title may run to an instrument's noun ("Strategic Partnership and Cooperation
    /// Agreement"): a title of a few words with their connectors fits.
    static let levelTitleReach = 8
    /// Lower-case words of no use to the extractors a title may hold between a level and an instrument's noun
    /// ("a strategic partnership and cooperation agreement"): a few adjectives.
    static let titlePlainWords = 3

    /// Whether the words from a token run on to an instrument's noun within its sentence: a level that starts a title ("the
    /// Strategic Partnership and Cooperation Agreement", "a strategic partnership and cooperation
    /// agreement") is the instrument's, not a level. Capitalised words and connectors may come between,
    /// and up to three lower-case words the extractors have no use for.
    private func namesInstrument(from start: Int, before limit: Int, in prose: ProseText) -> Bool {
        var cursor = start
        var plain = 0
        while cursor < limit, cursor < start + PartnershipExtractor.levelTitleReach {
            let id = prose.id(cursor)
            if id >= 0, PartnershipExtractor.instrumentsByWord[Int(id)] != nil { return true }
            let token = prose.tokens[cursor]
            if !(token.isCapitalized || prose.word(cursor, in: Compiled.titleConnectors)) {
                plain += 1
                guard token.isWord, id < 0, plain <= PartnershipExtractor.titlePlainWords else { return false }
            }
            cursor += 1
        }
        return false
    }
}
