/// The travel and partnership indexes of one state of an archive, built once in O(r + e + v + p log p)
/// for r travel records with e events, v visits and p partnerships.
final class DiplomacyIndex: Sendable {
    let travelByPerson: [String: [Int]]
    let ranking: [TravelRecord.Rank]
    let mostVisited: [(country: CountryCode, visits: Int)]
    let visitsByDestination: [CountryCode: [Int]]
    let attendeesByEvent: [String: [String]]
    let sharedByName: [SharedEvent]
    let sharedByOrganization: [SharedEvent]
    let partnershipsByParty: [EntityID: [Int]]
    let timeline: [Int]

    init(_ shelf: DiplomacyShelf) {
        let records = shelf.travel.map(\.value)
        var byPerson: [String: [Int]] = [:]
        var counts: [CountryCode: Int] = [:]
        var attendees: [String: [String]] = [:]
        var byName = EventGroups(renamesMixedNames: false)
        var byOrganization = EventGroups(renamesMixedNames: true)
        for (index, record) in records.enumerated() {
            byPerson[record.person, default: []].append(index)
            for (country, visits) in record.visitsByCountry { counts[country, default: 0] += visits }
            for event in record.events {
                for key in Set([event.normalizedName, event.name, event.organization].compactMap { $0 }) {
                    let folded = DiplomacyIndex.fold(key)
                    if attendees[folded]?.contains(record.person) != true {
                        attendees[folded, default: []].append(record.person)
                    }
                }
                let year = event.date?.start.year ?? record.period?.year
                guard let city = event.city else { continue }
                let name = DiplomacyIndex.fold(event.normalizedName)
                byName.add(key: name + "\u{1F}" + city, event: event, year: year, person: record.person)
                guard let year else { continue }
                let owner =
                    event.organization.map { "organization:" + $0 } ?? "name:" + DiplomacyIndex.unqualifiedName(name)
                byOrganization.add(
                    key: "\(owner)\u{1F}\(city)\u{1F}\(year)", event: event, year: year, person: record.person)
            }
        }
        travelByPerson = byPerson
        ranking = TravelRecord.rankingByTrips(records)
        mostVisited = counts.map { (country: $0.key, visits: $0.value) }
            .sorted { ($0.visits, $1.country.rawValue) > ($1.visits, $0.country.rawValue) }
        attendeesByEvent = attendees
        sharedByName = byName.shared
        sharedByOrganization = byOrganization.shared

        var destinations: [CountryCode: [Int]] = [:]
        for (index, visit) in shelf.visits.enumerated() {
            if let destination = visit.value.destination { destinations[destination, default: []].append(index) }
        }
        visitsByDestination = destinations

        var parties: [EntityID: [Int]] = [:]
        for (index, partnership) in shelf.partnerships.enumerated() {
            for party in Set(partnership.value.parties) { parties[party, default: []].append(index) }
        }
        partnershipsByParty = parties
        let dates = shelf.partnerships.map { $0.value.date?.firstDay }
        timeline = dates.indices.sortedChronologically { dates[$0] }
    }

    /// Case-folded, apostrophes straightened, spaces collapsed.
    static func fold(_ name: String) -> String {
        DiplomaticEvent.straightened(name).lowercased()
    }

    /// Words that say how an event was held rather than which event it was.
    static let qualifiers: Set<Substring> = ["extraordinary", "emergency", "special", "informal", "joint"]

    /// A name as written without its ``qualifiers`` ("Arab-Islamic Extraordinary Summit" → "Arab-Islamic Summit").
    static func unqualifiedName(_ name: String) -> String {
        name.split(separator: " ").filter { !qualifiers.contains(Substring($0.lowercased())) }.joined(separator: " ")
    }
}

/// Mentions of events grouped under a key, in the order the keys are first seen.
private struct EventGroups {
    private struct Group {
        var event: DiplomaticEvent
        var year: Int?
        var names: [String]
        var people: [String]
    }

    /// Whether a group whose mentions are written differently is named by its organisation.
    let renamesMixedNames: Bool
    private var order: [String] = []
    private var groups: [String: Group] = [:]

    init(renamesMixedNames: Bool) {
        self.renamesMixedNames = renamesMixedNames
    }

    mutating func add(key: String, event: DiplomaticEvent, year: Int?, person: String) {
        var group = groups[key] ?? Group(event: event, year: year, names: [], people: [])
        if groups[key] == nil { order.append(key) }
        if !group.names.contains(event.name) { group.names.append(event.name) }
        if !group.people.contains(person) { group.people.append(person) }
        groups[key] = group
    }

    /// The groups with two or more people: most people first, then in the order first seen. A group is
    /// named as its event was first written, or — when renaming and the mentions disagree — by its
    /// organisation, else by its first name without qualifiers.
    var shared: [SharedEvent] {
        let found = order.compactMap { groups[$0] }.filter { $0.people.count >= 2 }
        return found.enumerated().sorted {
            ($0.element.people.count, -$0.offset) > ($1.element.people.count, -$1.offset)
        }
        .map { _, group in
            var name = group.event.name
            if renamesMixedNames, group.names.count > 1 {
                name = group.event.organization ?? DiplomacyIndex.unqualifiedName(group.event.name)
            }
            return SharedEvent(
                event: name, city: group.event.city, country: group.event.country,
                organization: group.event.organization, year: group.year, people: group.people)
        }
    }
}
