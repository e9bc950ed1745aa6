/// For each country, person, organisation and city, the articles that mention it.
///
/// Built once in O(M) for M mentions in all; each list holds article ids ascending, so articles that
/// mention several entities together are an intersection, O(Σ list lengths).
struct EntityIndex: Sendable {
    private var lists: [EntityID: [Int]] = [:]

    init(_ articles: [NewsArticle]) {
        for (id, article) in articles.enumerated() {
            let mentions = article.mentions
            for code in mentions.countries { lists[.country(code), default: []].append(id) }
            for name in mentions.people { lists[.person(name), default: []].append(id) }
            for name in mentions.organizations { lists[.organization(name), default: []].append(id) }
            for name in mentions.cities { lists[.city(name), default: []].append(id) }
        }
        // An entity listed twice in one article's mentions appears once.
        for key in lists.keys {
            lists[key]?.removeDuplicatesFromSorted()
        }
    }

    /// The ids of the articles that mention an entity, ascending.
    func articles(mentioning entity: EntityID) -> [Int] { lists[entity] ?? [] }

    /// The ids of the articles that mention every entity, ascending; `nil` when `entities` is empty.
    func articles(mentioningAll entities: [EntityID]) -> [Int]? {
        guard !entities.isEmpty else { return nil }
        var sets = entities.map(articles(mentioning:))
        sets.sort { $0.count < $1.count }
        var result = sets[0]
        for other in sets.dropFirst() where !result.isEmpty {
            var kept: [Int] = []
            var cursor = 0
            for id in result {
                while cursor < other.count && other[cursor] < id { cursor += 1 }
                if cursor < other.count && other[cursor] == id { kept.append(id) }
            }
            result = kept
        }
        return result
    }

    /// How many articles mention each entity of a kind, most first, then by id.
    func counts(of kind: EntityKind) -> [(entity: EntityID, count: Int)] {
        lists.filter { $0.key.kind == kind }.map { ($0.key, $0.value.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.entity.id < $1.entity.id }
    }
}

extension Array where Element == Int {
    /// Removes adjacent repeats from a sorted array.
    fileprivate mutating func removeDuplicatesFromSorted() {
        var write = 0
        for read in indices where write == 0 || self[read] != self[write - 1] {
            self[write] = self[read]
            write += 1
        }
        removeLast(count - write)
    }
}
