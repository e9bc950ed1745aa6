extension NewsPage {
    /// The page written back in the listing-page text format that ``PageParser`` reads.
    ///
    /// The text holds, in order: the ticker (each quote as `• XXX/USD = R C%`, the whole set
    /// repeated ``Ticker/repetitions`` times, the first line without indent and later lines
    /// indented by two spaces), the date as `DD Month YYYY` with the category label under it, a
    /// blank line and the `Viewing results A - B of N` line, then each article: its title, a
    /// `• Written by NAME` line per author, and its paragraphs, with a blank line before each
    /// block. A dateline opens the first paragraph as `PLACE (AGENCY) — `. A truncated article whose
    /// text does not already end in an ellipsis gets a `Register to read more ...` line.
    ///
    /// Parsing the text again gives back the page for pages a parser produces without diagnostics.
    /// What the format cannot hold is left out: diagnostics, a date without a day (and then the
    /// category, which the format prints only under a date), a quote without a change, and the
    /// articles' dates, addresses, sections and tags.
    ///
    /// ```swift
    /// let page = try PageParser().parse(contentsOf: url)
    /// try page.renderedPageText().write(to: copyURL, atomically: true, encoding: .utf8)
    /// ```
    ///
    /// - Returns: The page text, ending in a line break.
    public func renderedPageText() -> String {
        var lines: [String] = []
        if let ticker {
            let quotes = ticker.quotes.compactMap(NewsPage.tickerLine)
            for _ in 0..<Swift.max(1, ticker.repetitions) {
                for quote in quotes { lines.append(lines.isEmpty ? quote : "  " + quote) }
            }
        }
        if let date, let text = NewsPage.dayLine(date) {
            lines.append(text)
            if let category { lines.append(category) }
        }
        if let listing {
            lines.append("")
            lines.append(listing.description)
        }
        for article in articles {
            lines.append("")
            lines.append(article.title)
            lines += article.authors.map { "  • Written by \($0)" }
            for (position, paragraph) in article.paragraphs.enumerated() {
                lines.append("")
                if position == 0, let dateline = article.dateline, dateline.agency != nil {
                    lines.append("\(dateline) — \(paragraph)")
                } else {
                    lines.append(paragraph)
                }
            }
            if article.isTruncated, !(article.paragraphs.last.map(TruncationMark.endsText) ?? false) {
                lines.append("Register to read more ...")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `• KZT/USD = 0.00191 -0.14%`, or `nil` for a quote without a change.
    private static func tickerLine(_ rate: ExchangeRate) -> String? {
        rate.changePercent.map { "• \(rate.base)/\(rate.quote) = \(rate.quoted) \($0)%" }
    }

    /// `08 September 2024`, or `nil` for a date without a day.
    private static func dayLine(_ date: PartialDate) -> String? {
        guard let month = date.month, let day = date.day else { return nil }
        let name = String(decoding: EnglishDateWords.fullMonthNames[month - 1], as: UTF8.self)
        return "\(day < 10 ? "0" : "")\(day) \(name) \(date.description.prefix(4))"
    }
}
