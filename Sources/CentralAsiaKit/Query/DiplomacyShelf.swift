/// The travel records, visits and partnerships of an archive's pages, each kept once per article.
///
/// A value read from a page names its article by place on the page; the shelf links it to the
/// archived article's id instead. The same value from the same article (a listing page added twice, an
/// article repeated on the next page) is kept once: values are compared with their `article` place
/// cleared, so only what they say and which article said it count.
struct DiplomacyShelf: Sendable, Equatable {
    var travel: [Filed<TravelRecord>] = []
    var visits: [Filed<Visit>] = []
    var partnerships: [Filed<Partnership>] = []
    private var seenTravel: Set<Filed<TravelRecord>> = []
    private var seenVisits: Set<Filed<Visit>> = []
    private var seenPartnerships: Set<Filed<Partnership>> = []

    /// Files a page's values. O(v) hashing for the page's v values.
    ///
    /// - Parameters:
    ///   - page: The page as parsed.
    ///   - ids: The archived ids of the page's articles, in page order.
    mutating func file(_ page: NewsPage, articleIDs ids: [Int]) {
        DiplomacyShelf.file(page.travel, ids, into: &travel, seen: &seenTravel)
        DiplomacyShelf.file(page.visits, ids, into: &visits, seen: &seenVisits)
        DiplomacyShelf.file(page.partnerships, ids, into: &partnerships, seen: &seenPartnerships)
    }

    private static func file<Value: ArticleLinked>(
        _ values: [Value], _ ids: [Int], into shelf: inout [Filed<Value>], seen: inout Set<Filed<Value>>
    ) {
        for value in values {
            let id = value.article.flatMap { ids.indices.contains($0 - 1) ? ids[$0 - 1] : nil }
            var key = value
            key.article = nil
            guard seen.insert(Filed(key, articleID: id)).inserted else { continue }
            shelf.append(Filed(value, articleID: id))
        }
    }

    static func == (lhs: DiplomacyShelf, rhs: DiplomacyShelf) -> Bool {
        lhs.travel == rhs.travel && lhs.visits == rhs.visits && lhs.partnerships == rhs.partnerships
    }
}

/// A value that names its article by its 1-based place on a page.
protocol ArticleLinked: Sendable, Hashable {
    /// The article's place on its page.
    var article: Int? { get set }
}

extension TravelRecord: ArticleLinked {}
extension Visit: ArticleLinked {}
extension Partnership: ArticleLinked {}
