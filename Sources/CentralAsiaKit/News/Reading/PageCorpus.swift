public import Foundation

/// The pages of one or more corpus files, read as a stream.
///
/// A corpus file holds pages separated by a line holding only a form feed (U+000C); a file without
/// such lines is one page. Files are read in chunks, so memory stays bounded by the largest page
/// however large the corpus. Each element is the parsed page or the error that stopped it (a file
/// that cannot be read, a page over a limit); the stream goes on with the next page.
public struct PageCorpus: Sequence, Sendable {
    /// The files, in reading order.
    public let urls: [URL]
    /// The parser applied to each page.
    public let parser: PageParser
    /// The size of each read from a file.
    public var chunkSize = 1 << 20

    /// Creates a corpus over files.
    ///
    /// - Parameters:
    ///   - urls: The files.
    ///   - parser: The parser for each page.
    public init(urls: [URL], parser: PageParser = PageParser()) {
        self.urls = urls
        self.parser = parser
    }

    /// Returns an iterator over the pages.
    public func makeIterator() -> Iterator {
        Iterator(corpus: self)
    }

    /// Reads pages one at a time.
    public struct Iterator: IteratorProtocol {
        private let corpus: PageCorpus
        private var fileIndex = 0
        private var handle: FileHandle?
        private var buffer: [UInt8] = []
        /// Where the next page starts in `buffer`; the bytes before it are read and dropped at the
        /// next read, so that a chunk of many small pages is not shifted once per page.
        private var pageStart = 0
        private var searchFrom = 0
        private var atEndOfFile = false
        private var pendingFailure: ParseError?

        init(corpus: PageCorpus) {
            self.corpus = corpus
        }

        /// The next page, or the error that stopped it; `nil` after the last file.
        public mutating func next() -> Result<NewsPage, ParseError>? {
            while true {
                if let failure = pendingFailure {
                    pendingFailure = nil
                    return .failure(failure)
                }
                if handle == nil && !atEndOfFile {
                    guard fileIndex < corpus.urls.count else { return nil }
                    let url = corpus.urls[fileIndex]
                    fileIndex += 1
                    do {
                        handle = try FileHandle(forReadingFrom: url)
                    } catch {
                        return .failure(
                            ParseError(.unreadable, "cannot read \"\(url.path)\": \(PageParser.reason(error))"))
                    }
                    buffer.removeAll(keepingCapacity: true)
                    pageStart = 0
                    searchFrom = 0
                }
                // A separator at the very end of the buffer may go on in the next chunk
                // ("\u{0C}text" is not a separator): it counts once the file has ended.
                if let separator = PageCorpus.separator(in: buffer, from: searchFrom, base: pageStart),
                    separator.nextPage < buffer.count || handle == nil
                {
                    let page = pageStart..<separator.pageEnd
                    pageStart = separator.nextPage
                    searchFrom = pageStart
                    if PageCorpus.isBlank(buffer, page) { continue }
                    return parse(Array(buffer[page]))
                }
                if atEndOfFile {
                    atEndOfFile = false
                    let page = Array(buffer[pageStart...])
                    buffer.removeAll(keepingCapacity: true)
                    pageStart = 0
                    searchFrom = 0
                    if PageCorpus.isBlank(page, page.indices) { continue }
                    return parse(page)
                }
                readChunk()
            }
        }

        private func parse(_ page: [UInt8]) -> Result<NewsPage, ParseError> {
            Result { try corpus.parser.parse(bytes: page) }.mapError(PageParser.parseError)
        }

        private mutating func readChunk() {
            guard let current = handle else { return }
            if pageStart > 0 {
                buffer.removeSubrange(0..<pageStart)
                pageStart = 0
            }
            // A separator can straddle two chunks: look again from just before the old end.
            searchFrom = Swift.max(0, buffer.count - 3)
            let data: Data?
            do {
                data = try current.read(upToCount: corpus.chunkSize)
            } catch {
                pendingFailure = ParseError(.unreadable, "read failed: \(PageParser.reason(error))")
                data = nil
            }
            if let data, !data.isEmpty {
                buffer.append(contentsOf: data)
                if buffer.count > corpus.parser.options.maximumPageBytes + 4 {
                    // Keep memory bounded: report the oversize page and drop its bytes up to the
                    // next separator.
                    pendingFailure = ParseError(
                        .limitExceeded,
                        "a page is over \(corpus.parser.options.maximumPageBytes) bytes; the limit is \(corpus.parser.options.maximumPageBytes) bytes"
                    )
                    skipToNextSeparator()
                }
            } else {
                try? current.close()
                handle = nil
                atEndOfFile = true
            }
        }

        private mutating func skipToNextSeparator() {
            while true {
                if let separator = PageCorpus.separator(in: buffer, from: 0) {
                    buffer.removeSubrange(0..<separator.nextPage)
                    return
                }
                buffer.removeAll(keepingCapacity: true)
                guard let current = handle, let data = try? current.read(upToCount: corpus.chunkSize), !data.isEmpty
                else {
                    try? handle?.close()
                    handle = nil
                    return
                }
                buffer.append(contentsOf: data)
            }
        }
    }

    /// The byte ranges of the pages of an in-memory corpus.
    ///
    /// - Parameter bytes: A corpus.
    /// - Returns: One range per page (pages of only blank lines are skipped).
    public static func pageRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var from = 0
        while let separator = separator(in: bytes, from: from, base: start) {
            ranges.append(start..<separator.pageEnd)
            start = separator.nextPage
            from = start
        }
        ranges.append(start..<bytes.count)
        return ranges.filter { !isBlank(bytes, $0) }
    }

    /// Whether a page holds only line breaks and spaces (such pages are skipped).
    static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        !bytes[range].contains { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 }
    }

    /// The index of the next form feed (U+000C) at or after `from`.
    static func firstFormFeed(in bytes: [UInt8], from: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, from < buffer.count else { return nil }
            guard let found = memchr(base + from, 0x0C, buffer.count - from) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// The next line holding only a form feed at or after `from`: where the page before it ends
    /// (after its last line break) and where the next page starts.
    static func separator(in bytes: [UInt8], from: Int, base: Int = 0) -> (pageEnd: Int, nextPage: Int)? {
        var index = from
        let count = bytes.count
        while index < count {
            guard let found = firstFormFeed(in: bytes, from: index) else { return nil }
            let atLineStart = found == base || bytes[found - 1] == 0x0A || bytes[found - 1] == 0x0D
            var after = found + 1
            if after < count, bytes[after] == 0x0D { after += 1 }
            let atLineEnd = after == count || bytes[after] == 0x0A
            if atLineStart && atLineEnd {
                return (found, Swift.min(after + 1, count))
            }
            index = found + 1
        }
        return nil
    }
}
