/// One leader's visit to one country: who, where, what kind, whether it happened, when, and what for.
///
/// JSON: `{"person": "Shavkat Mirziyoyev", "destination": "TJ", "city": "Dushanbe", "kind": "state",
/// "status": "planned", "date": {"start": "2024-08-22", "end": "2024-08-23"}, "event": null, "article": 1}`;
/// unknown values are `null`.
public struct Visit: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The protocol level of a visit: an open set of names.
    ///
    /// JSON: the raw value as a string.
    public struct Kind: DiplomacyVocabulary {
        /// The kind's name.
        public let rawValue: String

        /// Creates a kind.
        ///
        /// - Parameter rawValue: Its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A state visit, the highest protocol level.
        public static let state: Kind = "state"
        /// An official visit.
        public static let official: Kind = "official"
        /// An official working visit.
        public static let officialWorking: Kind = "officialWorking"
        /// A working visit.
        public static let working: Kind = "working"
        /// A private visit.
        public static let `private`: Kind = "private"
        /// A trip to a summit, forum or other multilateral event.
        public static let multilateral: Kind = "multilateral"
        /// A visit whose level the text does not give.
        public static let unspecified: Kind = "unspecified"
    }

    /// Whether a visit happened: an open set of names.
    ///
    /// JSON: the raw value as a string.
    public struct Status: DiplomacyVocabulary {
        /// The status's name.
        public let rawValue: String

        /// Creates a status.
        ///
        /// - Parameter rawValue: Its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The visit took place.
        public static let completed: Status = "completed"
        /// The visit was under way when the text was written.
        public static let ongoing: Status = "ongoing"
        /// The visit is announced or planned.
        public static let planned: Status = "planned"
        /// The visit was called off or postponed.
        public static let cancelled: Status = "cancelled"
    }

    /// The traveller, by canonical name.
    public var person: String
    /// The country visited, when known.
    public var destination: CountryCode?
    /// The city visited, by canonical name, when known.
    public var city: String?
    /// The protocol level.
    public var kind: Kind
    /// Whether it happened.
    public var status: Status
    /// When, when the text says.
    public var date: DateOrSpan?
    /// The event attended, for a multilateral trip.
    public var event: DiplomaticEvent?
    /// The 1-based position on its page of the article that reports it, when known.
    public var article: Int?

    /// Creates a visit.
    ///
    /// - Parameters:
    ///   - person: The traveller's canonical name.
    ///   - destination: The country visited.
    ///   - city: The city visited.
    ///   - kind: The protocol level.
    ///   - status: Whether it happened.
    ///   - date: When.
    ///   - event: The event attended.
    ///   - article: The 1-based article position.
    public init(
        person: String, destination: CountryCode?, city: String? = nil, kind: Kind = .unspecified,
        status: Status = .completed, date: DateOrSpan? = nil, event: DiplomaticEvent? = nil, article: Int? = nil
    ) {
        self.person = person
        self.destination = destination
        self.city = city
        self.kind = kind
        self.status = status
        self.date = date
        self.event = event
        self.article = article
    }

    /// `"Shavkat Mirziyoyev → TJ (state, planned, 2024-08-22/2024-08-23)"`.
    public var description: String {
        let place = [city, destination?.rawValue].compactMap { $0 }.joined(separator: ", ")
        let details = [kind.rawValue, status.rawValue, date?.description].compactMap { $0 }.joined(separator: ", ")
        return "\(person) → \(place.isEmpty ? "?" : place) (\(details))"
    }

    private enum CodingKeys: String, CodingKey {
        case person, destination, city, kind, status, date, event, article
    }

    /// Decodes a visit; `kind` and `status` default to unspecified and completed.
    ///
    /// - Throws: `DecodingError` for a missing person, a malformed code, date or event.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        person = try container.decode(String.self, forKey: .person)
        destination = try container.decodeIfPresent(CountryCode.self, forKey: .destination)
        city = try container.decodeIfPresent(String.self, forKey: .city)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .unspecified
        status = try container.decodeIfPresent(Status.self, forKey: .status) ?? .completed
        date = try container.decodeIfPresent(DateOrSpan.self, forKey: .date)
        event = try container.decodeIfPresent(DiplomaticEvent.self, forKey: .event)
        article = try container.decodeIfPresent(Int.self, forKey: .article)
    }

    /// Encodes the visit; unknown values as `null`.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person, forKey: .person)
        try container.encode(destination, forKey: .destination)
        try container.encode(city, forKey: .city)
        try container.encode(kind, forKey: .kind)
        try container.encode(status, forKey: .status)
        try container.encode(date, forKey: .date)
        try container.encode(event, forKey: .event)
        try container.encode(article, forKey: .article)
    }
}
