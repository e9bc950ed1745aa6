/// Turns the lines of one page into a ``NewsPage``: the header (junk, ticker, date, category,
/// listing), then the articles.
struct PageAssembler {
    var scanner: TextScanner
    let options: PageParser.Options
    var diagnostics: [Diagnostic] = []
    private var lines: [TextScanner.Line] = []
    /// The line the listing was read from, for the count check after the articles.
    private var listingLine: TextScanner.Line?

    init(scanner: TextScanner, options: PageParser.Options) {
        self.scanner = scanner
        self.options = options
    }

    private var bytes: [UInt8] { scanner.bytes }

    mutating func run() throws -> NewsPage {
        lines = scanner.remainingLines()
        if let long = lines.first(where: { $0.range.count > options.maximumLineBytes }) {
            throw ParseError(
                .limitExceeded, at: scanner.location(of: long.range.lowerBound, in: long),
                "line \(long.number) is \(long.range.count) bytes; the limit is \(options.maximumLineBytes) bytes")
        }
        var page = NewsPage()
        if lines.allSatisfy({ PageText.trimmed(bytes, $0.range).isEmpty }) {
            diagnostics.append(Diagnostic(.warning, at: nil, "the page is empty"))
            page.diagnostics = diagnostics
            return page
        }
        var next = readTicker(into: &page)
        next = readHeader(from: next, into: &page)
        var articles = ArticleAssembler(scanner: scanner, lines: lines, start: next)
        page.articles = articles.run(singleArticleAllowed: page.listing == nil)
        diagnostics += articles.diagnostics
        checkListing(of: page)
        page.diagnostics = diagnostics
        return page
    }

    private func location(_ line: TextScanner.Line) -> SourceLocation {
        let trimmed = PageText.trimmed(bytes, line.range)
        return scanner.location(of: trimmed.lowerBound, in: line)
    }

    /// Finds the ticker near the top, skipping junk before it. Returns the next line to read.
    private mutating func readTicker(into page: inout NewsPage) -> Int {
        let searchEnd = min(lines.count, options.tickerSearchLines)
        var first: (index: Int, match: TickerParser.LineMatch)?
        for index in 0..<searchEnd {
            let match = TickerParser.match(lines[index], in: scanner)
            if case .notTicker = match {
                if isListingOrDate(lines[index]) { break }
                continue
            }
            first = (index, match)
            break
        }
        guard let first else { return 0 }
        let skipped = (0..<first.index).filter { !PageText.trimmed(bytes, lines[$0].range).isEmpty }
        if let firstSkipped = skipped.first {
            diagnostics.append(
                Diagnostic(
                    .note, at: location(lines[firstSkipped]),
                    "skipped \(skipped.count) \(skipped.count == 1 ? "line" : "lines") before the ticker"))
        }
        return readQuotes(from: first.index, firstMatch: first.match, into: &page)
    }

    /// Reads the ticker's lines from `start` (whose match the search already made) to the first
    /// line that is not a quote. Returns that line.
    private mutating func readQuotes(
        from start: Int, firstMatch: TickerParser.LineMatch, into page: inout NewsPage
    ) -> Int {
        var accumulator = TickerParser.Accumulator()
        var index = start
        // The marquee repeats the same lines: parse each distinct quote once. A quote is known by
        // its text from the pair on (the first line may lack the indentation of the others).
        // Most lines repeat an earlier line byte for byte, which is tested first. (Three arrays
        // rather than one of tuples: searching tuples that hold a rate copies every rate.)
        var seenLines: [Range<Int>] = []
        var seenQuotes: [Range<Int>] = []
        var seenRates: [ExchangeRate] = []
        seenLines.reserveCapacity(PageAssembler.expectedTickerQuotes)
        seenQuotes.reserveCapacity(PageAssembler.expectedTickerQuotes)
        seenRates.reserveCapacity(PageAssembler.expectedTickerQuotes)
        while index < lines.count {
            let range = lines[index].range
            var known = firstSame(range, in: seenLines)
            let key = known == nil ? tickerKey(lines[index]) : nil
            if let key { known = firstSame(key, in: seenQuotes) }
            if let known {
                accumulator.addRepeated(seenRates[known])
                index += 1
                continue
            }
            switch index == start ? firstMatch : TickerParser.match(lines[index], in: scanner) {
            case .quote(let rate, _):
                accumulator.add(rate)
                if let key {
                    seenLines.append(range)
                    seenQuotes.append(key)
                    seenRates.append(rate)
                }
            case .broken(let diagnostic):
                diagnostics.append(diagnostic)
            case .notTicker:
                page.ticker = accumulator.ticker
                return index
            }
            index += 1
        }
        page.ticker = accumulator.ticker
        return index
    }

    /// How many distinct quotes a ticker usually holds (room reserved for them).
    static let expectedTickerQuotes = 8

    /// The position of the first range in `ranges` that holds the same bytes as `range`.
    private func firstSame(_ range: Range<Int>, in ranges: [Range<Int>]) -> Int? {
        for position in ranges.indices where PageText.sameBytes(bytes, ranges[position], range) {
            return position
        }
        return nil
    }

    /// The text of a quote line from its pair (`KZT/USD = 0.00191 0%`) to its last non-blank byte;
    /// `nil` when the line does not have the shape of a quote.
    private func tickerKey(_ line: TextScanner.Line) -> Range<Int>? {
        guard let start = TickerParser.pairStart(of: line, in: bytes) else { return nil }
        var end = line.range.upperBound
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    private func isListingOrDate(_ line: TextScanner.Line) -> Bool {
        let trimmed = PageText.trimmed(bytes, line.range)
        return ListingLine.parse(bytes, trimmed) != nil || dateLine(trimmed) != nil
    }

    private func dateLine(_ range: Range<Int>) -> PartialDate? {
        guard range.count >= 10, range.count <= 20, let first = range.first.map({ bytes[$0] }),
            first >= 0x30, first <= 0x39
        else { return nil }
        return PartialDate(englishDay: scanner.string(range))
    }

    /// Reads the date, category and listing lines after the ticker. Returns the next line.
    private mutating func readHeader(from start: Int, into page: inout NewsPage) -> Int {
        var index = start
        var previousWasDate = false
        while index < lines.count {
            let line = lines[index]
            let trimmed = PageText.trimmed(bytes, line.range)
            if trimmed.isEmpty {
                previousWasDate = false
                index += 1
                continue
            }
            if page.date == nil, let date = dateLine(trimmed) {
                page.date = date
                previousWasDate = true
                index += 1
                continue
            }
            if let listing = ListingLine.parse(bytes, trimmed) {
                if page.listing == nil {
                    page.listing = makeListing(listing, line)
                    listingLine = line
                } else {
                    diagnostics.append(Diagnostic(.warning, at: location(line), "skipped a second listing line"))
                }
                previousWasDate = false
                index += 1
                continue
            }
            if previousWasDate, page.category == nil, isCategoryLabel(trimmed, after: index) {
                page.category = scanner.string(trimmed)
                previousWasDate = false
                index += 1
                continue
            }
            if ListingLine.looksLikeListing(bytes, trimmed) {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: location(line),
                        "malformed listing line \"\(scanner.string(trimmed))\"; expected \"Viewing results A - B of N\""
                    ))
                index += 1
                continue
            }
            break
        }
        return index
    }

    private mutating func makeListing(_ counts: (Int, Int, Int), _ line: TextScanner.Line) -> Listing? {
        let (first, last, total) = counts
        var hint = options.pageSizeHint
        if let size = hint, size < last - first + 1 || (first - 1) % size != 0 { hint = nil }
        if last != total { hint = nil }
        if let listing = Listing(first: first, last: last, total: total, pageSize: hint) { return listing }
        let expected =
            first >= 1 && first <= last && last <= total
            ? "no page size puts result \(first) at the start of a page" : "expected 1 ≤ first ≤ last ≤ total"
        diagnostics.append(
            Diagnostic(
                .warning, at: location(line), "inconsistent listing \"\(first) - \(last) of \(total)\"; \(expected)"))
        return nil
    }

    /// Sections the site prints under the date of a category page.
    static let categoryLabels: Set<String> = [
        "Uncategorized", "News", "Politics", "Economy", "Business", "Society", "Opinion", "Features",
        "Analysis", "Interviews", "Culture", "Security", "Environment", "Reports", "Regional", "World",
        "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Afghanistan", "Central Asia",
        "Tech", "Sports", "Travel", "Human Rights",
    ]

    /// A category label sits right under the date: a known section, or a short label followed by
    /// the listing line.
    private func isCategoryLabel(_ range: Range<Int>, after index: Int) -> Bool {
        guard range.count <= 40 else { return false }
        if PageAssembler.categoryLabels.contains(scanner.string(range)) { return true }
        var next = index + 1
        while next < lines.count, PageText.trimmed(bytes, lines[next].range).isEmpty { next += 1 }
        guard next < lines.count else { return false }
        return ListingLine.parse(bytes, PageText.trimmed(bytes, lines[next].range)) != nil
    }

    private mutating func checkListing(of page: NewsPage) {
        guard let listing = page.listing, listing.count != page.articles.count else { return }
        diagnostics.append(
            Diagnostic(
                .warning, at: listingLine.map(location),
                "listing \"\(listing.first) - \(listing.last) of \(listing.total)\" announces \(listing.count) articles but the page holds \(page.articles.count)"
            ))
    }
}
