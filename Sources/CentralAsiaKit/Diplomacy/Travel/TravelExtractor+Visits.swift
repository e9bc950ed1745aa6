extension TravelExtractor {
    /// Tokens a cancellation may start after a visit's destination, with only a date's words between ("… to Astana
    /// in March has been cancelled").
    static let cancellationReach = 4
    /// Tokens a denial may stand before a visit's cue: "has not", "refused to", "never" with an auxiliary fit.
    static let negationReach = 3

    /// How a visit is told: its status, the token where the words that say so start, the travellers and
    /// destinations, its kind, and where the search for its date after the visit word ends.
    struct Telling {
        /// Whether it happened.
        var status: Visit.Status
        /// The token where the words that say so start ("paid", "will", "visited").
        var cue: Int
        /// Who travels, each with the token where the name starts.
        var travellers: [(name: String, start: Int)]
        /// Where to; one visit per place.
        var places: [Place]
        /// Its level, read from the noun ("state visit").
        var kind: Visit.Kind = .unspecified
        /// For each place, the tokens of a phrase of its own where its date is searched first, if any
        /// ("Tashkent on January 14 and Astana on January 16").
        var ownDates: [Range<Int>?] = []
        /// The token before which its date must start when it is after the visit word.
        var dateEnd: Int
    }

    /// A place a visit goes to: a country, or a city with its country.
    typealias Place = (country: CountryCode?, city: String?)

    /// The most tokens a rule looks back from a visit word, and ahead of it: a bound on long sentences.
    static let visitLookBack = 40
    static let visitLookAhead = 24

    /// Reads the single visits of a text: "paid a state visit to Moscow on November 11–12", "arrived in
    /// Tashkent on a state visit", "who is on a working visit in Moscow", "will pay his first foreign visit to
    /// the Russian Federation on February 24-25", "will visit Baku", "visited Tbilisi and Yerevan", "paid
    /// state visits to Kazakhstan and Tajikistan", "Putin's visit to Astana was postponed".
    ///
    /// A question, a condition or a denial ("Has Xi visited Astana?", "If Putin visited …", "Peskov denied
    /// that Putin would visit …") is no visit.
    func readVisits(_ prose: ProseText, reference: PartialDate?) -> [Visit] {
        var visits: [Visit] = []
        for (position, token) in prose.tokens.enumerated() where token.flags & ProseText.visitTrigger != 0 {
            let sentence = prose.sentenceRange(of: position)
            let window =
                max(
                    sentence.lowerBound, position - TravelExtractor.visitLookBack)..<min(
                    sentence.upperBound, position + TravelExtractor.visitLookAhead)
            guard prose.id(sentence.upperBound - 1) != TravelExtractor.questionID,
                let telling = isVisitVerb(at: position, in: sentence, of: prose)
                    ? verbTelling(at: position, in: window, sentence: sentence, of: prose)
                    : nounTelling(at: position, in: window, sentence: sentence, of: prose),
                !telling.places.isEmpty, !telling.travellers.isEmpty,
                !isNegated(telling.cue, from: window.lowerBound, in: prose),
                !isHypothetical(telling.cue, position, in: window, of: prose)
            else { continue }
            // The sentence's opening is searched for a date only when the first traveller is the first
            // person it names ("In April 2022, Tokayev …", but not "On May 5, Tokayev said that Mirziyoyev …").
            let first = telling.travellers[0].start
            let opening =
                window.lowerBound == sentence.lowerBound
                    && firstPerson(in: sentence.lowerBound..<first + 1, of: prose)?
                        .start == first
                ? sentence.lowerBound..<first : nil
            let date = date(of: position, telling, opening: opening, in: prose, reference: reference)
            let dates = telling.places.indices.map { index in
                ownDate(
                    index < telling.ownDates.count ? telling.ownDates[index] : nil, telling, in: prose,
                    reference: reference)
                    ?? date
            }
            for (person, _) in telling.travellers {
                for (place, date) in zip(telling.places, dates) {
                    let visit = Visit(
                        person: person, destination: place.country, city: place.city, kind: telling.kind,
                        status: telling.status, date: date)
                    // A visit told again ("paid a state visit to Kazan, the first such trip in 11 years", or a
                    // headline and the body below it) is one visit: what the retelling adds is kept.
                    if let same = visits.firstIndex(where: { $0.isRetelling(of: visit) }) {
                        visits[same].absorb(visit)
                    } else {
                        visits.append(visit)
                    }
                }
            }
        }
        return visits
    }

    /// A visit told by the noun: a status cue before it in its clause, or a cancellation right after its
    /// destination ("Putin's visit to Astana was postponed"); the traveller is the last person named before
    /// the cue outside an aside. The plural is one visit per place ("paid state visits to Kazakhstan and
    /// Kyrgyzstan") when its cue is close and no number or quantity counts them ("made several visits").
    private func nounTelling(
        at position: Int, in window: Range<Int>, sentence: Range<Int>, of prose: ProseText
    ) -> Telling? {
        let plural = prose.id(position) == TravelExtractor.pluralVisitWord
        var kind = Visit.Kind.unspecified
        for (words, candidate) in TravelExtractor.visitKindPhrases
        where position - words.count >= window.lowerBound && prose.matches(words, at: position - words.count) {
            kind = candidate
            break
        }
        if let (place, end) = placeAfter(position, in: window, of: prose),
            let cancellation = cancellation(after: end, in: window, of: prose),
            let person = traveller(in: window.lowerBound..<position, of: prose)
        {
            return Telling(
                status: .cancelled, cue: position, travellers: [person], places: [place], kind: kind,
                dateEnd: cancellation)
        }
        if !plural, let telling = possessiveTelling(at: position, kind: kind, in: window, of: prose) {
            return telling
        }
        guard let (status, cue) = status(before: position, from: window.lowerBound, in: prose),
            let person = traveller(in: window.lowerBound..<cue, of: prose)
        else { return nil }
        var places: [Place]
        var own: [Range<Int>?] = []
        if plural {
            // "made 23 foreign visits", "made several visits to …": a summary's count, and "discussed future
            // visits" is no cue of them.
            guard position - cue <= 4,
                !(cue..<position).contains(where: {
                    prose.tokens[$0].number != nil || prose.word($0, in: TravelExtractor.quantities)
                }),
                prose.word(position + 1, in: TravelExtractor.toOrIn),
                !countsVisits(from: position + 1, in: window, of: prose)
            else { return nil }
            (places, own) = placeList(from: position + 2, in: window, sentence: sentence, of: prose)
        } else if prose.word(position + 1, in: TravelExtractor.toOrIn),
            case let listed = placeList(from: position + 2, in: window, sentence: sentence, of: prose),
            !listed.places.isEmpty
        {
            // "cancelled the four-day trip to Kazakhstan, Uzbekistan and Mongolia": one visit per place.
            (places, own) = listed
        } else {
            places = destination(after: position, orBetween: cue..<position, in: window, of: prose).map { [$0] } ?? []
        }
        return Telling(
            status: status, cue: cue, travellers: [person], places: places, kind: kind, ownDates: own,
            dateEnd: dateEnd(after: position, in: window, of: prose))
    }

    /// A visit told by a possessive and its place, with no status cue before it ("Tokayev's visit to Baku
    /// last week produced …"): completed, or planned when a plan word follows it in its clause ("Putin's
    /// visit to Astana next month will …"); none when its clause calls it off.
    private func possessiveTelling(
        at position: Int, kind: Visit.Kind, in window: Range<Int>, of prose: ProseText
    ) -> Telling? {
        var owner = position - 1
        while owner > window.lowerBound,
            TravelExtractor.visitKindPhrases.contains(where: {
                prose.matches($0.phrase, at: owner)
            })
        {
            owner -= 1
        }
        guard frames.isPossessive(endingAt: owner + 1, in: prose),
            let (mention, start) = prose.mention(endingAt: owner - 1, from: window.lowerBound),
            mention.kind == .person, let (place, _) = placeAfter(position, in: window, of: prose)
        else { return nil }
        let clauseEnd = prose.clauseEnd(from: position, before: window.upperBound)
        // One called off later in its clause is the cancellation rules' ("… was postponed").
        guard !(position..<clauseEnd).contains(where: { prose.word($0, in: frames.cancelWords) }) else { return nil }
        let planned = (position..<clauseEnd).contains { prose.word($0, in: frames.planWords) }
        return Telling(
            status: planned ? .planned : .completed, cue: start, travellers: [(prose.entity(of: mention).id, start)],
            places: [place], kind: kind, dateEnd: dateEnd(after: position, in: window, of: prose))
    }

    /// Where the search for a visit's date after its word ends: at the next verb visit ("visited Moscow
    /// after Putin visited Astana in 2019"), or at ";", "since" or "until" ("visited Astana for the first
    /// time since 2022"). A noun joined to it shares its date ("a state visit to Kazan and a working trip to
    /// Moscow in May").
    func dateEnd(after position: Int, in window: Range<Int>, of prose: ProseText) -> Int {
        (position + 1..<window.upperBound).first {
            prose.word($0, in: TravelExtractor.dateStops)
                || (prose.tokens[$0].flags & ProseText.visitTrigger != 0 && isVisitVerb(at: $0, in: window, of: prose))
        } ?? window.upperBound
    }

    /// The token where a cancellation starts that comes right after a visit's destination, with only the
    /// words of a date between ("Putin's visit to Astana was postponed", "… in March has been cancelled";
    /// but not "After Xi's visit to Astana the summit was postponed"), if any.
    private func cancellation(after end: Int, in window: Range<Int>, of prose: ProseText) -> Int? {
        var cursor = end
        while cursor < min(window.upperBound, end + TravelExtractor.cancellationReach) {
            for phrase in TravelExtractor.visitCancelAfterPhrases where prose.matches(phrase, at: cursor) {
                return cursor
            }
            // Only words of a date may come between ("… in March has been cancelled").
            guard prose.tokens[cursor].number != nil || prose.word(cursor, in: TravelExtractor.dateWords) else {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// A visit's date: the first after the word that tells of it, up to ``Telling/dateEnd``; else one
    /// between its cue and that word ("arrived in Ashgabat on May 30 on an official visit"); else one in
    /// `opening`, the start of the sentence before the traveller.
    private func date(
        of position: Int, _ telling: Telling, opening: Range<Int>?, in prose: ProseText, reference: PartialDate?
    ) -> DateOrSpan? {
        let parser = parser(for: telling.status)
        let word = prose.tokens[position].range
        let afterEnd = prose.tokens[max(position, telling.dateEnd - 1)].range.upperBound
        let cueEnd = prose.tokens[telling.cue].range.upperBound
        func firstDate(in range: Range<Int>) -> DateOrSpan? {
            prose.firstDate(parser, in: range, reference: reference)?.value
        }
        if let found = firstDate(in: word.upperBound..<max(word.upperBound, afterEnd))
            ?? firstDate(in: cueEnd..<max(cueEnd, word.lowerBound))
        {
            return found
        }
        if let opening, !opening.isEmpty {
            let tokens = (prose.tokens[opening.lowerBound].range, prose.tokens[opening.upperBound].range)
            if let found = firstDate(in: tokens.0.lowerBound..<tokens.1.lowerBound) { return found }
        }
        return relativeDate(
            in: position..<max(position, telling.dateEnd), of: prose, reference: reference,
            forward: telling.status == .planned)
    }

    /// The date in a place's own phrase ("Astana on January 16"), up to the visit's ``Telling/dateEnd``.
    private func ownDate(
        _ tokens: Range<Int>?, _ telling: Telling, in prose: ProseText, reference: PartialDate?
    ) -> DateOrSpan? {
        guard let tokens else { return nil }
        let end = min(tokens.upperBound, telling.dateEnd)
        guard tokens.lowerBound < end else { return nil }
        let bytes = prose.tokens[tokens.lowerBound].range.lowerBound..<prose.tokens[end - 1].range.upperBound
        return prose.firstDate(parser(for: telling.status), in: bytes, reference: reference)?.value
    }

    /// The date parser for a visit of a status: a plan's date is ahead, a report's behind; a cancelled or
    /// postponed visit's may be either.
    func parser(for status: Visit.Status) -> DatePhraseParser {
        switch status {
        case .planned: DatePhraseParser(yearInference: .notBeforeReference)
        case .cancelled: DatePhraseParser(yearInference: .nearest)
        default: DatePhraseParser(yearInference: .notAfterReference)
        }
    }

    /// Whether the word before a visit's cue denies it ("never paid", "has not paid", "refused to pay",
    /// "hasn't visited"); up to three words back, within the window and not past a comma.
    private func isNegated(_ cue: Int, from start: Int, in prose: ProseText) -> Bool {
        var cursor = cue - 1
        while cursor >= max(start, cue - TravelExtractor.negationReach), prose.id(cursor) != TravelExtractor.commaID {
            if prose.word(cursor, in: TravelExtractor.visitNegations) { return true }
            cursor -= 1
        }
        return false
    }

    /// Whether a visit's clause makes it a condition, a question put in words or a denial: "if", "whether",
    /// "unless", "neither", "denied" … before its cue (back to a comma or ";"), "if" or "unless" after its
    /// word in its clause, "Were" opening the clause ("Were Putin to visit Astana, …"), or "If" or "Unless"
    /// opening the sentence ("If the weather permits, Putin will visit Astana").
    private func isHypothetical(_ cue: Int, _ position: Int, in window: Range<Int>, of prose: ProseText) -> Bool {
        let start = prose.clauseStart(before: cue, from: window.lowerBound)
        if prose.id(start) == TravelExtractor.wereID
            || (start..<cue).contains(where: { prose.word($0, in: TravelExtractor.hypotheticals) })
            || (prose.sentenceRange(of: cue).lowerBound == window.lowerBound
                && prose.word(window.lowerBound, in: TravelExtractor.conditions))
        {
            return true
        }
        return (position + 1..<prose.clauseEnd(from: position + 1, before: window.upperBound)).contains {
            prose.word($0, in: TravelExtractor.conditions)
        }
    }

    /// The traveller of a visit told by the noun: the last person named before its cue, passing over those
    /// named in an aside (a comma and "who", "where", "accompanied" … up to the next comma: "Japarov, who met
    /// Tokayev on Tuesday, paid …"). An aside still open at the cue tells the visit itself ("Putin met Tokayev
    /// on Monday, while Mirziyoyev paid …"), so a person named in it is the traveller. When every person is in
    /// a closed aside, the last of them. With the token where that mention starts.
    private func traveller(in tokens: Range<Int>, of prose: ProseText) -> (name: String, start: Int)? {
        var person: (name: String, start: Int)?
        var inAside: (name: String, start: Int)?
        var inOpenAside: (name: String, start: Int)?
        var aside = false
        var cursor = tokens.lowerBound
        while cursor < tokens.upperBound {
            if prose.id(cursor) == TravelExtractor.commaID {
                aside = cursor + 1 < tokens.upperBound && prose.word(cursor + 1, in: TravelExtractor.asideOpeners)
                inOpenAside = nil
                cursor += 1
            } else if let (mention, end) = prose.mention(at: cursor) {
                if mention.kind == .person {
                    let found = (prose.entity(of: mention).id, cursor)
                    if aside {
                        inAside = found
                        inOpenAside = found
                    } else {
                        person = found
                    }
                }
                cursor = end
            } else {
                cursor += 1
            }
        }
        return (aside ? inOpenAside : nil) ?? person ?? inAside
    }

    /// The first person named in a range of tokens, with the token where the name starts.
    func firstPerson(in tokens: Range<Int>, of prose: ProseText) -> (name: String, start: Int)? {
        var cursor = tokens.lowerBound
        while cursor < tokens.upperBound {
            if let (mention, end) = prose.mention(at: cursor) {
                if mention.kind == .person { return (prose.entity(of: mention).id, cursor) }
                cursor = end
            } else {
                cursor += 1
            }
        }
        return nil
    }

    /// The nearest status cue before a token, back to a window's start, ";" or a clause opened by ", while",
    /// ", but" or ", whereas" (a cue there is another clause's), and the token where the cue starts.
    private func status(before position: Int, from start: Int, in prose: ProseText) -> (Visit.Status, Int)? {
        var cursor = position - 1
        while cursor >= start {
            if prose.word(cursor, in: TravelExtractor.visitStatusCueStarts) {
                for (words, status) in TravelExtractor.visitStatusCuePhrases where prose.matches(words, at: cursor) {
                    return (status, cursor)
                }
            }
            if prose.word(cursor) == ";"
                || prose.id(cursor - 1) == TravelExtractor.commaID
                    && prose.word(cursor, in: PartnershipExtractor.Compiled.clauseOpeners)
                    && prose.id(cursor) != TravelExtractor.andID
            {
                return nil
            }
            cursor -= 1
        }
        return nil
    }

    /// The last person named in a range of tokens.
    func lastPerson(in tokens: Range<Int>, of prose: ProseText) -> String? {
        var person: String?
        prose.forEachMention(in: tokens) { mention, _ in
            if mention.kind == .person { person = prose.entity(of: mention).id }
        }
        return person
    }

    /// The place named at a token (after an optional "the"), its mention, and the token after it.
    func place(
        at start: Int, in prose: ProseText, limit: Int
    ) -> (place: Place, mention: ProseText.MentionSpan, end: Int)? {
        var cursor = start
        if prose.word(cursor) == "the" { cursor += 1 }
        guard cursor < limit, let (mention, end) = prose.mention(at: cursor) else { return nil }
        switch mention.kind {
        case .country: return ((prose.country(of: mention), nil), mention, end)
        case .city:
            let city = prose.entity(of: mention).id
            return ((cityCountries[city], city), mention, end)
        default: return nil
        }
    }

    /// The place after "visit to" / "visit in", and the token after it.
    private func placeAfter(_ position: Int, in window: Range<Int>, of prose: ProseText) -> (Place, Int)? {
        guard prose.word(position + 1, in: TravelExtractor.toOrIn),
            let found = place(at: position + 2, in: prose, limit: window.upperBound)
        else { return nil }
        return (found.place, found.end)
    }

    /// Where a visit goes: a place after "visit to" / "visit in", or one after "in" / "to" between the cue and
    /// the word "visit" ("arrived in Tashkent on a state visit").
    private func destination(
        after position: Int, orBetween between: Range<Int>, in window: Range<Int>, of prose: ProseText
    ) -> Place? {
        if let (place, _) = placeAfter(position, in: window, of: prose) { return place }
        for cursor in between where prose.word(cursor, in: TravelExtractor.toOrIn) {
            if let found = place(at: cursor + 1, in: prose, limit: window.upperBound) { return found.place }
        }
        return nil
    }
}

extension Visit {
    /// Whether another visit read from the same text tells of this one again: the same traveller, status
    /// and destination country; the same city, kind and date unless one of them does not say, or one date
    /// lies within the other ("a state visit to Kazan, the first such trip to Russia", "on November 27" and
    /// "on November 27-28"; but "a visit to Kazan and a trip to Moscow" are two, and so are visits to one
    /// place in March and in May).
    fileprivate func isRetelling(of other: Visit) -> Bool {
        guard person == other.person, status == other.status, destination == other.destination else { return false }
        if destination == nil, city == nil || other.city == nil { return false }
        func agree<Value: Equatable>(_ left: Value?, _ right: Value?) -> Bool {
            left == nil || right == nil || left == right
        }
        let datesAgree =
            if let date, let other = other.date { date.lies(within: other) || other.lies(within: date) } else { true }
        return agree(city, other.city) && datesAgree
            && (kind == other.kind || kind == .unspecified || other.kind == .unspecified)
    }

    /// Takes from a retelling what this visit does not say (``fill(from:)``): its kind, city, date and event.
    /// Of two dates, one within the other, the narrower wins ("May 2024" over "2024"), but a span over a day it
    /// starts or ends with ("November 27-28" over "November 27").
    fileprivate mutating func absorb(_ other: Visit) {
        if let own = date, let told = other.date {
            if told.lies(within: own) ? told.span != nil || own.span == nil : told.span != nil && own.span == nil {
                date = told
            }
        }
        fill(from: other)
    }
}

extension DateOrSpan {
    /// Whether every day of this date or span is in another ("2024-05" is within "2024", "2024-11-27" within
    /// "2024-11-27/2024-11-28").
    fileprivate func lies(within other: DateOrSpan) -> Bool {
        other.contains(start) && other.contains(end)
    }
}
