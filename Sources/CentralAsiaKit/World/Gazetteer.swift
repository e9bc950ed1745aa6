/// The reference data of the region: countries, cities, organisations and people, with lookups.
///
/// ``standard`` holds the built-in tables. A gazetteer is a plain value: extend it with
/// ``adding(_:)-(Country)`` and its overloads (an entry with the same id replaces the old one), or build
/// your own with ``init(countries:cities:organizations:people:ambiguousNames:)``. ``MentionFinder`` compiles
/// a gazetteer into its automaton once.
///
/// Name lookups are by normalised words: case, diacritics and punctuation inside the name do not matter
/// (`"st petersburg"`, `"St. Petersburg"`, `"Türkiye"`, `"Turkiye"` all work).
///
/// JSON: `{"countries": […], "cities": […], "organizations": […], "people": […], "ambiguousNames": […]}`.
public struct Gazetteer: Sendable, Codable {
    /// The countries, by alpha-2 code order.
    public private(set) var countries: [Country]
    /// The cities.
    public private(set) var cities: [City]
    /// The organisations and formats.
    public private(set) var organizations: [Organization]
    /// The people.
    public private(set) var people: [Person]
    /// Names that are also common words or personal names ("Georgia", "Jordan", "Chad", "Victoria"); in text they
    /// count only when their context allows (see ``MentionFinder``).
    public private(set) var ambiguousNames: Set<String>

    private var countryIndex: [CountryCode: Int] = [:]
    private var nameIndex: [String: [EntityID]] = [:]

    /// Creates a gazetteer from tables.
    ///
    /// - Parameters:
    ///   - countries: The countries.
    ///   - cities: The cities.
    ///   - organizations: The organisations.
    ///   - people: The people.
    ///   - ambiguousNames: Names that need context to count (see ``ambiguousNames``).
    public init(
        countries: [Country] = [], cities: [City] = [], organizations: [Organization] = [], people: [Person] = [],
        ambiguousNames: Set<String> = []
    ) {
        self.countries = countries
        self.cities = cities
        self.organizations = organizations
        self.people = people
        self.ambiguousNames = ambiguousNames
        reindex()
    }

    /// Rebuilds the lookup indexes.
    private mutating func reindex() {
        countryIndex = [:]
        nameIndex = [:]
        func index(_ names: [String], _ id: EntityID) {
            for name in names {
                let key = WordScanner.key(name)
                guard !key.isEmpty else { continue }
                if nameIndex[key]?.contains(id) != true { nameIndex[key, default: []].append(id) }
            }
        }
        for (position, country) in countries.enumerated() {
            countryIndex[country.code] = position
            index(
                [country.name, country.isoName, country.alpha3] + country.aliases + country.demonyms,
                .country(country.code))
        }
        for city in cities { index([city.name] + city.aliases + city.formerNames, .city(city.name)) }
        for organization in organizations {
            index([organization.name, organization.fullName] + organization.aliases, .organization(organization.name))
        }
        for person in people { index([person.name] + person.aliases, .person(person.name)) }
    }

    /// The entities a name denotes, in table order (countries, cities, organisations, people).
    ///
    /// A leading "the" is ignored when the name without it is known (`"the U.S."`).
    ///
    /// - Parameter name: A name, alias, demonym, former name or code, in any case.
    /// - Returns: Every match; empty when none.
    public func entities(named name: String) -> [EntityID] {
        let key = WordScanner.key(name)
        if let found = nameIndex[key] { return found }
        if key.hasPrefix("the "), let found = nameIndex[String(key.dropFirst(4))] { return found }
        return []
    }

    /// The country with a code.
    ///
    /// - Parameter code: An alpha-2 code.
    /// - Returns: The country, or `nil` when the table has none.
    public func country(_ code: CountryCode) -> Country? {
        countryIndex[code].map { countries[$0] }
    }

    /// The country a name, alias, demonym or alpha-3 code denotes (`"Britain"`, `"Kazakh"`, `"KAZ"`).
    ///
    /// - Parameter name: The name.
    /// - Returns: The country, or `nil`.
    public func country(named name: String) -> Country? {
        if let code = CountryCode(name), let country = country(code) { return country }
        for entity in entities(named: name) where entity.kind == .country {
            if let code = CountryCode(entity.id) { return country(code) }
        }
        return nil
    }

    /// The city a name, alias or former name denotes (`"Alma-Ata"` → Almaty).
    ///
    /// - Parameter name: The name.
    /// - Returns: The city, or `nil`.
    public func city(named name: String) -> City? {
        guard let entity = entities(named: name).first(where: { $0.kind == .city }) else { return nil }
        return cities.first { $0.name == entity.id }
    }

    /// The organisation a short name, full name or alias denotes (`"Turkic States"` → OTS).
    ///
    /// - Parameter name: The name.
    /// - Returns: The organisation, or `nil`.
    public func organization(named name: String) -> Organization? {
        guard let entity = entities(named: name).first(where: { $0.kind == .organization }) else { return nil }
        return organizations.first { $0.name == entity.id }
    }

    /// The person a full name or alias denotes (`"Toqaev"` → Kassym-Jomart Tokayev).
    ///
    /// - Parameter name: The name.
    /// - Returns: The person, or `nil`.
    public func person(named name: String) -> Person? {
        guard let entity = entities(named: name).first(where: { $0.kind == .person }) else { return nil }
        return people.first { $0.name == entity.id }
    }

    /// The capital of a country.
    ///
    /// - Parameter code: The country.
    /// - Returns: The city marked as its capital, or `nil`.
    public func capital(of code: CountryCode) -> City? {
        cities.first { $0.country == code && $0.isCapital }
    }

    /// Who held an office in a country on a date.
    ///
    /// - Parameters:
    ///   - title: The title as the table writes it (`"President"`, `"Foreign Minister"`); case-insensitive.
    ///   - country: The country of the office.
    ///   - date: The date; a partial date asks about any day within it.
    /// - Returns: The holders, in table order (more than one when a term changed hands within `date`).
    public func holders(of title: String, in country: CountryCode, on date: PartialDate) -> [Person] {
        let wanted = title.lowercased()
        return people.filter { person in
            person.offices.contains { $0.country == country && $0.title.lowercased() == wanted && $0.isHeld(on: date) }
        }
    }

    /// This gazetteer with a country added, or replacing the one with the same code.
    ///
    /// - Parameter country: The country.
    /// - Returns: The extended gazetteer.
    public func adding(_ country: Country) -> Gazetteer {
        replacing(\.countries, with: country, id: \.code)
    }

    /// This gazetteer with a city added, or replacing the one with the same name.
    ///
    /// - Parameter city: The city.
    /// - Returns: The extended gazetteer.
    public func adding(_ city: City) -> Gazetteer {
        replacing(\.cities, with: city, id: \.name)
    }

    /// This gazetteer with an organisation added, or replacing the one with the same short name.
    ///
    /// - Parameter organization: The organisation.
    /// - Returns: The extended gazetteer.
    public func adding(_ organization: Organization) -> Gazetteer {
        replacing(\.organizations, with: organization, id: \.name)
    }

    /// This gazetteer with a person added, or replacing the one with the same name.
    ///
    /// - Parameter person: The person.
    /// - Returns: The extended gazetteer.
    public func adding(_ person: Person) -> Gazetteer {
        replacing(\.people, with: person, id: \.name)
    }

    private enum CodingKeys: String, CodingKey {
        case countries, cities, organizations, people, ambiguousNames
    }

    /// Decodes a gazetteer; every table may be left out.
    ///
    /// - Throws: `DecodingError` for a malformed entry.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            countries: try container.decodeIfPresent([Country].self, forKey: .countries) ?? [],
            cities: try container.decodeIfPresent([City].self, forKey: .cities) ?? [],
            organizations: try container.decodeIfPresent([Organization].self, forKey: .organizations) ?? [],
            people: try container.decodeIfPresent([Person].self, forKey: .people) ?? [],
            ambiguousNames: Set(try container.decodeIfPresent([String].self, forKey: .ambiguousNames) ?? []))
    }

    /// Encodes the tables; `ambiguousNames` sorted.
    ///
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(countries, forKey: .countries)
        try container.encode(cities, forKey: .cities)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(people, forKey: .people)
        try container.encode(ambiguousNames.sorted(), forKey: .ambiguousNames)
    }
}

extension Gazetteer {
    /// A copy with `element` replacing the entry of a table with the same id, or appended to it.
    fileprivate func replacing<Element, ID: Equatable>(
        _ table: WritableKeyPath<Gazetteer, [Element]>, with element: Element, id: KeyPath<Element, ID>
    ) -> Gazetteer {
        var copy = self
        if let position = copy[keyPath: table].firstIndex(where: { $0[keyPath: id] == element[keyPath: id] }) {
            copy[keyPath: table][position] = element
        } else {
            copy[keyPath: table].append(element)
        }
        copy.reindex()
        return copy
    }
}
