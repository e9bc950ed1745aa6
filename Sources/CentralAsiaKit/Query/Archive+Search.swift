extension Archive {
    /// Full-text search, ranked by BM25, with filters and highlighted snippets.
    ///
    /// The query reads the FTS5 subset described in ``SearchQuery``. Cost: the query's clauses against
    /// the inverted index (see ``SearchIndex``), the filter's entity lists intersected (O(Σ lengths)),
    /// O(m log k) to keep the best `limit` of m matches, then one pass over each returned article's text
    /// for its snippets.
    ///
    /// - Parameters:
    ///   - query: The query text, such as `"middle corridor" AND Kazakh*`.
    ///   - filter: Dates and entities the articles must match.
    ///   - limit: How many hits at most; `nil` for all.
    ///   - markers: The text put before and after each matched term in snippets.
    /// - Returns: The hits, best first; equal scores in the order the articles were added.
    public func search(
        _ query: String, filter: SearchFilter = SearchFilter(), limit: Int? = 10,
        markers: (open: String, close: String) = ("«", "»")
    ) -> [SearchHit] {
        search(SearchQuery(query), filter: filter, limit: limit, markers: markers)
    }

    /// Full-text search with a parsed query; see the string form of `search`.
    ///
    /// - Parameters:
    ///   - query: The parsed query.
    ///   - filter: Dates and entities the articles must match.
    ///   - limit: How many hits at most; `nil` for all.
    ///   - markers: The text put before and after each matched term in snippets.
    /// - Returns: The hits, best first.
    public func search(
        _ query: SearchQuery, filter: SearchFilter = SearchFilter(), limit: Int? = 10,
        markers: (open: String, close: String) = ("«", "»")
    ) -> [SearchHit] {
        let indexes = indexes
        let matches = indexes.search.ranked(query, limit: limit, where: allowed(by: filter, in: indexes))
        let snippets = SnippetMaker(query: query, open: markers.open, close: markers.close)
        return matches.map { match in
            let article = articles[match.document]
            return SearchHit(
                id: match.document, score: match.score, snippets: snippets.snippets(of: article), article: article)
        }
    }

    /// The ids of every article that matches a query and a filter, ascending, unranked.
    ///
    /// - Parameters:
    ///   - query: The query text.
    ///   - filter: Dates and entities the articles must match.
    /// - Returns: The article ids.
    public func matchingIDs(_ query: String, filter: SearchFilter = SearchFilter()) -> [Int] {
        let indexes = indexes
        return indexes.search.matches(SearchQuery(query), where: allowed(by: filter, in: indexes))
    }

    /// A test for article ids that pass a filter, or `nil` for an empty filter.
    private func allowed(by filter: SearchFilter, in indexes: ArchiveIndexes) -> ((Int) -> Bool)? {
        guard !filter.isEmpty else { return nil }
        let permitted = indexes.entities.articles(mentioningAll: filter.entities).map(Set.init)
        let span = filter.dates
        let articles = articles
        return { id in
            if let permitted, !permitted.contains(id) { return false }
            if let span {
                guard let date = articles[id].date, span.contains(date) else { return false }
            }
            return true
        }
    }
}

extension Archive {
    /// The full-text index of the archive as it is (built on first use), for ranked ids without snippets.
    public var searchIndex: SearchIndex { indexes.search }
}
