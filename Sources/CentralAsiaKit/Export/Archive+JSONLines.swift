public import Foundation

extension Archive {
    /// An archive read from JSON Lines and the lines it had to skip.
    public struct Loaded: Sendable {
        /// The archive of every line that decoded.
        public var archive: Archive
        /// One error per skipped line: `3:1: error: skipped line 3: missing key "title"`.
        public var diagnostics: [Diagnostic]

        /// Creates a result.
        ///
        /// - Parameters:
        ///   - archive: The archive.
        ///   - diagnostics: The skipped lines.
        public init(archive: Archive, diagnostics: [Diagnostic]) {
            self.archive = archive
            self.diagnostics = diagnostics
        }
    }

    /// The archive as lines, in the order things were added: each page as its document (with its
    /// `source`), each article added without a page as its document, each batch of rates as
    /// `{"rates": […]}`. Loading them again gives an equal archive.
    public var lines: [ArchiveLine] {
        additions.indices.map(line(at:))
    }

    /// Adds one line's content.
    ///
    /// - Parameters:
    ///   - line: A page, an article or rates.
    ///   - defaultSource: The source name for a page that names none.
    public mutating func add(_ line: ArchiveLine, defaultSource: String) {
        switch line {
        case .page(let page, let source): add(page, source: source ?? defaultSource)
        case .article(let article): add(article)
        case .rates(let rates): add(rates: rates)
        }
    }

    /// Writes the archive as JSON Lines, one line at a time (see ``lines``).
    ///
    /// - Parameter url: The file to write (replaced).
    /// - Throws: ``ParseError`` when the file cannot be created, or the encoder's or file system's error.
    public func save(to url: URL) throws {
        var writer = try JSONLines.Writer(url: url)
        for addition in additions.indices {
            try writer.write(line(at: addition))
        }
        try writer.close()
    }

    private func line(at index: Int) -> ArchiveLine {
        switch additions[index] {
        case .page(let page):
            var document = pages[page].page
            document.articles = pages[page].articleIDs.map { articles[$0] }
            return .page(document, source: pages[page].source)
        case .article(let id):
            return .article(articles[id])
        case .rates(let range):
            return .rates(Array(looseRates[range]))
        }
    }

    /// Reads an archive from a JSON Lines file, a line at a time.
    ///
    /// Lines may be page documents, article documents, `{"title","body","date"}` records or rate lists
    /// (see ``ArchiveLine``); blank lines are skipped; a line that does not decode becomes a diagnostic
    /// and reading goes on. A page without a `source` takes the file's name.
    ///
    /// - Parameter url: The file.
    /// - Returns: The archive and the skipped lines.
    /// - Throws: ``ParseError`` when the file cannot be read.
    public static func load(from url: URL) throws -> Loaded {
        try load(lines: JSONLines.lines(of: url), source: url.lastPathComponent)
    }

    /// Reads an archive from JSON Lines held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The text.
    ///   - source: The source name for pages that name none.
    /// - Returns: The archive and the skipped lines.
    public static func load(jsonLines bytes: [UInt8], source: String = "archive") -> Loaded {
        load(lines: JSONLines.lines(in: bytes), source: source)
    }

    private static func load(lines: some Sequence<JSONLines.Line>, source: String) -> Loaded {
        let decoder = JSONDecoder()
        var archive = Archive()
        var diagnostics: [Diagnostic] = []
        for line in lines where !line.isBlank {
            switch JSONLines.decode(ArchiveLine.self, from: line, decoder: decoder) {
            case .success(let value): archive.add(value, defaultSource: source)
            case .failure(let failure): diagnostics.append(failure.diagnostic)
            }
        }
        return Loaded(archive: archive, diagnostics: diagnostics)
    }
}
