import CentralAsiaKit
import Foundation

/// Random pages as a parser produces them from well-formed text: headline-like titles,
/// sentence-like paragraphs, a ticker, a date, a listing that matches the articles.
extension SplitMix64 {
    static let headlineWords = [
        "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Turkmenistan", "Signs", "Opens", "Rail", "Link",
        "Water", "Deal", "Talks", "Border", "Power", "Plant", "Grain", "Exports", "Summit", "Reform", "Caspian",
        "Pipeline", "Tariffs", "Türkiye", "Élite", "Şahin", "Airport", "Bank", "Rates", "Cotton", "“Green”", "Growth",
        "2025", "Solar", "Bridge", "Visa", "Rules", "Rise", "Fall", "Plans",
    ]
    static let minorWords = ["and", "of", "the", "in", "with", "for", "to", "on", "after"]
    static let sentenceOpeners = [
        "Officials", "Analysts", "The ministry", "Residents", "Traders", "Farmers", "A report",
    ]
    static let sentenceWords = [
        "said", "the", "new", "line", "would", "open", "next", "spring", "in", "Almaty", "and", "while",
        "prices", "rose", "by", "3.5%", "over", "a", "year", "“quietly”", "expects", "more", "trade", "along",
        "route", "naïve", "café", "planned", "to", "build", "two", "km", "of", "road", "—", "with", "partners",
        "from", "abroad", "according", "data", "published", "on", "time",
    ]
    static let places = ["BISHKEK", "TASHKENT", "DUSHANBE", "ASTANA", "ASHGABAT", "ALMATY"]
    static let authors = ["Anna Petrova", "Timur Sadykov", "Dilnoza Karimova", "James Reed"]

    /// A headline: three to eight words, the significant ones capitalised, no final period.
    mutating func headline() -> String {
        var words = [pick(Self.headlineWords.filter { $0.first?.isLetter == true })]
        for _ in 0..<Int.random(in: 2...7, using: &self) {
            words.append(chance(0.25) ? pick(Self.minorWords) : pick(Self.headlineWords))
        }
        if Self.minorWords.contains(words[words.count - 1]) { words.append(pick(Self.headlineWords)) }
        return words.joined(separator: " ")
    }

    /// A sentence-like paragraph of one to three sentences, each ending in a period; `...` when cut.
    /// Its words are mostly lower case, so no part of it reads as a headline.
    mutating func paragraph(cut: Bool = false) -> String {
        let sentences = (0..<Int.random(in: 1...3, using: &self)).map { _ in
            ([pick(Self.sentenceOpeners)]
                + (0..<Int.random(in: 4...14, using: &self)).map { _ in pick(Self.sentenceWords) })
                .joined(separator: " ") + "."
        }
        let text = sentences.joined(separator: " ")
        return cut ? String(text.dropLast()) + pick(["...", "…"]) : text
    }

    /// An article a listing page holds: a title, paragraphs, maybe a dateline, authors and a cut.
    mutating func pageArticle() -> NewsArticle {
        let cut = chance(0.3)
        let count = Int.random(in: 1...4, using: &self)
        var paragraphs = (0..<count).map { _ in paragraph() }
        if cut, chance(0.5) { paragraphs[count - 1] = paragraph(cut: true) }
        return NewsArticle(
            title: headline(), paragraphs: paragraphs, isTruncated: cut,
            dateline: chance(0.3) ? Dateline(place: pick(Self.places), agency: "TCA") : nil,
            authors: chance(0.2) ? [pick(Self.authors)] : [])
    }

    /// The site's ticker: KGS, KZT, TJS, UZS and maybe TMT against the dollar, repeated.
    mutating func siteTicker() -> Ticker {
        let codes: [CurrencyCode] = chance(0.7) ? [.kgs, .kzt, .tjs, .uzs, .tmt] : [.kgs, .kzt, .tjs, .uzs]
        let quotes = codes.map { code in
            ExchangeRate(
                base: code, quote: .usd, quoted: QuotedDecimal("0.0" + digits(4)) ?? QuotedDecimal(Decimal(1)),
                changePercent: QuotedDecimal(pick(["0", "-0", "0.76", "-0.14", "1.2", "-12.05"])))
        }
        return Ticker(quotes: quotes, repetitions: Int.random(in: 1...8, using: &self))
    }

    /// A page as the parser reads it from well-formed text, with no diagnostics: a listing page
    /// whose listing matches its articles, or a single-article page without a listing.
    mutating func wellFormedPage() -> NewsPage {
        var page = NewsPage()
        if chance(0.7) { page.ticker = siteTicker() }
        if chance(0.6) {
            page.date = dayDate()
            if chance(0.3) { page.category = pick(["Uncategorized", "Economy", "Politics", "Central Asia"]) }
        }
        if chance(0.75) {
            let count = Int.random(in: 1...6, using: &self)
            let first = Int.random(in: 0...300, using: &self) * 6 + 1
            let last = first + count - 1
            let total = count < 6 ? last : last + Int.random(in: 0...900, using: &self)
            page.listing = Listing(first: first, last: last, total: total, pageSize: 6)
            page.articles = (0..<count).map { _ in pageArticle() }
        } else {
            page.articles = [pageArticle()]
        }
        return page
    }
}
