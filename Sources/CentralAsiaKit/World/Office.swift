/// An office a person held: a title, in a country, from a start to an end.
///
/// Titles are plain English strings, written the same way across the table so that they can be
/// queried: `"President"`, `"Prime Minister"`, `"Foreign Minister"`, `"Chairman of the Halk Maslahaty"`.
///
/// JSON: `{"title": "President", "country": "KZ", "start": "2019-03-20"}`; `end` is left out while the
/// office is held, `start` and `country` when unknown, and `organization` unless the office is an
/// organisation's (`{"title": "President of the European Commission", "organization": "EU", …}`).
public struct Office: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The title (`"President"`).
    public var title: String
    /// The country the office belongs to, if any (an ambassador's is the sending country).
    public var country: CountryCode?
    /// The organisation the office belongs to, by its short name (`"EU"` for the President of the European
    /// Commission); `nil` for a country's office.
    public var organization: String?
    /// The first day (or month, or year) in office, when known.
    public var start: PartialDate?
    /// The last day in office; `nil` while the office is held.
    public var end: PartialDate?

    /// Creates an office.
    ///
    /// - Parameters:
    ///   - title: The title.
    ///   - country: The country the office belongs to.
    ///   - start: The first day in office.
    ///   - end: The last day in office, or `nil` while held.
    ///   - organization: The organisation the office belongs to, for an office of one.
    public init(
        title: String, country: CountryCode?, start: PartialDate? = nil, end: PartialDate? = nil,
        organization: String? = nil
    ) {
        self.title = title
        self.country = country
        self.organization = organization
        self.start = start
        self.end = end
    }

    /// Whether the office was held on a date.
    ///
    /// Partial dates compare generously: an office that ended "2024" was held on any day of 2024, and one
    /// with an unknown start is taken to have been held since ever.
    ///
    /// - Parameter date: The date asked about.
    /// - Returns: `true` when `date` falls within the term.
    public func isHeld(on date: PartialDate) -> Bool {
        if let start, start.firstDay > date.lastDay { return false }
        if let end, end.lastDay < date.firstDay { return false }
        return true
    }

    /// `"President of KZ, 2019-03-20–"`; `"President of the European Commission (EU), 2019-12-01–"`.
    public var description: String {
        let place = country.map { " of \($0)" } ?? organization.map { " (\($0))" } ?? ""
        return "\(title)\(place), \(start?.description ?? "?")–\(end?.description ?? "")"
    }

    private enum CodingKeys: String, CodingKey {
        case title, country, organization, start, end
    }

    /// Decodes an office.
    ///
    /// - Throws: `DecodingError` for a missing title, a malformed code or a malformed date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        country = try container.decodeIfPresent(CountryCode.self, forKey: .country)
        organization = try container.decodeIfPresent(String.self, forKey: .organization)
        start = try container.decodeIfPresent(PartialDate.self, forKey: .start)
        end = try container.decodeIfPresent(PartialDate.self, forKey: .end)
    }

    /// Encodes the office; unknown values are left out.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encodeIfPresent(organization, forKey: .organization)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
    }
}
