/// For each country, person, organisation and city, the articles that mention it.
///
/// Built once in O(M) for M mentions in all; each list holds article ids ascending, so articles that
/// mention several entities together are an intersection, O(Σ list lengths).
struct EntityIndex: Sendable {
    private var lists: [EntityID: [Int]] = [:]

    init(_ articles: [NewsArticle]) {
        for (id, article) in articles.enumerated() {
            // Ids only grow, so an entity listed twice in one article's mentions is the list's last id.
            func add(_ entity: EntityID) {
                if lists[entity]?.last != id { lists[entity, default: []].append(id) }
            }
            let mentions = article.mentions
            for code in mentions.countries { add(.country(code)) }
            for name in mentions.people { add(.person(name)) }
            for name in mentions.organizations { add(.organization(name)) }
            for name in mentions.cities { add(.city(name)) }
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
        for other in sets.dropFirst() where !result.isEmpty { result = SearchIndex.intersect(result, other) }
        return result
    }

    /// How many articles mention each entity of a kind, most first, then by id.
    func counts(of kind: EntityKind) -> [(entity: EntityID, count: Int)] {
        lists.filter { $0.key.kind == kind }.map { ($0.key, $0.value.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.entity.id < $1.entity.id }
    }
}
