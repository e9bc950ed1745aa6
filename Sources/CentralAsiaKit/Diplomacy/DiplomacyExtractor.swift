/// Runs the travel and partnership extractors over articles and pages: the entry point that fills a page's
/// ``NewsPage/travel``, ``NewsPage/visits`` and ``NewsPage/partnerships``.
///
/// Each article is split and its mentions found once; both extractors read the result. Values carry the
/// 1-based position of their article on the page; diagnostics are appended to the page's, their message
/// starting with the article (`"article 2: …"`).
///
/// ```swift
/// let page = try PageParser(annotation: .diplomacy(.standard)).parse(text)
/// for record in page.travel { print(record.person, record.trips ?? 0) }
/// ```
public struct DiplomacyExtractor: Sendable {
    /// The extractor over ``Gazetteer/standard``, built on first use.
    public static let standard = DiplomacyExtractor()

    /// The finder of the mentions both extractors read (read-only: the extractors were built with it): the
    /// one given, compiled again to also report where the extractors' anchor words are when it did not.
    public let mentionFinder: MentionFinder
    /// The travel extractor.
    public let travel: TravelExtractor
    /// The partnership extractor.
    public let partnerships: PartnershipExtractor
    /// The language every article is read in, or `nil` to read each article in its own language, found by
    /// ``Language/detect(in:)`` (a Russian report that names people in Latin letters is still Russian).
    public let language: Language?

    /// Creates an extractor.
    ///
    /// - Parameters:
    ///   - gazetteer: The reference data; ``Gazetteer/standard`` by default.
    ///   - mentions: The finder of mentions, built from `gazetteer`; `nil` (the default) for the standard one,
    ///     compiled once with the extractors' words.
    ///   - language: The language every article is in; `nil` (the default) finds each article's own.
    public init(gazetteer: Gazetteer = .standard, mentions: MentionFinder? = nil, language: Language? = nil) {
        mentionFinder = ProseText.finder(readingWith: mentions)
        self.language = language
        travel = TravelExtractor(gazetteer: gazetteer, mentions: mentionFinder, language: language)
        partnerships = PartnershipExtractor(gazetteer: gazetteer, mentions: mentionFinder)
    }

    /// Reads travel, visits and partnerships from one text.
    ///
    /// - Parameters:
    ///   - text: One article's text.
    ///   - reference: The date the text was written, for dates without a year.
    /// - Returns: Everything found; diagnostics point into `text`.
    public func extract(from text: String, reference: PartialDate?) -> DiplomacyExtraction {
        var prose = ProseText(text, finder: mentionFinder)
        prose.language = language ?? prose.bytes.withUnsafeBufferPointer(Language.detect(inUTF8:))
        return extract(prose, reference: reference)
    }

    /// Reads a text already split, with its mentions.
    func extract(_ prose: ProseText, reference: PartialDate?) -> DiplomacyExtraction {
        var result = travel.extract(prose, reference: reference)
        result.partnerships = partnerships.extract(prose, reference: reference)
        return result
    }

    /// Reads one article of a page.
    ///
    /// - Parameters:
    ///   - article: The article.
    ///   - position: Its 1-based position on the page, stored in every value found.
    ///   - reference: The page's date, used when the article has none.
    /// - Returns: Everything found; diagnostics have no location and start with `"article N: "`.
    public func extract(from article: NewsArticle, position: Int, reference: PartialDate?) -> DiplomacyExtraction {
        extract(prose(of: article).prose, position: position, reference: article.date ?? reference)
    }

    /// An article's text split, with its mentions and their summary, from one scan.
    ///
    /// Only the sentences with an anchor word are split (every rule but the travel summaries reads within
    /// one sentence); when they state a total of trips, the whole text is, for the summary. A text in another
    /// language than English is split whole: its anchor words are not looked for in the bytes.
    private func prose(of article: NewsArticle) -> (prose: ProseText, summary: ArticleMentions) {
        let bytes = article.utf8Text
        let (reading, language) = bytes.withUnsafeBufferPointer {
            (mentionFinder.extractorReading(inUTF8: $0), self.language ?? Language.detect(inUTF8: $0))
        }
        // Every mention, the people named by title ("Assistant Secretary … Donald Lu") included: they can
        // travel and sign too.
        let entities = reading.entities
        var prose: ProseText
        if language == .english {
            prose = ProseText(bytes: bytes, mentions: reading.allSpans, entities: entities, anchors: reading.anchors)
            if travel.statesTrips(prose) {
                prose = ProseText(bytes: bytes, mentions: reading.allSpans, entities: entities)
            }
        } else {
            prose = ProseText(bytes: bytes, mentions: reading.allSpans, entities: entities)
        }
        prose.language = language
        return (prose, reading.summary)
    }

    /// Reads one article already split, and marks what it finds with the article's position.
    private func extract(_ prose: ProseText, position: Int, reference: PartialDate?) -> DiplomacyExtraction {
        var result = extract(prose, reference: reference)
        for index in result.travel.indices { result.travel[index].article = position }
        for index in result.visits.indices { result.visits[index].article = position }
        for index in result.partnerships.indices { result.partnerships[index].article = position }
        result.diagnostics = result.diagnostics.map {
            Diagnostic($0.severity, at: nil, "article \(position): \($0.message)")
        }
        return result
    }

    /// Fills in the travel, visits and partnerships of every article of a page and appends the diagnostics.
    ///
    /// The mentions are found once per article for both extractors; each article's ``NewsArticle/mentions``
    /// is filled in from them as ``MentionFinder/annotate(_:)`` would.
    ///
    /// - Parameter page: A parsed page; its previous travel, visits and partnerships are replaced.
    public func annotate(_ page: inout NewsPage) {
        page.travel = []
        page.visits = []
        page.partnerships = []
        // By index, so that no copy of the articles is held while one of them is changed.
        for index in page.articles.indices {
            let (prose, summary) = prose(of: page.articles[index])
            page.articles[index].mentions = summary
            let found = extract(prose, position: index + 1, reference: page.articles[index].date ?? page.date)
            page.travel += found.travel
            page.visits += found.visits
            page.partnerships += found.partnerships
            page.diagnostics += found.diagnostics
        }
    }
}

extension Gazetteer {
    /// Each city's country, by the city's canonical name (the first city of a name wins).
    var cityCountries: [String: CountryCode] {
        var countries: [String: CountryCode] = [:]
        for city in cities where countries[city.name] == nil { countries[city.name] = city.country }
        return countries
    }
}
