extension TravelExtractor {
    /// A pattern matched in the text: where, and what it states.
    struct Found {
        var start: Int
        var fact: Fact
        var match: Match
    }

    /// Whether the text states a total of trips ("eight foreign trips"): whether it holds a summary.
    func statesTrips(_ prose: ProseText) -> Bool {
        findFacts(prose).contains { $0.fact == .trips }
    }

    /// Every pattern match in the text, left to right, a match consuming its tokens; no match runs past the
    /// end of its sentence.
    func findFacts(_ prose: ProseText) -> [Found] {
        var found: [Found] = []
        var position = 0
        while position < prose.tokens.count {
            var matched: Found?
            let token = prose.tokens[position]
            guard token.number != nil || token.flags & ProseText.travelTrigger != 0 else {
                position += 1
                continue
            }
            var candidates: [Int] = []
            if token.number != nil {
                if prose.word(position + 1, in: TravelExtractor.numberFollowers) {
                    candidates = TravelExtractor.numberPatterns
                }
            } else if token.word >= 0 {
                candidates = TravelExtractor.patternsByWord[Int(token.word)]
            }
            let limit = candidates.isEmpty ? position : prose.sentenceRange(of: position).upperBound
            for index in candidates {
                let fact = TravelExtractor.patterns[index].fact
                if let match = match(TravelExtractor.compiledPatterns[index], at: position, in: prose, limit: limit),
                    // "Putin's 2020 visit" is a year, not a total of trips.
                    fact != .trips || match.numbers.allSatisfy({ $0 < 1000 })
                {
                    matched = Found(start: position, fact: fact, match: match)
                    break
                }
            }
            if let matched {
                found.append(matched)
                position = max(matched.match.end, position + 1)
            } else {
                position += 1
            }
        }
        return found
    }

    /// Reads every travel summary of a text.
    func readSummaries(_ prose: ProseText, into result: inout DiplomacyExtraction) {
        let facts = findFacts(prose)
        guard facts.contains(where: { $0.fact == .trips }) else { return }
        let lists = eventLists(in: prose)
        // Each stated total with a subject in its sentence opens a summary at the sentence's start, or after an
        // event list that runs into the sentence without a full stop.
        var openings: [(fact: Int, sentenceStart: Int, person: String)] = []
        for (index, fact) in facts.enumerated() where fact.fact == .trips {
            var start = prose.sentenceRange(of: fact.start).lowerBound
            if let list = lists.last(where: { $0.tokens.upperBound > start && $0.tokens.upperBound <= fact.start }) {
                start = list.tokens.upperBound
            }
            if let person = subject(before: fact.start, from: start, in: prose, previous: openings.last?.person),
                openings.last?.sentenceStart != start
            {
                openings.append((index, start, person))
            }
        }
        // The whole article's period, read only when a summary has neither its own nor a previous one.
        lazy var articlePeriod = period(in: 0..<prose.bytes.count, of: prose)
        for (number, opening) in openings.enumerated() {
            let end = number + 1 < openings.count ? openings[number + 1].sentenceStart : prose.tokens.count
            let tokens = opening.sentenceStart..<end
            let byteRange =
                prose.tokens[tokens.lowerBound].range.lowerBound..<prose.tokens[tokens.upperBound - 1].range.upperBound
            var record = TravelRecord(
                person: opening.person, country: gazetteer.person(named: opening.person)?.country,
                period: period(in: byteRange, of: prose) ?? result.travel.last?.period ?? articlePeriod)
            var summary = Summary(
                location: prose.location(of: prose.tokens[facts[opening.fact].start].range.lowerBound))
            for fact in facts where tokens.contains(fact.start) {
                apply(fact, to: &record, summary: &summary)
            }
            record.events = lists.filter { tokens.contains($0.tokens.lowerBound) }.flatMap(\.events)
            result.diagnostics += summary.check(record)
            result.travel.append(record)
        }
    }

    /// The person a summary sentence is about: the last person named before the total, or the predecessor in
    /// office of the previous subject when the sentence says "his father and the previous president".
    private func subject(before position: Int, from start: Int, in prose: ProseText, previous: String?) -> String? {
        if let person = lastPerson(in: start..<position, of: prose) { return person }
        guard let previous else { return nil }
        for cursor in start..<position {
            for phrase in TravelExtractor.predecessorPhraseIDs where prose.matches(phrase, at: cursor) {
                return predecessor(of: previous)
            }
        }
        return nil
    }

    /// The person who held the president's office of a person's country before them.
    func predecessor(of name: String) -> String? {
        guard let person = gazetteer.person(named: name), let country = person.country,
            let office = person.offices.first(where: { $0.title == "President" && $0.country == country }),
            let start = office.start
        else { return nil }
        let earlier = gazetteer.people.compactMap { other -> (String, PartialDate)? in
            guard other.name != person.name,
                let end = other.offices.first(where: { $0.title == "President" && $0.country == country })?.end,
                end.firstDay <= start.lastDay
            else { return nil }
            return (other.name, end)
        }
        return earlier.max { $0.1.firstDay < $1.1.firstDay }?.0
    }

    /// The first year alone named in a part of the text ("in 2024").
    private func period(in range: Range<Int>, of prose: ProseText) -> PartialDate? {
        for phrase in DatePhraseParser().find(inUTF8: prose.bytes, range: range, reference: nil) {
            if case .date(let date) = phrase.value, date.precision == .year { return date }
        }
        return nil
    }

    /// Applies one stated fact to a record.
    private func apply(_ fact: Found, to record: inout TravelRecord, summary: inout Summary) {
        let match = fact.match
        func count(_ codes: [CountryCode], _ value: Int) {
            for code in codes { record.visitsByCountry[code] = max(record.visitsByCountry[code] ?? 0, value) }
        }
        switch fact.fact {
        case .trips:
            if record.trips == nil { record.trips = match.numbers.first }
        case .bilateralCount:
            record.bilateralTrips = match.numbers.first
        case .bilateralVisits:
            if let stated = match.numbers.first { record.bilateralTrips = stated }
            let groups = TravelExtractor.distribute(match.places, total: match.numbers.first)
            for group in groups { count(group.codes, group.count ?? 1) }
            summary.listedBilateral = (summary.listedBilateral ?? 0) + groups.reduce(0) { $0 + ($1.count ?? 1) }
        case .stateVisits:
            if let stated = match.numbers.first { record.stateVisits = stated }
            record.stateVisitDestinations += match.places.flatMap(\.codes)
            summary.listedStateTrips += match.places.count
        case .countedVisits:
            for group in match.places { count(group.codes, group.count ?? 1) }
        case .singleTrips:
            for group in match.places { count(group.codes, 1) }
        case .alsoVisited:
            record.alsoVisited += match.places.flatMap(\.codes).filter { !record.alsoVisited.contains($0) }
        case .statedEvents:
            summary.statedEvents = match.numbers.first
        }
    }

    /// Gives each place without a count its share of a stated total: "four bilateral visits to the UAE and
    /// Tajikistan and two to Iran" is one each to the UAE and Tajikistan.
    static func distribute(_ groups: [PlaceGroup], total: Int?) -> [PlaceGroup] {
        let uncounted = groups.filter { $0.count == nil }.count
        guard let total, uncounted > 0 else { return groups }
        let rest = total - groups.reduce(0) { $0 + ($1.count ?? 0) }
        guard rest > 0, rest % uncounted == 0 else { return groups }
        return groups.map { group in
            var copy = group
            if copy.count == nil { copy.count = rest / uncounted }
            return copy
        }
    }

    /// The numbers a summary states about its lists, checked once the summary is read.
    struct Summary {
        var location: SourceLocation
        var statedEvents: Int?
        var listedBilateral: Int?
        var listedStateTrips = 0

        /// A warning for each stated number that what is listed contradicts.
        func check(_ record: TravelRecord) -> [Diagnostic] {
            var diagnostics: [Diagnostic] = []
            func warn(_ message: String) {
                diagnostics.append(Diagnostic(.warning, at: location, "\(record.person): \(message)"))
            }
            if let statedEvents, statedEvents != record.events.count {
                warn("the text states \(statedEvents) events but lists \(record.events.count)")
            }
            if let stated = record.stateVisits, !record.stateVisitDestinations.isEmpty,
                stated != listedStateTrips, stated != record.stateVisitDestinations.count
            {
                warn("the text states \(stated) state visits but lists \(listedStateTrips)")
            }
            if let stated = record.bilateralTrips, let listedBilateral, stated != listedBilateral {
                warn("the text states \(stated) bilateral trips but lists \(listedBilateral)")
            }
            let counted = record.visitsByCountry.values.reduce(0, +)
            if let trips = record.trips, counted > trips {
                warn("the text states \(trips) trips but counts \(counted) visits by country")
            }
            return diagnostics
        }
    }
}
