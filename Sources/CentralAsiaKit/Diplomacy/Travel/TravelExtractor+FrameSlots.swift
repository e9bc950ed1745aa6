extension TravelExtractor {
    /// A person a frame reads, with the token where the name starts (`nil` for one a pronoun stands for).
    typealias FramePerson = (name: String, start: Int?)

    /// The vocabulary index of ";".
    static let semicolonID = ProseText.id(of: ";")

    /// Whether a frame is ruled out: a question, a sentence that opens with a condition ("If …"), or a word of
    /// ``VisitFrameTable/blockers`` in the cue's clause ("spoke by phone", "invited him to attend", "did not").
    func isBlocked(_ reading: FrameReading, in prose: ProseText) -> Bool {
        let sentence = reading.sentence
        guard prose.id(sentence.upperBound - 1) != TravelExtractor.questionID,
            !prose.word(sentence.lowerBound, in: frames.conditions)
        else { return true }
        let start = prose.clauseStart(before: reading.position, from: reading.span.lowerBound)
        let end = prose.clauseEnd(from: reading.position, before: reading.span.upperBound)
        return (start..<end).contains { prose.word($0, in: frames.blockers) }
    }

    /// The span of a cue's sentence its people and place are read from: back and ahead to ";" or to a comma
    /// followed by one of ``VisitFrameTable/clauseBreakers``.
    func presenceSpan(of position: Int, in sentence: Range<Int>, _ prose: ProseText) -> Range<Int> {
        func breaks(_ cursor: Int) -> Bool {
            prose.id(cursor) == TravelExtractor.semicolonID
                || prose.id(cursor) == TravelExtractor.commaID && prose.word(cursor + 1, in: frames.clauseBreakers)
        }
        var start = position
        while start > sentence.lowerBound, !breaks(start - 1) { start -= 1 }
        var end = position
        while end < sentence.upperBound, !breaks(end) { end += 1 }
        return start..<end
    }

    /// The places a journey goes to: after one of the destination markers within ``journeyReach`` tokens of
    /// the cue's end and in its clause ("traveled to Brussels", "led a delegation to Bishkek and Dushanbe"),
    /// right after a cue that ends with a marker ("is in Russia"), or the first place in that reach after a
    /// cue whose place follows unmarked ("посетил Москву"). In a language whose places may stand before the
    /// verb, a marked place before the cue in its clause follows ("В Бишкек прилетел …").
    func journeyPlaces(after end: Int, _ reading: FrameReading, in prose: ProseText) -> [FramePlace] {
        let limit = min(
            prose.clauseEnd(from: end, before: reading.sentence.upperBound), end + TravelExtractor.journeyReach)
        var start: Int?
        if prose.word(end - 1, in: frames.destinationMarkers) {
            start = end
        } else {
            for cursor in end..<max(end, limit) {
                if prose.word(cursor, in: frames.destinationMarkers) {
                    start = cursor + 1
                } else if reading.cue.placeFollows, framePlace(at: cursor, before: limit, in: prose) != nil {
                    start = cursor
                }
                if start != nil { break }
            }
        }
        if let start { return placeList(from: start, before: reading.sentence.upperBound, in: prose) }
        guard frames.placeMayPrecede else { return [] }
        let floor = max(
            prose.clauseStart(before: reading.position, from: reading.span.lowerBound),
            reading.position - TravelExtractor.journeyReach)
        guard let marker = (floor..<reading.position).last(where: { prose.word($0, in: frames.destinationMarkers) })
        else { return [] }
        return placeList(from: marker + 1, before: reading.position, in: prose)
    }

    /// The place a journey's word of reference stands for ("arrived there", "прибыл в республику"), when
    /// one follows the cue within ``journeyReach`` tokens in its clause: the last country or city named before
    /// the cue in its paragraph whose country is not a traveller's own.
    func referredPlace(_ reading: FrameReading, _ people: [FramePerson], in prose: ProseText) -> FramePlace? {
        let end = reading.position + reading.cue.phrase.count
        let limit = min(
            prose.clauseEnd(from: end, before: reading.sentence.upperBound), end + TravelExtractor.journeyReach)
        guard (end..<max(end, limit)).contains(where: { prose.word($0, in: frames.placeReferences) }) else {
            return nil
        }
        let own = Set(people.compactMap { personCountries[$0.name] })
        let cue = prose.tokens[reading.position].range.lowerBound
        let paragraph = prose.lineStart(of: cue)
        for mention in prose.mentions.reversed() where mention.range.upperBound <= cue {
            guard mention.range.lowerBound >= paragraph else { break }
            var place: FramePlace?
            if mention.kind == .city, let country = cityCountries[prose.entity(of: mention).id] {
                place = FramePlace(country: country, city: prose.entity(of: mention).id)
            } else if mention.kind == .country, let country = prose.country(of: mention) {
                place = FramePlace(country: country)
            }
            if let place, !own.contains(place.country) { return place }
        }
        return nil
    }

    /// A list of places from a token: "Kyiv and Minsk", "the Kyrgyz Republic, Uzbekistan, and Tajikistan".
    private func placeList(from start: Int, before limit: Int, in prose: ProseText) -> [FramePlace] {
        var places: [FramePlace] = []
        var cursor = start
        while let (place, end) = framePlace(at: cursor, before: limit, in: prose) {
            places.append(place)
            cursor = end
            if prose.id(cursor) == TravelExtractor.commaID { cursor += 1 }
            if prose.word(cursor, in: frames.listJoiners) { cursor += 1 }
            guard cursor > end else { break }
        }
        return places
    }

    /// The place named at a token, and the token after it: a country, a city, a capital described by its
    /// country ("the Kazakh capital", "Kazakhstan's capital"), a country and one of its cities right after
    /// it ("столицу Туркмении Ашхабад"), or a landmark ("the Kremlin"). A country's adjective that modifies
    /// another noun ("the Kazakh delegation") is no place.
    func framePlace(at start: Int, before limit: Int, in prose: ProseText) -> (FramePlace, Int)? {
        var cursor = start
        if prose.word(cursor, in: frames.articles) { cursor += 1 }
        if let described = describedPlace(at: cursor, before: limit, in: prose) { return described }
        for (phrase, city) in frames.landmarks where prose.matches(phrase, at: cursor) {
            guard let country = cityCountries[city] else { return nil }
            return (FramePlace(country: country, city: city), cursor + phrase.count)
        }
        guard cursor < limit, let (mention, end) = prose.mention(at: cursor) else { return nil }
        if mention.kind == .city {
            let city = prose.entity(of: mention).id
            return cityCountries[city].map { (FramePlace(country: $0, city: city), end) }
        }
        guard mention.kind == .country, let country = prose.country(of: mention) else { return nil }
        if prose.word(end, in: frames.cityWords) {
            if frames.cityLink < 0 { return framePlace(at: end + 1, before: limit, in: prose) }
            if prose.id(end + 1) == frames.cityLink { return framePlace(at: end + 2, before: limit, in: prose) }
        }
        if end < limit, let (next, after) = prose.mention(at: end), next.kind == .city,
            cityCountries[prose.entity(of: next).id] == country
        {
            return (FramePlace(country: country, city: prose.entity(of: next).id), after)
        }
        var after = end
        if frames.isPossessive(endingAt: after + 2, in: prose) { after += 2 }
        if prose.word(after, in: frames.capitalWords) {
            return (FramePlace(country: country, city: capitals[country]), after + 1)
        }
        guard !demonyms.contains(prose.string(mention.range).lowercased()) else { return nil }
        return (FramePlace(country: country), end)
    }

    /// A place named after a noun that describes it: "the capital of Kazakhstan", "столицу Казахстана" (the
    /// country's capital), "the city of Xi'an", "городе Сочи" (the city), with the language's ``VisitFrameTable/cityLink``
    /// between when it has one.
    private func describedPlace(at cursor: Int, before limit: Int, in prose: ProseText) -> (FramePlace, Int)? {
        let isCapital = prose.word(cursor, in: frames.capitalWords)
        guard isCapital || prose.word(cursor, in: frames.cityWords) else { return nil }
        var next = cursor + 1
        if frames.cityLink >= 0 {
            guard prose.id(next) == frames.cityLink else { return nil }
            next += 1
        }
        guard let (place, end) = framePlace(at: next, before: limit, in: prose) else { return nil }
        guard isCapital, place.city == nil else { return (place, end) }
        return (FramePlace(country: place.country, city: capitals[place.country]), end)
    }

    /// What a presence's span says of its place.
    enum PresencePlace {
        /// A place the gazetteer knows.
        case known(FramePlace)
        /// A place by a name it does not know ("in Nagasaki"): the frame is at none of the scenes.
        case unknown
        /// No place.
        case none
    }

    /// The place a presence happens at: a place after "in" or "at" in its span, the nearest after the cue
    /// first ("met … today in Tashkent"), else the nearest before it ("In Bishkek, Lu will meet …").
    func presencePlace(_ reading: FrameReading, in prose: ProseText) -> PresencePlace {
        let span = reading.span
        var unknown = false
        /// The place after a marker at a token, noting a capitalised name the gazetteer does not know.
        func marked(_ cursor: Int) -> FramePlace? {
            guard prose.word(cursor, in: frames.placeMarkers) else { return nil }
            if let (place, _) = framePlace(at: cursor + 1, before: span.upperBound, in: prose) { return place }
            let next = cursor + 1
            if next < span.upperBound, prose.tokens[next].isWord, prose.tokens[next].isCapitalized,
                prose.mention(at: next) == nil, prose.tokens[next].number == nil,
                !prose.word(next, in: TravelExtractor.dateWords), !prose.word(next, in: frames.articles)
            {
                unknown = true
            }
            return nil
        }
        var cursor = reading.position
        while cursor < span.upperBound {
            if let place = marked(cursor) { return .known(place) }
            cursor += 1
        }
        cursor = reading.position - 1
        while cursor >= span.lowerBound {
            if let place = marked(cursor) { return .known(place) }
            cursor -= 1
        }
        if unknown { return .unknown }
        // "is going to visit Russia … and will have a meeting with …": the visit's destination.
        for cursor in span where prose.word(cursor, in: frames.visitNouns) {
            let start = prose.word(cursor + 1, in: frames.visitMarkers) ? cursor + 2 : cursor + 1
            if let (place, _) = framePlace(at: start, before: span.upperBound, in: prose) { return .known(place) }
        }
        return .none
    }

    /// Whether a frame's sentence names a multilateral event: one of its event nouns, or an organisation
    /// (not one that names something else, as in "the UN Plaza").
    func isEvent(_ reading: FrameReading, in prose: ProseText) -> Bool {
        var organization = false
        prose.forEachMention(in: reading.sentence) { mention, start in
            guard mention.kind == .organization, let (_, end) = prose.mention(at: start) else { return }
            if end >= reading.sentence.upperBound || !prose.tokens[end].isCapitalized { organization = true }
        }
        return organization || reading.sentence.contains { prose.word($0, in: frames.eventWords) }
    }

    /// Who makes a journey: for a noun whose traveller follows it, the people between it and its place
    /// ("визит Токаева в Москву"); else the people named before the cue in its clause, else in its sentence,
    /// else the person a pronoun before the cue stands for ("before he arrived"), else, in a language of free
    /// word order, the people after the cue in its clause ("В Бишкек прилетел Путин"), else the person a
    /// pronoun right after the cue stands for ("took him to").
    func subjects(of reading: FrameReading, in prose: ProseText) -> [FramePerson] {
        let clause = prose.clauseStart(before: reading.position, from: reading.sentence.lowerBound)
        let object = reading.position + reading.cue.phrase.count
        let clauseEnd = prose.clauseEnd(from: object, before: reading.span.upperBound)
        if reading.cue.travellerFollows {
            let place =
                (object..<min(clauseEnd, object + TravelExtractor.journeyReach)).first {
                    prose.word($0, in: frames.destinationMarkers)
                } ?? object
            let people = persons(in: object..<place, of: prose)
            if !people.isEmpty { return people }
        }
        let inClause = persons(in: clause..<reading.position, of: prose)
        if !inClause.isEmpty { return inClause }
        if clause > reading.sentence.lowerBound,
            prose.word(clause, in: frames.relativePronouns) || reading.cue.isAttributive && clause == reading.position
        {
            // "…, Хуснуллиным, который прибыл …": the person right before the relative clause, or nobody.
            guard let (mention, start) = prose.mention(endingAt: clause - 1, from: reading.sentence.lowerBound),
                mention.kind == .person
            else { return [] }
            return [(prose.entity(of: mention).id, start)]
        }
        let inSentence = persons(in: reading.sentence.lowerBound..<reading.position, of: prose)
        if !inSentence.isEmpty { return inSentence }
        let before = (clause..<reading.position).last { prose.word($0, in: frames.pronouns) }
        if before == nil, frames.subjectMayFollow {
            let people = persons(in: object..<max(object, clauseEnd), of: prose)
            if !people.isEmpty { return people }
        }
        let pronoun = before ?? (prose.word(object, in: frames.pronouns) ? object : nil)
        guard let pronoun, let name = prose.lastPerson(before: prose.tokens[pronoun].range.lowerBound) else {
            return []
        }
        return [(name, nil)]
    }

    /// Everyone named in a presence's sentence, else the person a pronoun stands for ("He had been due to
    /// take part in the summit in Astana").
    func present(in reading: FrameReading, of prose: ProseText) -> [FramePerson] {
        let people = persons(in: reading.span, of: prose).filter { person in
            // "пожелания от Владимира Путина", greetings from Putin: absent.
            guard let start = person.start else { return true }
            let floor = max(reading.span.lowerBound, start - TravelExtractor.titleReach)
            return !(floor..<start).contains { prose.word($0, in: frames.absenceMarkers) }
        }
        return people.isEmpty ? subjects(of: reading, in: prose) : people
    }

    /// The people named in a range of tokens, in order, each once.
    func persons(in tokens: Range<Int>, of prose: ProseText) -> [FramePerson] {
        var people: [FramePerson] = []
        prose.forEachMention(in: tokens) { mention, start in
            let name = prose.entity(of: mention).id
            if mention.kind == .person, !people.contains(where: { $0.name == name }) { people.append((name, start)) }
        }
        return people
    }

    /// Whether a person at a place is visiting it: not a resident envoy ("Ambassador …"), and from another
    /// country, told by the gazetteer or by a country named right before the name ("Azerbaijani President
    /// Ilham Aliyev"). A person of no country (an official of an organisation) visits every country, and so
    /// does one of unknown country on a journey.
    func isVisitor(_ person: FramePerson, at place: FramePlace, journey: Bool, in prose: ProseText) -> Bool {
        guard let start = person.start else {
            return personCountries[person.name] != place.country
        }
        let floor = max(0, start - TravelExtractor.titleReach)
        var country =
            personCountries[person.name] ?? prose.mention(at: start).flatMap { prose.personCountry(of: $0.mention) }
        var cursor = start - 1
        while cursor >= floor, prose.id(cursor) != TravelExtractor.commaID {
            if prose.word(cursor, in: frames.residentTitles) { return false }
            if country == nil, let (mention, _) = prose.mention(at: cursor), mention.kind == .country {
                country = prose.country(of: mention)
            }
            cursor -= 1
        }
        // Someone of no known country who makes a journey to a place is visiting it; one merely present at a
        // place may be its host.
        guard let country else { return journey || stateless.contains(person.name) }
        return country != place.country
    }

    /// A frame's status: cancelled when its sentence calls it off, planned when its clause says so before
    /// the cue ("will travel", "is expected to attend"), else what the cue's tense gives.
    func status(of reading: FrameReading, in prose: ProseText) -> Visit.Status {
        let end = prose.clauseEnd(from: reading.position, before: reading.span.upperBound)
        if (reading.span.lowerBound..<end).contains(where: { prose.word($0, in: frames.cancelWords) }) {
            return .cancelled
        }
        let clause = self.clause(of: reading, in: prose).lowerBound
        if (clause..<reading.position).contains(where: { prose.word($0, in: frames.planWords) }) { return .planned }
        return reading.cue.status
    }

    /// A frame's kind: the level its sentence gives a visit ("on a state visit"), else a multilateral trip at
    /// an event's place, else unspecified.
    func kind(of reading: FrameReading, at place: FramePlace, in prose: ProseText) -> Visit.Kind {
        for position in reading.span where prose.word(position, in: frames.visitNouns) {
            for (words, kind) in frames.kinds
            where position - words.count >= reading.span.lowerBound
                && prose.matches(words, at: position - words.count)
            {
                return kind
            }
        }
        return place.isEvent ? .multilateral : .unspecified
    }

    /// The date a frame's clause gives it, read for its status: the first after the cue, else the first
    /// before it, else one that opens the sentence when the sentence's first person travels ("On November 28,
    /// Putin will …", but not "On May 5, Tokayev said that Japarov …"); in each, a date phrase first, then a
    /// relative one ("on Monday", "next month").
    func frameDate(
        _ reading: FrameReading, status: Visit.Status, people: [FramePerson], in prose: ProseText,
        reference: PartialDate?
    ) -> DateOrSpan? {
        let clause = self.clause(of: reading, in: prose)
        var ranges = [reading.position..<clause.upperBound, clause.lowerBound..<reading.position]
        let first =
            persons(in: reading.sentence.lowerBound..<clause.lowerBound, of: prose).first?.name
            ?? persons(in: clause, of: prose).first?.name
        if clause.lowerBound > reading.sentence.lowerBound, people.contains(where: { $0.name == first }) {
            ranges.append(reading.sentence.lowerBound..<clause.lowerBound)
        }
        let parser = parser(for: status)
        for range in ranges where !range.isEmpty {
            let bytes =
                prose.tokens[range.lowerBound].range
                .lowerBound..<prose.tokens[range.upperBound - 1].range
                .upperBound
            if let found = prose.firstDate(parser, in: bytes, reference: reference) { return found.value }
            if let relative = relativeDate(in: range, of: prose, reference: reference, forward: status == .planned) {
                return relative
            }
        }
        return nil
    }

    /// The clause of a frame's cue within its span; a participle after a comma ("…, heading to Ankara") hangs on
    /// the clause before it, so its clause starts with the span.
    func clause(of reading: FrameReading, in prose: ProseText) -> Range<Int> {
        let participle = frames.participleEnding.map { prose.word(reading.position).hasSuffix($0) } ?? false
        let start =
            participle
            ? reading.span.lowerBound : prose.clauseStart(before: reading.position, from: reading.span.lowerBound)
        return start..<prose.clauseEnd(from: reading.position, before: reading.span.upperBound)
    }

    /// Whether a frame's sentence says it happens on the text's own day ("met … today").
    func isToday(_ reading: FrameReading, in prose: ProseText) -> Bool {
        reading.sentence.contains { prose.word($0, in: frames.todayWords) }
    }
}
