/// Reads leaders' travel from news prose: summaries such as "Serdar Berdimuhamedov embarked on eight foreign
/// trips in 2024 …" as ``TravelRecord`` values, and single visits such as "paid a state visit to Moscow on
/// November 11–12" as ``Visit`` values.
///
/// A summary starts at each stated total of trips ("eight foreign trips", "23 visits") and belongs to the
/// person named last before it in its sentence (or, for "his father and the previous president" with no name,
/// to the predecessor in office of the person summarised before); it runs to the next such sentence. In it the
/// extractor reads, by the phrase tables of `TravelExtractor+Phrases.swift`: bilateral and state-visit counts and
/// destinations, visits per country ("visited Russia four times, and Kazakhstan twice", "(twice)"), countries
/// visited without a count, and event lists written "Name (City) Name (City) …" after a colon.
///
/// A single visit needs a person, the word "visit" with a verb that says whether it happened ("paid", "will
/// pay", "is on", "arrived … on a state visit", "began"), or the verb "visit" in a phrase that does ("will
/// visit", "visited", "is visiting"), and a destination; a phone call, a meeting with an envoy or a name
/// alone is not a visit.
///
/// ```swift
/// let result = TravelExtractor().extract(from: article.text, reference: page.date)
/// for record in result.travel { print(record.person, record.trips ?? 0) }
/// ```
public struct TravelExtractor: Sendable {
    /// The reference data: people's countries and offices, cities' countries.
    ///
    /// Read-only: the tables built from it in `init` stay in step with it. Build a new extractor for other
    /// reference data.
    public let gazetteer: Gazetteer
    /// The finder used when a text comes without mentions (read-only, like ``gazetteer``): the one given,
    /// compiled again to also report where the extractors' anchor words are when it did not.
    public let mentionFinder: MentionFinder
    /// Each city's country, by canonical name.
    let cityCountries: [String: CountryCode]
    /// Countries' adjectives and demonyms, in lower case ("kazakh"): not a destination after "visited".
    let demonyms: Set<String>
    /// Each person's country, by canonical name.
    let personCountries: [String: CountryCode]
    /// People of no country (officials of an organisation, such as the EU's): visitors wherever they go.
    let stateless: Set<String>
    /// Each country's capital, by canonical city name.
    let capitals: [CountryCode: String]
    /// The language every text is read in, or `nil` to read each text in its own language, found by
    /// ``Language/detect(in:)``.
    public let language: Language?
    /// The visit frames' phrases, compiled, of the language being read (``reading(in:)``).
    private(set) var frames: VisitFrameTable
    /// The relative date words ("on Monday", "next month"), compiled.
    let relativeDates: RelativeDateTable

    /// Creates an extractor.
    ///
    /// - Parameters:
    ///   - gazetteer: The reference data; ``Gazetteer/standard`` by default.
    ///   - mentions: The finder of mentions, built from `gazetteer`; `nil` (the default) for the standard one,
    ///     compiled once with the extractors' words.
    ///   - language: The language every text is in; `nil` (the default) finds each text's own.
    public init(gazetteer: Gazetteer = .standard, mentions: MentionFinder? = nil, language: Language? = nil) {
        self.gazetteer = gazetteer
        self.mentionFinder = ProseText.finder(readingWith: mentions)
        self.language = language
        cityCountries = gazetteer.cityCountries
        demonyms = Set(gazetteer.countries.flatMap { $0.demonyms.map { $0.lowercased() } })
        personCountries = Dictionary(
            gazetteer.people.compactMap { person in person.country.map { (person.name, $0) } },
            uniquingKeysWith: { first, _ in first })
        stateless = Set(gazetteer.people.filter { $0.country == nil }.map(\.name))
        capitals = Dictionary(
            gazetteer.cities.filter(\.isCapital).map { ($0.country, $0.name) }, uniquingKeysWith: { first, _ in first })
        frames = .table(for: language ?? .english)
        relativeDates = .english
    }

    /// This extractor reading with the phrases of a language.
    func reading(in language: Language) -> TravelExtractor {
        language == frames.language ? self : reading(with: .table(for: language))
    }

    /// This extractor reading with some compiled phrases.
    func reading(with table: VisitFrameTable) -> TravelExtractor {
        var reader = self
        reader.frames = table
        return reader
    }

    /// Reads the travel summaries and single visits of a text.
    ///
    /// - Parameters:
    ///   - text: One article's text.
    ///   - reference: The date the text was written (a page's date), for dates without a year.
    /// - Returns: The records and visits; diagnostics point into `text`.
    public func extract(from text: String, reference: PartialDate?) -> DiplomacyExtraction {
        var prose = ProseText(text, finder: mentionFinder)
        prose.language = language ?? prose.bytes.withUnsafeBufferPointer(Language.detect(inUTF8:))
        return extract(prose, reference: reference)
    }

    /// Reads a text already split, with its mentions, in the text's language (``ProseText/language``), or
    /// in ``language`` when one is set.
    func extract(_ prose: ProseText, reference: PartialDate?) -> DiplomacyExtraction {
        let language = language ?? prose.language
        // In this extractor's own language, read as it is: a copy of the extractor per text costs more than most
        // texts' reading.
        guard language == frames.language else {
            return reading(with: .table(for: language)).extractInOwnLanguage(prose, reference: reference)
        }
        return extractInOwnLanguage(prose, reference: reference)
    }

    /// Reads a text already split with the phrases of ``frames``.
    func extractInOwnLanguage(_ prose: ProseText, reference: PartialDate?) -> DiplomacyExtraction {
        var result = DiplomacyExtraction()
        readSummaries(prose, into: &result)
        result.visits = readVisits(prose, reference: reference)
        for visit in readFrames(prose, reference: reference) {
            // Filling in leaves a visit's person and destination as they are.
            var isKnown = false
            for index in result.visits.indices
            where result.visits[index].person == visit.person && result.visits[index].destination == visit.destination {
                result.visits[index].fill(from: visit)
                isKnown = true
            }
            if !isKnown { result.visits.append(visit) }
        }
        return result
    }

    // MARK: Patterns

    /// A match of a pattern: its numbers, its places, and the token after it.
    struct Match {
        var numbers: [Int] = []
        var places: [PlaceGroup] = []
        var end: Int
    }

    /// One item of a list of places: one trip to one or more countries ("Italy/Vatican"), with its count.
    struct PlaceGroup: Equatable {
        var codes: [CountryCode]
        /// The count written beside it ("four times", "(twice)", "two to Iran"), if any.
        var count: Int?
        /// Whether the count is a share of a total given before ("four … and two to Iran").
        var isShare: Bool = false
    }

    /// Matches a pattern's compiled pieces at a token.
    func match(_ pieces: [CompiledPiece], at start: Int, in prose: ProseText, limit: Int) -> Match? {
        var match = Match(end: start)
        var position = start
        for piece in pieces {
            guard position < limit else {
                if piece.kind == .optional { continue }
                return nil
            }
            switch piece.kind {
            case .word:
                guard prose.word(position, in: piece.words) else { return nil }
                position += 1
            case .optional:
                if prose.word(position, in: piece.words) { position += 1 }
            case .number:
                guard let value = prose.tokens[position].number else {
                    return nil
                }
                match.numbers.append(value)
                position += 1
            case .places:
                let (groups, end) = places(at: position, in: prose, limit: limit)
                guard !groups.isEmpty else { return nil }
                match.places = groups
                position = end
            }
        }
        match.end = position
        return match
    }

    /// Reads a list of countries from a token: "the UAE and Tajikistan and two to Iran", "Russia four times, and
    /// Kazakhstan twice", "Italy/Vatican, and Qatar (twice)".
    func places(at start: Int, in prose: ProseText, limit: Int) -> ([PlaceGroup], Int) {
        var groups: [PlaceGroup] = []
        var position = start
        var end = start
        while position < limit {
            var cursor = position
            var share: Int?
            if !groups.isEmpty, cursor < limit, let value = prose.tokens[cursor].number, prose.word(cursor + 1) == "to"
            {
                share = value
                cursor += 2
            }
            if prose.word(cursor) == "the" { cursor += 1 }
            guard cursor < limit, let (first, afterFirst) = country(at: cursor, in: prose) else { break }
            var group = PlaceGroup(codes: [first], count: share, isShare: share != nil)
            cursor = afterFirst
            while prose.word(cursor) == "/", let (next, after) = country(at: cursor + 1, in: prose) {
                group.codes.append(next)
                cursor = after
            }
            if share == nil, let (count, after) = count(at: cursor, in: prose) {
                group.count = count
                cursor = after
            }
            groups.append(group)
            end = cursor
            // A separator must lead to another item.
            if prose.word(cursor) == "," { cursor += 1 }
            if prose.word(cursor) == "and" { cursor += 1 }
            guard cursor > end else { break }
            position = cursor
        }
        return (groups, end)
    }

    /// The country a mention at a token denotes, and the token after it.
    func country(at position: Int, in prose: ProseText) -> (CountryCode, Int)? {
        guard let (mention, end) = prose.mention(at: position), mention.kind == .country,
            let code = prose.country(of: mention)
        else { return nil }
        return (code, end)
    }

    /// Tokens a count in brackets after a place may take, brackets included: "(three times)" fits.
    static let countReach = 5

    /// A count right after a place: "(twice)", "twice", "four times".
    func count(at position: Int, in prose: ProseText) -> (Int, Int)? {
        if prose.word(position) == "(" {
            var close = position + 1
            while close < prose.tokens.count, close < position + TravelExtractor.countReach, prose.word(close) != ")" {
                close += 1
            }
            guard prose.word(close) == ")", close > position + 1,
                let value = NumberWords.multiplicative(prose.string(tokens: position + 1, through: close - 1))
            else { return nil }
            return (value, close + 1)
        }
        if let value = NumberWords.multiplicativeWords[prose.word(position)] { return (value, position + 1) }
        let next = prose.word(position + 1)
        if next == "times" || next == "time", position < prose.tokens.count, let number = prose.tokens[position].number,
            (number == 1) == (next == "time")
        {
            return (number, position + 2)
        }
        return nil
    }
}
