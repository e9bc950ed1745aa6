extension DatePhraseParser {
    /// The parser that annotates articles: English and Russian, relative phrases included, and a year left
    /// out read as the nearest one to the article's date (a report's "24 декабря" in February is last
    /// December; an announcement's "в ноябре" in September is this November).
    ///
    /// Pages are annotated with dates on request, after parsing (`DatePhraseParser.articles.annotate(&page)`),
    /// so that reading pages, mentions and diplomacy costs what it did.
    public static let articles = DatePhraseParser(
        languages: Language.all, yearInference: .nearest, readsRelativePhrases: true)

    /// Returns the article with its ``NewsArticle/dates`` filled in from its title and paragraphs.
    ///
    /// - Parameters:
    ///   - article: An article.
    ///   - reference: The date phrases are read against when the article has no date of its own (the page's).
    /// - Returns: The same article with its date phrases.
    public func annotated(_ article: NewsArticle, reference: PartialDate? = nil) -> NewsArticle {
        var copy = article
        copy.dates = dates(in: article, reference: article.date ?? reference)
        return copy
    }

    /// Fills in the date phrases of every article of a page, read against each article's date or else the
    /// page's.
    ///
    /// - Parameter page: A parsed page.
    public func annotate(_ page: inout NewsPage) {
        for index in page.articles.indices {
            let article = page.articles[index]
            page.articles[index].dates = dates(in: article, reference: article.date ?? page.date)
        }
    }

    /// The date phrases of an article's text.
    private func dates(in article: NewsArticle, reference: PartialDate?) -> [DateMention] {
        find(inUTF8: article.utf8Text, reference: reference).map(DateMention.init)
    }
}
