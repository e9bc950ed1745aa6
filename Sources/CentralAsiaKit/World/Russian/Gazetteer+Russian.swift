extension Gazetteer {
    /// The standard tables with their Russian names merged in: each country's names and adjectives into its
    /// aliases and demonyms, each city's names and former names, each organisation's names, and each
    /// person's name combinations (``Person/russianNames``).
    ///
    /// Only the nominative is stored; ``MentionFinder`` derives the other cases when it compiles the tables.
    static func mergingRussianNames(
        countries: inout [Country], cities: inout [City], organizations: inout [Organization], people: inout [Person]
    ) {
        let countryRows = Dictionary(
            Country.russianNames.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for index in countries.indices {
            guard let row = countryRows[countries[index].code] else { continue }
            countries[index].aliases += row.names
            countries[index].demonyms += row.adjectives
        }
        let cityRows = Dictionary(City.russianNames.map { ($0.city, $0) }, uniquingKeysWith: { first, _ in first })
        for index in cities.indices {
            guard let row = cityRows[cities[index].name] else { continue }
            cities[index].aliases += row.names
            cities[index].formerNames += row.former
        }
        let organizationRows = Dictionary(
            Organization.russianNames.map { ($0.organization, $0.names) }, uniquingKeysWith: { first, _ in first })
        for index in organizations.indices {
            organizations[index].aliases += organizationRows[organizations[index].name] ?? []
        }
        let personRows = Dictionary(grouping: Person.russianNames, by: \.person)
        for index in people.indices {
            for row in personRows[people[index].name] ?? [] { people[index].addRussianName(row) }
        }
    }
}

extension Person {
    /// Adds the combinations of a Russian name to ``aliases`` and ``surnames``.
    ///
    /// The bare surname is an alias when the table already lets the English bare surname denote the person
    /// alone ("Tokayev"), else a surname that needs the full name in the same text ("Berdimuhamedov").
    fileprivate mutating func addRussianName(_ name: RussianName) {
        var combinations: [String] = []
        for first in name.firstNames {
            guard !name.surnames.isEmpty else {
                combinations.append(first)
                continue
            }
            let initial = first.first.map(String.init) ?? ""
            let patronymicInitial = name.patronymic?.first.map(String.init)
            for surname in name.surnames {
                combinations.append("\(first) \(surname)")
                combinations.append("\(initial). \(surname)")
                if let patronymic = name.patronymic, let patronymicInitial {
                    combinations.append("\(first) \(patronymic) \(surname)")
                    combinations.append("\(initial). \(patronymicInitial). \(surname)")
                }
            }
            if let patronymic = name.patronymic { combinations.append("\(first) \(patronymic)") }
        }
        let bareIsAlias = aliases.contains { surnames.contains($0) }
        for combination in combinations where !aliases.contains(combination) { aliases.append(combination) }
        if bareIsAlias {
            aliases += name.surnames.filter { !aliases.contains($0) }
        } else {
            surnames += name.surnames.filter { !surnames.contains($0) }
        }
    }
}
