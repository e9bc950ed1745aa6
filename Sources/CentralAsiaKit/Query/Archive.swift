/// Everything parsed from many sources in one place: pages, articles, rates and diplomacy (travel
/// records, visits, partnerships), and the questions asked of them.
///
/// An article seen on several listing pages is stored once and keeps a ``PageReference`` for each
/// page. Two articles are the same when their URLs agree or, when either has none, when their
/// titles and first paragraphs agree once folded (case, diacritics and punctuation ignored). The first
/// text seen is kept.
///
/// `Archive` is a value: copies are independent. Adding is O(1) amortised per article (plus its
/// text for the identity key). The indexes — full text, entities — are built once, on the first
/// query after a change (or by ``buildIndexes()``), and shared by every copy that has not changed
/// since; they are immutable, so any number of tasks may query one archive at once.
///
/// ```swift
/// var archive = Archive()
/// archive.add(page, source: "2025-01-21.txt")
/// let hits = archive.search("\"middle corridor\" AND Kazakh*", filter: SearchFilter(countries: [.cn]))
/// ```
public struct Archive: Sendable, Equatable {
    /// The distinct articles, in the order first added; an article's id is its index here.
    public private(set) var articles: [NewsArticle] = []
    /// For each article (same index), every page it was seen on, in the order added.
    public private(set) var references: [[PageReference]] = []
    /// Every rate added, directly or from page tickers.
    public private(set) var rateBook = RateBook()

    /// The travel records of the pages added, each once per article, linked to the article's id.
    public var travel: [Filed<TravelRecord>] { diplomacy.travel }
    /// The visits of the pages added, each once per article, linked to the article's id.
    public var visits: [Filed<Visit>] { diplomacy.visits }
    /// The partnerships of the pages added, each once per article, linked to the article's id.
    public var partnerships: [Filed<Partnership>] { diplomacy.partnerships }

    /// The pages added, without their articles (kept as ids), to save them again.
    var pages: [StoredPage] = []
    /// Rates added directly rather than from a page.
    var looseRates: [ExchangeRate] = []
    /// The pages' travel records, visits and partnerships.
    var diplomacy = DiplomacyShelf()
    /// What was added, in order, to save it again in the same order.
    var additions: [Addition] = []
    private var identities: [String: Int] = [:]
    private var cache = IndexCache()

    /// One call that added something.
    enum Addition: Sendable, Equatable {
        /// `pages[index]`.
        case page(Int)
        /// `articles[id]`, added without a page.
        case article(Int)
        /// `looseRates[range]`.
        case rates(Range<Int>)
    }

    /// A page as stored: its document without articles, and the ids of its articles in page order.
    struct StoredPage: Sendable, Equatable {
        var source: String
        var page: NewsPage
        var articleIDs: [Int]
    }

    /// Creates an empty archive.
    public init() {}

    /// Creates an archive of articles.
    ///
    /// - Parameter articles: The articles; duplicates are merged.
    public init(articles: some Sequence<NewsArticle>) {
        for article in articles { add(article) }
    }

    /// The number of distinct articles.
    public var count: Int { articles.count }

    /// Adds a page: its articles (merged with those already held), its ticker's rates, and its travel
    /// records, visits and partnerships (linked to the archived articles; those an earlier page already
    /// gave for the same article are not added again).
    ///
    /// Ticker quotes without a date take the page's date, and the source's name when they name none.
    ///
    /// - Parameters:
    ///   - page: The parsed page.
    ///   - source: A name for where the page came from, kept in each ``PageReference``.
    /// - Returns: The ids of the page's articles, in page order.
    @discardableResult
    public mutating func add(_ page: NewsPage, source: String) -> [Int] {
        cache = IndexCache()
        var ids: [Int] = []
        for (index, article) in page.articles.enumerated() {
            let reference = PageReference(
                source: source, date: page.date, position: page.listing.map { $0.first + index }, article: index + 1)
            ids.append(store(article, reference: reference))
        }
        var bare = page
        bare.articles = []
        additions.append(.page(pages.count))
        pages.append(StoredPage(source: source, page: bare, articleIDs: ids))
        diplomacy.file(page, articleIDs: ids)
        for quote in page.datedTickerQuotes {
            var rate = quote
            if rate.source == nil { rate.source = source }
            rateBook.add(rate)
        }
        return ids
    }

    /// Adds an article that came without a page (a feed item, a JSON Lines record).
    ///
    /// - Parameter article: The article.
    /// - Returns: The article's id (an existing one when it is a duplicate).
    @discardableResult
    public mutating func add(_ article: NewsArticle) -> Int {
        cache = IndexCache()
        let before = articles.count
        let id = store(article, reference: nil)
        if id == before { additions.append(.article(id)) }
        return id
    }

    /// Adds rates.
    ///
    /// - Parameter rates: The rates, from any sources and dates.
    public mutating func add(rates: some Sequence<ExchangeRate>) {
        let start = looseRates.count
        for rate in rates {
            looseRates.append(rate)
            rateBook.add(rate)
        }
        if looseRates.count > start { additions.append(.rates(start..<looseRates.count)) }
    }

    /// The id of the archived article that `article` is the same as, if any.
    ///
    /// - Parameter article: An article.
    /// - Returns: The id, or `nil` when the archive does not hold it.
    public func id(of article: NewsArticle) -> Int? {
        identities[Archive.identity(of: article)]
    }

    private mutating func store(_ article: NewsArticle, reference: PageReference?) -> Int {
        let key = Archive.identity(of: article)
        if let id = identities[key] {
            if let reference { references[id].append(reference) }
            return id
        }
        let id = articles.count
        articles.append(article)
        references.append(reference.map { [$0] } ?? [])
        identities[key] = id
        return id
    }

    /// `url:` and the URL when there is one; otherwise `text:`, the folded title, a separator and the
    /// folded first paragraph.
    static func identity(of article: NewsArticle) -> String {
        if let url = article.url, !url.isEmpty { return "url:" + url }
        let tokenizer = SearchTokenizer()
        var key: [UInt8] = Array("text:".utf8)
        func fold(_ text: String) {
            var text = text
            var first = true
            text.withUTF8 { buffer in
                tokenizer.forEachToken(in: buffer) { term, _ in
                    if !first { key.append(0x20) }
                    first = false
                    key.append(contentsOf: term)
                }
            }
        }
        fold(article.title)
        key.append(0x1F)
        fold(article.paragraphs.first ?? "")
        return String(decoding: key, as: UTF8.self)
    }

    /// Builds the indexes now rather than on the first query (to time it, or to pay it up front).
    public func buildIndexes() {
        _ = indexes
    }

    /// The indexes of the archive as it is, built on first use.
    var indexes: ArchiveIndexes {
        cache.indexes { ArchiveIndexes(articles: articles, diplomacy: diplomacy) }
    }

    /// Two archives are equal when they hold the same articles, references, pages, rates and diplomacy.
    public static func == (lhs: Archive, rhs: Archive) -> Bool {
        lhs.articles == rhs.articles && lhs.references == rhs.references && lhs.pages == rhs.pages
            && lhs.looseRates == rhs.looseRates && lhs.additions == rhs.additions && lhs.rateBook == rhs.rateBook
            && lhs.diplomacy == rhs.diplomacy
    }
}
