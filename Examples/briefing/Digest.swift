import CentralAsiaFeeds
import CentralAsiaKit
import Foundation

/// The text digest of a page: the feed's metadata (for a feed), date, ticker table, listing
/// position and the articles.
struct Digest {
    let page: NewsPage
    var feed: FeedMetadata? = nil

    var text: String {
        var out = feed.map(Digest.feedLines) ?? ""
        out += "Page date: \(page.date.map(Digest.longDate) ?? "none")\n"
        if let listing = page.listing {
            out +=
                "Listing:   results \(listing.first)–\(listing.last) of \(listing.total) (page \(listing.page) of \(listing.pageCount))\n"
        } else {
            out += "Listing:   none\n"
        }
        if let ticker = page.ticker {
            out += "\nTicker (\(ticker.quotes.count) quotes, shown \(ticker.repetitions) times)\n"
            out += Digest.row(["Pair", "Rate", "Change", "Inverse"]) + "\n"
            for quote in ticker.quotes {
                out +=
                    Digest.row([
                        "\(quote.base)/\(quote.quote)", quote.quoted.text,
                        quote.changePercent.map { "\($0.text)%" } ?? "–",
                        "1 \(quote.quote) = \(Digest.inverse(of: quote)) \(quote.base)",
                    ]) + "\n"
            }
        } else {
            out += "\nTicker: none\n"
        }
        out += "\nArticles (\(page.articles.count))\n"
        for (number, article) in page.articles.enumerated() {
            let truncated = article.isTruncated ? ", truncated" : ""
            let paragraphs = article.paragraphs.count == 1 ? "1 paragraph" : "\(article.paragraphs.count) paragraphs"
            out += "  \(number + 1). \(article.title)\n"
            out += "     \(article.length) characters, \(paragraphs)\(truncated)\n"
        }
        return out
    }

    /// The width of the labels of the header lines ("Page date: ", "Generator: ").
    static let labelWidth = 11

    /// The feed's metadata, one labelled line per field it gives, and a blank line.
    static func feedLines(_ feed: FeedMetadata) -> String {
        let author = feed.author.map { person in
            [person.name, person.email.map { "<\($0)>" }, person.uri].compactMap { $0 }.joined(separator: " ")
        }
        let updated = feed.updated.map { date in
            longDate(date.day) + (date.instant.map { " (\($0.formatted(.iso8601)))" } ?? "")
        }
        let fields: [(String, String?)] = [
            ("Feed:", feed.title ?? "untitled"), ("Link:", feed.link), ("About:", feed.subtitle),
            ("Language:", feed.language), ("Updated:", updated), ("Author:", author), ("Rights:", feed.rights),
            ("Image:", feed.image?.url), ("Generator:", feed.generator),
        ]
        return fields.compactMap { label, value in
            value.map { label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + $0 + "\n" }
        }.joined() + "\n"
    }

    static func row(_ cells: [String]) -> String {
        let widths = [10, 10, 8, 0]
        var line = "  "
        for (cell, width) in zip(cells, widths) {
            line += cell.padding(toLength: max(width, cell.count + 1), withPad: " ", startingAt: 0)
        }
        return line.trimmingCharacters(in: .whitespaces).isEmpty
            ? line : "  " + line.dropFirst(2).trimmingCharacters(in: .whitespaces)
    }

    /// The inverse of a quote, to the cent: `KZT/USD 0.00191` → `523.56`.
    static func inverse(of quote: ExchangeRate) -> String {
        guard let inverse = quote.inverted() else { return "–" }
        return QuotedDecimal(inverse.rate, scale: 2).text
    }

    static func longDate(_ date: PartialDate) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        guard let month = date.month else { return date.description }
        let name = months[month - 1]
        if let day = date.day { return "\(day) \(name) \(date.year)" }
        return "\(name) \(date.year)"
    }
}
