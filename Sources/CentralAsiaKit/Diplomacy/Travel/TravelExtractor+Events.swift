extension TravelExtractor {
    /// Tokens an event's name may run before its "(City)": a long name with its edition ("the 16th Summit of the
    /// Heads of State of the Organization of Turkic States") fits.
    static let eventNameReach = 14

    /// The event lists of a text: after a colon, items written "Name (City)" one after another with no
    /// separators, until something else follows. Each list comes with the tokens it covers.
    func eventLists(in prose: ProseText) -> [(tokens: Range<Int>, events: [DiplomaticEvent])] {
        var lists: [(tokens: Range<Int>, events: [DiplomaticEvent])] = []
        var position = 0
        let limit = prose.tokens.count
        while position < limit {
            guard prose.word(position) == ":" else {
                position += 1
                continue
            }
            var events: [DiplomaticEvent] = []
            var cursor = position + 1
            while let (event, next) = event(at: cursor, limit: limit, in: prose) {
                events.append(event)
                cursor = next
            }
            if !events.isEmpty { lists.append((position..<cursor, events)) }
            position = max(cursor, position + 1)
        }
        return lists
    }

    /// One "Name (City)" item at a token, and the token after it.
    func event(at start: Int, limit: Int, in prose: ProseText) -> (DiplomaticEvent, Int)? {
        guard start < limit, prose.tokens[start].isWord, prose.tokens[start].isCapitalized else { return nil }
        var open = start
        while open < limit, open < start + TravelExtractor.eventNameReach {
            let token = prose.tokens[open]
            if prose.word(open) == "(" { break }
            if token.isWord {
                guard token.isCapitalized || TravelExtractor.eventNameConnectors.contains(prose.word(open)) else {
                    return nil
                }
            } else {
                guard TravelExtractor.eventNamePunctuation.contains(prose.word(open)) else { return nil }
            }
            open += 1
        }
        guard open > start, open < limit, prose.word(open) == "(",
            let (place, close) = prose.mention(at: open + 1), close < limit, prose.word(close) == ")"
        else { return nil }
        let city: String?
        let country: CountryCode?
        switch place.kind {
        case .city:
            city = prose.entity(of: place).id
            country = city.flatMap { cityCountries[$0] }
        case .country:
            city = nil
            country = prose.country(of: place)
        default:
            return nil
        }
        let name = prose.string(tokens: start, through: open - 1)
        let first = prose.string(prose.tokens[start].range)
        let edition = NumberWords.roman(first) ?? NumberWords.ordinal(first)
        var normalized = name
        if edition != nil, open - 1 > start {
            normalized = prose.string(tokens: start + 1, through: open - 1)
        }
        var organization: String?
        var cursor = start
        while cursor < open, organization == nil {
            if let (mention, end) = prose.mention(at: cursor) {
                if mention.kind == .organization { organization = prose.entity(of: mention).id }
                cursor = end
            } else {
                cursor += 1
            }
        }
        let event = DiplomaticEvent(
            name: name, normalizedName: DiplomaticEvent.straightened(normalized), edition: edition,
            organization: organization, city: city, country: country)
        return (event, close + 1)
    }
}
