/// What an article mentions: its countries, people, organisations and cities, each once, in the order they are
/// first mentioned.
///
/// Built from a ``Mention`` list (``MentionFinder/articleMentions(in:)`` does both). The rules, chosen to
/// agree with how the reference articles are annotated:
/// - a country counts when it is named, aliased, or used as an adjective or demonym ("Uzbek diplomats" → UZ);
/// - a city does **not** count its country: an article that mentions Abu Dhabi or New York mentions a
///   city, not the UAE or the United States, until it names them.
///
/// JSON (the `mentions` object of the contract): `{"countries": ["UZ", "US"], "people": ["Shavkat Mirziyoyev"],
/// "organizations": ["C5+1"], "cities": ["Tashkent"]}`; empty lists are written, not left out.
public struct ArticleMentions: Sendable, Hashable, Codable {
    /// Countries, as alpha-2 codes.
    public var countries: [CountryCode]
    /// People, by canonical name.
    public var people: [String]
    /// Organisations and formats, by short canonical name.
    public var organizations: [String]
    /// Cities, by canonical name.
    public var cities: [String]

    /// Creates a summary from lists (kept as given).
    ///
    /// - Parameters:
    ///   - countries: Countries, alpha-2.
    ///   - people: People, canonical names.
    ///   - organizations: Organisations, short canonical names.
    ///   - cities: Cities, canonical names.
    public init(
        countries: [CountryCode] = [], people: [String] = [], organizations: [String] = [], cities: [String] = []
    ) {
        self.countries = countries
        self.people = people
        self.organizations = organizations
        self.cities = cities
    }

    /// Summarises mentions: each entity once, in first-mention order, by kind.
    ///
    /// Entities of other kinds (user-defined ``EntityKind`` values) are not summarised.
    ///
    /// - Parameter mentions: The mentions, in text order.
    public init(_ mentions: [Mention]) {
        self.init()
        var seen: Set<EntityID> = []
        for mention in mentions where seen.insert(mention.entity).inserted { add(mention.entity) }
    }

    /// Adds an entity to the list of its kind (the caller makes sure it is not there yet).
    mutating func add(_ entity: EntityID) {
        switch entity.kind {
        case .country: if let code = CountryCode(entity.id) { countries.append(code) }
        case .person: people.append(entity.id)
        case .organization: organizations.append(entity.id)
        case .city: cities.append(entity.id)
        default: return
        }
    }

    /// Whether nothing is mentioned.
    public var isEmpty: Bool { countries.isEmpty && people.isEmpty && organizations.isEmpty && cities.isEmpty }

    private enum CodingKeys: String, CodingKey {
        case countries, people, organizations, cities
    }

    /// Decodes a summary; a missing list is empty.
    ///
    /// - Throws: `DecodingError` for a malformed country code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        countries = try container.decodeIfPresent([CountryCode].self, forKey: .countries) ?? []
        people = try container.decodeIfPresent([String].self, forKey: .people) ?? []
        organizations = try container.decodeIfPresent([String].self, forKey: .organizations) ?? []
        cities = try container.decodeIfPresent([String].self, forKey: .cities) ?? []
    }

    /// Encodes the four lists.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(countries, forKey: .countries)
        try container.encode(people, forKey: .people)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(cities, forKey: .cities)
    }
}
