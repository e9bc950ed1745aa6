extension Archive {
    /// The articles that mention every one of some entities, by date.
    ///
    /// `articles(mentioning: [.country(.kz), .country(.cn)])` gives the articles that mention both
    /// Kazakhstan and China. Entities are matched against each article's ``NewsArticle/mentions``
    /// (countries, people, organisations, cities). Cost: O(Σ list lengths) to intersect the entity
    /// index's lists, then O(m log m) to sort the m results.
    ///
    /// - Parameters:
    ///   - entities: The entities; all must be mentioned. None gives no articles.
    ///   - span: The span the article's date must fall in; any date (or none) when `nil`.
    /// - Returns: Article ids, earliest date first; undated articles last; then by id.
    public func articles(mentioning entities: [EntityID], in span: DateSpan? = nil) -> [Int] {
        let found = indexes.entities.articles(mentioningAll: entities) ?? []
        let dated = found.filter { id in
            guard let span else { return true }
            guard let date = articles[id].date else { return false }
            return span.contains(date)
        }
        return dated.sortedChronologically { articles[$0].date?.firstDay }
    }

    /// How many articles mention each entity of a kind, most first (then by name).
    ///
    /// O(E log E) for E entities in the index.
    ///
    /// - Parameter kind: `.country`, `.person`, `.organization` or `.city`.
    /// - Returns: Entities and their article counts.
    public func mentionCounts(of kind: EntityKind) -> [(entity: EntityID, count: Int)] {
        indexes.entities.counts(of: kind)
    }
}
