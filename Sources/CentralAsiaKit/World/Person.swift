/// A person in the news, with the spellings the press uses and the offices held.
///
/// Names are matched in text three ways (see ``MentionFinder``): the canonical ``name`` and every entry of
/// ``aliases`` denote the person anywhere; an entry of ``surnames`` denotes the person only when the same
/// text also names them in full (so "Berdimuhamedov" goes to whichever Berdimuhamedov the article named).
/// Put a bare surname in ``aliases`` only when it is unambiguous in the news ("Putin", "Tokayev").
///
/// JSON: `{"name": "Kassym-Jomart Tokayev", "country": "KZ", "aliases": […], "surnames": ["Tokayev", …],
/// "offices": [{"title": "President", "country": "KZ", "start": "2019-03-20"}]}`.
public struct Person: Sendable, Hashable, Codable, Identifiable, CustomStringConvertible {
    /// The canonical English name (`"Kassym-Jomart Tokayev"`), the person's identity.
    public var name: String
    /// The person's country, when there is one.
    public var country: CountryCode?
    /// Other spellings of the full name, and short names that alone denote the person.
    public var aliases: [String]
    /// The surname in every spelling, matched only after the full name in the same text.
    public var surnames: [String]
    /// Offices held, in any order.
    public var offices: [Office]

    /// Creates a person.
    ///
    /// - Parameters:
    ///   - name: The canonical English name.
    ///   - country: The person's country.
    ///   - aliases: Other spellings and unambiguous short names.
    ///   - surnames: The surname spellings, resolved within a text.
    ///   - offices: Offices held.
    public init(
        name: String, country: CountryCode? = nil, aliases: [String] = [], surnames: [String] = [],
        offices: [Office] = []
    ) {
        self.name = name
        self.country = country
        self.aliases = aliases
        self.surnames = surnames
        self.offices = offices
    }

    /// The canonical name.
    public var id: String { name }

    /// The canonical name.
    public var description: String { name }

    /// The offices held on a date.
    ///
    /// - Parameter date: The date asked about.
    /// - Returns: The offices whose term covers `date`.
    public func offices(on date: PartialDate) -> [Office] {
        offices.filter { $0.isHeld(on: date) }
    }

    private enum CodingKeys: String, CodingKey {
        case name, country, aliases, surnames, offices
    }

    /// Decodes a person; everything but the name may be left out.
    ///
    /// - Throws: `DecodingError` for a missing name, a malformed code or a malformed office.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        country = try container.decodeIfPresent(CountryCode.self, forKey: .country)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        surnames = try container.decodeIfPresent([String].self, forKey: .surnames) ?? []
        offices = try container.decodeIfPresent([Office].self, forKey: .offices) ?? []
    }

    /// Encodes the person; `country` is left out when unknown.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(surnames, forKey: .surnames)
        try container.encode(offices, forKey: .offices)
    }
}
