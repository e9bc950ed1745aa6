/// One person's travel over a period, as an article summarises it: the numbers it states beside what it lists.
///
/// Stated numbers (``trips``, ``bilateralTrips``, ``stateVisits``) are kept as written; the lists
/// (``stateVisitDestinations``, ``events``, ``visitsByCountry``) are what the text enumerates. Where they
/// disagree, the extractor reports a ``Diagnostic`` and keeps both.
///
/// JSON: `{"person": "Serdar Berdimuhamedov", "country": "TM", "period": "2024", "article": 2, "trips": 8,
/// "bilateralTrips": 1, "stateVisits": null, "visitsByCountry": {"RU": 4}, "stateVisitDestinations": [],
/// "alsoVisited": [], "events": [{…}]}`; unknown numbers are `null`.
public struct TravelRecord: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The traveller, by canonical name.
    public var person: String
    /// The traveller's country, when known.
    public var country: CountryCode?
    /// The period summarised (`2024`), when the text gives one.
    public var period: PartialDate?
    /// The 1-based position on its page of the article, when known.
    public var article: Int?
    /// The number of trips the text states.
    public var trips: Int?
    /// The number of bilateral trips the text states ("six of which were bilateral").
    public var bilateralTrips: Int?
    /// The number of state visits the text states ("Eleven of these were state visits").
    public var stateVisits: Int?
    /// How many times each country was visited, as stated or clearly implied ("four times", "single trips to").
    public var visitsByCountry: [CountryCode: Int]
    /// The destinations of the state visits listed, in text order ("Italy/Vatican" gives IT and VA).
    public var stateVisitDestinations: [CountryCode]
    /// Countries named as visited without a count ("additional trips to Saudi Arabia, UAE").
    public var alsoVisited: [CountryCode]
    /// The events attended, in text order.
    public var events: [DiplomaticEvent]

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - person: The traveller's canonical name.
    ///   - country: The traveller's country.
    ///   - period: The period summarised.
    ///   - article: The 1-based article position.
    ///   - trips: The stated number of trips.
    ///   - bilateralTrips: The stated number of bilateral trips.
    ///   - stateVisits: The stated number of state visits.
    ///   - visitsByCountry: Visits per country.
    ///   - stateVisitDestinations: State-visit destinations.
    ///   - alsoVisited: Countries visited without a count.
    ///   - events: Events attended.
    public init(
        person: String, country: CountryCode? = nil, period: PartialDate? = nil, article: Int? = nil, trips: Int? = nil,
        bilateralTrips: Int? = nil, stateVisits: Int? = nil, visitsByCountry: [CountryCode: Int] = [:],
        stateVisitDestinations: [CountryCode] = [], alsoVisited: [CountryCode] = [], events: [DiplomaticEvent] = []
    ) {
        self.person = person
        self.country = country
        self.period = period
        self.article = article
        self.trips = trips
        self.bilateralTrips = bilateralTrips
        self.stateVisits = stateVisits
        self.visitsByCountry = visitsByCountry
        self.stateVisitDestinations = stateVisitDestinations
        self.alsoVisited = alsoVisited
        self.events = events
    }

    /// `"Serdar Berdimuhamedov, 2024: 8 trips, 7 events"`.
    public var description: String {
        let period = self.period.map { ", \($0)" } ?? ""
        return "\(person)\(period): \(trips.map(String.init) ?? "?") trips, \(events.count) events"
    }

    private enum CodingKeys: String, CodingKey {
        case person, country, period, article, trips, bilateralTrips, stateVisits, visitsByCountry
        case stateVisitDestinations, alsoVisited, events
    }

    /// Decodes a record; lists may be left out.
    ///
    /// - Throws: `DecodingError` for a missing person, a malformed code, date or event.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        person = try container.decode(String.self, forKey: .person)
        country = try container.decodeIfPresent(CountryCode.self, forKey: .country)
        period = try container.decodeIfPresent(PartialDate.self, forKey: .period)
        article = try container.decodeIfPresent(Int.self, forKey: .article)
        trips = try container.decodeIfPresent(Int.self, forKey: .trips)
        bilateralTrips = try container.decodeIfPresent(Int.self, forKey: .bilateralTrips)
        stateVisits = try container.decodeIfPresent(Int.self, forKey: .stateVisits)
        let counts = try container.decodeIfPresent([String: Int].self, forKey: .visitsByCountry) ?? [:]
        visitsByCountry = [:]
        for (key, count) in counts {
            guard let code = CountryCode(key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .visitsByCountry, in: container,
                    debugDescription: "invalid country code \"\(key)\"; expected two capital letters")
            }
            visitsByCountry[code] = count
        }
        stateVisitDestinations =
            try container.decodeIfPresent([CountryCode].self, forKey: .stateVisitDestinations) ?? []
        alsoVisited = try container.decodeIfPresent([CountryCode].self, forKey: .alsoVisited) ?? []
        events = try container.decodeIfPresent([DiplomaticEvent].self, forKey: .events) ?? []
    }

    /// Encodes the record; unknown numbers as `null`, `visitsByCountry` as an object keyed by code.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person, forKey: .person)
        try container.encode(country, forKey: .country)
        try container.encode(period, forKey: .period)
        try container.encode(article, forKey: .article)
        try container.encode(trips, forKey: .trips)
        try container.encode(bilateralTrips, forKey: .bilateralTrips)
        try container.encode(stateVisits, forKey: .stateVisits)
        let counts = Dictionary(uniqueKeysWithValues: visitsByCountry.map { ($0.key.rawValue, $0.value) })
        try container.encode(counts, forKey: .visitsByCountry)
        try container.encode(stateVisitDestinations, forKey: .stateVisitDestinations)
        try container.encode(alsoVisited, forKey: .alsoVisited)
        try container.encode(events, forKey: .events)
    }
}
