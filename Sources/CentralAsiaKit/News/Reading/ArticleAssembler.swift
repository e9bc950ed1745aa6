/// Groups the body lines of a page into articles.
///
/// A title is a text line that starts an article: the first text line, the line after a
/// "Read more:", "Register to read more" or "Continue reading" marker (on its own line or at the end
/// of a paragraph), the line before a byline, or a headline-like single line that starts a new block
/// (after a blank line) once an article has text. Every other text line is a paragraph of the
/// current article.
struct ArticleAssembler {
    private struct Draft {
        var title: Range<Int>
        var titleLine: TextScanner.Line
        var paragraphs: [Range<Int>] = []
        var authors: [String] = []
        init(title: Range<Int>, titleLine: TextScanner.Line, authors: [String] = []) {
            self.title = title
            self.titleLine = titleLine
            self.authors = authors
            paragraphs.reserveCapacity(ArticleAssembler.expectedParagraphs)
        }
        var cutByMarker = false
        var bodyBlocks = 0
    }

    private enum Expecting {
        case title
        case firstParagraph
        case paragraph
    }

    /// Room reserved for an article's paragraphs, so that most never grow their list.
    static let expectedParagraphs = 16
    /// Room reserved for a page's articles (a listing page shows six).
    static let expectedArticles = 8

    let scanner: TextScanner
    let lines: [TextScanner.Line]
    let start: Int
    var diagnostics: [Diagnostic] = []
    private var drafts: [Draft] = []
    private var expecting = Expecting.title
    /// Whether "Read more:" or "Register to read more" lines mark article ends (an index page).
    private var sawIndexMarkers = false

    init(scanner: TextScanner, lines: [TextScanner.Line], start: Int) {
        self.scanner = scanner
        self.lines = lines
        self.start = start
        drafts.reserveCapacity(ArticleAssembler.expectedArticles)
    }

    private var bytes: [UInt8] { scanner.bytes }

    /// Reads the articles.
    ///
    /// - Parameter singleArticleAllowed: Whether the page may be a single article (it has no
    ///   listing line); then an article whose text runs over several blocks keeps the
    ///   headline-like lines that follow as subheadings.
    mutating func run(singleArticleAllowed: Bool) -> [NewsArticle] {
        var blankRun = 1
        var index = start
        while index < lines.count {
            let line = lines[index]
            index += 1
            let trimmed = PageText.trimmed(bytes, line.range)
            switch PageLine.classify(bytes, trimmed) {
            case .blank:
                blankRun += 1
                continue
            case .text:
                take(trimmed, line, startsBlock: blankRun > 0)
            case .continueReading:
                // Not article text, and no block boundary of its own; it ends an article with text.
                endArticleAtMarker()
                continue
            case .trailer:
                // Not article text, and no block boundary of its own.
                continue
            case .caption:
                // A caption stands before a title: what follows starts a block.
                blankRun = 1
                continue
            case .readMore:
                sawIndexMarkers = true
                expecting = .title
            case .registerToReadMore:
                sawIndexMarkers = true
                if !drafts.isEmpty { drafts[drafts.count - 1].cutByMarker = true }
                expecting = .title
            case .byline(let author):
                takeByline(PageText.trimmed(bytes, author), line)
            }
            blankRun = 0
        }
        if singleArticleAllowed, !sawIndexMarkers, drafts.count > 1, drafts[0].bodyBlocks >= 2 {
            mergeIntoSingleArticle()
        }
        dropLeadingJunk()
        var articles: [NewsArticle] = []
        articles.reserveCapacity(drafts.count)
        for index in drafts.indices { articles.append(finish(index)) }
        return articles
    }

    private mutating func take(_ text: Range<Int>, _ line: TextScanner.Line, startsBlock: Bool) {
        defer {
            // A paragraph that ends in "Continue reading" ends its article.
            if expecting != .firstParagraph, PageText.inlineContinueReading(bytes, text) != nil {
                endArticleAtMarker()
            }
        }
        switch expecting {
        case .title:
            drafts.append(Draft(title: text, titleLine: line))
            expecting = .firstParagraph
        case .firstParagraph:
            drafts[drafts.count - 1].paragraphs.append(text)
            drafts[drafts.count - 1].bodyBlocks += 1
            expecting = .paragraph
        case .paragraph:
            if startsBlock && PageText.isTitleLike(bytes, text) {
                drafts.append(Draft(title: text, titleLine: line))
                expecting = .firstParagraph
            } else {
                drafts[drafts.count - 1].paragraphs.append(text)
                if startsBlock { drafts[drafts.count - 1].bodyBlocks += 1 }
            }
        }
    }

    /// A "Continue reading" marker after an article's text: the next text line is a title.
    private mutating func endArticleAtMarker() {
        guard let current = drafts.last, !current.paragraphs.isEmpty else { return }
        sawIndexMarkers = true
        expecting = .title
    }

    /// A byline follows its article's title: when the title was taken as a paragraph of the
    /// previous article, it moves to a new article.
    private mutating func takeByline(_ author: Range<Int>, _ line: TextScanner.Line) {
        let name = scanner.string(author)
        guard var current = drafts.last else {
            diagnostics.append(
                Diagnostic(
                    .warning, at: scanner.location(of: author.lowerBound, in: line),
                    "skipped byline \"\(name)\": no title comes before it"))
            return
        }
        if current.paragraphs.isEmpty {
            drafts[drafts.count - 1].authors.append(name)
            return
        }
        let title = current.paragraphs.removeLast()
        current.bodyBlocks = max(0, current.bodyBlocks - 1)
        drafts[drafts.count - 1] = current
        let titleLine = self.line(containing: title.lowerBound) ?? line
        drafts.append(Draft(title: title, titleLine: titleLine, authors: [name]))
        expecting = .firstParagraph
    }

    /// The line that holds a byte, found by binary search (lines are in buffer order), so that
    /// a page of many bylines stays linear.
    private func line(containing offset: Int) -> TextScanner.Line? {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < lines.count, lines[low].range.contains(offset) else { return nil }
        return lines[low]
    }

    /// A single article page: later headline-like lines are subheadings, kept as paragraphs.
    private mutating func mergeIntoSingleArticle() {
        var merged = drafts[0]
        for draft in drafts.dropFirst() {
            merged.paragraphs.append(draft.title)
            merged.paragraphs += draft.paragraphs
            merged.authors += draft.authors
            merged.cutByMarker = merged.cutByMarker || draft.cutByMarker
        }
        drafts = [merged]
    }

    /// A first "article" with a title and no text, followed by real articles, is junk at the top.
    private mutating func dropLeadingJunk() {
        var junkCount = 0
        while junkCount < drafts.count - 1, drafts[junkCount].paragraphs.isEmpty, drafts[junkCount].authors.isEmpty {
            junkCount += 1
        }
        // One removal for all of them: removing the first draft at a time is quadratic.
        for junk in drafts[..<junkCount] {
            diagnostics.append(
                Diagnostic(
                    .note, at: scanner.location(of: junk.title.lowerBound, in: junk.titleLine),
                    "skipped \"\(PageAssembler.excerpt(scanner.string(junk.title)))\": no article text follows it"))
        }
        drafts.removeFirst(junkCount)
    }

    private mutating func finish(_ index: Int) -> NewsArticle {
        let draft = drafts[index]
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(draft.paragraphs.count)
        var dateline: Dateline?
        var lastRange: Range<Int>?
        for position in draft.paragraphs.indices {
            var range = draft.paragraphs[position]
            if let kept = PageText.inlineContinueReading(bytes, range) { range = kept }
            if position == 0, let found = PageText.dateline(bytes, range) {
                dateline = Dateline(place: scanner.string(found.place), agency: scanner.string(found.agency))
                range = found.rest..<range.upperBound
            }
            guard !range.isEmpty else { continue }
            paragraphs.append(scanner.string(range))
            lastRange = range
        }
        var isTruncated = draft.cutByMarker || lastRange.map { PageText.endsWithEllipsis(bytes, $0) } == true
        let title = scanner.string(draft.title)
        if index == drafts.count - 1, !isTruncated {
            if let lastRange, PageText.endsMidSentence(bytes, lastRange) {
                isTruncated = true
                diagnostics.append(
                    Diagnostic(
                        .note, at: nil,
                        "the page ends mid-sentence in article \(index + 1) \"\(PageAssembler.excerpt(title))\"; its text is cut off"
                    ))
            } else if lastRange == nil {
                isTruncated = true
                diagnostics.append(
                    Diagnostic(
                        .warning, at: scanner.location(of: draft.title.lowerBound, in: draft.titleLine),
                        "article \(index + 1) \"\(PageAssembler.excerpt(title))\" has no text; the page ends after its title"
                    ))
            }
        }
        return NewsArticle(
            title: title, paragraphs: paragraphs, isTruncated: isTruncated, dateline: dateline,
            authors: draft.authors)
    }
}

extension PageAssembler {
    /// The first 60 characters of a text, with `…` when cut, for diagnostics.
    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
