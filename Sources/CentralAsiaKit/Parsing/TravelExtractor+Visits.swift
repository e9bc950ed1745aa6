extension TravelExtractor {
    /// Reads the single visits of a text: "paid a state visit to Moscow on November 11–12", "arrived in
    /// Tashkent on a state visit", "who is on a working visit in Moscow", "will pay his first foreign visit to
    /// the Russian Federation on February 24-25".
    func readVisits(_ prose: ProseText, reference: PartialDate?) -> [Visit] {
        var visits: [Visit] = []
        // The visits of the sentence being read, by index in `visits`, and that sentence.
        var sentenceVisits: [Int] = []
        var currentSentence = -1
        for (position, token) in prose.tokens.enumerated() where token.flags & ProseText.visitTrigger != 0 {
            let sentence = prose.sentenceRange(of: position)
            guard let (status, cue) = status(before: position, from: sentence.lowerBound, in: prose),
                let (person, personAt) = lastPerson(in: sentence.lowerBound..<cue, of: prose),
                let place = destination(
                    after: position, orBetween: cue..<position, in: prose, limit: sentence.upperBound)
            else { continue }
            var kind = Visit.Kind.unspecified
            for (words, candidate) in TravelExtractor.visitKindPhrases
            where position - words.count >= sentence.lowerBound && prose.matches(words, at: position - words.count) {
                kind = candidate
                break
            }
            let parser = DatePhraseParser(yearInference: status == .planned ? .notBeforeReference : .notAfterReference)
            let after = token.range.upperBound..<prose.tokens[sentence.upperBound - 1].range.upperBound
            // A date after the word "visit", else one that opens the sentence before the traveller ("In April
            // 2022, Tokayev paid a state visit to Kazan").
            let opening = prose.tokens[sentence.lowerBound].range.lowerBound..<prose.tokens[personAt].range.lowerBound
            let date =
                (parser.first(inUTF8: prose.bytes, range: after, reference: reference)
                ?? parser.first(inUTF8: prose.bytes, range: opening, reference: reference))?.value
            let visit = Visit(
                person: person, destination: place.country, city: place.city, kind: kind, status: status, date: date)
            if sentence.lowerBound != currentSentence {
                currentSentence = sentence.lowerBound
                sentenceVisits.removeAll()
            }
            // The same traveller and country again in one sentence is the same visit told twice ("paid a state
            // visit to Kazan, the first such trip in 11 years"): what the second telling adds is kept.
            if let same = sentenceVisits.first(where: { visits[$0].isRetelling(of: visit) }) {
                visits[same].absorb(visit)
            } else if !visits.contains(visit) {
                sentenceVisits.append(visits.count)
                visits.append(visit)
            }
        }
        return visits
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

    /// The last person named in a range of tokens, and the token where that mention starts.
    func lastPerson(in tokens: Range<Int>, of prose: ProseText) -> (name: String, position: Int)? {
        var person: (name: String, position: Int)?
        var cursor = tokens.lowerBound
        while cursor < tokens.upperBound {
            if let (mention, end) = prose.mention(at: cursor) {
                if mention.kind == .person { person = (prose.entity(of: mention).id, cursor) }
                cursor = end
            } else {
                cursor += 1
            }
        }
        return person
    }

    /// Where a visit goes: a place after "visit to" / "visit in", or one after "in" / "to" between the cue and
    /// the word "visit" ("arrived in Tashkent on a state visit").
    private func destination(
        after position: Int, orBetween between: Range<Int>, in prose: ProseText, limit: Int
    ) -> (country: CountryCode?, city: String?)? {
        func place(at start: Int) -> (country: CountryCode?, city: String?)? {
            var cursor = start
            if prose.word(cursor) == "the" { cursor += 1 }
            guard cursor < limit, let (mention, _) = prose.mention(at: cursor) else { return nil }
            switch mention.kind {
            case .country: return (prose.country(of: mention), nil)
            case .city:
                let city = prose.entity(of: mention).id
                return (cityCountries[city], city)
            default: return nil
            }
        }
        if prose.word(position + 1, in: TravelExtractor.toOrIn), let found = place(at: position + 2) { return found }
        for cursor in between where prose.word(cursor, in: TravelExtractor.toOrIn) {
            if let found = place(at: cursor + 1) { return found }
        }
        return nil
    }
}

extension Visit {
    /// Whether another visit read from the same sentence tells of this one again: the same traveller and
    /// status, the same destination country, and the same city unless one of them names none ("a state
    /// visit to Kazan, the first such trip to Russia"; but "a visit to Kazan and a trip to Moscow" are two).
    fileprivate func isRetelling(of other: Visit) -> Bool {
        guard person == other.person, status == other.status, destination == other.destination else { return false }
        guard let city, let otherCity = other.city else { return destination != nil }
        return city == otherCity
    }

    /// Takes from a retelling what this visit does not say: its kind, city, date and event.
    fileprivate mutating func absorb(_ other: Visit) {
        if kind == .unspecified { kind = other.kind }
        city = city ?? other.city
        date = date ?? other.date
        event = event ?? other.event
    }
}
