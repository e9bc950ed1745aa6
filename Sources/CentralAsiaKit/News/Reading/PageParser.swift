public import Foundation

/// Reads listing and article pages of The Times of Central Asia, as plain text, into ``NewsPage``
/// values.
///
/// The parser handles the reference layout and its real variants: a currency ticker or none, a date
/// line and a `Viewing results A - B of N` line in either order or absent, junk lines before the
/// ticker, one-block or many-paragraph bodies, "Continue reading" and "Read more:" lines, bylines,
/// trailers, photo captions, datelines, CRLF line endings, a byte-order mark and pages cut off
/// anywhere. Titles are told from paragraphs by the page's structure (a title is a single
/// headline-like line after a blank line that follows an article's text).
///
/// It is lenient: invalid UTF-8 is repaired, a broken ticker line or an inconsistent listing
/// becomes a ``Diagnostic``, and an empty input is an empty page with a diagnostic. It throws only
/// when a configured limit is exceeded or a file cannot be read.
///
/// ```swift
/// let page = try PageParser().parse(contentsOf: url)
/// print(page.date, page.listing?.page, page.articles.map(\.title))
/// ```
public struct PageParser: Sendable {
    /// Limits and hints for parsing.
    public struct Options: Sendable, Hashable {
        /// The largest page, in bytes; a larger one is a ``ParseError/Kind/limitExceeded`` error.
        public var maximumPageBytes: Int
        /// The longest line, in bytes; a longer one is a ``ParseError/Kind/limitExceeded`` error.
        public var maximumLineBytes: Int
        /// The number of lines at the top of a page searched for the start of the ticker.
        public var tickerSearchLines: Int
        /// The site's page size, used on a short last page (`25 - 27 of 27`); `nil` derives it.
        public var pageSizeHint: Int?

        /// Creates options.
        ///
        /// - Parameters:
        ///   - maximumPageBytes: The largest page in bytes (default 32 MiB).
        ///   - maximumLineBytes: The longest line in bytes (default 16 MiB).
        ///   - tickerSearchLines: How many lines at the top may precede the ticker (default 40).
        ///   - pageSizeHint: The site's page size (default 6, as on every page seen).
        public init(
            maximumPageBytes: Int = 32 << 20, maximumLineBytes: Int = 16 << 20, tickerSearchLines: Int = 40,
            pageSizeHint: Int? = 6
        ) {
            self.maximumPageBytes = maximumPageBytes
            self.maximumLineBytes = maximumLineBytes
            self.tickerSearchLines = tickerSearchLines
            self.pageSizeHint = pageSizeHint
        }
    }

    /// What a parser adds to each page it reads, beyond the page itself: one choice, so that no
    /// argument can be set and then ignored.
    ///
    /// ```swift
    /// let plain = PageParser()                                       // .none
    /// let tagged = PageParser(annotation: .mentions(.standard))      // articles carry their mentions
    /// let full = PageParser(annotation: .diplomacy(.standard))       // mentions, travel, visits, partnerships
    /// ```
    public enum Annotation: Sendable {
        /// The page alone: articles without mentions, no travel, visits or partnerships.
        case none
        /// Each article's mentions, found by this finder (for example ``MentionFinder/standard``).
        case mentions(MentionFinder)
        /// Each article's mentions and the page's travel, visits and partnerships, read by this extractor
        /// (for example ``DiplomacyExtractor/standard``); the mentions come from its
        /// ``DiplomacyExtractor/mentionFinder``.
        case diplomacy(DiplomacyExtractor)

        /// Adds what this annotation reads to a page: nothing, the articles' mentions, or the mentions
        /// and the diplomacy.
        ///
        /// - Parameter page: The page, annotated in place.
        public func annotate(_ page: inout NewsPage) {
            switch self {
            case .none: break
            case .mentions(let finder): finder.annotate(&page)
            case .diplomacy(let extractor): extractor.annotate(&page)
            }
        }
    }

    /// The limits and hints in use.
    public var options: Options
    /// What is added to each page read: nothing, mentions, or mentions and diplomacy.
    public var annotation: Annotation

    /// Creates a parser.
    ///
    /// - Parameters:
    ///   - options: Limits and hints; the defaults suit every page seen.
    ///   - annotation: What to add to each page: ``Annotation/none`` (the default) parses the page
    ///     alone, ``Annotation/mentions(_:)`` fills in the articles' mentions,
    ///     ``Annotation/diplomacy(_:)`` fills in the mentions and the page's travel, visits and
    ///     partnerships.
    public init(options: Options = Options(), annotation: Annotation = .none) {
        self.options = options
        self.annotation = annotation
    }

    /// The former initialiser, which ignored `mentions` whenever `diplomacy` was set; pass one
    /// ``Annotation`` instead.
    ///
    /// - Parameters:
    ///   - options: Limits and hints.
    ///   - mentions: Now ``Annotation/mentions(_:)``.
    ///   - diplomacy: Now ``Annotation/diplomacy(_:)``.
    @available(
        *, unavailable,
        message:
            "pass one annotation: PageParser(annotation: .mentions(finder)) or PageParser(annotation: .diplomacy(extractor))"
    )
    public init(options: Options = Options(), mentions: MentionFinder? = nil, diplomacy: DiplomacyExtractor? = nil) {
        self.init(options: options)
    }

    /// Parses one page from text.
    ///
    /// - Parameter text: The page's text.
    /// - Returns: The page, with diagnostics for what was skipped or repaired.
    /// - Throws: ``ParseError`` when a limit is exceeded.
    public func parse(_ text: String) throws -> NewsPage {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses one page from bytes that should be UTF-8.
    ///
    /// - Parameter data: The page's bytes; invalid UTF-8 is repaired with a diagnostic.
    /// - Returns: The page.
    /// - Throws: ``ParseError`` when a limit is exceeded.
    public func parse(_ data: Data) throws -> NewsPage {
        try parse(bytes: [UInt8](data))
    }

    /// Parses one page from a file.
    ///
    /// - Parameter url: A file URL.
    /// - Returns: The page.
    /// - Throws: ``ParseError`` when the file cannot be read or a limit is exceeded.
    public func parse(contentsOf url: URL) throws -> NewsPage {
        try parse(PageParser.read(url))
    }

    /// Parses one page from a range of a byte buffer.
    ///
    /// - Parameters:
    ///   - bytes: A buffer that should hold UTF-8.
    ///   - range: The page's bytes; the whole buffer when `nil`.
    /// - Returns: The page.
    /// - Throws: ``ParseError`` when a limit is exceeded.
    public func parse(bytes: [UInt8], range: Range<Int>? = nil) throws -> NewsPage {
        let scanned = (range ?? 0..<bytes.count).clamped(to: 0..<bytes.count)
        guard scanned.count <= options.maximumPageBytes else {
            throw ParseError(
                .limitExceeded,
                "the page is \(scanned.count) bytes; the limit is \(options.maximumPageBytes) bytes")
        }
        var repair = (bytes: bytes, diagnostics: [Diagnostic]())
        var pageRange = scanned
        if !UTF8Repair.isValid(bytes, scanned) {
            repair = UTF8Repair.repair(Array(bytes[scanned]))
            pageRange = 0..<repair.bytes.count
        }
        var scanner = TextScanner(bytes: repair.bytes, range: pageRange)
        scanner.isKnownValidUTF8 = true  // checked or repaired above
        var assembler = PageAssembler(scanner: scanner, options: options)
        assembler.diagnostics = repair.diagnostics
        var page = try assembler.run()
        annotation.annotate(&page)
        return page
    }

    /// Parses every page of a corpus held in memory: pages separated by a line holding only a
    /// form feed (U+000C).
    ///
    /// - Parameter text: The corpus.
    /// - Returns: One result per page, in order: the page, or the error that stopped it.
    public func parseCorpus(_ text: String) -> [Result<NewsPage, ParseError>] {
        let bytes = Array(text.utf8)
        return PageCorpus.pageRanges(in: bytes).map { range in
            Result { try parse(bytes: bytes, range: range) }.mapError(PageParser.parseError)
        }
    }

    /// Streams the pages of corpus files: each file holds one page or many pages separated by a
    /// form-feed line. Memory stays bounded by the largest page.
    ///
    /// - Parameter urls: The files, read in order.
    /// - Returns: A sequence of results, one per page.
    public func corpus(_ urls: [URL]) -> PageCorpus {
        PageCorpus(urls: urls, parser: self)
    }

    static func read(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ParseError(.unreadable, "cannot read \"\(url.path)\": \(PageParser.reason(error))")
        }
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return nsError.localizedDescription
    }

    static func parseError(_ error: any Error) -> ParseError {
        (error as? ParseError) ?? ParseError(.unreadable, "\(error)")
    }
}
