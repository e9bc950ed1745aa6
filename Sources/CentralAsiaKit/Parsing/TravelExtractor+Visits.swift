extension TravelExtractor {
    /// How a visit is told: by the noun ("paid a state visit to …"), the plural noun ("paid state visits to
    /// Kazakhstan and Tajikistan") or the verb ("will visit Baku").
    private enum Form { case noun, plural, verb }

    /// Reads the single visits of a text: "paid a state visit to Moscow on November 11–12", "arrived in
    /// Tashkent on a state visit", "who is on a working visit in Moscow", "will pay his first foreign visit to
    /// the Russian Federation on February 24-25", "will visit Baku", "visited Tbilisi and Yerevan", "paid
    /// state visits to Kazakhstan and Tajikistan", "Putin's visit to Astana was postponed".
    func readVisits(_ prose: ProseText, reference: PartialDate?) -> [Visit] {
        var visits: [Visit] = []
        for (position, token) in prose.tokens.enumerated() where token.flags & ProseText.visitTrigger != 0 {
            let sentence = prose.sentenceRange(of: position)
            guard let (status, cue, form) = telling(at: position, sentence: sentence, in: prose),
                !isNegated(cue, from: sentence.lowerBound, in: prose),
                let (person, personAt, isFirstPerson) = traveller(in: sentence.lowerBound..<cue, of: prose)
            else { continue }
            let places: [Place]
            switch form {
            case .noun:
                guard
                    let place = destination(
                        after: position, orBetween: cue..<position, in: prose, limit: sentence.upperBound)
                else { continue }
                places = [place]
            case .plural:
                guard prose.word(position + 1, in: TravelExtractor.toOrIn) else { continue }
                places = placeList(from: position + 2, in: prose, limit: sentence.upperBound)
            case .verb:
                places = placeList(from: position + 1, in: prose, limit: sentence.upperBound)
            }
            guard !places.isEmpty else { continue }
            var kind = Visit.Kind.unspecified
            for (words, candidate) in TravelExtractor.visitKindPhrases
            where form != .verb && position - words.count >= sentence.lowerBound
                && prose.matches(words, at: position - words.count)
            {
                kind = candidate
                break
            }
            let date = date(
                of: position, cue: cue, opening: isFirstPerson ? sentence.lowerBound..<personAt : nil, status: status,
                sentenceEnd: sentence.upperBound, in: prose, reference: reference)
            for place in places {
                let visit = Visit(
                    person: person, destination: place.country, city: place.city, kind: kind, status: status,
                    date: date)
                // A visit told again ("paid a state visit to Kazan, the first such trip in 11 years", or a
                // headline and the body below it) is one visit: what the retelling adds is kept.
                if let same = visits.firstIndex(where: { $0.isRetelling(of: visit) }) {
                    visits[same].absorb(visit)
                } else {
                    visits.append(visit)
                }
            }
        }
        return visits
    }

    /// Whether, and how, the word at a token tells of a visit: its status, the token where the words that
    /// say so start, and its form. The verb needs a phrase of ``visitVerbCues`` ending at it; the nouns a
    /// status cue before them in the sentence, or a cancellation after ("… was postponed").
    private func telling(
        at position: Int, sentence: Range<Int>, in prose: ProseText
    ) -> (status: Visit.Status, cue: Int, form: Form)? {
        for (phrase, status, afterPerson) in TravelExtractor.visitVerbCuePhrases {
            let cue = position - phrase.count + 1
            guard cue >= sentence.lowerBound, phrase.words[phrase.count - 1] == prose.id(position),
                prose.matches(phrase, at: cue),
                !afterPerson || personEnds(at: cue, from: sentence.lowerBound, in: prose)
            else { continue }
            return (status, cue, .verb)
        }
        // A verb with no phrase that says what became of the visit ("did not visit", "invited him to visit").
        if prose.word(position, in: TravelExtractor.visitVerbForms)
            || prose.word(position - 1, in: TravelExtractor.verbMarkers)
        {
            return nil
        }
        let form: Form = prose.id(position) == TravelExtractor.pluralVisitWord ? .plural : .noun
        if let (status, cue) = status(before: position, from: sentence.lowerBound, in: prose) {
            // "made 23 foreign visits", "eight state visits to …": a summary's count, not visits told one by one.
            if form == .plural, (cue..<position).contains(where: { prose.tokens[$0].number != nil }) { return nil }
            return (status, cue, form)
        }
        for cursor in position + 1..<sentence.upperBound {
            for phrase in TravelExtractor.visitCancelAfterPhrases where prose.matches(phrase, at: cursor) {
                return (.cancelled, position, form)
            }
        }
        return nil
    }

    /// Whether a person's name ends right before a token, with only capitalised words before it in its
    /// sentence: the subject of a headline ("Kyrgyz President Japarov to Visit Tashkent"), not an object
    /// ("invited Japarov to visit Belarus").
    private func personEnds(at position: Int, from start: Int, in prose: ProseText) -> Bool {
        var ends = false
        prose.forEachMention(in: start..<position) { mention, at in
            ends = mention.kind == .person && prose.mention(at: at)?.end == position
        }
        return ends
            && !(start..<position).contains {
                let first = prose.bytes[prose.tokens[$0].range.lowerBound]
                return first >= 0x61 && first <= 0x7A
            }
    }

    /// A visit's date: the first after the word that tells of it; else one between its cue and that word
    /// ("arrived in Ashgabat on May 30 on an official visit"); else one in `opening`, the start of the
    /// sentence before the traveller when no one else is named there ("In April 2022, Tokayev …", but not
    /// "On May 5, Tokayev said that Mirziyoyev …"). A plan's date is ahead, a report's behind; a cancelled or
    /// postponed visit's may be either.
    private func date(
        of position: Int, cue: Int, opening: Range<Int>?, status: Visit.Status, sentenceEnd: Int, in prose: ProseText,
        reference: PartialDate?
    ) -> DateOrSpan? {
        let inference: DatePhraseParser.YearInference =
            switch status {
            case .planned: .notBeforeReference
            case .cancelled: .nearest
            default: .notAfterReference
            }
        let parser = DatePhraseParser(yearInference: inference)
        let word = prose.tokens[position].range
        var searched = [
            word.upperBound..<prose.tokens[sentenceEnd - 1].range.upperBound,
            prose.tokens[cue].range.upperBound..<max(prose.tokens[cue].range.upperBound, word.lowerBound),
        ]
        if let opening {
            searched.append(
                prose.tokens[opening.lowerBound].range.lowerBound..<prose.tokens[opening.upperBound].range.lowerBound)
        }
        return searched.lazy.compactMap { parser.first(inUTF8: prose.bytes, range: $0, reference: reference) }.first?
            .value
    }

    /// Whether the word before a visit's cue denies it ("never paid", "has not paid", "refused to pay");
    /// up to three words back, within the sentence and not past a comma.
    private func isNegated(_ cue: Int, from start: Int, in prose: ProseText) -> Bool {
        var cursor = cue - 1
        while cursor >= max(start, cue - 3), prose.id(cursor) != TravelExtractor.commaID {
            if prose.word(cursor, in: TravelExtractor.visitNegations) { return true }
            cursor -= 1
        }
        return false
    }

    /// The traveller of a visit: the last person named before its cue, passing over those named in an
    /// aside (a comma and "who", "where", "accompanied" … up to the next comma: "Japarov, who met Tokayev
    /// on Tuesday, paid …"). An aside still open at the cue tells the visit itself ("Putin met Tokayev on
    /// Monday, while Mirziyoyev paid …"), so a person named in it is the traveller. When every person is in
    /// a closed aside, the last of them. With the token where that mention starts, and whether another
    /// person is named before it in the range.
    private func traveller(
        in tokens: Range<Int>, of prose: ProseText
    ) -> (name: String, start: Int, isFirst: Bool)? {
        var person: (name: String, start: Int)?
        var inAside: (name: String, start: Int)?
        var inOpenAside: (name: String, start: Int)?
        var aside = false
        var people = 0
        var firstStart = -1
        var cursor = tokens.lowerBound
        while cursor < tokens.upperBound {
            if prose.id(cursor) == TravelExtractor.commaID {
                aside = cursor + 1 < tokens.upperBound && prose.word(cursor + 1, in: TravelExtractor.asideOpeners)
                inOpenAside = nil
                cursor += 1
            } else if let (mention, end) = prose.mention(at: cursor) {
                if mention.kind == .person {
                    let found = (prose.entity(of: mention).id, cursor)
                    if people == 0 { firstStart = cursor }
                    people += 1
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
        guard let chosen = (aside ? inOpenAside : nil) ?? person ?? inAside else { return nil }
        return (chosen.name, chosen.start, chosen.start == firstStart)
    }

    /// The nearest status cue before a token within its sentence, and the token where the cue starts.
    private func status(before position: Int, from start: Int, in prose: ProseText) -> (Visit.Status, Int)? {
        var cursor = position - 1
        while cursor >= start {
            if prose.word(cursor, in: TravelExtractor.visitStatusCueStarts) {
                for (words, status) in TravelExtractor.visitStatusCuePhrases where prose.matches(words, at: cursor) {
                    return (status, cursor)
                }
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

    /// A place a visit goes to: a country, or a city with its country.
    typealias Place = (country: CountryCode?, city: String?)

    /// The place named at a token (after an optional "the"), its mention, and the token after it.
    private func place(
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

    /// Where a visit goes: a place after "visit to" / "visit in", or one after "in" / "to" between the cue and
    /// the word "visit" ("arrived in Tashkent on a state visit").
    private func destination(
        after position: Int, orBetween between: Range<Int>, in prose: ProseText, limit: Int
    ) -> Place? {
        if prose.word(position + 1, in: TravelExtractor.toOrIn),
            let found = place(at: position + 2, in: prose, limit: limit)
        {
            return found.place
        }
        for cursor in between where prose.word(cursor, in: TravelExtractor.toOrIn) {
            if let found = place(at: cursor + 1, in: prose, limit: limit) { return found.place }
        }
        return nil
    }

    /// The places of a list that starts at a token ("Baku", "Tbilisi and Yerevan", "Kazakhstan, Tajikistan
    /// and Uzbekistan"), each a visit; none when the list counts visits ("Russia four times, and Kazakhstan
    /// twice"), and none for an adjective ("visited the Kazakh pavilion").
    private func placeList(from start: Int, in prose: ProseText, limit: Int) -> [Place] {
        var places: [Place] = []
        var cursor = start
        while let (place, mention, end) = place(at: cursor, in: prose, limit: limit) {
            guard !isDemonym(mention, in: prose), !prose.word(end, in: TravelExtractor.visitCounts),
                end >= prose.tokens.count || prose.tokens[end].number == nil
            else { return [] }
            places.append(place)
            cursor = end
            while cursor < limit, prose.word(cursor, in: TravelExtractor.listJoiners) { cursor += 1 }
            if cursor == end { break }
        }
        return places
    }

    /// Whether a place's name is written as its adjective or demonym ("Kazakh").
    private func isDemonym(_ mention: ProseText.MentionSpan, in prose: ProseText) -> Bool {
        mention.kind == .country && demonyms.contains(prose.string(mention.range).lowercased())
    }
}

extension Visit {
    /// Whether another visit read from the same text tells of this one again: the same traveller, status
    /// and destination country; the same city, kind and date unless one of them does not say ("a state
    /// visit to Kazan, the first such trip to Russia"; but "a visit to Kazan and a trip to Moscow" are two,
    /// and so are two dated visits to one place).
    fileprivate func isRetelling(of other: Visit) -> Bool {
        guard person == other.person, status == other.status, destination == other.destination else { return false }
        if destination == nil, city == nil || other.city == nil { return false }
        func agree<Value: Equatable>(_ left: Value?, _ right: Value?) -> Bool {
            left == nil || right == nil || left == right
        }
        return agree(city, other.city) && agree(date, other.date)
            && (kind == other.kind || kind == .unspecified || other.kind == .unspecified)
    }

    /// Takes from a retelling what this visit does not say: its kind, city, date and event.
    fileprivate mutating func absorb(_ other: Visit) {
        if kind == .unspecified { kind = other.kind }
        city = city ?? other.city
        date = date ?? other.date
        event = event ?? other.event
    }
}
