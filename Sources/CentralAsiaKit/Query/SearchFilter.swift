/// Conditions on the articles a search may return, besides matching its text.
///
/// Every condition given must hold: a date span the article's date falls in, and countries, people and
/// organisations it mentions (all of them). An empty filter lets every article through; with a
/// `dates` span, articles without a date are left out.
public struct SearchFilter: Sendable, Hashable {
    /// The span the article's date must fall in.
    public var dates: DateSpan?
    /// Countries the article must all mention.
    public var countries: [CountryCode]
    /// People the article must all mention, by canonical name.
    public var people: [String]
    /// Organisations the article must all mention, by short canonical name.
    public var organizations: [String]

    /// Creates a filter.
    ///
    /// - Parameters:
    ///   - dates: The span the article's date must fall in.
    ///   - countries: Countries that must all be mentioned.
    ///   - people: People who must all be mentioned.
    ///   - organizations: Organisations that must all be mentioned.
    public init(
        dates: DateSpan? = nil, countries: [CountryCode] = [], people: [String] = [], organizations: [String] = []
    ) {
        self.dates = dates
        self.countries = countries
        self.people = people
        self.organizations = organizations
    }

    /// The entities the filter asks for.
    var entities: [EntityID] {
        countries.map(EntityID.country) + people.map(EntityID.person) + organizations.map(EntityID.organization)
    }

    /// Whether the filter lets everything through.
    var isEmpty: Bool { dates == nil && entities.isEmpty }
}
