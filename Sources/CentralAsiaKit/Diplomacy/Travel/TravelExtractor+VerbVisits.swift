extension TravelExtractor {
    /// Tokens a headline's name may take before "Visits": a name with its titles ("Kazakh Foreign Minister Murat
    /// Nurtleu") fits.
    static let titledNameReach = 8
    /// Tokens a place's own phrase may run after it ("Astana on 16 January", "Baku on a state visit"): a date or
    /// a short prepositional phrase fits.
    static let ownPhraseReach = 6

    /// Whether the word at a token is the verb "visit": "visited", "visiting", "visit" after "to", "will",
    /// "not" and the like, or a headline's "Visits" after its subject ("Tokayev Visits Baku"). The noun
    /// rules do not read it.
    func isVisitVerb(at position: Int, in sentence: Range<Int>, of prose: ProseText) -> Bool {
        prose.word(position, in: TravelExtractor.visitVerbForms)
            || (position > sentence.lowerBound && prose.word(position - 1, in: TravelExtractor.verbMarkers))
            || isHeadlineVisits(at: position, in: sentence, of: prose)
    }

    /// Whether the word at a token is a headline's "Visits" right after a person's name.
    private func isHeadlineVisits(at position: Int, in sentence: Range<Int>, of prose: ProseText) -> Bool {
        prose.id(position) == TravelExtractor.pluralVisitWord
            && prose.bytes[prose.tokens[position].range.lowerBound] == UInt8(ascii: "V")
            && person(
                endingAt: position, from: max(sentence.lowerBound, position - TravelExtractor.titledNameReach),
                of: prose) != nil
    }

    /// A visit told by the verb: a phrase of ``visitVerbCues`` ending at it (or a headline's "Visits"), its
    /// subject the travellers and its object the destinations.
    ///
    /// A plan put in the past ("was due to visit") is a visit only when the sentence calls it off, and then
    /// a cancelled one, as is a plan called off ("scrapped plans to visit"). A count in its clause ("visited
    /// Russia five times") makes it a summary's, not one visit.
    func verbTelling(
        at position: Int, in window: Range<Int>, sentence: Range<Int>, of prose: ProseText
    ) -> Telling? {
        var status = Visit.Status.completed
        var cue = position
        var afterPerson = true
        if !isHeadlineVisits(at: position, in: sentence, of: prose) {
            guard
                let found = TravelExtractor.visitVerbCuePhrases.first(where: { phrase, _, _ in
                    let start = position - phrase.count + 1
                    return start >= window.lowerBound && phrase.words[phrase.count - 1] == prose.id(position)
                        && prose.matches(phrase, at: start)
                })
            else { return nil }
            (status, cue, afterPerson) = (found.status, position - found.phrase.count + 1, found.afterPerson)
        }
        var subjectEnd = cue
        // "scrapped plans to visit", "cancelled his plans to visit"
        let owner = cue - 1 > window.lowerBound && prose.word(cue - 1, in: TravelExtractor.possessives) ? 1 : 0
        if cue - owner > window.lowerBound, isCancellation(at: cue - owner - 1, in: prose) {
            status = .cancelled
            subjectEnd = cue - owner - 1
        } else if status == .planned, cue > window.lowerBound, prose.word(cue - 1, in: TravelExtractor.pastPlans) {
            guard (position + 1..<window.upperBound).contains(where: { isCancellation(at: $0, in: prose) })
            else { return nil }
            status = .cancelled
        }
        guard let travellers = subjects(before: subjectEnd, in: window, sentence: sentence, of: prose),
            !afterPerson || opensSentence(travellers[0].start, sentence, of: prose),
            !countsVisits(from: position + 1, in: window, of: prose)
        else { return nil }
        let (places, own) = placeList(from: position + 1, in: window, sentence: sentence, of: prose)
        return Telling(
            status: status, cue: cue, travellers: travellers, places: places, ownDates: own,
            dateEnd: dateEnd(after: position, in: window, of: prose))
    }

    /// The subject of a verb visit, read back from the token before `end`: past auxiliaries and adverbs
    /// ("has also", "was due"), and asides set off by commas (", however,", ", Tokayev said,"), the person
    /// named right there, or several joined by "and" or commas ("Tokayev and Mirziyoyev visited …"); for a
    /// pronoun, the person it stands for ("Tokayev said he would visit Moscow"); for a verb joined to an
    /// earlier one ("… and later visited Kazan", "…, then visited Shanghai"), the person who opens the
    /// sentence.
    ///
    /// None when a negation comes first ("has not, however, visited"), for "would have visited", or when
    /// something else is the subject ("tourists visited", "Putin's spokesman visited").
    private func subjects(
        before end: Int, in window: Range<Int>, sentence: Range<Int>, of prose: ProseText
    ) -> [(name: String, start: Int)]? {
        var cursor = end - 1
        var sequenced = false
        while cursor >= window.lowerBound {
            if prose.word(cursor, in: TravelExtractor.visitNegations) { return nil }
            if prose.word(cursor, in: TravelExtractor.subjectSkips) {
                if prose.id(cursor) == TravelExtractor.haveID, prose.word(cursor - 1, in: TravelExtractor.unrealModals)
                {
                    return nil
                }
                sequenced = sequenced || prose.word(cursor, in: TravelExtractor.sequencers)
                cursor -= 1
            } else if prose.id(cursor) == TravelExtractor.commaID {
                // An aside before the verb: "Tokayev, who met Putin on Monday, visited …".
                guard !sequenced, let open = prose.asideOpening(closedAt: cursor, from: window.lowerBound) else {
                    // "Tokayev met Putin, then visited Kazan": a verb joined to the sentence's first.
                    return sentenceSubject(before: cursor, in: window, sentence: sentence, of: prose)
                }
                cursor = open - 1
            } else {
                break
            }
        }
        guard cursor >= window.lowerBound else { return nil }
        if prose.word(cursor, in: TravelExtractor.pronouns) {
            return pronounSubject(before: cursor, in: window, of: prose)
        }
        if prose.id(cursor) == TravelExtractor.andID {
            return sentenceSubject(before: cursor, in: window, sentence: sentence, of: prose)
        }
        // "Japarov, who is visiting Moscow, …"
        if prose.id(cursor) == TravelExtractor.whoID {
            cursor -= 1
            if cursor >= window.lowerBound, prose.id(cursor) == TravelExtractor.commaID { cursor -= 1 }
        }
        var people: [(name: String, start: Int)] = []
        while cursor >= window.lowerBound, let found = person(endingAt: cursor + 1, from: window.lowerBound, of: prose)
        {
            people.insert(found, at: 0)
            cursor = found.start - 1
            guard cursor > window.lowerBound,
                prose.id(cursor) == TravelExtractor.andID || prose.id(cursor) == TravelExtractor.commaID
            else { break }
            cursor -= 1
        }
        return people.isEmpty ? nil : people
    }

    /// Who a pronoun before a verb visit stands for: the first person named in its clause (after the last
    /// comma before it), else in the window ("Asked about Putin, Tokayev said he would visit Moscow" is
    /// Tokayev's); for "they", with the people joined to that one by "and" or commas ("Tokayev and
    /// Mirziyoyev said they would visit Bishkek").
    private func pronounSubject(
        before pronoun: Int, in window: Range<Int>, of prose: ProseText
    ) -> [(name: String, start: Int)]? {
        var clause = pronoun
        while clause > window.lowerBound, prose.id(clause - 1) != TravelExtractor.commaID { clause -= 1 }
        guard
            let first = firstPerson(in: clause..<pronoun, of: prose)
                ?? firstPerson(in: window.lowerBound..<pronoun, of: prose)
        else { return nil }
        var people = [first]
        if prose.id(pronoun) == TravelExtractor.theyID, var cursor = prose.mention(at: first.start)?.end {
            while cursor + 1 < pronoun,
                prose.id(cursor) == TravelExtractor.andID || prose.id(cursor) == TravelExtractor.commaID,
                let (mention, end) = prose.mention(at: cursor + 1), mention.kind == .person
            {
                people.append((prose.entity(of: mention).id, cursor + 1))
                cursor = end
            }
        }
        return people
    }

    /// Whether the words at a token call something off ("cancelled", "postponed", "called off").
    func isCancellation(at position: Int, in prose: ProseText) -> Bool {
        prose.word(position, in: TravelExtractor.cancels)
            || (prose.id(position) == TravelExtractor.calledID && prose.id(position + 1) == TravelExtractor.offID)
    }

    /// The person who opens a sentence, as the subject of a later verb joined to the first.
    private func sentenceSubject(
        before end: Int, in window: Range<Int>, sentence: Range<Int>, of prose: ProseText
    ) -> [(name: String, start: Int)]? {
        guard let first = firstPerson(in: window.lowerBound..<end, of: prose),
            opensSentence(first.start, sentence, of: prose)
        else { return nil }
        return [first]
    }

    /// Whether only capitalised words and marks, and no other person, come before a token in its sentence:
    /// the subject of a headline ("Kyrgyz President Japarov to Visit Tashkent"), not an object ("invited
    /// Japarov to visit Belarus", "Tokayev Invites Putin to Visit Astana").
    private func opensSentence(_ start: Int, _ sentence: Range<Int>, of prose: ProseText) -> Bool {
        start - sentence.lowerBound <= TravelExtractor.visitLookBack
            && !(sentence.lowerBound..<start).contains {
                prose.tokens[$0].isWord && !prose.tokens[$0].isCapitalized
            }
            && firstPerson(in: sentence.lowerBound..<start, of: prose) == nil
    }

    /// The person whose name ends right before a token, and the token where the name starts.
    func person(endingAt end: Int, from floor: Int, of prose: ProseText) -> (name: String, start: Int)? {
        guard let (mention, start) = prose.mention(endingAt: end, from: floor), mention.kind == .person else {
            return nil
        }
        return (prose.entity(of: mention).id, start)
    }

    /// Whether a visit's clause, from a token to the next comma or ";", counts visits ("visited Russia five
    /// times", "has visited Kazakhstan on several occasions").
    func countsVisits(from start: Int, in window: Range<Int>, of prose: ProseText) -> Bool {
        (start..<prose.clauseEnd(from: start, before: window.upperBound)).contains {
            prose.word($0, in: TravelExtractor.visitCounts)
        }
    }

    /// The places of a list that starts at a token ("Baku", "Tbilisi and Yerevan", "Kazakhstan, Tajikistan
    /// and Uzbekistan", "Baku and then Tbilisi"), each a visit. None when a place is written as an adjective
    /// ("visited the Kazakh pavilion") or is part of a name or a modifier ("the Kazakhstan pavilion",
    /// "Russia's pavilion", "the Kazakhstan-China forum").
    ///
    /// A place may have a phrase of its own before the next ("Tashkent on January 14 and Astana on January
    /// 16"): then each place's date is searched first in the tokens after it, up to the next place (for the
    /// last, up to the window's end).
    func placeList(
        from start: Int, in window: Range<Int>, sentence: Range<Int>, of prose: ProseText
    ) -> (places: [Place], own: [Range<Int>?]) {
        var places: [Place] = []
        var own: [Range<Int>?] = []
        var cursor = start
        while let (place, mention, end) = place(at: cursor, in: prose, limit: window.upperBound) {
            guard !isDemonym(mention, in: prose), standsAlone(mention, before: end, in: sentence, of: prose) else {
                return ([], [])
            }
            places.append(place)
            own.append(nil)
            cursor = end
            if prose.word(cursor, in: TravelExtractor.ownPhraseStarts) {
                var phraseEnd = cursor + 1
                while phraseEnd < min(window.upperBound, cursor + TravelExtractor.ownPhraseReach),
                    !prose.word(phraseEnd, in: TravelExtractor.listJoiners)
                {
                    phraseEnd += 1
                }
                var next = phraseEnd
                while next < window.upperBound, prose.word(next, in: TravelExtractor.listJoiners) { next += 1 }
                if next > phraseEnd, self.place(at: next, in: prose, limit: window.upperBound) != nil {
                    own[own.count - 1] = cursor..<phraseEnd
                    cursor = phraseEnd
                }
            }
            while cursor < window.upperBound, prose.word(cursor, in: TravelExtractor.listJoiners) { cursor += 1 }
            if cursor == end {
                if own.contains(where: { $0 != nil }) { own[own.count - 1] = end..<window.upperBound }
                break
            }
        }
        return (places, own)
    }

    /// Whether a place's name ends where its token does and is followed by the end of the sentence, a mark
    /// other than an apostrophe or a hyphen, a number, or a word of ``placeFollowerWords``.
    private func standsAlone(
        _ mention: ProseText.MentionSpan, before end: Int, in sentence: Range<Int>, of prose: ProseText
    ) -> Bool {
        guard mention.range.upperBound >= prose.tokens[end - 1].range.upperBound else { return false }
        guard end < sentence.upperBound else { return true }
        let next = prose.tokens[end]
        if !next.isWord { return !prose.word(end, in: TravelExtractor.nameJoiners) }
        return next.number != nil || prose.word(end, in: TravelExtractor.placeFollowers)
    }

    /// Whether a place's name is written as its adjective or demonym ("Kazakh").
    private func isDemonym(_ mention: ProseText.MentionSpan, in prose: ProseText) -> Bool {
        mention.kind == .country && demonyms.contains(prose.string(mention.range).lowercased())
    }
}
