import CentralAsiaKit
import Foundation

/// The text digest of a page: date, ticker table, listing position and the articles.
struct Digest {
    let page: NewsPage

    var text: String {
        var out = ""
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
